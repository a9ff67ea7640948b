"""A table that edits a tuple of small records (a facade's openings, its overhangs and
fins): one row per record, a name column and number columns, add and remove buttons."""

from __future__ import annotations

from collections.abc import Callable, Collection

from msgspec import Struct
from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.ui.i18n import translated, translated_headers
from bipv_designer.ui.qt_util import signals_blocked


class Column(Struct, frozen=True):
    """A field shown as a column; ``title`` marked with QT_TRANSLATE_NOOP in the table's
    context; ``positive`` numbers must be above 0; a ``label`` column shows a value that
    is not typed (e.g. a kind), through ``names`` when given."""

    field: str
    title: str
    positive: bool = False
    label: bool = False
    names: dict | None = None


NewRecord = Callable[[Collection[str]], object]
"""Makes a new record from the ids in use."""


class ItemsTable(QWidget):
    """Edits a tuple of records; texts are translated in ``context``.

    Signals:
        items_edited(object): the tuple of records after one change.
        invalid(str): a typed cell that is not a number, or not above 0 where it must be.
    """

    items_edited = Signal(object)
    invalid = Signal(str)

    def __init__(
        self,
        columns: tuple[Column, ...],
        adders: tuple[tuple[str, NewRecord], ...],
        context: str,
    ):
        super().__init__()
        self.columns = columns
        self.context = context
        self._items: tuple = ()
        self.table = QTableWidget(0, len(columns))
        translated_headers(self.table, context, [c.title for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        buttons = QHBoxLayout()
        self.add_buttons = []
        for text, make in adders:
            button = QPushButton()
            translated(button, context, text)
            button.clicked.connect(lambda checked=False, m=make: self._add(m))
            buttons.addWidget(button)
            self.add_buttons.append(button)
        self.remove = QPushButton()
        translated(self.remove, "ItemsTable", QT_TRANSLATE_NOOP("ItemsTable", "Remove selected"))
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._cell_changed)
        self.remove.clicked.connect(self._remove)

    @property
    def add(self) -> QPushButton:
        """The first add button."""
        return self.add_buttons[0]

    def set_items(self, items: tuple) -> None:
        """Show ``items``."""
        self._items = items
        with signals_blocked(self.table):
            self.table.setRowCount(len(items))
            for row, record in enumerate(items):
                for column, spec in enumerate(self.columns):
                    value = getattr(record, spec.field)
                    if spec.names is not None:
                        value = QCoreApplication.translate(self.context, spec.names[value])
                    text = value if isinstance(value, str) else f"{value:g}"
                    cell = QTableWidgetItem(str(text))
                    if spec.label:
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(row, column, cell)

    def _title(self, column: Column) -> str:
        return QCoreApplication.translate(self.context, column.title)

    def _add(self, make: NewRecord) -> None:
        self.items_edited.emit((*self._items, make({r.id for r in self._items})))

    def _remove(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.items_edited.emit(tuple(r for k, r in enumerate(self._items) if k not in rows))

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        row, spec = cell.row(), self.columns[cell.column()]
        record = self._items[row]
        text = cell.text().strip()
        if spec.field == "name":
            value: object = text or record.name
        else:
            try:
                value = float(text)
            except ValueError:
                self.invalid.emit(
                    QCoreApplication.translate(
                        "ItemsTable", "{0}, {1}: expected a number, got {2}"
                    ).format(record.name, self._title(spec), repr(text))
                )
                self.set_items(self._items)
                return
            if spec.positive and not value > 0:
                self.invalid.emit(
                    QCoreApplication.translate(
                        "ItemsTable", "{0}, {1}: expected more than 0, got {2}"
                    ).format(record.name, self._title(spec), text)
                )
                self.set_items(self._items)
                return
        edited = tuple(
            replace(r, **{spec.field: value}) if k == row else r for k, r in enumerate(self._items)
        )
        if edited != self._items:
            self.items_edited.emit(edited)
