"""The results workspace: a full-size tab beside the site plan with the headline cards,
the per-surface table, the charts, the weather used and its warnings, and the report
and export buttons. Refreshed after each simulation; emptied when an edit makes the
results stale."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.report.pdf_report import summary_figures
from bipv_designer.report.project_run import ProjectRun
from bipv_designer.ui.i18n import core_words, translated
from bipv_designer.ui.results_cards import SummaryCards
from bipv_designer.ui.results_charts import ChartTabs
from bipv_designer.ui.results_table import SurfaceTable

CHARTS_MIN_PX = 560
"""Narrowest the charts get beside the table [px]; the table takes the width that shows
its columns whole, the charts the rest."""
WEATHER_LINES = 3
"""Lines the weather and its warnings may take below the charts (all of it is in the
label's tooltip)."""


class ResultsWorkspace(QWidget):
    """The results of the last run.

    Signals:
        surface_clicked(str): a surface's row was clicked (select it in the window).
        report_requested(): Report (PDF)… was clicked.
        export_requested(): Export… was clicked.
    """

    surface_clicked = Signal(str)
    report_requested = Signal()
    export_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.report_button = QPushButton()
        translated(
            self.report_button,
            "ResultsWorkspace",
            QT_TRANSLATE_NOOP("ResultsWorkspace", "Report (PDF)…"),
        )
        self.export_button = QPushButton()
        translated(
            self.export_button,
            "ResultsWorkspace",
            QT_TRANSLATE_NOOP("ResultsWorkspace", "Export…"),
        )
        self.cards = SummaryCards()
        self.table = SurfaceTable()
        self.charts = ChartTabs()
        self.weather = QLabel()
        self.weather.setWordWrap(True)
        self.weather.setMaximumHeight(WEATHER_LINES * self.fontMetrics().lineSpacing())
        self.weather.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.export_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cards)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.weather)
        self.table.surface_clicked.connect(self.surface_clicked)
        self.report_button.clicked.connect(self.report_requested)
        self.export_button.clicked.connect(self.export_requested)
        self._run: ProjectRun | None = None
        self.show_run(None)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_run(self._run)
        super().changeEvent(event)

    def show_run(self, run: ProjectRun | None) -> None:
        """Show ``run`` (None: not simulated yet, or stale after an edit)."""
        self._run = run
        has = run is not None
        for widget in (
            self.cards,
            self.splitter,
            self.weather,
            self.report_button,
            self.export_button,
        ):
            widget.setVisible(has)
        if run is None:
            self.hint.setText(
                self.tr("Not simulated yet, or the project changed since: Simulate (F5).")
            )
            self.cards.show_figures([])
            self.table.show_rows([], None)
            self.charts.show_run(None)
            return
        document = run.document()
        self.hint.setText(self.tr("Results of {0}").format(run.project.name))
        words = core_words()
        self.cards.show_figures([(words(k), words(v)) for k, v in summary_figures(document)])
        self.table.show_rows(
            document["surfaces"], {"id": "total", "name": self.tr("Total"), **document["total"]}
        )
        self.charts.show_run(run)
        weather = document["weather"]
        text = "\n".join(
            [
                self.tr("Weather: {0}").format(weather["description"] or weather["source"]),
                *(f"⚠ {words(w)}" for w in weather["warnings"]),
            ]
        )
        self.weather.setText(text)
        self.weather.setToolTip(text)
        self._share_width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        width = self.splitter.width()
        table = max(0, min(self.table.needed_width(), width - CHARTS_MIN_PX))
        self.splitter.setSizes([table, width - table])
