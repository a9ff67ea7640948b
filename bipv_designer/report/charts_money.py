"""Charts of the money: cash flows over the life and the NPV tornado (matplotlib)."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.figure import Figure

from bipv_designer.words import ENGLISH_WORDS, N_, Words

SENSITIVITY_NAMES = {
    "price": N_("Charts", "price"),
    "yield": N_("Charts", "yield"),
    "cost": N_("Charts", "cost"),
}
"""The inputs of the NPV sensitivity, for people."""


def cash_flow_figure(money: dict[str, Any], words: Words = ENGLISH_WORDS) -> Figure:
    """Net cash flow per year (bars) and the cumulative cash (line) [currency]."""
    years = [row["year"] for row in money["cash_flows"]]
    net = np.array([row["net"] for row in money["cash_flows"]])
    figure = Figure(figsize=(8, 4), layout="constrained")
    ax = figure.subplots()
    ax.bar(
        years,
        net,
        color=np.where(net >= 0, "#27ae60", "#c0392b"),
        label=words(N_("Charts", "net per year")),
    )
    ax.plot(
        years, np.cumsum(net), color="#333333", marker=".", label=words(N_("Charts", "cumulative"))
    )
    ax.axhline(0.0, color="#999999", linewidth=0.8)
    ax.set_xlabel(words(N_("Charts", "year")))
    ax.set_ylabel(money["currency"])
    ax.legend(loc="upper left")
    ax.set_title(words(N_("Charts", "Cash flows over the life")))
    return figure


def tornado_figure(money: dict[str, Any], words: Words = ENGLISH_WORDS) -> Figure:
    """The NPV with price, yield and cost 20 % lower and higher [currency]."""
    base = money["npv"]
    rows = sorted(
        money["npv_sensitivity"].items(),
        key=lambda item: abs(item[1]["+20%"] - item[1]["-20%"]),
    )
    figure = Figure(figsize=(7, 3), layout="constrained")
    ax = figure.subplots()
    for k, (_, values) in enumerate(rows):
        for label, colour in (("-20%", "#2e86c1"), ("+20%", "#f2a900")):
            ax.barh(
                k, values[label] - base, left=base, color=colour, label=label if k == 0 else None
            )
    ax.set_yticks(range(len(rows)), [words(SENSITIVITY_NAMES.get(name, name)) for name, _ in rows])
    ax.axvline(base, color="#333333", linewidth=0.8)
    ax.set_xlabel(f"NPV [{money['currency']}]")
    ax.legend(loc="lower right")
    ax.set_title(words(N_("Charts", "NPV with each input 20 % lower or higher")))
    return figure
