"""The Properties dock: one page per kind of selection, refreshed only when an edit
touches what it shows. Simple panels' edits go straight to the document here; the
layout, string, weather and background panels are wired by their job modules."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QFormLayout,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QWidget,
)

from bipv_designer.edits import buildings, obstacles, settings, site_obstacles, surfaces
from bipv_designer.edits.changes import ProjectChanges
from bipv_designer.layout.apply import building_figures
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.project.model import Project
from bipv_designer.ui.document import Document
from bipv_designer.ui.i18n import translated_label
from bipv_designer.ui.panels.background_panel import BackgroundPanel
from bipv_designer.ui.panels.building_panel import BuildingPanel
from bipv_designer.ui.panels.keep_out_panel import KeepOutPanel
from bipv_designer.ui.panels.layout_panel import LayoutPanel
from bipv_designer.ui.panels.load_panel import LoadPanel
from bipv_designer.ui.panels.money_panel import MoneyPanel
from bipv_designer.ui.panels.obstacle_panel import ObstaclePanel
from bipv_designer.ui.panels.report_panel import ReportPanel
from bipv_designer.ui.panels.site_panel import SitePanel
from bipv_designer.ui.panels.string_plan_panel import StringPlanPanel
from bipv_designer.ui.panels.surface_panel import SurfacePanel
from bipv_designer.ui.selection import NOTHING, Selection, SelectionKind

COMBO_MIN_CHARACTERS = 12
"""Characters a combo box of a Properties page shows at least; longer items are cut in
the box and shown whole in its list."""


class Properties(QObject):
    """The page of the selected thing, in a scroll area for the dock.

    The layout and string-plan pages are filled by whoever owns their words
    (``page_fillers``: a callable per kind taking the project and the selection).

    Signals:
        value_refused(str): a typed value a page cannot take, and why.
    """

    value_refused = Signal(str)

    def __init__(self, document: Document, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = NOTHING
        self.page_fillers: dict[SelectionKind, object] = {}
        self.nothing_selected = translated_label(
            "Properties",
            QT_TRANSLATE_NOOP("Properties", "Select the site, a building or a surface."),
        )
        self.nothing_selected.setWordWrap(True)
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.nothing_selected.setMargin(
            self.nothing_selected.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        )
        self.site_panel = SitePanel()
        self.building_panel = BuildingPanel()
        self.surface_panel = SurfacePanel()
        self.keep_out_panel = KeepOutPanel()
        self.obstacle_panel = ObstaclePanel()
        self.layout_panel = LayoutPanel()
        self.string_plan_panel = StringPlanPanel()
        self.money_panel = MoneyPanel()
        self.load_panel = LoadPanel()
        self.background_panel = BackgroundPanel()
        self.report_panel = ReportPanel()
        self.pages = QStackedWidget()
        self._page_of = {
            SelectionKind.NOTHING: self.nothing_selected,
            SelectionKind.SITE: self.site_panel,
            SelectionKind.BUILDING: self.building_panel,
            SelectionKind.SURFACE: self.surface_panel,
            SelectionKind.KEEP_OUT: self.keep_out_panel,
            SelectionKind.OBSTACLE: self.obstacle_panel,
            SelectionKind.ARRAY: self.layout_panel,
            SelectionKind.STRINGS: self.string_plan_panel,
            SelectionKind.MONEY: self.money_panel,
            SelectionKind.LOAD: self.load_panel,
            SelectionKind.BACKGROUND: self.background_panel,
            SelectionKind.REPORT: self.report_panel,
        }
        for page in self._page_of.values():
            fit_to_narrow_dock(page)
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(self._size_by_current_page)
        self._size_by_current_page(self.pages.currentIndex())
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.pages)
        self.scroll.setMinimumWidth(  # as wide as the narrowest the widest page can be
            max(page.minimumSizeHint().width() for page in self._page_of.values())
            + self.scroll.verticalScrollBar().sizeHint().width()
            + 2 * self.scroll.frameWidth()
        )
        self._connect_edits()
        document.changed.connect(self._refresh)
        document.edit_refused.connect(lambda message: self.show(self.selection))

    def show(self, selection: Selection) -> None:
        """Show the page of ``selection`` (the empty page when it no longer exists)."""
        project = self.document.project
        if not selection.exists_in(project):
            selection = NOTHING
        self.selection = selection
        filler = self.page_fillers.get(selection.kind) or getattr(
            self, f"_fill_{selection.kind.value}", None
        )
        if filler is not None:
            filler(project, selection)
        self.pages.setCurrentWidget(self._page_of[selection.kind])

    def current_page(self) -> QWidget:
        """The page shown now."""
        return self.pages.currentWidget()

    def _refresh(self, changes: ProjectChanges) -> None:
        if self.selection.touched_by(changes) or not self.selection.exists_in(
            self.document.project
        ):
            self.show(self.selection)

    def _connect_edits(self) -> None:
        edit = self.document.edit
        self.building_panel.building_edited.connect(
            lambda building: edit(buildings.change_building, building)
        )
        self.building_panel.capacity_edited.connect(
            lambda building_id, value: edit(buildings.set_roof_capacity, building_id, value)
        )
        self.surface_panel.surface_edited.connect(
            lambda surface: edit(surfaces.change_surface, surface)
        )
        self.surface_panel.openings_edited.connect(
            lambda surface_id, openings: edit(obstacles.change_openings, surface_id, openings)
        )
        self.surface_panel.shades_edited.connect(
            lambda surface_id, shades: edit(obstacles.change_shades, surface_id, shades)
        )
        self.keep_out_panel.keep_out_edited.connect(
            lambda surface_id, keep_out: edit(obstacles.change_keep_out, surface_id, keep_out)
        )
        self.obstacle_panel.obstacle_edited.connect(
            lambda obstacle: edit(site_obstacles.change_obstacle, obstacle)
        )
        self.report_panel.report_edited.connect(lambda report: edit(settings.set_report, report))
        self.site_panel.site_edited.connect(lambda site: edit(settings.change_site, site))
        self.site_panel.name_edited.connect(lambda name: edit(settings.rename_project, name))
        self.site_panel.near_shading_edited.connect(lambda on: edit(settings.set_near_shading, on))
        self.load_panel.load_edited.connect(lambda load: edit(settings.change_load, load))
        self.money_panel.economics_edited.connect(
            lambda value: edit(settings.change_economics, value)
        )
        self.money_panel.carbon_edited.connect(lambda value: edit(settings.change_carbon, value))
        self.surface_panel.array_requested.connect(
            lambda array_id: self.show(Selection(SelectionKind.ARRAY, array_id))
        )
        for panel in (self.money_panel, self.load_panel, self.surface_panel):
            panel.invalid.connect(self.value_refused)

    def _fill_site(self, project: Project, selection: Selection) -> None:
        self.site_panel.set_site(
            project.site, project.weather, project.name, project.shading.near_shading
        )

    def _fill_building(self, project: Project, selection: Selection) -> None:
        building_id = selection.item_id
        self.building_panel.set_building(project.building(building_id))
        self.building_panel.set_figures(_building_figures_text(project, building_id))
        self.building_panel.set_capacity(
            next(
                (
                    c.roof_load_capacity_kg_per_m2
                    for c in project.roof_capacities
                    if c.building_id == building_id
                ),
                0.0,
            )
        )

    def _fill_surface(self, project: Project, selection: Selection) -> None:
        surface_id = selection.item_id
        layout = surface_layout(project, surface_id)
        self.surface_panel.set_surface(
            project.surface(surface_id),
            layout.openings,
            next((a for a in project.arrays if a.surface_id == surface_id), None),
            layout.shades,
        )

    def _fill_keep_out(self, project: Project, selection: Selection) -> None:
        surface = project.surface(selection.surface_id)
        keep_out = obstacles.keep_out_of(project, surface.id, selection.item_id)
        self.keep_out_panel.set_keep_out(surface.id, surface.name, keep_out)

    def _fill_obstacle(self, project: Project, selection: Selection) -> None:
        self.obstacle_panel.set_obstacle(project.obstacle(selection.item_id))

    def _fill_report(self, project: Project, selection: Selection) -> None:
        path = self.document.path
        self.report_panel.set_settings(project.report, str(path.parent) if path else "")

    def _fill_money(self, project: Project, selection: Selection) -> None:
        self.money_panel.set_settings(project.tariff, project.carbon)

    def _fill_load(self, project: Project, selection: Selection) -> None:
        self.load_panel.set_load(project.load, project.buildings)

    def _fill_background(self, project: Project, selection: Selection) -> None:
        assert project.background is not None
        self.background_panel.set_background(project.background)

    def _size_by_current_page(self, current: int) -> None:
        """The dock takes the size of the page shown, not of the widest page."""
        for index in range(self.pages.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            self.pages.widget(index).setSizePolicy(policy, policy)
        self.pages.adjustSize()


def _building_figures_text(project: Project, building_id: str) -> str:
    """The modules on a building's roofs and facades in words."""
    kinds = {
        "roof": QT_TRANSLATE_NOOP("Properties", "roofs"),
        "facade": QT_TRANSLATE_NOOP("Properties", "facades"),
    }
    text = QCoreApplication.translate(
        "Properties", "{0}: {1} modules, {2} kWp, {3} m², {4} % of their area"
    )
    return "\n".join(
        text.format(
            QCoreApplication.translate("Properties", kinds.get(kind.value, kind.value)),
            f.module_count,
            f"{f.dc_kwp:,.1f}",
            f"{f.module_area_m2:,.0f}",
            f"{f.coverage_pct:.0f}",
        )
        for kind, f in building_figures(project, building_id).items()
    )


def fit_to_narrow_dock(page: QWidget) -> None:
    """Let a page shrink to the dock's width instead of scrolling sideways: form rows put
    long fields under their labels, combo boxes do not ask for their longest item's width,
    and tables scroll inside themselves."""
    for form in page.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for combo in page.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
    for table in page.findChildren(QAbstractScrollArea):
        table.setMinimumWidth(0)
        table.setSizePolicy(QSizePolicy.Policy.Ignored, table.sizePolicy().verticalPolicy())
