"""Charts of a project's results, the same in the window and in the report (matplotlib
figures): monthly energy per surface against the load, typical days, the year as a day
by hour map, the loss diagram, the energy flows and the CO2 avoided over the life."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.figure import Figure

from bipv_designer.energy.park import ParkBalance
from bipv_designer.report.fonts import use_chart_fonts
from bipv_designer.report.loss_steps import LossStep
from bipv_designer.simulation.result import TOTAL, SimulationResult
from bipv_designer.words import ENGLISH_WORDS, N_, Words

MONTHS = (
    N_("Charts", "Jan"),
    N_("Charts", "Feb"),
    N_("Charts", "Mar"),
    N_("Charts", "Apr"),
    N_("Charts", "May"),
    N_("Charts", "Jun"),
    N_("Charts", "Jul"),
    N_("Charts", "Aug"),
    N_("Charts", "Sep"),
    N_("Charts", "Oct"),
    N_("Charts", "Nov"),
    N_("Charts", "Dec"),
)
LEGEND_ROWS = 12
"""Most entries a chart's legend lists in one column beside the axes."""
TYPICAL_MONTHS = (1, 4, 7, 10)
"""Months whose mean day is drawn (winter, spring, summer, autumn in the north)."""
PV_COLOUR, LOAD_COLOUR = "#f2a900", "#333333"
FLOW_COLOURS = {
    "direct": "#27ae60",
    "battery": "#8e44ad",
    "export": "#2e86c1",
    "curtailed": "#95a5a6",
    "grid": "#c0392b",
}


def monthly_energy_figure(
    result: SimulationResult, park: ParkBalance | None, words: Words = ENGLISH_WORDS
) -> Figure:
    """AC energy per month of each surface, stacked [MWh], and the park's load."""
    use_chart_fonts()
    monthly = result.monthly_ac_kwh().drop(columns=TOTAL) / 1000.0
    figure = Figure(figsize=(8, 4), layout="constrained")
    ax = figure.subplots()
    bottom = np.zeros(12)
    colours = _surface_colours(len(result.surface_ids))
    for surface_id, name, colour in zip(
        result.surface_ids, result.surface_names, colours, strict=True
    ):
        values = monthly[surface_id].to_numpy()
        ax.bar(range(12), values, bottom=bottom, label=name, color=colour)
        bottom += values
    if park is not None:
        load = park.balance.intervals["load_kwh"]
        by_month = load.groupby(load.index.month).sum().reindex(range(1, 13), fill_value=0)
        ax.plot(
            range(12),
            by_month.to_numpy() / 1000.0,
            color=LOAD_COLOUR,
            marker="o",
            label=words(N_("Charts", "Park load")),
        )
    ax.set_xticks(range(12), [words(m) for m in MONTHS])
    ax.set_ylabel("MWh")
    ax.set_title(words(N_("Charts", "Monthly energy by surface")))
    entries = len(result.surface_ids) + (park is not None)
    figure.legend(  # beside the bars, not over the tallest months
        fontsize=7, ncols=1 if entries <= LEGEND_ROWS else 2, loc="outside right upper"
    )
    ax.grid(axis="y", alpha=0.3)
    return figure


def typical_days_figure(
    result: SimulationResult, park: ParkBalance | None, words: Words = ENGLISH_WORDS
) -> Figure:
    """Mean power by hour of the day [kW] of the PV and the load in four months."""
    use_chart_fonts()
    pv_kw = result.ac_power.sum(axis=1) / 1000.0
    load_kw = None
    if park is not None:
        load_kw = park.balance.intervals["load_kwh"] / park.balance.interval_hours
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.subplots(1, len(TYPICAL_MONTHS), sharey=True)
    for ax, month in zip(axes, TYPICAL_MONTHS, strict=True):
        for series, label, colour in (
            (pv_kw, N_("Charts", "PV"), PV_COLOUR),
            (load_kw, N_("Charts", "Load"), LOAD_COLOUR),
        ):
            if series is None:
                continue
            in_month = series[series.index.month == month]
            mean = in_month.groupby(in_month.index.hour).mean()
            ax.plot(mean.index, mean.to_numpy(), color=colour, label=words(label))
        ax.set_title(words(MONTHS[month - 1]), fontsize=9)
        ax.set_xticks([0, 6, 12, 18, 24])
        ax.set_xlabel(words(N_("Charts", "hour")))
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("kW")
    axes[0].legend(fontsize=7, loc="upper left")
    figure.suptitle(words(N_("Charts", "A typical day: mean power by hour")))
    return figure


def pv_heatmap_figure(result: SimulationResult, words: Words = ENGLISH_WORDS) -> Figure:
    """The PV's AC power [kW] by day of the year and hour of the day."""
    use_chart_fonts()
    power = result.ac_power.sum(axis=1) / 1000.0
    frame = power.groupby([power.index.day_of_year, power.index.hour]).mean().unstack()
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    ax = figure.subplots()
    image = ax.imshow(
        frame.to_numpy().T,
        aspect="auto",
        origin="lower",
        cmap="inferno",
        extent=(0.5, frame.index.max() + 0.5, -0.5, 23.5),
    )
    ax.set_xlabel(words(N_("Charts", "day of the year")))
    ax.set_ylabel(words(N_("Charts", "hour")))
    figure.colorbar(image, ax=ax, label=words(N_("Charts", "PV AC power [kW]")))
    ax.set_title(words(N_("Charts", "The year's PV power, day by hour")))
    return figure


