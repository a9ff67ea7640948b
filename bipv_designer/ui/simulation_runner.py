"""The simulation off the GUI thread: progress and cancel in the status bar, results
kept while the project they belong to is unchanged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar, QWidget

from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.report.project_run import ProjectRun
from bipv_designer.simulation.result import SimulationResult
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui.document import Document
from bipv_designer.ui.i18n import translated
from bipv_designer.ui.workers import Worker
from bipv_designer.weather.project_weather import read_project_weather

PROGRESS_WIDTH_PX = 200


class SimulationRunner(QObject):
    """Runs the project's simulation, balance, money and carbon in the background.

    Signals:
        results_changed(): ``run`` changed (None when an edit made it stale).
    """

    results_changed = Signal()

    def __init__(
        self,
        document: Document,
        status_bar: QStatusBar,
        parent: QWidget,
        before_run: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.parent_widget = parent
        self._status_bar = status_bar
        self._before_run = before_run
        self.run: ProjectRun | None = None
        self._revision = -1
        self.worker = Worker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(PROGRESS_WIDTH_PX)
        self.progress.hide()
        self.cancel_button = QPushButton()
        translated(
            self.cancel_button, "SimulationRunner", QT_TRANSLATE_NOOP("SimulationRunner", "Cancel")
        )
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)
        document.changed.connect(self._drop_stale_results)

    @property
    def result(self) -> SimulationResult | None:
        """The simulation of the last run, None before one (or after an edit)."""
        return None if self.run is None else self.run.result

    def simulate(self) -> None:
        """Read the weather and simulate the project in the background."""
        from bipv_designer.report.project_run import run_project

        if not self._before_run():
            return
        project = self.document.project
        project_path = self.document.path or DEMO_PROJECT
        revision = self.document.revision

        def job(progress, cancel):
            weather = read_project_weather(project.weather, project_path, project.site)
            run = run_project(project, weather, project_path, progress=progress, cancel=cancel)
            return revision, run

        self.progress.setValue(0)
        self._show_busy(True)
        self._status_bar.showMessage(self.tr("Simulating…"))
        self.worker.start(job)

    def cancel(self) -> None:
        """Stop the running simulation; the results stay as they were."""
        self.worker.cancel()
        self._show_busy(False)
        self._status_bar.showMessage(self.tr("Simulation cancelled."))

    def _drop_stale_results(self) -> None:
        if self.run is not None and self._revision != self.document.revision:
            self.run = None
            self.results_changed.emit()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(100 * fraction))
        self._status_bar.showMessage(message)

    def _on_finished(self, outcome: tuple) -> None:
        revision, run = outcome
        self._show_busy(False)
        if revision != self.document.revision:
            self._status_bar.showMessage(
                self.tr("The project changed while simulating; run again.")
            )
            return
        self.run, self._revision = run, revision
        self.results_changed.emit()
        self._status_bar.showMessage(self.tr("Simulated."))

    def _on_failed(self, error: BaseException) -> None:
        self._show_busy(False)
        self._status_bar.showMessage(self.tr("Simulation failed."))
        dialogs.show_error(self.parent_widget, self.tr("Simulation failed"), str(error))
