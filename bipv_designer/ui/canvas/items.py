"""Graphics items of the site plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsSimpleTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
)

from bipv_designer.geometry.drawing import centroid
from bipv_designer.geometry.obstacle_outline import obstacle_outline
from bipv_designer.project.model import Building, ObstacleShape, Project, SiteObstacle
from bipv_designer.ui.canvas.coordinates import polygon_to_scene, to_scene

ROOF_COLOURS = {
    "flat": QColor(176, 196, 222),
    "mono_pitch": QColor(189, 183, 107),
    "gable": QColor(205, 170, 125),
    "saw_tooth": QColor(188, 143, 143),
}
SURFACE_WITH_MODULES = QColor(25, 60, 140, 150)
KEEP_OUT_COLOUR = QColor(200, 40, 40)
KEEP_OUT_Z = 5.0
LABEL_Z = 20.0
"""Building names stay above modules and keep-outs (the label is a scene item of its own,
placed by its building)."""
OUTLINE_PEN = QPen(QColor(40, 40, 40), 0)
SELECTED_PEN = QPen(QColor(220, 90, 0), 0.6)


class BuildingItem(QGraphicsPolygonItem):
    """A building's footprint, its name, and the roof planes that carry modules."""

    def __init__(self, building_id: str) -> None:
        super().__init__()
        self.building_id = building_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setPen(OUTLINE_PEN)
        self.label = QGraphicsSimpleTextItem()
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.label.setZValue(LABEL_Z)
        self._arrays = QGraphicsPolygonItem(self)
        self._arrays.setPen(QPen(Qt.PenStyle.NoPen))
        self._arrays.setBrush(QBrush(SURFACE_WITH_MODULES, Qt.BrushStyle.Dense5Pattern))

    def update_from(self, building: Building, project: Project) -> None:
        """Show ``building`` as it is in ``project``."""
        self.setPolygon(polygon_to_scene(building.footprint))
        self.setBrush(QBrush(ROOF_COLOURS[building.roof.roof_type.value]))
        self.label.setText(f"{building.name}\n{building.height_m:g} m")
        label_at = to_scene(centroid(building.footprint))
        self.label.setPos(label_at)
        carrying = {a.surface_id for a in project.arrays if a.module_count > 0}
        has_modules = any(
            s.id in carrying and s.kind == "roof"
            for s in project.surfaces
            if s.building_id == building.id
        )
        self._arrays.setPolygon(polygon_to_scene(building.footprint if has_modules else []))
        self._arrays.setVisible(has_modules)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(SELECTED_PEN if value else OUTLINE_PEN)
        return super().itemChange(change, value)

    def paint(self, painter, option, widget=None) -> None:
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, widget)


class KeepOutItem(QGraphicsPolygonItem):
    """A keep-out on a roof, drawn where it lies on the plan."""

    def __init__(self, surface_id: str, keep_out_id: str, plan_outline) -> None:
        super().__init__(polygon_to_scene(plan_outline))
        self.surface_id = surface_id
        self.keep_out_id = keep_out_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(KEEP_OUT_Z)
        self.setPen(QPen(KEEP_OUT_COLOUR, 0))
        self.setBrush(QBrush(KEEP_OUT_COLOUR, Qt.BrushStyle.BDiagPattern))

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(SELECTED_PEN if value else QPen(KEEP_OUT_COLOUR, 0))
        return super().itemChange(change, value)


OBSTACLE_COLOURS = {
    ObstacleShape.BOX: QColor(110, 110, 120, 200),
    ObstacleShape.CYLINDER: QColor(90, 120, 150, 200),
    ObstacleShape.TREE: QColor(60, 140, 60, 160),
}
OBSTACLE_Z = 1.0


class ObstacleItem(QGraphicsPolygonItem):
    """An obstacle on the site: a box's polygon, a tank's or a tree crown's circle."""

    def __init__(self, obstacle: SiteObstacle) -> None:
        super().__init__(polygon_to_scene(obstacle_outline(obstacle)))
        self.obstacle_id = obstacle.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(OBSTACLE_Z)
        self.setPen(OUTLINE_PEN)
        self.setBrush(QBrush(OBSTACLE_COLOURS[obstacle.shape]))
        self.setToolTip(f"{obstacle.name}, {obstacle.height_m:g} m")

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setPen(SELECTED_PEN if value else OUTLINE_PEN)
        return super().itemChange(change, value)

    def paint(self, painter, option, widget=None) -> None:
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, widget)
