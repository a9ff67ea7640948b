"""SitePlanView: zoom, cursor position, and the drawing tools of the site plan.

The view never writes the model: finished gestures are emitted as signals and the
window turns them into undoable commands (one gesture, one step).
"""

from __future__ import annotations

import itertools
import math

import shapely
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from bipv_designer.errors import GeometryError
from bipv_designer.geometry import drawing
from bipv_designer.project.model import Point2
from bipv_designer.ui.canvas.coordinates import polygon_to_scene, to_scene, to_site
from bipv_designer.ui.canvas.item_drag import ItemDrag
from bipv_designer.ui.canvas.modules import ModulesItem
from bipv_designer.ui.canvas.scene import SitePlanScene
from bipv_designer.ui.canvas.tools import CIRCLE_TOOLS, DRAG_TOOLS, POLYGON_TOOLS, Tool, tool_hint

SNAP_PIXELS = 8.0
"""Capture distance of vertex and edge snapping, and of picking a corner or an edge
[screen pixels]."""

SNAP_MAX_M = 0.5
"""Vertex and edge snapping never moves a click further than this [m]: zoomed out, 8
pixels are metres, and a click must land where it is made."""

GRID_STEPS_M = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0)
"""Spacings of the snapping grid [m]: a click is rounded to the finest one that is at
least one screen pixel, so it lands within about a pixel of where it was made, on a
round number (0.05 m when zoomed in)."""

MIN_SIZE_M = 0.5
"""Drawn rectangles smaller than this on a side are taken as a click, not a building [m]."""

ZOOM_STEP = 1.25

NORTH_ARROW_PIXELS = 28.0
"""Length of the north arrow drawn in the top-right corner of the plan [screen pixels]."""


CIRCLE_SIDES = 48
"""Sides of the polygon that previews a circle."""


