"""Results as JSON documents and hourly CSV files (format in ``docs/results-format.md``)."""

from __future__ import annotations

import os
from typing import Any

import pandas as pd

from bipv_designer.files import write_text_atomically
from bipv_designer.simulation.result import TOTAL, SimulationResult

RESULTS_FORMAT = "bipv-designer-results"
RESULTS_SCHEMA_VERSION = 1


def figures(result: SimulationResult, column: str) -> dict[str, Any]:
    """The annual and monthly figures of one surface id or of ``total``."""
    summary = result.summary().loc[column]
    return {
        "dc_kwp": float(summary["dc_kwp"]),
        "annual_ac_kwh": float(summary["annual_ac_kwh"]),
        "specific_yield_kwh_per_kwp": float(summary["specific_yield_kwh_per_kwp"]),
        "performance_ratio": float(summary["performance_ratio"]),
        "poa_annual_kwh_m2": float(summary["poa_annual_kwh_m2"]),
        "near_shading_loss": float(summary["near_shading_loss"]),
        "monthly_ac_kwh": [float(v) for v in result.monthly_ac_kwh()[column]],
        "loss_factors": {step: float(v) for step, v in result.loss_factors()[column].items()},
    }


def results_json(result: SimulationResult, project_name: str) -> dict[str, Any]:
    """The results document: every surface with modules, and the total."""
    surfaces = [
        {"id": surface_id, "name": name, **figures(result, surface_id)}
        for surface_id, name in zip(result.surface_ids, result.surface_names, strict=True)
    ]
    return {
        "format": RESULTS_FORMAT,
        "schema_version": RESULTS_SCHEMA_VERSION,
        "project": project_name,
        "weather": weather_json(result),
        "surfaces": surfaces,
        "total": figures(result, TOTAL),
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


def hourly_frame(result: SimulationResult) -> pd.DataFrame:
    """One row per record; per surface POA [W/m2], cell temperature [C], DC and AC [W]."""
    parts = {
        "poa_global_w_m2": result.poa_global,
        "temp_cell_c": result.temp_cell,
        "dc_power_w": result.dc_power,
        "ac_power_w": result.ac_power,
    }
    columns = {
        f"{surface_id}:{quantity}": frame[surface_id]
        for surface_id in result.surface_ids
        for quantity, frame in parts.items()
    }
    table = pd.DataFrame(columns)
    table[f"{TOTAL}:ac_power_w"] = result.ac_power.sum(axis=1)
    table.index = table.index.map(lambda t: t.isoformat())
    table.index.name = "timestamp"
    return table


def write_hourly_csv(result: SimulationResult, path: str | os.PathLike[str]) -> None:
    """Write :func:`hourly_frame` as CSV, atomically (temp file, then rename)."""
    write_text_atomically(path, hourly_frame(result).to_csv(float_format="%.6g"))
