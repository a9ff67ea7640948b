"""Results as JSON documents and hourly CSV files (format in ``docs/results-format.md``)."""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

from bipv_designer.energy.park import ParkBalance
from bipv_designer.files import write_bytes_atomically
from bipv_designer.simulation.result import TOTAL, SimulationResult
from bipv_designer.words import ENGLISH_WORDS, N_, Words

RESULTS_FORMAT = "bipv-designer-results"
RESULTS_SCHEMA_VERSION = 1


def figures(result: SimulationResult, column: str) -> dict[str, Any]:
    """The annual and monthly figures of one surface id or of ``total``."""
    return all_figures(result)[column]


def all_figures(result: SimulationResult) -> dict[str, dict[str, Any]]:
    """The annual and monthly figures of every surface and of ``total``, from one pass
    over the results (the time grows with the surfaces, not with their square)."""
    summary = result.summary()
    monthly = result.monthly_ac_kwh()
    factors = result.loss_factors()
    columns = (
        "dc_kwp",
        "annual_ac_kwh",
        "specific_yield_kwh_per_kwp",
        "performance_ratio",
        "poa_annual_kwh_m2",
        "near_shading_loss",
    )
    return {
        column: {
            **{name: float(summary.at[column, name]) for name in columns},
            "monthly_ac_kwh": [float(v) for v in monthly[column]],
            "loss_factors": {step: float(v) for step, v in factors[column].items()},
        }
        for column in (*result.surface_ids, TOTAL)
    }


def results_json(result: SimulationResult, project_name: str) -> dict[str, Any]:
    """The results document: every surface with modules, and the total."""
    every = all_figures(result)
    surfaces = [
        {"id": surface_id, "name": name, **every[surface_id]}
        for surface_id, name in zip(result.surface_ids, result.surface_names, strict=True)
    ]
    return {
        "format": RESULTS_FORMAT,
        "schema_version": RESULTS_SCHEMA_VERSION,
        "project": project_name,
        "weather": weather_json(result),
        "surfaces": surfaces,
        "total": every[TOTAL],
    }


def weather_json(result: SimulationResult) -> dict[str, Any]:
    """What weather the result was computed with, and its warnings."""
    meta = result.weather
    return {
        "source": meta.source,
        "file_format": meta.file_format,
        "description": meta.description,
        "warnings": list(result.warnings),
    }


HOURLY_QUANTITIES = (
    ("poa_global", N_("Exports", "POA irradiance [W/m²]"), 1.0),
    ("temp_cell", N_("Exports", "cell temperature [°C]"), 1.0),
    ("dc_power", N_("Exports", "DC power [kW]"), 1e-3),
    ("ac_power", N_("Exports", "AC power [kW]"), 1e-3),
)
"""Per surface: result frame, readable name with unit, factor from the frame's unit."""
BALANCE_COLUMNS = (
    ("load_kwh", N_("Exports", "Park load [kW]")),
    ("pv_used_kwh", N_("Exports", "PV used on site [kW]")),
    ("battery_charge_kwh", N_("Exports", "PV into the battery [kW]")),
    ("battery_discharge_kwh", N_("Exports", "Battery to the load [kW]")),
    ("export_kwh", N_("Exports", "Export to the grid [kW]")),
    ("import_kwh", N_("Exports", "Import from the grid [kW]")),
    ("curtailed_kwh", N_("Exports", "Curtailed PV [kW]")),
    ("soc_kwh", N_("Exports", "Battery charge [kWh]")),
)
"""The park balance's columns and their readable names (energy per record turned into
mean power, the state of charge kept in kWh)."""


TOTAL_NAME = N_("Exports", "Total")
TIMESTAMP = N_("Exports", "timestamp")


def hourly_frame(
    result: SimulationResult, park: ParkBalance | None = None, words: Words = ENGLISH_WORDS
) -> pd.DataFrame:
    """One row per record, columns named for people with their units, in the language of
    ``words``: per surface the POA irradiance, cell temperature, DC and AC power, the
    total AC power and, with a load, the park balance. ``timestamp`` (the index) is the
    start of each record, ISO 8601 with the site's UTC offset."""
    names = _unique_names(result)
    columns = {
        f"{names[surface_id]} · {words(label)}": getattr(result, frame)[surface_id] * factor
        for surface_id in result.surface_ids
        for frame, label, factor in HOURLY_QUANTITIES
    }
    ac_label = HOURLY_QUANTITIES[-1][1]
    columns[f"{words(TOTAL_NAME)} · {words(ac_label)}"] = result.ac_power.sum(axis=1) / 1000.0
    table = pd.DataFrame(columns)
    if park is not None:
        intervals = park.balance.intervals.reindex(table.index)
        for column, label in BALANCE_COLUMNS:
            scale = 1.0 if column == "soc_kwh" else 1.0 / park.balance.interval_hours
            table[words(label)] = intervals[column].to_numpy() * scale
    table.index = table.index.map(lambda t: t.isoformat())
    table.index.name = words(TIMESTAMP)
    return table


def write_hourly_csv(
    result: SimulationResult,
    path: str | os.PathLike[str],
    park: ParkBalance | None = None,
    words: Words = ENGLISH_WORDS,
) -> None:
    """Write :func:`hourly_frame` as CSV, UTF-8 with a byte-order mark (so that Excel
    reads Chinese names), atomically."""
    text = hourly_frame(result, park, words).to_csv(float_format="%.6g")
    write_bytes_atomically(path, text.encode("utf-8-sig"))


def _unique_names(result: SimulationResult) -> dict[str, str]:
    """Each surface's name, with its id where two share a name."""
    counts: dict[str, int] = {}
    for name in result.surface_names:
        counts[name] = counts.get(name, 0) + 1
    return {
        surface_id: name if counts[name] == 1 else f"{name} ({surface_id})"
        for surface_id, name in zip(result.surface_ids, result.surface_names, strict=True)
    }
