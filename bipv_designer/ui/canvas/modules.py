"""Modules on the site plan: one path item per roof array (fast to paint in bulk)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle, QStyleOptionGraphicsItem

from bipv_designer.geometry.module_outlines import placement_outlines_on_plan
from bipv_designer.project.model import Array, Project
from bipv_designer.report.loss_classes import loss_classes
from bipv_designer.ui.canvas.shading_colours import LOSS_COLOURS

MODULE_FILL = QColor(30, 60, 150, 200)
MODULE_EDGE = QColor(200, 210, 235)
SELECTED_FILL = QColor(230, 120, 20, 220)
"""Modules of the selected array: the colour says what Delete would remove."""
MODULES_Z = 2.0


class ModulesItem(QGraphicsPathItem):
    """The placed modules of one roof array, drawn as one path (y flipped to the scene);
    a click on a module selects the array."""

    def __init__(self, project: Project, array: Array) -> None:
        self._outlines = placement_outlines_on_plan(project, array)
        super().__init__(modules_path(self._outlines))
        self.array_id = array.id
        self._coloured: list[tuple[QPainterPath, QBrush, int]] = []
        self.classes: np.ndarray | None = None
        """Each module's class of LOSS_CLASSES while coloured."""
        self.setZValue(MODULES_Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setBrush(QBrush(MODULE_FILL))
        self.setPen(QPen(MODULE_EDGE, 0))

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setBrush(QBrush(SELECTED_FILL if value else MODULE_FILL))
        return super().itemChange(change, value)

    def show_losses(self, losses: np.ndarray | None) -> None:
        """Colour each module by its annual shading loss (:mod:`shading_colours`), or
        all alike with None."""
        self._coloured = []
        self.classes = None
        if losses is not None and len(losses) == len(self._outlines):
            classes = self.classes = loss_classes(losses)
            self._coloured = [
                (modules_path(self._outlines[classes == k]), QBrush(colour), (classes == k).sum())
                for k, colour in enumerate(LOSS_COLOURS)
                if (classes == k).any()
            ]
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        if not self._coloured or self.isSelected():
            super().paint(painter, plain, widget)
            return
        painter.setPen(self.pen())
        for path, brush, _ in self._coloured:
            painter.setBrush(brush)
            painter.drawPath(path)


def modules_path(outlines: np.ndarray) -> QPainterPath:
    """A path of closed polygons from module outlines (N, 4, 2) in site metres."""
    path = QPainterPath()
    for outline in outlines:
        path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in outline]))
        path.closeSubpath()
    return path
