"""The per-surface results table: sortable by any column, the total row always last; a
click on a surface's row selects it in the window."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("SurfaceTable", "Surface"), "{}"),
    ("dc_kwp", QT_TRANSLATE_NOOP("SurfaceTable", "kWp"), "{:,.1f}"),
    ("annual_ac_kwh", QT_TRANSLATE_NOOP("SurfaceTable", "kWh/yr"), "{:,.0f}"),
    ("specific_yield_kwh_per_kwp", QT_TRANSLATE_NOOP("SurfaceTable", "kWh/kWp"), "{:,.0f}"),
    ("performance_ratio", QT_TRANSLATE_NOOP("SurfaceTable", "PR"), "{:.1%}"),
    ("near_shading_loss", QT_TRANSLATE_NOOP("SurfaceTable", "Shading"), "{:.1%}"),
    ("poa_annual_kwh_m2", QT_TRANSLATE_NOOP("SurfaceTable", "POA kWh/m²"), "{:,.0f}"),
)
"""Result fields shown, their heading and their format."""
NAME_MAX_PX = 240
"""Widest the surface names' column gets (longer names are elided; the row's tooltip
has them whole)."""


class SurfaceTable(QTableWidget):
    """One row per surface and the total.

    Signals:
        surface_clicked(str): the id of the surface whose row was clicked.
    """

    surface_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self._name_columns()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._sort_by)
        self._rows: list[dict] = []
        self._total: dict | None = None
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.cellClicked.connect(self._clicked)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._name_columns()
        super().changeEvent(event)

    def _name_columns(self) -> None:
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SurfaceTable", title) for _, title, _ in COLUMNS]
        )

    def show_rows(self, surfaces: list[dict], total: dict | None) -> None:
        """Show the surfaces (dicts with ``id`` and the COLUMNS' fields) and the total."""
        self._rows, self._total = list(surfaces), total
        self._fill()

    def surface_ids(self) -> list[str]:
        """The surfaces' ids in the order shown."""
        return [row["id"] for row in self._rows]

    def _sort_by(self, column: int) -> None:
        same = self._sort[0] == column and self._sort[1] == Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.DescendingOrder if same else Qt.SortOrder.AscendingOrder
        self._sort = (column, order)
        key = COLUMNS[column][0]
        self._rows.sort(key=lambda row: row[key], reverse=order == Qt.SortOrder.DescendingOrder)
        self.horizontalHeader().setSortIndicator(column, order)
        self._fill()

    def _fill(self) -> None:
        rows = [*self._rows, *([self._total] if self._total else [])]
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, _, pattern) in enumerate(COLUMNS):
                item = QTableWidgetItem(pattern.format(row[key]))
                item.setToolTip(row["name"])
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row is self._total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        self.setColumnWidth(0, min(self.columnWidth(0), NAME_MAX_PX))

    def needed_width(self) -> int:
        """Width that shows every column whole, with the frame and a vertical scroll bar
        [px]: the columns as the last fill sized them, the last (which stretches) at the
        width of its contents."""
        last = self.columnCount() - 1
        columns = sum(self.columnWidth(c) for c in range(last))
        columns += max(self.sizeHintForColumn(last), self.horizontalHeader().sectionSizeHint(last))
        return columns + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def _clicked(self, row: int, column: int) -> None:
        if row < len(self._rows):
            self.surface_clicked.emit(self._rows[row]["id"])
