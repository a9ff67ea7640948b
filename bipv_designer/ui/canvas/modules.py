"""Modules on the site plan: one path item per roof array (fast to paint in bulk)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem

from bipv_designer.geometry.module_outlines import placement_outlines_on_plan
from bipv_designer.project.model import Array, Project

MODULE_FILL = QColor(30, 60, 150, 200)
MODULE_EDGE = QColor(200, 210, 235)
MODULES_Z = 2.0


class ModulesItem(QGraphicsPathItem):
    """The placed modules of one roof array, drawn as one path (y flipped to the scene)."""

    def __init__(self, project: Project, array: Array) -> None:
        super().__init__(modules_path(placement_outlines_on_plan(project, array)))
        self.array_id = array.id
        self.setZValue(MODULES_Z)
        self.setBrush(QBrush(MODULE_FILL))
        self.setPen(QPen(MODULE_EDGE, 0))


def modules_path(outlines: np.ndarray) -> QPainterPath:
    """A path of closed polygons from module outlines (N, 4, 2) in site metres."""
    path = QPainterPath()
    for outline in outlines:
        path.addPolygon(QPolygonF([QPointF(x, -y) for x, y in outline]))
        path.closeSubpath()
    return path
