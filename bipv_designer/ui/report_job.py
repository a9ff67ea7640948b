"""Writing the report and the exports off the GUI thread: File ▸ Report… and Export
results…, with progress in the status bar and a Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QPushButton, QStatusBar, QWidget

from bipv_designer.errors import Cancelled
from bipv_designer.report.project_run import ProjectRun
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui.i18n import core_words, translated
from bipv_designer.ui.workers import Worker
from bipv_designer.words import ENGLISH_WORDS, Words

EXPORT_FILTERS = (
    QT_TRANSLATE_NOOP("ReportJob", "Workbook (*.xlsx)"),
    QT_TRANSLATE_NOOP("ReportJob", "Hourly results and park balance (*.csv)"),
    QT_TRANSLATE_NOOP("ReportJob", "Annual results (*.json)"),
    QT_TRANSLATE_NOOP("ReportJob", "Layout for CAD (*.dxf)"),
    QT_TRANSLATE_NOOP("ReportJob", "Site plan picture (*.png *.svg)"),
)


class ReportJob(QObject):
    """Writes reports and exports of the last run in the background."""

    def __init__(
        self,
        parent: QWidget,
        status_bar: QStatusBar,
        run: Callable[[], ProjectRun | None],
        project_path: Callable[[], Path],
        folder: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self._status_bar = status_bar
        self._run = run
        self._project_path = project_path
        self._folder = folder
        self.worker = Worker(self)
        self.worker.progress.connect(lambda f, m: status_bar.showMessage(f"{100 * f:.0f} % {m}"))
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.cancel_button = QPushButton()
        translated(
            self.cancel_button, "ReportJob", QT_TRANSLATE_NOOP("ReportJob", "Cancel report")
        )
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        status_bar.addPermanentWidget(self.cancel_button)

    def write_report(self, path: Path | None = None) -> bool:
        """Ask where (unless given) and write the PDF report; False when there is nothing
        to report or the user cancelled the file dialog."""
        from bipv_designer.report.pdf_report import write_report

        run = self._ready(self.tr("Nothing to report"))
        if run is None:
            return False
        path = path or self._save_path(
            self.tr("Write the report"),
            str(Path(self._folder()) / f"{run.project.name} report.pdf"),
            "PDF (*.pdf)",
        )
        if path is None:
            return False
        project_path = self._project_path()
        words = core_words()  # the window's language when the job starts

        def job(progress, cancel):
            def step(fraction: float, message: str) -> None:
                if cancel():
                    raise Cancelled("report cancelled")
                progress(fraction, message)

            return write_report(run, path, project_path, progress=step, words=words)

        self._start(job, self.tr("Writing the report…"))
        return True

    def export(self, path: Path | None = None) -> bool:
        """Ask where and what (unless given; the suffix decides) and write it."""
        run = self._ready(self.tr("Nothing to export"))
        if run is None:
            return False
        path = path or self._save_path(
            self.tr("Export results"),
            self._folder(),
            ";;".join(QCoreApplication.translate("ReportJob", f) for f in EXPORT_FILTERS),
        )
        if path is None:
            return False
        words = core_words()
        self._start(lambda progress, cancel: export_file(run, path, words), self.tr("Exporting…"))
        return True

    def _save_path(self, title: str, suggestion: str, filters: str) -> Path | None:
        """The file the user picks in a save dialog, None when they cancel it."""
        name, _ = QFileDialog.getSaveFileName(self.parent_widget, title, suggestion, filters)
        return Path(name) if name else None

    def cancel(self) -> None:
        self.worker.cancel()
        self.cancel_button.hide()
        self._status_bar.showMessage(self.tr("Report cancelled."))

    def _ready(self, title: str) -> ProjectRun | None:
        run = self._run()
        if run is None:
            dialogs.show_error(
                self.parent_widget, title, self.tr("Simulate the project first (F5).")
            )
        return run

    def _start(self, job, message: str) -> None:
        self.cancel_button.show()
        self._status_bar.showMessage(message)
        self.worker.start(job)

    def _finished(self, path: Path) -> None:
        self.cancel_button.hide()
        self._status_bar.showMessage(self.tr("Wrote {0}").format(path))

    def _failed(self, error: BaseException) -> None:
        self.cancel_button.hide()
        self._status_bar.showMessage(self.tr("Nothing written."))
        message = (
            f"{error.filename}: {error.strerror}"
            if isinstance(error, OSError)
            else core_words()(str(error))
        )
        dialogs.show_error(self.parent_widget, self.tr("Cannot write it"), message)


def export_file(run: ProjectRun, path: Path, words: Words = ENGLISH_WORDS) -> Path:
    """Write one export of ``run``, chosen by the suffix of ``path``, its headings and
    labels in the language of ``words``."""
    from bipv_designer.files import write_text_atomically
    from bipv_designer.report.drawing_export import write_dxf, write_plan_picture
    from bipv_designer.report.exports import write_hourly_csv
    from bipv_designer.report.json_text import json_text
    from bipv_designer.report.workbook import write_workbook

    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_workbook(run, path, words)
    if suffix == ".csv":
        write_hourly_csv(run.result, path, run.park, words)
        return path
    if suffix == ".json":
        write_text_atomically(path, json_text(run.document()))
        return path
    if suffix == ".dxf":
        return write_dxf(run.project, path)
    if suffix in (".png", ".svg"):
        return write_plan_picture(run.project, path, run.result.module_shading, words)
    raise ValueError(f"{path.name}: expected .xlsx, .csv, .json, .dxf, .png or .svg")