def loss_diagram_figure(steps: list[LossStep], words: Words = ENGLISH_WORDS) -> Figure:
    """Each step's energy as a bar from the horizontal irradiation to AC, with the step's
    change in % and MWh."""
    use_chart_fonts()
    figure = Figure(figsize=(8, 0.32 * len(steps) + 1.0), layout="constrained")
    ax = figure.subplots()
    rows = np.arange(len(steps))[::-1]
    energies = np.array([s.energy_kwh for s in steps]) / 1000.0
    colours = ["#2e86c1" if k in (0, len(steps) - 1) else "#aab7c4" for k in range(len(steps))]
    ax.barh(rows, energies, color=colours, height=0.7)
    top = energies.max()
    for row, step, energy in zip(rows, steps, energies, strict=True):
        ax.text(top * 0.01, row, words(step.label), va="center", fontsize=7, color="#111111")
        text = (
            f"{energy:,.0f} MWh"
            if step.factor is None
            else f"{100 * (step.factor - 1):+.2f} %  ({step.change_kwh / 1000:+,.1f} MWh)"
        )
        ax.text(top * 1.01, row, text, va="center", fontsize=7)
    ax.set_yticks([])
    ax.set_xlim(0, top * 1.32)
    ax.set_xlabel(words(N_("Charts", "MWh per year")))
    last = steps[-1]
    title = N_(
        "Charts",
        "From sunlight to the meter: {energy:,.0f} MWh AC ({share:.1f} % of the horizontal "
        "irradiation)",
    )
    ax.set_title(
        words(
            title.format(
                energy=last.energy_kwh / 1000, share=100 * last.energy_kwh / steps[0].energy_kwh
            )
        )
    )
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    return figure


def energy_flow_figure(figures: dict[str, float], words: Words = ENGLISH_WORDS) -> Figure:
    """Where the PV energy goes (used directly, through the battery, exported, curtailed)
    and where the load's energy comes from (PV directly, the battery, the grid) [MWh],
    as two bars joined by the energy they share (``balance.figures()``)."""
    use_chart_fonts()
    battery_out = figures["battery_discharge_kwh"]
    direct = figures["pv_used_kwh"] - battery_out
    pv_parts = {
        "direct": direct,
        "battery": figures["battery_charge_kwh"],
        "export": figures["export_kwh"],
        "curtailed": figures["curtailed_kwh"],
    }
    load_parts = {"direct": direct, "battery": battery_out, "grid": figures["import_kwh"]}
    labels = {
        "direct": N_("Charts", "used on site"),
        "battery": N_("Charts", "through the battery"),
        "export": N_("Charts", "exported"),
        "curtailed": N_("Charts", "curtailed"),
        "grid": N_("Charts", "from the grid"),
    }
    figure = Figure(figsize=(8, 3.4), layout="constrained")
    ax = figure.subplots()
    for y, parts, title in (
        (1.0, pv_parts, N_("Charts", "PV")),
        (0.0, load_parts, N_("Charts", "Load")),
    ):
        left = 0.0
        for key, value in parts.items():
            mwh = value / 1000.0
            if mwh <= 0:
                continue
            ax.barh(y, mwh, left=left, color=FLOW_COLOURS[key], height=0.35)
            if mwh > 0.06 * max(sum(pv_parts.values()), sum(load_parts.values())) / 1000:
                ax.text(
                    left + mwh / 2,
                    y,
                    f"{words(labels[key])}\n{mwh:,.0f} MWh",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white",
                )
            left += mwh
        ax.text(-0.01 * left, y, words(title), ha="right", va="center", fontsize=9)
    shared = direct / 1000.0
    ax.fill_between(
        [0, shared],
        [0.175, 0.175],
        [0.825, 0.825],
        color=FLOW_COLOURS["direct"],
        alpha=0.25,
        linewidth=0,
    )
    ax.set_yticks([])
    ax.set_xlabel(words(N_("Charts", "MWh per year")))
    ax.set_title(words(N_("Charts", "Energy flows: the PV's energy and the load's supply")))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    return figure


def co2_figure(carbon: dict[str, Any], words: Words = ENGLISH_WORDS) -> Figure:
    """CO2 avoided each year (bars) and cumulated (line) over the life [t]."""
    use_chart_fonts()
    by_year = np.array(carbon["co2_avoided_t_by_year"])
    years = np.arange(1, len(by_year) + 1)
    figure = Figure(figsize=(8, 3.4), layout="constrained")
    ax = figure.subplots()
    ax.bar(years, by_year, color="#27ae60", label=words(N_("Charts", "each year")))
    twin = ax.twinx()
    twin.plot(
        years,
        np.cumsum(by_year),
        color="#333333",
        marker=".",
        label=words(N_("Charts", "cumulative")),
    )
    ax.set_xlabel(words(N_("Charts", "year")))
    ax.set_ylabel(words(N_("Charts", "t CO2 per year")))
    twin.set_ylabel(words(N_("Charts", "t CO2 cumulative")))
    title = N_(
        "Charts", "CO2 avoided: {tonnes:,.0f} t over {years} years ({factor:.4f} kg/kWh, {label})"
    )
    ax.set_title(
        words(
            title.format(
                tonnes=carbon["co2_avoided_t_lifetime"],
                years=len(by_year),
                factor=carbon["grid_factor"]["kg_per_kwh"],
                label=carbon["grid_factor"]["label"],
            )
        )
    )
    return figure


def _surface_colours(count: int) -> list:
    from matplotlib import colormaps

    palette = colormaps["tab20"]
    return [palette(k % 20) for k in range(count)]
