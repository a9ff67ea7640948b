"""The park balance after a simulation: figures with money and carbon, a typical week per
month and the net load heatmap (the same matplotlib figures as in reports)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from bipv_designer.energy.park import ParkBalance
from bipv_designer.report.balance import balance_text
from bipv_designer.report.charts_energy import net_load_heatmap, typical_weeks_figure
from bipv_designer.report.charts_money import cash_flow_figure, tornado_figure


class BalanceView(QWidget):
    """Tabs with the balance figures and charts; a hint when there is nothing to show."""

    def __init__(self) -> None:
        super().__init__()
        self.hint = QLabel("Give the park a load (Project ▸ Load) and simulate (F5).")
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.summary = QTextBrowser()
        self.tabs.addTab(self.summary, "Figures")
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs)
        self.show_balance(None)

    def show_balance(
        self, park: ParkBalance | None, money: str = "", money_document: dict | None = None
    ) -> None:
        """Show ``park``, the money and carbon text and the money charts (None: clear)."""
        while self.tabs.count() > 1:
            widget = self.tabs.widget(1)
            self.tabs.removeTab(1)
            widget.deleteLater()
        self.hint.setVisible(park is None)
        self.tabs.setVisible(park is not None)
        if park is None:
            self.summary.clear()
            return
        self.summary.setPlainText((balance_text(park) + money).strip())
        self.tabs.addTab(FigureCanvasQTAgg(typical_weeks_figure(park.balance)), "Typical weeks")
        self.tabs.addTab(FigureCanvasQTAgg(net_load_heatmap(park.balance)), "Net load")
        if money_document is not None:
            self.tabs.addTab(FigureCanvasQTAgg(cash_flow_figure(money_document)), "Cash flows")
            self.tabs.addTab(FigureCanvasQTAgg(tornado_figure(money_document)), "Sensitivity")
