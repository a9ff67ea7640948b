"""A roof or facade seen face-on with its modules: click a module to remove it (or a
removed one to restore it), drag a rubber band to toggle several; one undoable step per
gesture. The wheel zooms, the middle or right button pans, Fit shows it all (as when it
opens). Plane coordinates u (right) and v (up) in metres; v is flipped for the screen."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from bipv_designer.edits.changes import ProjectChanges
from bipv_designer.geometry.keep_out_shape import keep_out_shape
from bipv_designer.geometry.module_outlines import placement_outlines_uv, rectangle_corners
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.layout.orientation import grid_angle_deg
from bipv_designer.layout.planes import array_layout
from bipv_designer.project.model import Project
from bipv_designer.report.loss_classes import loss_classes
from bipv_designer.ui.canvas.shading_colours import LOSS_COLOURS
from bipv_designer.ui.canvas.zoom_view import ZoomPanView
from bipv_designer.ui.document import Document

MODULE_BRUSH = QBrush(QColor(30, 60, 150))
REMOVED_PEN = QPen(QColor(150, 150, 150), 0, Qt.PenStyle.DashLine)


class ModuleItem(QGraphicsPolygonItem):
    """One placed (or removed) module; ``corner`` is its lower-left (u, v)."""

    def __init__(
        self, outline, corner: tuple[float, float], removed: bool, fill: QColor | None = None
    ) -> None:
        super().__init__(_polygon(outline))
        self.corner = corner
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if removed:
            self.setPen(REMOVED_PEN)
        else:
            self.setBrush(QBrush(fill) if fill is not None else MODULE_BRUSH)
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
        self.view = ZoomPanView(self.scene)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.hint = QLabel(
            self.tr(
                "Click a module to remove it, a dashed one to restore it; drag a box to "
                "toggle several. Wheel zooms, middle or right button pans. Undo works as "
                "everywhere."
            )
        )
        self.hint.setWordWrap(True)
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_button.clicked.connect(self.view.fit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(bottom)
        self._fitted = False
        self.view.viewport().installEventFilter(self)
        self._press: QPointF | None = None
        self._losses: dict | None = None
        document.changed.connect(self._changed)
        self.resize(900, 600)
        self.rebuild()

    def show_losses(self, losses: dict | None) -> None:
        """Colour the modules by their annual shading loss ``{array_id: (N,)}`` (the
        plan's shading colours), or plainly with None."""
        self._losses = losses
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
        self.setWindowTitle(self.tr("{0} on {1}").format(array.name, surface.name))
        self.scene.clear()
        self.scene.addPolygon(_polygon(surface.outline), QPen(QColor(40, 40, 40), 0))
        for keep_out in surface_layout(project, surface.id).keep_outs:
            shape = keep_out_shape(keep_out)
            self.scene.addPolygon(
                _polygon(list(shape.exterior.coords)[:-1]),
                QPen(QColor(200, 40, 40), 0),
                QBrush(QColor(200, 40, 40), Qt.BrushStyle.BDiagPattern),
            )
        outlines = placement_outlines_uv(project, array)
        fills = self._fills(len(outlines))
        for outline, placement, fill in zip(outlines, array.placements, fills, strict=True):
            self.scene.addItem(ModuleItem(outline, (placement.u, placement.v), False, fill))
        self._add_removed(project, array)

    def _fills(self, count: int) -> list[QColor | None]:
        """The colour of each module by its shading loss, or None for the plain one."""
        losses = None if self._losses is None else self._losses.get(self.array_id)
        if losses is None or len(losses) != count:
            return [None] * count
        return [LOSS_COLOURS[k] for k in loss_classes(losses)]

    def showEvent(self, event) -> None:
        """Open with the whole surface in view; after that the user's zoom stays."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.view.fit()

    def _add_removed(self, project: Project, array) -> None:
        module = project.module(array.module_id)
        settings = array_layout(project, array.id)
        if not settings.removed:
            return
        width = module.width_m if settings.portrait else module.length_m
        height = module.length_m if settings.portrait else module.width_m
        angle = grid_angle_deg(project.surface(array.surface_id), settings)
        us, vs = np.asarray(settings.removed, dtype=float).T
        for outline, corner in zip(
            rectangle_corners(us, vs, width, height, angle), settings.removed, strict=True
        ):
            self.scene.addItem(ModuleItem(outline, tuple(corner), True))

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
