"""One row per project of a batch: the figures a sales team compares, or the error that
stopped the project (CSV with a BOM for Excel, or XLSX)."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from bipv_designer.batch.jobs import JobResult

COLUMNS = (
    ("project", "project"),
    ("source", "file"),
    ("status", "status"),
    ("dc_kwp", "DC [kWp]"),
    ("annual_mwh", "AC energy [MWh/yr]"),
    ("specific_yield", "specific yield [kWh/kWp]"),
    ("performance_ratio", "PR [-]"),
    ("self_consumption", "self-consumption [-]"),
    ("export_mwh", "export [MWh/yr]"),
    ("npv", "NPV [currency]"),
    ("irr", "IRR [-]"),
    ("payback_years", "simple payback [yr]"),
    ("co2_t", "CO2 avoided, first year [t]"),
    ("park_intensity_after", "park carbon intensity with PV [tCO2/tce]"),
    ("error", "error"),
)
"""Key and heading of each column of the summary."""
DECIMALS = {
    "dc_kwp": 2,
    "annual_mwh": 3,
    "specific_yield": 1,
    "performance_ratio": 4,
    "self_consumption": 4,
    "export_mwh": 3,
    "npv": 0,
    "irr": 4,
    "payback_years": 2,
    "co2_t": 2,
    "park_intensity_after": 3,
}
"""Decimals printed of each figure (the results documents keep every digit)."""
OK, FAILED = "ok", "failed"


def summary_row(result: JobResult) -> dict[str, Any]:
    """The summary's figures of one project (None where the project has no such figure)."""
    row: dict[str, Any] = dict.fromkeys(key for key, _ in COLUMNS)
    row.update(project=result.name, source=result.source, error=result.error)
    document = result.document
    if document is None:
        row["status"] = FAILED
        return row
    total = document["total"]
    row.update(
        status=OK,
        dc_kwp=total["dc_kwp"],
        annual_mwh=total["annual_ac_kwh"] / 1000.0,
        specific_yield=total["specific_yield_kwh_per_kwp"],
        performance_ratio=total["performance_ratio"],
        co2_t=document["carbon"]["co2_avoided_t_first_year"],
    )
    balance = document.get("balance")
    if balance is not None:
        park = balance["park"]
        row.update(
            self_consumption=park["self_consumption_ratio"],
            export_mwh=park["export_kwh"] / 1000.0,
        )
    money = document.get("money")
    if money is not None:
        row.update(npv=money["npv"], irr=money["irr"], payback_years=money["simple_payback_years"])
    indicator = document["carbon"].get("park_indicator")
    if indicator is not None:
        row["park_intensity_after"] = indicator["after"]["intensity_t_per_tce"]
    return row


def summary_table(results: list[JobResult]):
    """The summary as a DataFrame with readable headings, in the batch's order."""
    import pandas as pd

    frame = pd.DataFrame([summary_row(r) for r in results], columns=[k for k, _ in COLUMNS])
    for key, decimals in DECIMALS.items():
        frame[key] = pd.to_numeric(frame[key]).round(decimals)
    return frame.rename(columns=dict(COLUMNS))


def write_summary(results: list[JobResult], path: str | os.PathLike[str]) -> Path:
    """Write the summary as CSV (UTF-8 with BOM) or XLSX, by the suffix; atomically."""
    import pandas as pd

    from bipv_designer.files import write_bytes_atomically

    path = Path(path)
    frame = summary_table(results)
    if path.suffix.lower() == ".xlsx":
        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
            frame.to_excel(writer, index=False, sheet_name="Summary")
        return write_bytes_atomically(path, buffer.getvalue())
    text = frame.to_csv(index=False)
    return write_bytes_atomically(path, ("\ufeff" + text).encode("utf-8"))
