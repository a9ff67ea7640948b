"""Edits made on the site plan: buildings drawn, moved, reshaped, turned, copied and
deleted; keep-outs and site obstacles drawn and moved; whatever is selected deleted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from bipv_designer.edits import arrays, buildings, obstacles, site_obstacles
from bipv_designer.errors import GeometryError
from bipv_designer.project.layout_model import KeepOutShape
from bipv_designer.project.model import ObstacleShape
from bipv_designer.ui.canvas.scene import SitePlanScene
from bipv_designer.ui.canvas.view import SitePlanView
from bipv_designer.ui.document import Document
from bipv_designer.ui.i18n import core_words
from bipv_designer.ui.selection import Selection, SelectionKind


class PlanEdits(QObject):
    """Turns the plan's finished gestures into edits (one gesture, one undo step).

    ``select`` shows a new selection everywhere; ``status`` puts a message in the status
    bar.
    """

    def __init__(
        self,
        document: Document,
        view: SitePlanView,
        select: Callable[[Selection], None],
        status: Callable[[str], None],
    ) -> None:
        super().__init__(view)
        self.document = document
        self.view = view
        self.scene: SitePlanScene = view.scene()
        self._select = select
        self._status = status
        view.footprint_drawn.connect(self.add_building)
        view.item_moved.connect(self.move_item)
        view.obstacle_drawn.connect(self.add_obstacle)
        view.vertex_moved.connect(
            lambda i, k, x, y: self._reshaped(i, buildings.move_corner, k, (x, y))
        )
        view.vertex_inserted.connect(
            lambda i, k, x, y: self._reshaped(i, buildings.insert_corner, k, (x, y))
        )
        view.vertex_deleted.connect(lambda i, k: self._reshaped(i, buildings.delete_corner, k))
        view.keep_out_drawn.connect(self.add_keep_out)

    def add_building(self, footprint) -> None:
        """A new flat-roofed building with this footprint [m], selected."""
        if self.document.edit(buildings.draw_building, footprint):
            self._select(Selection(SelectionKind.BUILDING, self.document.project.buildings[-1].id))

    def add_keep_out(self, shape: str, points: tuple, radius_m: float) -> None:
        """A keep-out drawn on the plan, put on the roof plane under its first point."""
        try:
            edit, surface_id, keep_out_id = obstacles.draw_keep_out(
                self.document.project, KeepOutShape(shape), points, radius_m
            )
        except GeometryError as error:
            self._status(core_words()(str(error)))
            return
        self.document.push(*edit)
        self._select(Selection(SelectionKind.KEEP_OUT, keep_out_id, surface_id))

    def add_obstacle(self, shape: str, points: tuple, radius_m: float) -> None:
        """An obstacle drawn on the site, selected."""
        edit, obstacle_id = site_obstacles.draw_obstacle(
            self.document.project, ObstacleShape(shape), points, radius_m
        )
        self.document.push(*edit)
        self._select(Selection(SelectionKind.OBSTACLE, obstacle_id))

    def move_item(self, kind: str, item_id: str, surface_id: str, dx: float, dy: float) -> None:
        """A building, keep-out or obstacle dragged by (dx, dy) on the plan [m]."""
        edit = self.document.edit
        if kind == "building":
            edit(buildings.move_building, item_id, dx, dy)
        elif kind == "keep_out":
            edit(obstacles.move_keep_out, surface_id, item_id, dx, dy)
            self._select(Selection(SelectionKind.KEEP_OUT, item_id, surface_id))
        elif kind == "obstacle":
            edit(site_obstacles.move_obstacle, item_id, dx, dy)
            self._select(Selection(SelectionKind.OBSTACLE, item_id))

    def rotate_selected(self, angle_deg: float = 90.0) -> None:
        """Turn the selected building counter-clockwise about its centroid."""
        building_id = self.scene.selected_building_id()
        if building_id:
            self.document.edit(buildings.rotate_building, building_id, angle_deg)

    def duplicate_selected(self) -> None:
        """Copy the selected building beside itself and select the copy."""
        building_id = self.scene.selected_building_id()
        if building_id and self.document.edit(buildings.duplicate_building, building_id):
            self._select(Selection(SelectionKind.BUILDING, self.document.project.buildings[-1].id))

    def delete_selected(self, selection: Selection) -> None:
        """Delete what is selected and shown: a keep-out, the modules of an array, or the
        selected buildings with their surfaces and arrays, in one step."""
        if selection.kind is SelectionKind.KEEP_OUT:
            self.document.edit(obstacles.delete_keep_out, selection.surface_id, selection.item_id)
        elif selection.kind is SelectionKind.OBSTACLE:
            self.document.edit(site_obstacles.delete_obstacle, selection.item_id)
        elif selection.kind is SelectionKind.ARRAY:
            self.document.edit(arrays.remove_modules, selection.item_id)
        elif selection.kind is SelectionKind.BUILDING:
            building_ids = self.scene.selected_building_ids() or [selection.item_id]
            self.document.edit(buildings.delete_buildings, building_ids)

    def select_all(self) -> None:
        """Select every building on the plan."""
        self.scene.select_all_buildings()

    def _reshaped(self, building_id: str, edit, *args) -> None:
        self.document.edit(edit, building_id, *args)
        self._select(Selection(SelectionKind.BUILDING, building_id))
