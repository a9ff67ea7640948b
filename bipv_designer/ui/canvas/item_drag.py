"""Dragging a picked item across the plan: a building, a keep-out, a site obstacle or
the unlocked background image follow the mouse, and the displacement is handed back
when the button is released (the view turns it into one edit)."""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from bipv_designer.project.model import Point2
from bipv_designer.ui.canvas.background import BackgroundItem
from bipv_designer.ui.canvas.items import BuildingItem, KeepOutItem, ObstacleItem


class ItemDrag(Struct):
    """An item being dragged.

    Attributes
    ----------
    kind : str  "building", "keep_out", "obstacle" or "background"
    item_id, surface_id : str  what moves (the surface of a keep-out; "" otherwise)
    start : Point2  where the drag began [m]
    item : QGraphicsItem  the item that follows the mouse
    origin : QPointF  its position before the drag
    """

    kind: str
    item_id: str
    surface_id: str
    start: Point2
    item: QGraphicsItem
    origin: QPointF

    @classmethod
    def of(cls, item: QGraphicsItem | None, start: Point2) -> ItemDrag | None:
        """A drag of ``item`` (or of the building whose part it is), None for items that
        do not move."""
        if item is not None and isinstance(item.parentItem(), BuildingItem):
            item = item.parentItem()
        if isinstance(item, BuildingItem):
            return cls("building", item.building_id, "", start, item, item.pos())
        if isinstance(item, KeepOutItem):
            return cls("keep_out", item.keep_out_id, item.surface_id, start, item, item.pos())
        if isinstance(item, ObstacleItem):
            return cls("obstacle", item.obstacle_id, "", start, item, item.pos())
        if isinstance(item, BackgroundItem) and not item.is_locked():
            return cls("background", "", "", start, item, item.pos())
        return None

    def follow(self, here: Point2) -> None:
        """Show the item moved with the mouse to ``here`` [m]."""
        dx, dy = self.displacement(here)
        self.item.setPos(self.origin + QPointF(dx, -dy))

    def displacement(self, here: Point2) -> tuple[float, float]:
        """From the drag's start to ``here`` [m]."""
        return here[0] - self.start[0], here[1] - self.start[1]

    def put_back(self) -> None:
        """The item where it was (the document redraws it where it went)."""
        self.item.setPos(self.origin)
