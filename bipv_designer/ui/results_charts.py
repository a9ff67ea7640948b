"""The results' charts in tabs, drawn by the same functions as the report."""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from bipv_designer.report import charts_results as charts
from bipv_designer.report.charts_energy import net_load_heatmap, typical_weeks_figure
from bipv_designer.report.charts_money import cash_flow_figure, tornado_figure
from bipv_designer.report.fonts import use_chart_fonts
from bipv_designer.report.loss_steps import loss_steps
from bipv_designer.report.project_run import ProjectRun
from bipv_designer.ui.i18n import core_words
from bipv_designer.words import Words

MIN_CHART_PX = (520, 300)
"""Smallest chart: below this the axes' labels crowd (the tab area scrolls instead)."""


class ChartTabs(QTabWidget):
    """One tab per chart of a run (those that apply: no balance charts without a load)."""

    def show_run(self, run: ProjectRun | None) -> None:
        """Draw the charts of ``run`` (None: none)."""
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            widget.deleteLater()
        if run is None:
            return
        use_chart_fonts()
        for title, make in _charts(run, core_words()):
            canvas = FigureCanvasQTAgg(make())
            canvas.setMinimumSize(*MIN_CHART_PX)
            self.addTab(canvas, QCoreApplication.translate("ChartTabs", title))

    def figure(self, index: int) -> Figure:
        """The figure shown in a tab (for tests)."""
        widget: QWidget = self.widget(index)
        return widget.figure


def _charts(run: ProjectRun, words: Words) -> list[tuple[str, Callable[[], Figure]]]:
    result, park, document = run.result, run.park, run.document()
    steps = [s for s in loss_steps(run) if s.factor is None or s.factor != 1.0]
    made = [
        (
            QT_TRANSLATE_NOOP("ChartTabs", "Monthly energy"),
            lambda: charts.monthly_energy_figure(result, park, words),
        ),
        (
            QT_TRANSLATE_NOOP("ChartTabs", "Loss diagram"),
            lambda: charts.loss_diagram_figure(steps, words),
        ),
        (
            QT_TRANSLATE_NOOP("ChartTabs", "Typical days"),
            lambda: charts.typical_days_figure(result, park, words),
        ),
        (
            QT_TRANSLATE_NOOP("ChartTabs", "Year by hour"),
            lambda: charts.pv_heatmap_figure(result, words),
        ),
    ]
    if park is not None:
        made += [
            (
                QT_TRANSLATE_NOOP("ChartTabs", "Energy flows"),
                lambda: charts.energy_flow_figure(park.balance.figures(), words),
            ),
            (
                QT_TRANSLATE_NOOP("ChartTabs", "Typical weeks"),
                lambda: typical_weeks_figure(park.balance, words),
            ),
            (
                QT_TRANSLATE_NOOP("ChartTabs", "Net load"),
                lambda: net_load_heatmap(park.balance, words),
            ),
        ]
    if document.get("money") is not None:
        made += [
            (
                QT_TRANSLATE_NOOP("ChartTabs", "Cash flows"),
                lambda: cash_flow_figure(document["money"], words),
            ),
            (
                QT_TRANSLATE_NOOP("ChartTabs", "NPV sensitivity"),
                lambda: tornado_figure(document["money"], words),
            ),
        ]
    made.append(
        (
            QT_TRANSLATE_NOOP("ChartTabs", "CO2 over the life"),
            lambda: charts.co2_figure(document["carbon"], words),
        )
    )
    return made
