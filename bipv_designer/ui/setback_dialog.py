"""A setback for each edge of a surface, or one for all of them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bipv_designer.project.layout_model import Setback
from bipv_designer.ui.i18n import translated
from bipv_designer.ui.panels.fields import number_field

MAX_SETBACK_M = 50.0
SIDE_NAMES = {
    "north": QT_TRANSLATE_NOOP("SetbackDialog", "north"),
    "north-east": QT_TRANSLATE_NOOP("SetbackDialog", "north-east"),
    "east": QT_TRANSLATE_NOOP("SetbackDialog", "east"),
    "south-east": QT_TRANSLATE_NOOP("SetbackDialog", "south-east"),
    "south": QT_TRANSLATE_NOOP("SetbackDialog", "south"),
    "south-west": QT_TRANSLATE_NOOP("SetbackDialog", "south-west"),
    "west": QT_TRANSLATE_NOOP("SetbackDialog", "west"),
    "north-west": QT_TRANSLATE_NOOP("SetbackDialog", "north-west"),
    "top": QT_TRANSLATE_NOOP("SetbackDialog", "top"),
    "bottom": QT_TRANSLATE_NOOP("SetbackDialog", "bottom"),
}
"""The sides an edge faces (``geometry.frames.outline_edges``), for people."""


class SetbackDialog(QDialog):
    """Edits a surface's setback; ``setback()`` is the result once accepted.

    Parameters
    ----------
    edges : list of (length [m], side)  as :func:`bipv_designer.geometry.frames.outline_edges`
    setback : Setback  the current one
    """

    def __init__(self, edges: list[tuple[float, str]], setback: Setback, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Setback per edge"))
        self._uniform_m = setback.uniform_m
        self.per_edge = QCheckBox()
        translated(
            self.per_edge,
            "SetbackDialog",
            QT_TRANSLATE_NOOP("SetbackDialog", "A setback for each edge"),
        )
        self.per_edge.setChecked(bool(setback.per_edge_m))
        self.table = QTableWidget(len(edges), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Edge"), self.tr("Length"), self.tr("Setback")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        values = setback.per_edge_m or (setback.uniform_m,) * len(edges)
        self.fields = []
        for row, ((length_m, side), value) in enumerate(zip(edges, values, strict=True)):
            side_name = QCoreApplication.translate("SetbackDialog", SIDE_NAMES.get(side, side))
            self.table.setItem(
                row, 0, QTableWidgetItem(self.tr("{0}: {1} side").format(row + 1, side_name))
            )
            self.table.setItem(row, 1, QTableWidgetItem(f"{length_m:,.2f} m"))
            field = number_field(0.0, MAX_SETBACK_M, " m", 2)
            field.setValue(value)
            self.table.setCellWidget(row, 2, field)
            self.fields.append(field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.per_edge)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.per_edge.toggled.connect(self.table.setEnabled)
        self.table.setEnabled(self.per_edge.isChecked())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def setback(self) -> Setback:
        """The setback as typed: per edge when ticked, else the uniform one unchanged."""
        if not self.per_edge.isChecked():
            return Setback(self._uniform_m)
        return Setback(self._uniform_m, tuple(field.value() for field in self.fields))
