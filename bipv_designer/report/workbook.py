"""The results as an Excel workbook (XlsxWriter, several times faster than openpyxl for
a year of hours): a summary, each surface, the months, the loss steps, the hours with
the park balance, the quote and the cash flows; names and units readable, in English or
Chinese, numbers as numbers."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pandas as pd

from bipv_designer.files import write_bytes_atomically
from bipv_designer.report.charts_results import MONTHS
from bipv_designer.report.exports import TOTAL_NAME, hourly_frame
from bipv_designer.report.loss_steps import loss_steps
from bipv_designer.report.pdf_report import QUOTE_HEADINGS, summary_figures
from bipv_designer.report.project_run import ProjectRun
from bipv_designer.words import ENGLISH_WORDS, N_, Words

SHEETS = {
    "summary": N_("Exports", "Summary"),
    "surfaces": N_("Exports", "Surfaces"),
    "months": N_("Exports", "Months"),
    "losses": N_("Exports", "Losses"),
    "hours": N_("Exports", "Hours"),
    "quote": N_("Exports", "Quote"),
    "cash_flows": N_("Exports", "Cash flows"),
}
"""The workbook's sheets and their names (at most 31 characters, as Excel wants)."""
CASH_FLOW_COLUMNS = {
    "year": N_("Exports", "Year"),
    "pv_kwh": N_("Exports", "PV energy [kWh]"),
    "savings": N_("Exports", "Savings on the bill [{currency}]"),
    "export_revenue": N_("Exports", "Export revenue [{currency}]"),
    "subsidy": N_("Exports", "Subsidy [{currency}]"),
    "om_and_insurance": N_("Exports", "O&M and insurance [{currency}]"),
    "inverter_replacement": N_("Exports", "Inverter replacement [{currency}]"),
    "debt_service": N_("Exports", "Debt service [{currency}]"),
    "investment": N_("Exports", "Investment [{currency}]"),
    "net": N_("Exports", "Net cash flow [{currency}]"),
    "cumulative": N_("Exports", "Cumulative [{currency}]"),
}
"""Headings of the cash-flow table's columns (``economics.finance.cash_flows``)."""


def write_workbook(
    run: ProjectRun, path: str | os.PathLike[str], words: Words = ENGLISH_WORDS
) -> Path:
    """Write the workbook of ``run`` to ``path`` (atomically) in the language of
    ``words``; returns the path."""
    document = run.document()
    sheets = {
        "summary": pd.DataFrame(
            [(words(name), words(value)) for name, value in summary_figures(document)],
            columns=[words(N_("Exports", "Figure")), words(N_("Exports", "Value"))],
        ),
        "surfaces": _surfaces(document, words),
        "months": _months(run, document, words),
        "losses": pd.DataFrame(
            [
                {
                    words(N_("Exports", "Step")): words(s.label),
                    words(N_("Exports", "Energy after the step [kWh]")): s.energy_kwh,
                    words(N_("Exports", "Change [%]")): None
                    if s.factor is None
                    else 100.0 * (s.factor - 1.0),
                    words(N_("Exports", "Change [kWh]")): s.change_kwh,
                }
                for s in loss_steps(run)
            ]
        ),
        "hours": hourly_frame(run.result, run.park, words).reset_index(),
    }
    money = document.get("money")
    if money is not None:
        sheets["quote"] = _quote(money, words)
        currency = money["currency"]
        sheets["cash_flows"] = pd.DataFrame(money["cash_flows"]).rename(
            columns={k: words(v.format(currency=currency)) for k, v in CASH_FLOW_COLUMNS.items()}
        )
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        for key, frame in sheets.items():
            name = words(SHEETS[key])
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes(1, 1)
            for k, column in enumerate(frame.columns):
                sample = [str(column), *(str(v) for v in frame[column].head(50))]
                sheet.set_column(k, k, min(max(10, max(map(len, sample)) + 2), 60))
    return write_bytes_atomically(Path(path), buffer.getvalue())


def _surfaces(document: dict, words: Words) -> pd.DataFrame:
    total = {"id": "total", "name": words(TOTAL_NAME), **document["total"]}
    headings = {
        "name": N_("Exports", "Surface"),
        "id": N_("Exports", "Id"),
        "dc_kwp": N_("Exports", "DC [kWp]"),
        "annual_ac_kwh": N_("Exports", "AC energy [kWh/yr]"),
        "specific_yield_kwh_per_kwp": N_("Exports", "Specific yield [kWh/kWp]"),
        "performance_ratio": N_("Exports", "PR [-]"),
        "poa_annual_kwh_m2": N_("Exports", "POA irradiation [kWh/m²]"),
        "near_shading_loss": N_("Exports", "Near-shading loss [-]"),
    }
    return pd.DataFrame(
        [
            {words(heading): row[key] for key, heading in headings.items()}
            for row in [*document["surfaces"], total]
        ]
    )


def _months(run: ProjectRun, document: dict, words: Words) -> pd.DataFrame:
    table = pd.DataFrame({words(N_("Exports", "Month")): [words(m) for m in MONTHS]})
    for surface in document["surfaces"]:
        table[f"{surface['name']} [kWh]"] = surface["monthly_ac_kwh"]
    table[f"{words(TOTAL_NAME)} [kWh]"] = document["total"]["monthly_ac_kwh"]
    if run.park is not None:
        load = run.park.balance.intervals["load_kwh"]
        table[words(N_("Exports", "Park load [kWh]"))] = (
            load.groupby(load.index.month).sum().reindex(range(1, 13), fill_value=0).to_numpy()
        )
    return table


def _quote(money: dict, words: Words) -> pd.DataFrame:
    """The quote's lines with the report's headings."""
    headings = [words(h.format(currency=money["currency"])) for h in QUOTE_HEADINGS]
    return pd.DataFrame(
        [
            (words(row["item"]), row["quantity"], row["unit"], row["amount"])
            for row in money["quote"]
        ],
        columns=headings,
    )
