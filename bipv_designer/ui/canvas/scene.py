"""SitePlanScene: one item per building, rebuilt by id from the document's signals, and
the keep-outs drawn on roofs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene

from bipv_designer.geometry.keep_out_shape import keep_out_shape
from bipv_designer.geometry.roof_plan import roof_plane_to_plan
from bipv_designer.ui.canvas.background import BackgroundItem
from bipv_designer.ui.canvas.items import BuildingItem, KeepOutItem
from bipv_designer.ui.canvas.modules import ModulesItem
from bipv_designer.ui.document import Document


class SitePlanScene(QGraphicsScene):
    """The park in scene units (metres, y flipped); never writes the model.

    Signals:
        building_selected(str): id of the selected building, "" when none.
        keep_out_selected(str, str): surface id and keep-out id of the selected
            keep-out ("", "" when none).
    """

    building_selected = Signal(str)
    keep_out_selected = Signal(str, str)

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self._items: dict[str, BuildingItem] = {}
        self._keep_outs: list[KeepOutItem] = []
        self._modules: dict[str, tuple[object, ModulesItem]] = {}
        self.background = BackgroundItem()
        self.addItem(self.background)
        document.building_added.connect(self._update_building)
        document.building_changed.connect(self._update_building)
        document.building_removed.connect(self._remove_building)
        document.project_replaced.connect(self.rebuild)
        document.project_changed.connect(self.show_background)
        document.project_changed.connect(self.show_keep_outs)
        document.project_changed.connect(self.show_modules)
        document.path_changed.connect(self.show_background)
        self.selectionChanged.connect(self._emit_selection)
        self.rebuild()

    def item_of(self, building_id: str) -> BuildingItem:
        """The item showing a building."""
        return self._items[building_id]

    def select_building(self, building_id: str) -> None:
        """Select one building (or none with "")."""
        self.clearSelection()
        if building_id in self._items:
            self._items[building_id].setSelected(True)

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

    def rebuild(self) -> None:
        """Recreate every item from the document."""
        for item in self._items.values():
            self.removeItem(item)
            self.removeItem(item.label)
        self._items.clear()
        for building in self.document.project.buildings:
            self._update_building(building.id)
        self.show_background()
        self.show_keep_outs()
        self.show_modules()

    def show_modules(self) -> None:
        """Draw the placed modules of every roof array; arrays whose placements and
        surface did not change keep their item."""
        project = self.document.project
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
                self.addItem(item)
                self._modules[array_id] = (key, item)

    def selected_keep_out(self) -> tuple[str, str]:
        """(surface id, keep-out id) of the selected keep-out, ("", "") when none."""
        selected = [i for i in self.selectedItems() if isinstance(i, KeepOutItem)]
        return (selected[0].surface_id, selected[0].keep_out_id) if selected else ("", "")

    def select_keep_out(self, surface_id: str, keep_out_id: str) -> None:
        """Select one keep-out."""
        self.clearSelection()
        for item in self._keep_outs:
            if (item.surface_id, item.keep_out_id) == (surface_id, keep_out_id):
                item.setSelected(True)

    def show_keep_outs(self) -> None:
        """Recreate the keep-out items of every roof, keeping the selection."""
        selected = self.selected_keep_out()
        self.blockSignals(True)
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
                item.setSelected((surface.id, keep_out.id) == selected)
        self.blockSignals(False)

    def show_background(self) -> None:
        """Show the project's background image as it is now."""
        project = self.document.project
        self.background.show_background(
            project.background, self.document.path, project.site.plan_north_deg
        )

    def _update_building(self, building_id: str) -> None:
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
        self.building_selected.emit(self.selected_building_id())
        self.keep_out_selected.emit(*self.selected_keep_out())
