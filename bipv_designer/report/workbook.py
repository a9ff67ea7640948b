"""The results as an Excel workbook (XlsxWriter, several times faster than openpyxl for
a year of hours): a summary, each surface, the months, the
loss steps, the hours with the park balance, the quote and the cash flows; names and
units readable, numbers as numbers."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pandas as pd

from bipv_designer.files import write_bytes_atomically
from bipv_designer.report.charts_results import MONTHS
from bipv_designer.report.exports import hourly_frame
from bipv_designer.report.loss_steps import loss_steps
from bipv_designer.report.pdf_report import summary_figures
from bipv_designer.report.project_run import ProjectRun


def write_workbook(run: ProjectRun, path: str | os.PathLike[str]) -> Path:
    """Write the workbook of ``run`` to ``path`` (atomically); returns the path."""
    document = run.document()
    sheets = {
        "Summary": pd.DataFrame(summary_figures(document), columns=["Figure", "Value"]),
        "Surfaces": _surfaces(document),
        "Months": _months(run, document),
        "Losses": pd.DataFrame(
            [
                {
                    "Step": s.label,
                    "Energy after the step [kWh]": s.energy_kwh,
                    "Change [%]": None if s.factor is None else 100.0 * (s.factor - 1.0),
                    "Change [kWh]": s.change_kwh,
                }
                for s in loss_steps(run)
            ]
        ),
        "Hours": hourly_frame(run.result, run.park).reset_index(),
    }
    money = document.get("money")
    if money is not None:
        sheets["Quote"] = pd.DataFrame(money["quote"])
        sheets["Cash flows"] = pd.DataFrame(money["cash_flows"])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes(1, 1)
            for k, column in enumerate(frame.columns):
                sample = [str(column), *(str(v) for v in frame[column].head(50))]
                sheet.set_column(k, k, min(max(10, max(map(len, sample)) + 2), 60))
    return write_bytes_atomically(Path(path), buffer.getvalue())


def _surfaces(document: dict) -> pd.DataFrame:
    rows = [*document["surfaces"], {"id": "total", "name": "Total", **document["total"]}]
    return pd.DataFrame(
        [
            {
                "Surface": row["name"],
                "Id": row["id"],
                "DC [kWp]": row["dc_kwp"],
                "AC energy [kWh/yr]": row["annual_ac_kwh"],
                "Specific yield [kWh/kWp]": row["specific_yield_kwh_per_kwp"],
                "PR [-]": row["performance_ratio"],
                "POA irradiation [kWh/m²]": row["poa_annual_kwh_m2"],
                "Near-shading loss [-]": row["near_shading_loss"],
            }
            for row in rows
        ]
    )


def _months(run: ProjectRun, document: dict) -> pd.DataFrame:
    table = pd.DataFrame({"Month": MONTHS})
    for surface in document["surfaces"]:
        table[f"{surface['name']} [kWh]"] = surface["monthly_ac_kwh"]
    table["Total [kWh]"] = document["total"]["monthly_ac_kwh"]
    if run.park is not None:
        load = run.park.balance.intervals["load_kwh"]
        table["Park load [kWh]"] = (
            load.groupby(load.index.month).sum().reindex(range(1, 13), fill_value=0).to_numpy()
        )
    return table
