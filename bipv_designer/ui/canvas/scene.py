"""SitePlanScene: one item per building, rebuilt by id from the document's signals, the
keep-outs drawn on roofs and the modules of each roof array."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene

from bipv_designer.edits.changes import ProjectChanges
from bipv_designer.geometry.keep_out_shape import keep_out_shape
from bipv_designer.geometry.roof_plan import roof_plane_to_plan
from bipv_designer.ui.canvas.background import BackgroundItem
from bipv_designer.ui.canvas.items import BuildingItem, KeepOutItem, ObstacleItem
from bipv_designer.ui.canvas.modules import ModulesItem
from bipv_designer.ui.document import Document
from bipv_designer.ui.qt_util import signals_blocked
from bipv_designer.ui.selection import NOTHING, Selection, SelectionKind

PLAN_HALF_SIZE_M = 50_000.0
"""The plan reaches this far from the site origin each way [m]: a fixed extent, so that
drawing beyond the buildings never grows the scene and slides the view."""


class SitePlanScene(QGraphicsScene):
    """The park in scene units (metres, y flipped); never writes the model.

    Signals:
        selection_changed(Selection): what a click selected: a keep-out, the modules of
            an array, or a building (the first of several); NOTHING when none.
    """

    selection_changed = Signal(object)

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.setSceneRect(
            -PLAN_HALF_SIZE_M, -PLAN_HALF_SIZE_M, 2 * PLAN_HALF_SIZE_M, 2 * PLAN_HALF_SIZE_M
        )
        self.document = document
        self._items: dict[str, BuildingItem] = {}
        self._keep_outs: list[KeepOutItem] = []
        self._obstacles: list[ObstacleItem] = []
        self._modules: dict[str, tuple[object, ModulesItem]] = {}
        self._losses: dict | None = None
        self.background = BackgroundItem()
        self.addItem(self.background)
        document.building_added.connect(self.show_building)
        document.building_changed.connect(self.show_building)
        document.building_removed.connect(self._remove_building)
        document.changed.connect(self._changed)
        document.path_changed.connect(self.show_background)
        self.selectionChanged.connect(self._emit_selection)
        self.rebuild()

    def item_of(self, building_id: str) -> BuildingItem:
        """The item showing a building."""
        return self._items[building_id]

    def select(self, selection: Selection) -> None:
        """Select what ``selection`` names on the plan (nothing for what the plan does not
        show), without a ``selection_changed`` signal."""
        with signals_blocked(self):
            self.clearSelection()
            for item in self._items_of(selection):
                item.setSelected(True)

    def select_building(self, building_id: str) -> None:
        """Select one building (or none with "") as a click would."""
        self.clearSelection()
        if building_id in self._items:
            self._items[building_id].setSelected(True)

    def selection(self) -> Selection:
        """What is selected on the plan."""
        selected = self.selectedItems()
        for item in selected:
            if isinstance(item, KeepOutItem):
                return Selection(SelectionKind.KEEP_OUT, item.keep_out_id, item.surface_id)
        for item in selected:
            if isinstance(item, ObstacleItem):
                return Selection(SelectionKind.OBSTACLE, item.obstacle_id)
        for item in selected:
            if isinstance(item, ModulesItem):
                return Selection(SelectionKind.ARRAY, item.array_id)
        building_ids = self.selected_building_ids()
        return Selection(SelectionKind.BUILDING, building_ids[0]) if building_ids else NOTHING

    def selected_building_id(self) -> str:
        """Id of the selected building, "" when none."""
        selected = [i for i in self.selectedItems() if isinstance(i, BuildingItem)]
        return selected[0].building_id if selected else ""

    def selected_building_ids(self) -> list[str]:
        """Ids of all selected buildings, in project order."""
        selected = {i.building_id for i in self.selectedItems() if isinstance(i, BuildingItem)}
        return [b.id for b in self.document.project.buildings if b.id in selected]

    def select_all_buildings(self) -> None:
        """Select every building."""
        for item in self._items.values():
            item.setSelected(True)

    def _items_of(self, selection: Selection) -> list:
        kind = selection.kind
        if kind is SelectionKind.BUILDING:
            return [self._items[selection.item_id]] if selection.item_id in self._items else []
        if kind is SelectionKind.ARRAY:
            found = self._modules.get(selection.item_id)
            return [found[1]] if found else []
        if kind is SelectionKind.OBSTACLE:
            return [o for o in self._obstacles if o.obstacle_id == selection.item_id]
        if kind is SelectionKind.KEEP_OUT:
            return [
                k
                for k in self._keep_outs
                if (k.surface_id, k.keep_out_id) == (selection.surface_id, selection.item_id)
            ]
        return []

    def _changed(self, changes: ProjectChanges) -> None:
        if changes.everything:
            self.rebuild()
            return
        if changes.sections & {"background", "site"}:
            self.show_background()
        if changes.keep_outs or changes.surfaces:
            self.show_keep_outs()
        if "obstacles" in changes.sections:
            self.show_obstacles()
        if changes.arrays or changes.surfaces or "modules" in changes.sections:
            self.show_modules()

    def rebuild(self) -> None:
        """Recreate every item from the document."""
        for item in self._items.values():
            self.removeItem(item)
            self.removeItem(item.label)
        self._items.clear()
        for building in self.document.project.buildings:
            self.show_building(building.id)
        self.show_background()
        self.show_keep_outs()
        self.show_obstacles()
        self.show_modules()

    def show_obstacles(self) -> None:
        """Recreate the items of the obstacles on the site, keeping the selection."""
        selected = self.selection()
        with signals_blocked(self):
            for item in self._obstacles:
                self.removeItem(item)
            self._obstacles = [ObstacleItem(o) for o in self.document.project.obstacles]
            for item in self._obstacles:
                self.addItem(item)
                item.setSelected(selected == Selection(SelectionKind.OBSTACLE, item.obstacle_id))

    def show_modules(self) -> None:
        """Draw the placed modules of every roof array; arrays whose placements and
        surface did not change keep their item."""
        project = self.document.project
        selected = self.selection()
        wanted = {}
        layouts = {layout.array_id: layout for layout in project.array_layouts}
        for array in project.arrays:
            if array.placements:
                wanted[array.id] = (
                    array,
                    project.surface(array.surface_id),
                    project.module(array.module_id),
                    layouts.get(array.id),
                )
        for array_id in list(self._modules):
            key, item = self._modules[array_id]
            if wanted.get(array_id) != key:
                self.removeItem(item)
                del self._modules[array_id]
        for array_id, key in wanted.items():
            if array_id not in self._modules:
                item = ModulesItem(project, key[0])
                if self._losses is not None:
                    item.show_losses(self._losses.get(array_id))
                self.addItem(item)
                self._modules[array_id] = (key, item)
                if selected == Selection(SelectionKind.ARRAY, array_id):
                    with signals_blocked(self):
                        item.setSelected(True)

    def show_shading(self, losses: dict | None) -> None:
        """Colour the modules by their annual shading loss ``{array_id: (N,)}``, or plainly
        with None."""
        self._losses = losses
        for _, item in self._modules.values():
            item.show_losses(None if losses is None else losses.get(item.array_id))

    def modules_item(self, array_id: str) -> ModulesItem:
        """The item drawing an array's modules."""
        return self._modules[array_id][1]

    def show_keep_outs(self) -> None:
        """Recreate the keep-out items of every roof, keeping the selection."""
        selected = self.selection()
        with signals_blocked(self):
            for item in self._keep_outs:
                self.removeItem(item)
            self._keep_outs.clear()
            project = self.document.project
            surfaces = {s.id: s for s in project.surfaces if s.kind == "roof"}
            for layout in project.surface_layouts:
                surface = surfaces.get(layout.surface_id)
                if surface is None:
                    continue
                for keep_out in layout.keep_outs:
                    shape = keep_out_shape(keep_out)
                    outline = roof_plane_to_plan(surface, list(shape.exterior.coords)[:-1])
                    item = KeepOutItem(surface.id, keep_out.id, outline)
                    self.addItem(item)
                    self._keep_outs.append(item)
                    item.setSelected(
                        selected == Selection(SelectionKind.KEEP_OUT, keep_out.id, surface.id)
                    )

    def show_background(self) -> None:
        """Show the project's background image as it is now."""
        project = self.document.project
        self.background.show_background(
            project.background, self.document.path, project.site.plan_north_deg
        )

    def show_building(self, building_id: str) -> None:
        """Draw the building as the document has it (e.g. after a cancelled corner drag)."""
        project = self.document.project
        item = self._items.get(building_id)
        if item is None:
            item = BuildingItem(building_id)
            self._items[building_id] = item
            self.addItem(item)
            self.addItem(item.label)
        item.update_from(project.building(building_id), project)

    def _remove_building(self, building_id: str) -> None:
        item = self._items.pop(building_id, None)
        if item is not None:
            self.removeItem(item)
            self.removeItem(item.label)

    def _emit_selection(self) -> None:
        self.selection_changed.emit(self.selection())
