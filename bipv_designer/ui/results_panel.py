"""The Results dock: per-surface figures of the last simulation with its weather and
warnings, and the export of those results."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.files import write_text_atomically
from bipv_designer.simulation.result import SimulationResult
from bipv_designer.ui import errors as dialogs

RESULT_COLUMNS = (
    ("name", "Surface", "{}"),
    ("dc_kwp", "kWp", "{:,.1f}"),
    ("annual_ac_kwh", "kWh/yr", "{:,.0f}"),
    ("specific_yield_kwh_per_kwp", "kWh/kWp", "{:,.0f}"),
    ("performance_ratio", "PR", "{:.3f}"),
    ("near_shading_loss", "Shading", "{:.1%}"),
    ("poa_annual_kwh_m2", "POA kWh/m²", "{:,.0f}"),
)
EXPORT_FILTER = "Hourly results (*.csv);;Annual results (*.json)"


class ResultsPanel(QWidget):
    """A table row per surface and the total; the weather used and its warnings."""

    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(RESULT_COLUMNS))
        self.table.setHorizontalHeaderLabels([title for _, title, _ in RESULT_COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.weather_label = QLabel()
        self.weather_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.weather_label)
        layout.addWidget(self.table)
        self.show_result(None)

    def show_result(self, result: SimulationResult | None) -> None:
        """Show ``result`` (None: not simulated yet, or stale after an edit)."""
        if result is None:
            self.table.setRowCount(0)
            self.weather_label.setText(self.tr("Not simulated yet (Simulate, F5)."))
            return
        summary = result.summary()
        self.table.setRowCount(len(summary))
        for row, (_, values) in enumerate(summary.iterrows()):
            for column, (key, _, pattern) in enumerate(RESULT_COLUMNS):
                item = QTableWidgetItem(pattern.format(values[key]))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        weather = result.weather.description or result.weather.source
        self.weather_label.setText(
            "\n".join([f"Weather: {weather}", *(f"⚠ {w}" for w in result.warnings)])
        )


def export_results(
    parent: QWidget,
    result: SimulationResult | None,
    project_name: str,
    folder: str,
    path: Path | None = None,
) -> Path | None:
    """Write the results: hourly CSV, or annual figures as JSON (by the suffix); the
    path written, None when nothing was."""
    from bipv_designer.report.exports import results_json, write_hourly_csv
    from bipv_designer.report.json_text import json_text

    if result is None:
        dialogs.show_error(
            parent, parent.tr("Nothing to export"), parent.tr("Simulate the project first (F5).")
        )
        return None
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent, parent.tr("Export results"), folder, EXPORT_FILTER
        )
        if not name:
            return None
        path = Path(name)
    try:
        if path.suffix.lower() == ".json":
            document = results_json(result, project_name)
            write_text_atomically(path, json_text(document))
        else:
            write_hourly_csv(result, path)
    except OSError as error:
        dialogs.show_error(parent, parent.tr("Cannot export"), f"{path}: {error.strerror}")
        return None
    return path
