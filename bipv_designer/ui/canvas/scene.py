"""SitePlanScene: one item per building, rebuilt by id from the document's signals."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene

from bipv_designer.ui.canvas.background import BackgroundItem
from bipv_designer.ui.canvas.items import BuildingItem
from bipv_designer.ui.document import Document


class SitePlanScene(QGraphicsScene):
    """The park in scene units (metres, y flipped); never writes the model.

    Signals:
        building_selected(str): id of the selected building, "" when none.
    """

    building_selected = Signal(str)

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self._items: dict[str, BuildingItem] = {}
        self.background = BackgroundItem()
        self.addItem(self.background)
        document.building_added.connect(self._update_building)
        document.building_changed.connect(self._update_building)
        document.building_removed.connect(self._remove_building)
        document.project_replaced.connect(self.rebuild)
        document.project_changed.connect(self.show_background)
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
        self._items.clear()
        for building in self.document.project.buildings:
            self._update_building(building.id)
        self.show_background()

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
        item.update_from(project.building(building_id), project)

    def _remove_building(self, building_id: str) -> None:
        item = self._items.pop(building_id, None)
        if item is not None:
            self.removeItem(item)

    def _emit_selection(self) -> None:
        self.building_selected.emit(self.selected_building_id())
