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

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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


def monthly_energy_figure(result: SimulationResult, park: ParkBalance | None) -> Figure:
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
            label="Park load",
        )
    ax.set_xticks(range(12), MONTHS)
    ax.set_ylabel("MWh")
    ax.set_title("Monthly energy by surface")
    ax.legend(fontsize=7, ncols=2, loc="upper left")
    ax.grid(axis="y", alpha=0.3)
    return figure


def typical_days_figure(result: SimulationResult, park: ParkBalance | None) -> Figure:
    """Mean power by hour of the day [kW] of the PV and the load in four months."""
    use_chart_fonts()
    pv_kw = result.ac_power.sum(axis=1) / 1000.0
    load_kw = None
    if park is not None:
        load_kw = park.balance.intervals["load_kwh"] / park.balance.interval_hours
    figure = Figure(figsize=(8, 3.2), layout="constrained")
    axes = figure.subplots(1, len(TYPICAL_MONTHS), sharey=True)
    for ax, month in zip(axes, TYPICAL_MONTHS, strict=True):
        for series, label, colour in ((pv_kw, "PV", PV_COLOUR), (load_kw, "Load", LOAD_COLOUR)):
            if series is None:
                continue
            in_month = series[series.index.month == month]
            mean = in_month.groupby(in_month.index.hour).mean()
            ax.plot(mean.index, mean.to_numpy(), color=colour, label=label)
        ax.set_title(MONTHS[month - 1], fontsize=9)
        ax.set_xticks([0, 6, 12, 18, 24])
        ax.set_xlabel("hour")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("kW")
    axes[0].legend(fontsize=7, loc="upper left")
    figure.suptitle("A typical day: mean power by hour")
    return figure


def pv_heatmap_figure(result: SimulationResult) -> Figure:
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
    ax.set_xlabel("day of the year")
    ax.set_ylabel("hour")
    figure.colorbar(image, ax=ax, label="PV AC power [kW]")
    ax.set_title("The year's PV power, day by hour")
    return figure


def loss_diagram_figure(steps: list[LossStep]) -> Figure:
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
        ax.text(top * 0.01, row, step.label, va="center", fontsize=7, color="#111111")
        text = (
            f"{energy:,.0f} MWh"
            if step.factor is None
            else f"{100 * (step.factor - 1):+.2f} %  ({step.change_kwh / 1000:+,.1f} MWh)"
        )
        ax.text(top * 1.01, row, text, va="center", fontsize=7)
    ax.set_yticks([])
    ax.set_xlim(0, top * 1.32)
    ax.set_xlabel("MWh per year")
    last = steps[-1]
    ax.set_title(
        f"From sunlight to the meter: {last.energy_kwh / 1000:,.0f} MWh AC "
        f"({100 * last.energy_kwh / steps[0].energy_kwh:.1f} % of the horizontal irradiation)"
    )
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    return figure


def energy_flow_figure(figures: dict[str, float]) -> Figure:
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
        "direct": "used on site",
        "battery": "through the battery",
        "export": "exported",
        "curtailed": "curtailed",
        "grid": "from the grid",
    }
    figure = Figure(figsize=(8, 3.4), layout="constrained")
    ax = figure.subplots()
    for y, parts, title in ((1.0, pv_parts, "PV"), (0.0, load_parts, "Load")):
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
                    f"{labels[key]}\n{mwh:,.0f} MWh",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white",
                )
            left += mwh
        ax.text(-0.01 * left, y, title, ha="right", va="center", fontsize=9)
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
    ax.set_xlabel("MWh per year")
    ax.set_title("Energy flows: the PV's energy and the load's supply")
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    return figure


def co2_figure(carbon: dict[str, Any]) -> Figure:
    """CO2 avoided each year (bars) and cumulated (line) over the life [t]."""
    use_chart_fonts()
    by_year = np.array(carbon["co2_avoided_t_by_year"])
    years = np.arange(1, len(by_year) + 1)
    figure = Figure(figsize=(8, 3.4), layout="constrained")
    ax = figure.subplots()
    ax.bar(years, by_year, color="#27ae60", label="each year")
    twin = ax.twinx()
    twin.plot(years, np.cumsum(by_year), color="#333333", marker=".", label="cumulative")
    ax.set_xlabel("year")
    ax.set_ylabel("t CO2 per year")
    twin.set_ylabel("t CO2 cumulative")
    ax.set_title(
        f"CO2 avoided: {carbon['co2_avoided_t_lifetime']:,.0f} t over {len(by_year)} years "
        f"({carbon['grid_factor']['kg_per_kwh']:.4f} kg/kWh, {carbon['grid_factor']['label']})"
    )
    return figure


def _surface_colours(count: int) -> list:
    from matplotlib import colormaps

    palette = colormaps["tab20"]
    return [palette(k % 20) for k in range(count)]
