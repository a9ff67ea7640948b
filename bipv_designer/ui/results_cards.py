"""The results' headline figures as cards: the same figures, formatted the same way, as
the report's summary (``report.pdf_report.summary_figures``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

COLUMNS = 6


class SummaryCards(QWidget):
    """A grid of cards, each a figure's value over its label."""

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.cards: list[tuple[QLabel, QLabel]] = []

    def show_figures(self, figures: list[tuple[str, str]]) -> None:
        """Show ``(label, value)`` figures, or none."""
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.cards = []
        for k, (label, value) in enumerate(figures):
            card = QFrame()
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setStyleSheet("QFrame { background: #f4f6fa; border-radius: 4px; }")
            layout = QVBoxLayout(card)
            layout.setContentsMargins(6, 2, 6, 2)
            layout.setSpacing(0)
            number = QLabel(value)
            number.setStyleSheet("font-size: 14px; font-weight: bold; color: #1e3c96;")
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setStyleSheet("color: #555555;")
            layout.addWidget(number)
            layout.addWidget(caption)
            self.grid.addWidget(card, k // COLUMNS, k % COLUMNS)
            self.cards.append((caption, number))
