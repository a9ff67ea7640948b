"""A facade's windows and doors: a table of rectangles in facade coordinates."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.project.ids import free_id
from bipv_designer.project.layout_model import Opening
from bipv_designer.ui.qt_util import signals_blocked

COLUMNS = (
    ("name", "Name"),
    ("u", "u [m]"),
    ("v", "v [m]"),
    ("width_m", "Width [m]"),
    ("height_m", "Height [m]"),
)
NEW_OPENING = {"u": 1.0, "v": 1.0, "width_m": 2.0, "height_m": 1.5}
"""A new opening until the user types its own: a 2 m x 1.5 m window 1 m from the
lower-left corner of the facade [m]."""


class OpeningsTable(QWidget):
    """Edits the openings of one facade; u runs right along the wall, v up from its foot.

    Signals:
        openings_edited(object): the tuple of Openings after one change.
        invalid(str): a typed cell that is not a number, or a size that is not positive.
    """

    openings_edited = Signal(object)
    invalid = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._openings: tuple[Opening, ...] = ()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([title for _, title in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add = QPushButton("Add opening")
        self.remove = QPushButton("Remove selected")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._cell_changed)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)

    def set_openings(self, openings: tuple[Opening, ...]) -> None:
        """Show ``openings``."""
        self._openings = openings
        with signals_blocked(self.table):
            self.table.setRowCount(len(openings))
            for row, opening in enumerate(openings):
                for column, (field, _) in enumerate(COLUMNS):
                    value = getattr(opening, field)
                    text = value if isinstance(value, str) else f"{value:g}"
                    self.table.setItem(row, column, QTableWidgetItem(text))

    def _add(self) -> None:
        taken = {o.id for o in self._openings}
        opening_id, number = free_id("opening", taken)
        opening = Opening(opening_id, f"Window {number}", **NEW_OPENING)
        self.openings_edited.emit((*self._openings, opening))

    def _remove(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.openings_edited.emit(
                tuple(o for row, o in enumerate(self._openings) if row not in rows)
            )

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        field, title = COLUMNS[column]
        opening = self._openings[row]
        text = item.text().strip()
        if field == "name":
            value: object = text or opening.name
        else:
            try:
                value = float(text)
            except ValueError:
                self.invalid.emit(f"{opening.name}, {title}: expected a number, got {text!r}")
                self.set_openings(self._openings)
                return
            if field in ("width_m", "height_m") and not value > 0:
                self.invalid.emit(f"{opening.name}, {title}: expected more than 0, got {text}")
                self.set_openings(self._openings)
                return
        edited = tuple(
            (o if k != row else _replaced(o, field, value)) for k, o in enumerate(self._openings)
        )
        if edited != self._openings:
            self.openings_edited.emit(edited)


def _replaced(opening: Opening, field: str, value: object) -> Opening:
    return dataclasses.replace(opening, **{field: value})
