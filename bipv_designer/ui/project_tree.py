"""The Project tree: site, buildings with their surfaces and keep-outs, load, money,
background, string plan and arrays; updated item by item as the document changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from bipv_designer.edits.changes import ProjectChanges
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.project.model import Building, Project, RoofType
from bipv_designer.ui.document import Document
from bipv_designer.ui.qt_util import signals_blocked
from bipv_designer.ui.selection import Selection, SelectionKind

TREE_MIN_WIDTH_PX = 260
ROLE = Qt.ItemDataRole.UserRole
ROOF_NAMES = {
    RoofType.FLAT: QT_TRANSLATE_NOOP("ProjectTree", "flat"),
    RoofType.MONO_PITCH: QT_TRANSLATE_NOOP("ProjectTree", "mono-pitch"),
    RoofType.GABLE: QT_TRANSLATE_NOOP("ProjectTree", "gable"),
    RoofType.SAW_TOOTH: QT_TRANSLATE_NOOP("ProjectTree", "saw-tooth"),
}
"""Roof types as the tree names them."""


class ProjectTree(QTreeWidget):
    """Everything in the project by name, a click selects it.

    Signals:
        selected(Selection): the user clicked an item.
    """

    selected = Signal(object)

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.setHeaderLabels([self.tr("Project"), self.tr("Details")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(TREE_MIN_WIDTH_PX)
        self._buildings: dict[str, QTreeWidgetItem] = {}
        self._arrays: dict[str, QTreeWidgetItem] = {}
        self.itemClicked.connect(self._clicked)
        document.changed.connect(self.update_from)
        self._fill()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setHeaderLabels([self.tr("Project"), self.tr("Details")])
            self._fill()
        super().changeEvent(event)

    def item_of(self, selection: Selection) -> QTreeWidgetItem | None:
        """The item showing a selection, None when the tree has none."""
        for item in self.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive):
            if item.data(0, ROLE) == selection:
                return item
        return None

    def show_selection(self, selection: Selection) -> None:
        """Mark the item of ``selection`` as current (without a ``selected`` signal)."""
        item = self.item_of(selection)
        with signals_blocked(self):
            if item is None:
                self.clearSelection()
            else:
                self.setCurrentItem(item)
                self.scrollToItem(item)

    def update_from(self, changes: ProjectChanges) -> None:
        """Update the items that ``changes`` touch; the others stay as they are."""
        if changes.everything:
            self._fill()
            return
        project = self.document.project
        for building_id in changes.buildings.removed:
            item = self._buildings.pop(building_id)
            self.takeTopLevelItem(self.indexOfTopLevelItem(item))
        for index, building in enumerate(project.buildings):
            if building.id in changes.buildings.added:
                item = _TreeItem()
                self.insertTopLevelItem(1 + index, item)
                self._buildings[building.id] = item
            if building.id in changes.buildings.added | changes.buildings.changed:
                self._show_building(self._buildings[building.id], project, building)
        if changes.arrays:
            self._show_arrays(project)
        if "obstacles" in changes.sections:
            self._show_obstacles(project)
        if changes.sections or changes.buildings:
            self._show_sections(project)

    def _fill(self) -> None:
        project = self.document.project
        self.clear()
        self._buildings.clear()
        self._site = _item(self, Selection(SelectionKind.SITE))
        for building in project.buildings:
            item = _item(self, Selection(SelectionKind.BUILDING, building.id))
            self._buildings[building.id] = item
            self._show_building(item, project, building)
        self._load = _item(self, Selection(SelectionKind.LOAD))
        self._money = _item(self, Selection(SelectionKind.MONEY))
        self._background = _item(self, Selection(SelectionKind.BACKGROUND))
        self._report = _item(self, Selection(SelectionKind.REPORT))
        self._strings = _item(self, Selection(SelectionKind.STRINGS))
        self._arrays_item = _TreeItem(self, [self.tr("Arrays"), ""])
        self._obstacles_item = _TreeItem(self, [self.tr("Site obstacles"), ""])
        self._show_sections(project)
        self._show_arrays(project)
        self._show_obstacles(project)
        self.expandToDepth(0)

    def _show_building(self, item: QTreeWidgetItem, project: Project, building: Building) -> None:
        item.setData(0, ROLE, Selection(SelectionKind.BUILDING, building.id))
        item.setText(0, building.name)
        item.setText(
            1, QCoreApplication.translate("ProjectTree", ROOF_NAMES[building.roof.roof_type])
        )
        expanded = item.isExpanded() or not item.childCount()
        item.takeChildren()
        for surface in project.surfaces:
            if surface.building_id != building.id:
                continue
            orientation = f"{surface.surface_tilt:.0f}° / {surface.surface_azimuth:.0f}°"
            if surface.excluded:
                orientation += self.tr(" (excluded)")
            child = _item(item, Selection(SelectionKind.SURFACE, surface.id), surface.name)
            child.setText(1, orientation)
            for keep_out in surface_layout(project, surface.id).keep_outs:
                grandchild = _item(
                    child,
                    Selection(SelectionKind.KEEP_OUT, keep_out.id, surface.id),
                    keep_out.name,
                )
                grandchild.setText(1, self.tr("keep-out, {0} m").format(f"{keep_out.height_m:g}"))
        item.setExpanded(expanded)

    def _show_sections(self, project: Project) -> None:
        site = project.site
        self._site.setText(0, self.tr("Site"))
        self._site.setText(1, f"{site.name}: {site.latitude:.3f}, {site.longitude:.3f}")
        meters = project.load.meters if project.load else ()
        self._load.setText(0, self.tr("Load"))
        self._load.setText(
            1,
            (self.tr("1 meter") if len(meters) == 1 else self.tr("{0} meters").format(len(meters)))
            if meters
            else self.tr("none yet"),
        )
        self._report.setText(0, self.tr("Report"))
        self._report.setText(1, project.report.customer or self.tr("no customer yet"))
        self._money.setText(0, self.tr("Money and carbon"))
        self._money.setText(
            1, project.tariff.tariff.currency if project.tariff else self.tr("no tariff yet")
        )
        background = project.background
        self._background.setHidden(background is None)
        self._background.setText(0, self.tr("Background image"))
        if background is not None:
            locked = self.tr(" (locked)") if background.locked else ""
            self._background.setText(1, f"{Path(background.path).name}{locked}")
        inverters = len(project.string_plan)
        self._strings.setText(0, self.tr("String plan"))
        self._strings.setText(
            1,
            (
                self.tr("1 inverter")
                if inverters == 1
                else self.tr("{0} inverters").format(inverters)
            )
            if inverters
            else self.tr("none yet"),
        )

    def _show_arrays(self, project: Project) -> None:
        self._arrays_item.takeChildren()
        for array in project.arrays:
            child = _item(self._arrays_item, Selection(SelectionKind.ARRAY, array.id), array.name)
            count = array.module_count
            child.setText(
                1, self.tr("1 module") if count == 1 else self.tr("{0} modules").format(count)
            )
        self._arrays_item.setText(1, str(len(project.arrays)))

    def _show_obstacles(self, project: Project) -> None:
        self._obstacles_item.takeChildren()
        for obstacle in project.obstacles:
            child = _item(
                self._obstacles_item, Selection(SelectionKind.OBSTACLE, obstacle.id), obstacle.name
            )
            child.setText(1, self.tr("{0} m high").format(f"{obstacle.height_m:g}"))
        self._obstacles_item.setText(1, str(len(project.obstacles)))
        self._obstacles_item.setHidden(not project.obstacles)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        selection = item.data(0, ROLE)
        if isinstance(selection, Selection):
            self.selected.emit(selection)


class _TreeItem(QTreeWidgetItem):
    """An item whose tooltip is its name and details in full (the narrow tree cuts
    them on a small screen)."""

    def data(self, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            name, details = self.text(0), self.text(1)
            return f"{name}: {details}" if details else name
        return super().data(column, role)


def _item(parent, selection: Selection, name: str = "") -> QTreeWidgetItem:
    item = _TreeItem(parent, [name, ""])
    item.setData(0, ROLE, selection)
    return item
