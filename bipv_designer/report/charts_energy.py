"""Charts of the park balance (matplotlib figures, the same on screen and in reports)."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from bipv_designer.energy.balance import BalanceResult
from bipv_designer.report.charts_results import MONTHS
from bipv_designer.words import ENGLISH_WORDS, N_, Words

SERIES = (
    ("pv_kwh", N_("Charts", "PV"), "#f2a900"),
    ("load_kwh", N_("Charts", "Load"), "#333333"),
    ("import_kwh", N_("Charts", "Import"), "#c0392b"),
    ("export_kwh", N_("Charts", "Export"), "#2e86c1"),
    ("battery_discharge_kwh", N_("Charts", "Battery out"), "#27ae60"),
)
WEEKDAYS = (
    N_("Charts", "Mon"),
    N_("Charts", "Tue"),
    N_("Charts", "Wed"),
    N_("Charts", "Thu"),
    N_("Charts", "Fri"),
    N_("Charts", "Sat"),
    N_("Charts", "Sun"),
)


def typical_weeks_figure(balance: BalanceResult, words: Words = ENGLISH_WORDS) -> Figure:
    """For each month, the mean power by hour of the week [kW] of PV, load, import,
    export and battery discharge (Monday 00:00 to Sunday 24:00)."""
    table = balance.intervals
    index = table.index
    hour_of_week = index.day_of_week * 24 + index.hour
    figure = Figure(figsize=(12, 7), layout="constrained")
    axes = figure.subplots(3, 4, sharex=True, sharey=True)
    for month, ax in enumerate(axes.flat, start=1):
        in_month = index.month == month
        for column, label, colour in SERIES:
            power = table.loc[in_month, column] / balance.interval_hours
            mean = power.groupby(hour_of_week[in_month]).mean()
            ax.plot(mean.index, mean.to_numpy(), color=colour, linewidth=0.9, label=words(label))
        ax.set_title(words(MONTHS[month - 1]), fontsize=9)
        ax.set_xticks(np.arange(0, 169, 24))
        ax.set_xticklabels([*(words(day) for day in WEEKDAYS), ""], fontsize=7)
        ax.tick_params(labelsize=7)
    axes[0, 0].set_ylabel("kW")
    axes[0, 0].legend(fontsize=7, loc="upper left")
    figure.suptitle(
        words(N_("Charts", "A typical week of each month (mean power by hour of the week)"))
    )
    return figure


def net_load_heatmap(balance: BalanceResult, words: Words = ENGLISH_WORDS) -> Figure:
    """Load minus PV [kW] by day of the year and hour of the day."""
    table = balance.intervals
    net = (table["load_kwh"] - table["pv_kwh"]) / balance.interval_hours
    frame = net.groupby([net.index.day_of_year, net.index.hour]).mean().unstack()
    figure = Figure(figsize=(10, 4), layout="constrained")
    ax = figure.subplots()
    limit = float(np.nanmax(np.abs(frame.to_numpy()))) or 1.0
    image = ax.imshow(
        frame.to_numpy().T,
        aspect="auto",
        origin="lower",
        cmap="RdBu_r",
        vmin=-limit,
        vmax=limit,
        extent=(0.5, frame.index.max() + 0.5, -0.5, 23.5),
    )
    ax.set_xlabel(words(N_("Charts", "day of the year")))
    ax.set_ylabel(words(N_("Charts", "hour")))
    figure.colorbar(image, ax=ax, label=words(N_("Charts", "net load [kW] (blue: PV surplus)")))
    ax.set_title(words(N_("Charts", "Net load: load minus PV")))
    return figure