class SitePlanView(QGraphicsView):
    """Draws and selects buildings on the site plan.

    Signals:
        cursor_moved(float, float): site position under the mouse [m].
        footprint_drawn(object): a finished footprint, tuple of (x, y) [m], CCW.
        keep_out_drawn(str, object, float): a keep-out drawn on a roof: its shape
            (``rectangle``, ``circle``, ``polygon``), its plan points (two opposite
            corners, the centre, or the vertices) [m] and a circle's radius [m].
        obstacle_drawn(str, object, float): an obstacle on the site: its shape (``box``,
            ``cylinder``, ``tree``), its plan points (the corners, or the centre) [m] and
            a radius [m] (0 for a tree's default crown).
        item_moved(str, str, str, float, float): a dragged item: its kind
            (``building``, ``keep_out``, ``obstacle``, ``background``), id, surface id
            (of a keep-out) and displacement [m].
        vertex_moved(str, int, float, float): building id, corner index, new x, y [m].
        vertex_inserted(str, int, float, float): building id, edge index, x, y [m].
        vertex_deleted(str, int): building id, corner index (Alt+click on a corner).
        scale_picked(float, float, float, float): the two points clicked with the
            background scale tool, x1, y1, x2, y2 [m].
        hint_changed(str): what the current tool expects next, or the measured
            distance and area, for the status bar.
    """

    cursor_moved = Signal(float, float)
    footprint_drawn = Signal(object)
    keep_out_drawn = Signal(str, object, float)
    obstacle_drawn = Signal(str, object, float)
    item_moved = Signal(str, str, str, float, float)
    vertex_moved = Signal(str, int, float, float)
    vertex_inserted = Signal(str, int, float, float)
    vertex_deleted = Signal(str, int)
    scale_picked = Signal(float, float, float, float)
    hint_changed = Signal(str)

    def __init__(self, scene: SitePlanScene) -> None:
        super().__init__(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMouseTracking(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.scale(4.0, 4.0)
        self.tool = Tool.SELECT
        self._vertices: list[Point2] = []
        self._drag_start: Point2 | None = None
        self._drag: ItemDrag | None = None
        self._vertex_drag: tuple[str, int] | None = None
        self._typed = ""
        self._preview = QGraphicsPolygonItem()
        self._preview.setPen(QPen(QColor(220, 90, 0), 0))
        self._preview.setZValue(10)
        scene.addItem(self._preview)
        self._measure: list[Point2] = []
        self._measure_path = QGraphicsPathItem()
        self._measure_path.setPen(QPen(QColor(200, 0, 120), 0))
        self._measure_path.setZValue(10)
        scene.addItem(self._measure_path)
        self.north_deg = 0.0

    def set_north(self, plan_north_deg: float) -> None:
        """Turn the plan so that true north points ``plan_north_deg`` clockwise from up."""
        if plan_north_deg != self.north_deg:
            self.rotate(plan_north_deg - self.north_deg)
            self.north_deg = plan_north_deg
            self.viewport().update()

    def set_tool(self, tool: Tool) -> None:
        """Switch tool, dropping any unfinished drawing."""
        self._cancel()
        self.tool = tool
        self.hint_changed.emit(self._hint())

    def fit_all(self) -> None:
        """Zoom to show the whole park."""
        bounds = self.scene().itemsBoundingRect()
        if not bounds.isEmpty():
            self.fitInView(bounds.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)

    def site_position(self, event_position: QPointF) -> Point2:
        """Site point [m] under a viewport position."""
        return to_site(self.mapToScene(event_position.toPoint()))

    def snapped(self, point: Point2, shift: bool) -> Point2:
        """The point after ortho lock (with Shift) and snapping."""
        anchor = self._vertices[-1:] or self._measure[-1:]
        if shift and anchor:
            return drawing.ortho(anchor[0], point, axis_deg=self.north_deg)
        polygons = [b.footprint for b in self.scene().document.project.buildings]
        return drawing.snap_point(
            point, polygons, tolerance_m=self._snap_tolerance_m(), grid_m=self._grid_m()
        ).point

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        point = self.snapped(self.site_position(event.position()), shift)
        if self.tool in DRAG_TOOLS:
            self._drag_start = point
        elif self.tool in POLYGON_TOOLS:
            self._add_vertex(point)
        elif self.tool is Tool.TREE:
            self.obstacle_drawn.emit("tree", (point,), 0.0)
        elif self.tool is Tool.MEASURE:
            self._measure.append(point)
            self._show_measure(point)
        elif self.tool is Tool.SCALE_BACKGROUND:
            self._pick_scale_point(self.site_position(event.position()))
        elif self._start_vertex_edit(event):
            return
        else:
            super().mousePressEvent(event)
            item = self._picked(event.position().toPoint())
            self._drag = ItemDrag.of(item, self.site_position(event.position()))

    def _picked(self, position) -> object | None:
        """The topmost item under a viewport position that a click acts on: names,
        modules and previews are looked through."""
        return next(
            (
                item
                for item in self.items(position)
                if not isinstance(item, QGraphicsSimpleTextItem | ModulesItem)
                and item not in (self._preview, self._measure_path)
            ),
            None,
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        here = self.site_position(event.position())
        self.cursor_moved.emit(*here)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.tool in DRAG_TOOLS and self._drag_start is not None:
            corner = self.snapped(here, shift)
            self._preview.setPolygon(polygon_to_scene(self._dragged_shape(corner)))
        elif self.tool in POLYGON_TOOLS and self._vertices:
            self._preview.setPolygon(
                polygon_to_scene([*self._vertices, self.snapped(here, shift)])
            )
        elif self.tool is Tool.MEASURE and self._measure:
            self._show_measure(self.snapped(here, shift))
        elif self._vertex_drag is not None:
            building_id, index = self._vertex_drag
            footprint = self.scene().document.project.building(building_id).footprint
            moved = drawing.move_vertex(footprint, index, self._snapped_apart(here, building_id))
            self.scene().item_of(building_id).setPolygon(polygon_to_scene(moved))
        elif self._drag is not None:
            self._drag.follow(here)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        here = self.site_position(event.position())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.tool in DRAG_TOOLS and self._drag_start is not None:
            corner = self.snapped(here, shift)
            start, self._drag_start = self._drag_start, None
            self._preview.setPolygon(polygon_to_scene([]))
            self._dragged(start, corner)
        elif self._vertex_drag is not None:
            (building_id, index), self._vertex_drag = self._vertex_drag, None
            self.vertex_moved.emit(building_id, index, *self._snapped_apart(here, building_id))
        elif self._drag is not None:
            drag, self._drag = self._drag, None
            drag.put_back()
            dx, dy = drag.displacement(here)
            if math.hypot(dx, dy) > self._pixels_to_metres(2.0):
                self.item_moved.emit(drag.kind, drag.item_id, drag.surface_id, dx, dy)
        super().mouseReleaseEvent(event)

    def _dragged(self, start: Point2, corner: Point2) -> None:
        """A rectangle or circle dragged with a drawing tool, big enough to count."""
        if self.tool in CIRCLE_TOOLS:
            radius = math.dist(start, corner)
            if radius < MIN_SIZE_M / 2:
                return
            if self.tool is Tool.KEEP_OUT_CIRCLE:
                self.keep_out_drawn.emit("circle", (start,), radius)
            else:
                self.obstacle_drawn.emit("cylinder", (start,), radius)
        elif min(abs(corner[0] - start[0]), abs(corner[1] - start[1])) >= MIN_SIZE_M:
            if self.tool is Tool.RECTANGLE:
                self.footprint_drawn.emit(drawing.rectangle(start, corner))
            elif self.tool is Tool.OBSTACLE_BOX:
                self.obstacle_drawn.emit("box", drawing.rectangle(start, corner), 0.0)
            else:
                self.keep_out_drawn.emit("rectangle", (start, corner), 0.0)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        building_id = self.scene().selected_building_id()
        if self.tool is not Tool.SELECT or not building_id:
            super().mouseDoubleClickEvent(event)
            return
        point = self.site_position(event.position())
        footprint = self.scene().document.project.building(building_id).footprint
        edge, distance = drawing.nearest_edge(footprint, point)
        if distance <= self._pixels_to_metres(SNAP_PIXELS):
            a, b = footprint[edge], footprint[(edge + 1) % len(footprint)]
            self.vertex_inserted.emit(
                building_id, edge, *drawing.closest_point_on_segment(point, a, b)
            )

    def _start_vertex_edit(self, event: QMouseEvent) -> bool:
        """Press on a corner of the selected building: drag it, or delete it with Alt."""
        building_id = self.scene().selected_building_id()
        if not building_id:
            return False
        point = self.site_position(event.position())
        footprint = self.scene().document.project.building(building_id).footprint
        index = min(range(len(footprint)), key=lambda i: math.dist(footprint[i], point))
        if math.dist(footprint[index], point) > self._pixels_to_metres(SNAP_PIXELS):
            return False
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.vertex_deleted.emit(building_id, index)
        else:
            self._vertex_drag = (building_id, index)
        return True

    def _snapped_apart(self, point: Point2, building_id: str) -> Point2:
        """Snapped to the other buildings and the grid (not to the one being edited)."""
        polygons = [
            b.footprint for b in self.scene().document.project.buildings if b.id != building_id
        ]
        return drawing.snap_point(
            point, polygons, tolerance_m=self._snap_tolerance_m(), grid_m=self._grid_m()
        ).point

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._cancel()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.tool in POLYGON_TOOLS:
            if self._typed:
                self._add_typed_vertex()
            elif len(self._vertices) >= 3:
                self._finish_polygon()
        elif self.tool in POLYGON_TOOLS and self._vertices and event.text() in "0123456789.<-":
            if event.text():
                self._typed += event.text()
                self.hint_changed.emit(self._hint())
        elif key == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self.hint_changed.emit(self._hint())
        else:
            super().keyPressEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """A north arrow in the top-right corner, turned with the plan."""
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = NORTH_ARROW_PIXELS
        painter.translate(self.viewport().width() - 1.5 * size, 1.5 * size)
        painter.rotate(self.north_deg)
        painter.setPen(QPen(QColor(40, 40, 40), 1.5))
        painter.setBrush(QColor(40, 40, 40))
        half = size / 2
        painter.drawPolygon(
            QPolygonF([QPointF(0, -half), QPointF(half / 3, half), QPointF(0, half / 2)])
        )
        painter.setBrush(QColor(255, 255, 255))
        painter.drawPolygon(
            QPolygonF([QPointF(0, -half), QPointF(-half / 3, half), QPointF(0, half / 2)])
        )
        painter.drawText(QRectF(-half, -half - 16, size, 14), Qt.AlignmentFlag.AlignCenter, "N")
        painter.restore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        self.scale(factor, factor)

    def _add_vertex(self, point: Point2) -> None:
        if drawing.closes_polygon(self._vertices, point, self._pixels_to_metres(SNAP_PIXELS)):
            self._finish_polygon()
            return
        self._vertices.append(point)
        self._preview.setPolygon(polygon_to_scene(self._vertices))
        self.hint_changed.emit(self._hint())

    def _add_typed_vertex(self) -> None:
        """Length, or length<angle, typed after the last vertex (CAD convention)."""
        typed, self._typed = self._typed, ""
        length_text, _, angle_text = typed.partition("<")
        try:
            length = float(length_text)
            if angle_text:
                angle = float(angle_text)
            elif len(self._vertices) >= 2:
                angle = drawing.segment_length_and_angle(*self._vertices[-2:])[1]
            else:
                angle = 0.0
            self._add_vertex(drawing.polar_point(self._vertices[-1], length, angle))
        except (ValueError, GeometryError):
            self.hint_changed.emit(f"Not a length or length<angle: {typed!r}")

    def _finish_polygon(self) -> None:
        polygon = drawing.counter_clockwise(self._vertices)
        self._cancel()
        if self.tool is Tool.POLYGON:
            self.footprint_drawn.emit(polygon)
        else:
            self.keep_out_drawn.emit("polygon", polygon, 0.0)

    def _dragged_shape(self, corner: Point2) -> tuple[Point2, ...]:
        """The rectangle or circle being dragged from ``_drag_start`` to ``corner``."""
        start = self._drag_start
        if self.tool not in CIRCLE_TOOLS:
            return drawing.rectangle(start, corner)
        radius = math.dist(start, corner)
        angles = [2 * math.pi * k / CIRCLE_SIDES for k in range(CIRCLE_SIDES)]
        return tuple(
            (start[0] + radius * math.cos(a), start[1] + radius * math.sin(a)) for a in angles
        )

    def _show_measure(self, cursor: Point2) -> None:
        """Draw the measured line to ``cursor`` and report its lengths and area."""
        points = [*self._measure, cursor] if cursor != self._measure[-1] else self._measure
        path = QPainterPath(to_scene(points[0]))
        for point in points[1:]:
            path.lineTo(to_scene(point))
        self._measure_path.setPath(path)
        segments = [math.dist(a, b) for a, b in itertools.pairwise(points)]
        last = segments[-1] if segments else 0.0
        text = f"Distance {last:,.2f} m, total {sum(segments):,.2f} m"
        if len(points) >= 3:
            text += f", enclosed area {shapely.Polygon(points).area:,.1f} m²"
        self.hint_changed.emit(text + " (Esc starts again)")

    def _pick_scale_point(self, point: Point2) -> None:
        if not self._measure:
            self._measure.append(point)
            self._show_measure(point)
            self.hint_changed.emit("Click the second point of a known distance")
            return
        first = self._measure[0]
        self._cancel()
        self.scale_picked.emit(*first, *point)

    def _cancel(self) -> None:
        self._vertices.clear()
        self._measure.clear()
        self._measure_path.setPath(QPainterPath())
        self._typed = ""
        self._drag_start = None
        if self._drag is not None:
            self._drag.put_back()
            self._drag = None
        if self._vertex_drag is not None:
            self.scene().show_building(self._vertex_drag[0])
            self._vertex_drag = None
        self._preview.setPolygon(polygon_to_scene([]))
        self.hint_changed.emit(self._hint())

    def _grid_m(self) -> float:
        pixel = self._pixels_to_metres(1.0)
        return next((step for step in GRID_STEPS_M if step >= pixel), GRID_STEPS_M[-1])

    def _snap_tolerance_m(self) -> float:
        return min(self._pixels_to_metres(SNAP_PIXELS), SNAP_MAX_M)

    def _pixels_to_metres(self, pixels: float) -> float:
        transform = self.transform()
        return pixels / math.hypot(transform.m11(), transform.m12())

    def _hint(self) -> str:
        return tool_hint(self.tool, bool(self._vertices), self._typed)
