"""The main window: the project tree and the per-surface results of a simulation."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.errors import BipvError
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project, resolve_weather_path
from bipv_designer.project.model import Project
from bipv_designer.simulation.result import SimulationResult
from bipv_designer.ui.workers import Worker

RESULT_COLUMNS = (
    ("name", "Surface", "{}"),
    ("dc_kwp", "kWp", "{:,.1f}"),
    ("annual_ac_kwh", "kWh/yr", "{:,.0f}"),
    ("specific_yield_kwh_per_kwp", "kWh/kWp", "{:,.0f}"),
    ("performance_ratio", "PR", "{:.3f}"),
    ("poa_annual_kwh_m2", "POA kWh/m²", "{:,.0f}"),
)


class MainWindow(QMainWindow):
    """Project tree on the left, results on the right; Simulate runs off the GUI thread."""

    def __init__(self, project: Project, path: Path) -> None:
        super().__init__()
        self.project = project
        self.path = path
        self.result: SimulationResult | None = None
        self.worker = Worker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Project", "Details"])
        self.results = QTableWidget(0, len(RESULT_COLUMNS))
        self.results.setHorizontalHeaderLabels([title for _, title, _ in RESULT_COLUMNS])
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self.weather_label = QLabel()
        self.weather_label.setWordWrap(True)
        results_panel = QWidget()
        results_layout = QVBoxLayout(results_panel)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.weather_label)
        results_layout.addWidget(self.results)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(results_panel)
        splitter.setSizes([350, 650])
        self.setCentralWidget(splitter)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)

        self.open_action = QAction("&Open…", self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._open)
        self.simulate_action = QAction("&Simulate", self, shortcut=QKeySequence("F5"))
        self.simulate_action.triggered.connect(self.simulate)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.open_action)
        self.menuBar().addMenu("&Simulate").addAction(self.simulate_action)
        self.addToolBar("Main").addAction(self.simulate_action)
        self.resize(1000, 600)
        self._show_project()

    def simulate(self) -> None:
        """Read the weather and simulate the project in the background."""
        from bipv_designer.simulation.run import simulate
        from bipv_designer.weather.readers import read_weather

        project = self.project
        weather_path = resolve_weather_path(project.weather, self.path)
        weather_format = project.weather.file_format

        def job(progress, cancel):
            weather = read_weather(weather_path, weather_format)
            return simulate(project, weather, progress=progress, cancel=cancel)

        self.progress.setValue(0)
        self.progress.show()
        self.statusBar().showMessage("Simulating…")
        self.worker.start(job)

    def closeEvent(self, event) -> None:
        self.worker.shutdown()
        super().closeEvent(event)

    def _open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open project", str(self.path.parent), "Projects (*.json)"
        )
        if name:
            try:
                self.project, self.path = load_project(name), Path(name)
            except BipvError as error:
                QMessageBox.warning(self, "Cannot open the project", str(error))
                return
            self.result = None
            self._show_project()

    def _show_project(self) -> None:
        self.setWindowTitle(f"{self.project.name} — BIPV Designer")
        self.tree.clear()
        site = self.project.site
        QTreeWidgetItem(
            self.tree, ["Site", f"{site.name}: {site.latitude:.3f}, {site.longitude:.3f}"]
        )
        for building in self.project.buildings:
            item = QTreeWidgetItem(self.tree, [building.name, building.roof.roof_type.value])
            for surface in self.project.surfaces:
                if surface.building_id == building.id:
                    QTreeWidgetItem(
                        item,
                        [
                            surface.name,
                            f"{surface.surface_tilt:.0f}° / {surface.surface_azimuth:.0f}°",
                        ],
                    )
        arrays = QTreeWidgetItem(self.tree, ["Arrays", str(len(self.project.arrays))])
        for array in self.project.arrays:
            QTreeWidgetItem(arrays, [array.name, f"{array.module_count} modules"])
        self.tree.expandAll()
        self.results.setRowCount(0)
        self.weather_label.setText(f"Weather: {self.project.weather.path} (not simulated yet)")

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(100 * fraction))
        self.statusBar().showMessage(message)

    def _on_finished(self, result: SimulationResult) -> None:
        self.result = result
        self.progress.hide()
        summary = result.summary()
        self.results.setRowCount(len(summary))
        for row, (_, values) in enumerate(summary.iterrows()):
            for column, (key, _, pattern) in enumerate(RESULT_COLUMNS):
                item = QTableWidgetItem(pattern.format(values[key]))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.results.setItem(row, column, item)
        self.results.resizeColumnsToContents()
        weather = result.weather.description or result.weather.source
        self.weather_label.setText(
            "\n".join([f"Weather: {weather}", *(f"⚠ {w}" for w in result.warnings)])
        )
        self.statusBar().showMessage("Simulated.")

    def _on_failed(self, error: BaseException) -> None:
        self.progress.hide()
        self.statusBar().showMessage("Simulation failed.")
        QMessageBox.warning(self, "Simulation failed", str(error))


def run_gui(project_path: str | None) -> int:
    """Open the window on ``project_path`` or on the demo project."""
    app = QApplication.instance() or QApplication(sys.argv)
    path = Path(project_path) if project_path else DEMO_PROJECT
    try:
        project = load_project(path)
    except BipvError as error:
        QMessageBox.critical(None, "Cannot open the project", str(error))
        return 2
    window = MainWindow(project, path)
    window.show()
    return app.exec()
