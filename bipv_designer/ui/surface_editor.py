"""A roof or facade seen face-on with its modules: click a module to remove it (or a
removed one to restore it), drag a rubber band to toggle several; one undoable step per
gesture. Plane coordinates u (right) and v (up) in metres; v is flipped for the screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
)

from bipv_designer.edits.changes import ProjectChanges
from bipv_designer.geometry.keep_out_shape import keep_out_shape
from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.layout.apply import array_layout
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.project.model import Project
from bipv_designer.ui.document import Document

MODULE_BRUSH = QBrush(QColor(30, 60, 150))
REMOVED_PEN = QPen(QColor(150, 150, 150), 0, Qt.PenStyle.DashLine)


class ModuleItem(QGraphicsRectItem):
    """One placed (or removed) module; ``corner`` is its lower-left (u, v)."""

    def __init__(self, rect: QRectF, corner: tuple[float, float], removed: bool) -> None:
        super().__init__(rect)
        self.corner = corner
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if removed:
            self.setPen(REMOVED_PEN)
        else:
            self.setBrush(MODULE_BRUSH)
            self.setPen(QPen(QColor(200, 210, 235), 0))


class SurfaceEditor(QDialog):
    """The face-on editor of one array's surface.

    Signals:
        modules_toggled(str, object): array id and the corners clicked or boxed.
    """

    modules_toggled = Signal(str, object)

    def __init__(self, document: Document, array_id: str, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.array_id = array_id
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.hint = QLabel(
            "Click a module to remove it, a dashed one to restore it; drag a box to toggle "
            "several. Undo works as everywhere."
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        self.view.viewport().installEventFilter(self)
        self._press: QPointF | None = None
        document.changed.connect(self._changed)
        self.resize(900, 600)
        self.rebuild()

    def _changed(self, changes: ProjectChanges) -> None:
        project = self.document.project
        array = next((a for a in project.arrays if a.id == self.array_id), None)
        if (
            changes.everything
            or self.array_id in changes.arrays.any
            or (array is not None and array.surface_id in changes.surfaces.any)
        ):
            self.rebuild()

    def rebuild(self) -> None:
        """Draw the surface, its limits and its modules as the document has them."""
        project = self.document.project
        if self.array_id not in {a.id for a in project.arrays}:
            self.close()
            return
        array = project.array(self.array_id)
        surface = project.surface(array.surface_id)
        self.setWindowTitle(f"{array.name} on {surface.name}")
        self.scene.clear()
        self.scene.addPolygon(_polygon(surface.outline), QPen(QColor(40, 40, 40), 0))
        for keep_out in surface_layout(project, surface.id).keep_outs:
            shape = keep_out_shape(keep_out)
            self.scene.addPolygon(
                _polygon(list(shape.exterior.coords)[:-1]),
                QPen(QColor(200, 40, 40), 0),
                QBrush(QColor(200, 40, 40), Qt.BrushStyle.BDiagPattern),
            )
        for outline, placement in zip(
            placement_outlines_uv(project, array), array.placements, strict=True
        ):
            self.scene.addItem(ModuleItem(_rect(outline), (placement.u, placement.v), False))
        self._add_removed(project, array)
        self.view.fitInView(
            self.scene.itemsBoundingRect().adjusted(-2, -2, 2, 2),
            Qt.AspectRatioMode.KeepAspectRatio,
        )

    def _add_removed(self, project: Project, array) -> None:
        module = project.module(array.module_id)
        settings = array_layout(project, array.id)
        width = module.width_m if settings.portrait else module.length_m
        height = module.length_m if settings.portrait else module.width_m
        for u, v in settings.removed:
            rect = QRectF(u, -(v + height), width, height)
            self.scene.addItem(ModuleItem(rect, (u, v), True))

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == event.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
        elif kind == event.Type.MouseButtonRelease and self._press is not None:
            moved = (event.position() - self._press).manhattanLength() > 3
            if moved:
                picked = [i for i in self.scene.selectedItems() if isinstance(i, ModuleItem)]
            else:
                item = self.view.itemAt(event.position().toPoint())
                picked = [item] if isinstance(item, ModuleItem) else []
            self._press = None
            if picked:
                self.modules_toggled.emit(self.array_id, [i.corner for i in picked])
        return False


def _polygon(points) -> QPolygonF:
    return QPolygonF([QPointF(u, -v) for u, v in points])


def _rect(outline) -> QRectF:
    us, vs = outline[:, 0], outline[:, 1]
    return QRectF(
        float(us.min()), float(-vs.max()), float(us.max() - us.min()), float(vs.max() - vs.min())
    )
