"""The one place that converts site metres (y north) to scene units (y down) and back.

Scene units are metres with y flipped, so that north is up on screen; the view's
transform turns metres into pixels (zoom).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPolygonF

from bipv_designer.project.model import Point2


def to_scene(point: Sequence[float]) -> QPointF:
    """Scene position of a site point (x east, y north) [m]."""
    return QPointF(point[0], -point[1])


def to_site(point: QPointF) -> Point2:
    """Site point [m] of a scene position."""
    return (point.x(), -point.y())


def polygon_to_scene(points: Sequence[Sequence[float]]) -> QPolygonF:
    """Scene polygon of a site polygon."""
    return QPolygonF([to_scene(p) for p in points])
