"""A 3-D view of the park drawn with QPainter: orbit, zoom, the sun and ground shadows.

An orthographic camera looks at the park's centre from ``camera_azimuth`` (degrees from
north, clockwise) and ``camera_elevation`` (degrees above the horizon); faces are drawn
back to front (painter's algorithm), which is exact enough for the convex faces of
factory buildings seen from outside.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QVBoxLayout, QWidget

from bipv_designer.project.model import ObstacleShape, SurfaceKind
from bipv_designer.shading.modules3d import module_faces
from bipv_designer.shading.occluders import occluders
from bipv_designer.shading.scene3d import Face, faces, ground_shadows, sun_position
from bipv_designer.shading.site_obstacles import OBSTACLE_PREFIX
from bipv_designer.shading.surface_shadows import surface_shadows
from bipv_designer.ui.document import Document
from bipv_designer.ui.i18n import translated_label

FACE_COLOURS = {
    SurfaceKind.ROOF: QColor(205, 190, 170),
    SurfaceKind.FACADE: QColor(225, 225, 225),
}
MODULE_COLOUR = QColor(35, 70, 150)
TREE_COLOUR = QColor(70, 140, 70)
OBSTACLE_COLOUR = QColor(170, 170, 175)
SHADOW_COLOUR = QColor(90, 90, 90, 140)
GROUND_COLOUR = QColor(236, 242, 230)
DEGREES_PER_PIXEL = 0.4
ZOOM_STEP = 1.2


NO_BOUNDS = (np.zeros(3), np.zeros(3))
MINIMUM_SIZE_PX = (240, 150)
"""Smallest 3-D view: small enough that Properties keeps most of the right column at
1366 x 768."""


class ParkView3D(QWidget):
    """Paints the park; drag to orbit, wheel to zoom.

    Signals:
        camera_changed(): the camera azimuth, elevation or zoom changed.
    """

    camera_changed = Signal()

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.camera_azimuth = 200.0
        self.camera_elevation = 35.0
        self.zoom = 1.0
        self.moment = dt.datetime(2023, 12, 21, 10, 0)
        self._shadows_of: tuple = (None, {})
        self._drag_from: QPointF | None = None
        self._bounds_of: tuple[object, tuple[np.ndarray, np.ndarray]] = (None, NO_BOUNDS)
        self.setMinimumSize(*MINIMUM_SIZE_PX)
        document.changed.connect(self.update)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def set_moment(self, moment: dt.datetime) -> None:
        """Show the sun and shadows at this local date and time."""
        self.moment = moment
        self.update()

    def project_points(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Screen x, y [px] and depth (larger is nearer) of site points (n, 3)."""
        azimuth = np.radians(self.camera_azimuth)
        elevation = np.radians(self.camera_elevation)
        towards_camera = np.array(
            [
                np.sin(azimuth) * np.cos(elevation),
                np.cos(azimuth) * np.cos(elevation),
                np.sin(elevation),
            ]
        )
        right = np.array([-np.cos(azimuth), np.sin(azimuth), 0.0])
        up = np.cross(towards_camera, right)
        centred = points - self._centre()
        scale = self.zoom * min(self.width(), self.height()) / self._extent()
        screen = np.column_stack(
            [self.width() / 2 + scale * centred @ right, self.height() / 2 - scale * centred @ up]
        )
        return screen, centred @ towards_camera

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(200, 220, 240))
        project = self.document.project
        park = occluders(project)
        modules_on: dict[str, list[Face]] = {}
        for block in module_faces(project):
            modules_on.setdefault(block.surface_id, []).append(block)
        self._paint_ground(painter)
        sun = sun_position(self.document.project, self.moment)
        on_surfaces = self._surface_shadows(sun)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW_COLOUR)
        for shadow in ground_shadows(park + [b for bs in modules_on.values() for b in bs], sun):
            painter.drawPolygon(self._polygon(np.column_stack([shadow, np.zeros(len(shadow))])))
        painter.setPen(QPen(QColor(60, 60, 60), 1))
        depths = {id(f): self.project_points(f.points)[1].mean() for f in park}
        for face in sorted(park, key=lambda f: depths[id(f)]):
            painter.setBrush(QBrush(self._colour(face)))
            painter.drawPolygon(self._polygon(face.points))
            if face.surface_id in modules_on and self._faces_camera(face):
                painter.setBrush(QBrush(MODULE_COLOUR))
                for block in modules_on[face.surface_id]:
                    painter.drawPolygon(self._polygon(block.points))
            if face.surface_id in on_surfaces and self._faces_camera(face):
                painter.save()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(SHADOW_COLOUR)
                for rings in on_surfaces[face.surface_id]:
                    path = QPainterPath()
                    path.setFillRule(Qt.FillRule.OddEvenFill)
                    for ring in rings:
                        path.addPolygon(self._polygon(ring))
                        path.closeSubpath()
                    painter.drawPath(path)
                painter.restore()
        painter.setPen(QColor(40, 40, 40))
        painter.drawText(
            8,
            18,
            self.tr("Sun: elevation {0:.1f}°, azimuth {1:.1f}°").format(
                sun.elevation, sun.azimuth
            ),
        )
        painter.end()

    def _colour(self, face: Face) -> QColor:
        if face.has_modules:
            return MODULE_COLOUR
        if face.surface_id.startswith(OBSTACLE_PREFIX):
            obstacle = self.document.project.obstacle(
                face.surface_id.removeprefix(OBSTACLE_PREFIX)
            )
            return TREE_COLOUR if obstacle.shape is ObstacleShape.TREE else OBSTACLE_COLOUR
        return FACE_COLOURS[face.kind]

    def _surface_shadows(self, sun) -> dict:
        """The shade on the roofs and facades (computed once per project and moment)."""
        key = (self.document.project, self.moment)
        if self._shadows_of[0] != key:
            self._shadows_of = (key, surface_shadows(self.document.project, sun))
        return self._shadows_of[1]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._drag_from = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        delta = event.position() - self._drag_from
        self._drag_from = event.position()
        self.camera_azimuth = (self.camera_azimuth - delta.x() * DEGREES_PER_PIXEL) % 360.0
        self.camera_elevation = min(
            89.0, max(5.0, self.camera_elevation + delta.y() * DEGREES_PER_PIXEL)
        )
        self.camera_changed.emit()
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom *= ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        self.camera_changed.emit()
        self.update()

    def _paint_ground(self, painter: QPainter) -> None:
        low, high = self._bounds()
        margin = 0.25 * (high - low).max()
        corners = np.array(
            [
                [low[0] - margin, low[1] - margin, 0.0],
                [high[0] + margin, low[1] - margin, 0.0],
                [high[0] + margin, high[1] + margin, 0.0],
                [low[0] - margin, high[1] + margin, 0.0],
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GROUND_COLOUR)
        painter.drawPolygon(self._polygon(corners))

    def _faces_camera(self, face: Face) -> bool:
        """True when the front of a face (its plane normal) looks towards the camera."""
        p = face.points
        normal = np.cross(p[1] - p[0], p[2] - p[0])
        centre = p.mean(axis=0)
        _, depth = self.project_points(np.vstack([centre, centre + normal]))
        return bool(depth[1] > depth[0])

    def _polygon(self, points: np.ndarray) -> QPolygonF:
        screen, _ = self.project_points(points)
        return QPolygonF([QPointF(x, y) for x, y in screen])

    def _bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Corners of the box around the park, computed once per project value."""
        project = self.document.project
        if self._bounds_of[0] is not project:
            park: list[Face] = faces(project)
            if park:
                points = np.vstack([f.points for f in park])
                bounds = (points.min(axis=0), points.max(axis=0))
            else:
                bounds = (np.zeros(3), np.array([50.0, 50.0, 10.0]))
            self._bounds_of = (project, bounds)
        return self._bounds_of[1]

    def _centre(self) -> np.ndarray:
        low, high = self._bounds()
        return (low + high) / 2

    def _extent(self) -> float:
        low, high = self._bounds()
        return float(max(np.linalg.norm(high - low), 1.0)) * 1.2


class View3DPanel(QWidget):
    """The 3-D view with a date-and-time field for the sun."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.view = ParkView3D(document)
        self.when = QDateTimeEdit(QDateTime(self.view.moment))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.dateTimeChanged.connect(lambda value: self.view.set_moment(value.toPython()))
        controls = QHBoxLayout()
        controls.addWidget(
            translated_label(
                "View3DPanel", QT_TRANSLATE_NOOP("View3DPanel", "Sun at (local time)")
            )
        )
        controls.addWidget(self.when)
        controls.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.view)
