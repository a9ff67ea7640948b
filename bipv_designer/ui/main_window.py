"""The main window: site plan, project tree, properties, results; files and undo."""

from __future__ import annotations

import dataclasses
import functools
import json
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QImageReader, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.components.bundled import bundled_library, library_record
from bipv_designer.components.catalogue import cec_inverter
from bipv_designer.components.inverters import generic_inverter
from bipv_designer.components.library import cec_record
from bipv_designer.components.panond import ModuleRecord, read_ond, read_pan
from bipv_designer.errors import BipvError
from bipv_designer.geometry import drawing
from bipv_designer.geometry.background import moved, rescaled
from bipv_designer.geometry.frames import outline_edges
from bipv_designer.geometry.park import (
    new_building_id,
    place_building,
    remove_building,
    replace_surface,
)
from bipv_designer.geometry.roof_plan import roof_under
from bipv_designer.layout.apply import (
    add_array,
    array_figures,
    array_layout,
    building_figures,
    relaid,
    remove_array,
    roof_load_warnings,
    toggled_modules,
    with_module,
)
from bipv_designer.layout.obstacles import (
    add_keep_out,
    keep_out_from_plan,
    new_obstacle_id,
    remove_keep_out,
    replace_keep_out,
    surface_layout,
    with_openings,
)
from bipv_designer.layout.string_plan import (
    DesignTemperatures,
    array_string_limits,
    auto_string_plan,
    design_temperatures,
    planned_dc_ac_ratios,
    string_plan_warnings,
    with_array_inverters,
)
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.defaults import default_losses
from bipv_designer.project.ids import free_id
from bipv_designer.project.io import load_project, save_project
from bipv_designer.project.layout_model import (
    Inverter,
    KeepOut,
    KeepOutShape,
    RoofCapacity,
    Setback,
)
from bipv_designer.project.model import (
    BackgroundImage,
    Building,
    Project,
    Roof,
    RoofType,
    Site,
    Surface,
    WeatherReference,
)
from bipv_designer.simulation.result import SimulationResult
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui import settings
from bipv_designer.ui.balance_view import BalanceView
from bipv_designer.ui.canvas.scene import SitePlanScene
from bipv_designer.ui.canvas.view import SitePlanView, Tool
from bipv_designer.ui.catalogue_dialog import CatalogueDialog, CatalogueKind
from bipv_designer.ui.document import Document
from bipv_designer.ui.help import show_about, show_user_guide
from bipv_designer.ui.load_import_dialog import LoadImportDialog
from bipv_designer.ui.panels.background_panel import BackgroundPanel
from bipv_designer.ui.panels.building_panel import BuildingPanel
from bipv_designer.ui.panels.keep_out_panel import KeepOutPanel
from bipv_designer.ui.panels.layout_panel import LayoutPanel
from bipv_designer.ui.panels.load_panel import LoadPanel
from bipv_designer.ui.panels.money_panel import MoneyPanel
from bipv_designer.ui.panels.site_panel import SitePanel
from bipv_designer.ui.panels.string_plan_panel import StringPlanPanel
from bipv_designer.ui.panels.surface_panel import SurfacePanel
from bipv_designer.ui.setback_dialog import SetbackDialog
from bipv_designer.ui.surface_editor import SurfaceEditor
from bipv_designer.ui.view3d import View3DPanel
from bipv_designer.ui.workers import Worker
from bipv_designer.weather.project_weather import read_project_weather

RESULT_COLUMNS = (
    ("name", "Surface", "{}"),
    ("dc_kwp", "kWp", "{:,.1f}"),
    ("annual_ac_kwh", "kWh/yr", "{:,.0f}"),
    ("specific_yield_kwh_per_kwp", "kWh/kWp", "{:,.0f}"),
    ("performance_ratio", "PR", "{:.3f}"),
    ("poa_annual_kwh_m2", "POA kWh/m²", "{:,.0f}"),
)
PROJECT_FILTER = "BIPV Designer projects (*.bipv.json *.json)"
TREE_MIN_WIDTH_PX = 300
RESULTS_HEIGHT_PX = 170
RIGHT_DOCK_HEIGHTS_PX = (400, 260)
"""Starting heights of the Properties and 3-D view docks [px]."""
WEATHER_FILTER = "Weather files (*.epw *.csv *.tm2 *.json);;All files (*)"
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"
EXPORT_FILTER = "Hourly results (*.csv);;Annual results (*.json)"
BACKGROUND_METRES_PER_PIXEL = 0.1
"""Scale of a newly imported background image until the user sets it [m/px]."""
DUPLICATE_GAP_M = 10.0
"""Gap between a duplicated building and its original [m]."""
NEW_BUILDING_HEIGHT_M = 10.0
"""Eaves height of a newly drawn building, for the user to type over [m]."""


class MainWindow(QMainWindow):
    """Site plan in the middle; project tree, properties and results in docks."""

    def __init__(self, project: Project, path: Path | None) -> None:
        super().__init__()
        self.document = Document(project, path)
        self.result: SimulationResult | None = None
        self.park = None
        self._result_revision = -1
        self.worker = Worker(self)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

        self.scene = SitePlanScene(self.document)
        self.view = SitePlanView(self.scene)
        self.setCentralWidget(self.view)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Project", "Details"])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumWidth(TREE_MIN_WIDTH_PX)
        self.building_panel = BuildingPanel()
        self.results = QTableWidget(0, len(RESULT_COLUMNS))
        self.results.setHorizontalHeaderLabels([title for _, title, _ in RESULT_COLUMNS])
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.weather_label = QLabel()
        self.weather_label.setWordWrap(True)
        results_panel = QWidget()
        results_layout = QVBoxLayout(results_panel)
        results_layout.addWidget(self.weather_label)
        results_layout.addWidget(self.results)
        self._dock("Project", self.tree, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.site_panel = SitePanel()
        self.surface_panel = SurfacePanel()
        self.background_panel = BackgroundPanel()
        self.keep_out_panel = KeepOutPanel()
        self.load_panel = LoadPanel()
        self.money_panel = MoneyPanel()
        self.string_plan_panel = StringPlanPanel()
        self.layout_panel = LayoutPanel()
        self._editors: dict[str, SurfaceEditor] = {}
        self._design_temperatures: dict = {}
        self.nothing_selected = QLabel("Select the site, a building or a surface.")
        self.nothing_selected.setWordWrap(True)
        self.properties = QStackedWidget()
        for page in (
            self.nothing_selected,
            self.site_panel,
            self.building_panel,
            self.surface_panel,
            self.background_panel,
            self.keep_out_panel,
            self.load_panel,
            self.money_panel,
            self.layout_panel,
            self.string_plan_panel,
        ):
            self.properties.addWidget(page)
        self.properties.currentChanged.connect(self._size_properties_by_current_page)
        self._selection: tuple[str, str] = ("", "")
        properties_scroll = QScrollArea()
        properties_scroll.setWidgetResizable(True)
        properties_scroll.setWidget(self.properties)
        properties_dock = self._dock(
            "Properties", properties_scroll, Qt.DockWidgetArea.RightDockWidgetArea
        )
        results_dock = self._dock("Results", results_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.balance_view = BalanceView()
        balance_dock = self._dock(
            "Park balance", self.balance_view, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(results_dock, balance_dock)
        results_dock.raise_()
        self.view3d = View3DPanel(self.document)
        view3d_dock = self._dock("3-D view", self.view3d, Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([results_dock], [RESULTS_HEIGHT_PX], Qt.Orientation.Vertical)
        self.resizeDocks(
            [properties_dock, view3d_dock], list(RIGHT_DOCK_HEIGHTS_PX), Qt.Orientation.Vertical
        )

        self.position_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_simulation)
        self.statusBar().addPermanentWidget(self.position_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._build_actions()

        self.view.cursor_moved.connect(self._show_position)
        self.view.hint_changed.connect(self.statusBar().showMessage)
        self.view.footprint_drawn.connect(self.add_building)
        self.view.building_moved.connect(self.move_building)
        self.view.vertex_moved.connect(
            lambda i, k, x, y: self._reshape(i, drawing.move_vertex, "Move a corner of", k, (x, y))
        )
        self.view.vertex_inserted.connect(
            lambda i, k, x, y: self._reshape(
                i, drawing.insert_vertex, "Add a corner to", k, (x, y)
            )
        )
        self.view.vertex_deleted.connect(
            lambda i, k: self._reshape(i, drawing.delete_vertex, "Delete a corner of", k)
        )
        self.view.background_moved.connect(self._background_moved)
        self.view.scale_picked.connect(self._background_scale_picked)
        self.view.keep_out_drawn.connect(self.add_keep_out_from_plan)
        self.scene.building_selected.connect(self._show_selected)
        self.scene.keep_out_selected.connect(self._show_selected_keep_out)
        self.keep_out_panel.keep_out_edited.connect(self._keep_out_edited)
        self.load_panel.load_edited.connect(
            lambda load: self._push(lambda p: dataclasses.replace(p, load=load), "Change the load")
        )
        self.load_panel.import_requested.connect(lambda: self.import_meter_file())
        self.money_panel.economics_edited.connect(
            lambda value: self._push(
                lambda p: dataclasses.replace(p, tariff=value), "Change the tariff or costs"
            )
        )
        self.layout_panel.layout_edited.connect(self._layout_edited)
        self.layout_panel.editor_requested.connect(self.open_surface_editor)
        self.layout_panel.inverter_edited.connect(self._inverter_edited)
        self.layout_panel.library_inverter_requested.connect(self._library_inverter_requested)
        self.layout_panel.setbacks_requested.connect(self._setbacks_requested)
        self.layout_panel.cec_module_requested.connect(self._cec_module_requested)
        self.layout_panel.pan_requested.connect(self._pan_requested)
        self.layout_panel.ond_requested.connect(self._ond_requested)
        self.string_plan_panel.auto_requested.connect(self._plan_strings)
        self.string_plan_panel.plan_edited.connect(
            lambda plan: self._push(
                lambda p: dataclasses.replace(p, string_plan=plan), "Change the string plan"
            )
        )
        self.money_panel.invalid.connect(
            lambda message: dialogs.show_error(self, "Cannot take this value", message)
        )
        self.money_panel.carbon_edited.connect(
            lambda value: self._push(
                lambda p: dataclasses.replace(p, carbon=value), "Change the carbon settings"
            )
        )
        self.load_panel.invalid.connect(
            lambda message: dialogs.show_error(self, "Cannot take this value", message)
        )
        self.building_panel.building_edited.connect(self._building_edited)
        self.building_panel.capacity_edited.connect(self._capacity_edited)
        self.site_panel.site_edited.connect(self._site_edited)
        self.site_panel.weather_edited.connect(self.set_weather)
        self.site_panel.weather_file_requested.connect(lambda: self.choose_weather_file())
        self.site_panel.pvgis_weather_requested.connect(self.download_pvgis_weather)
        self.site_panel.horizon_requested.connect(self._horizon_requested)
        self.downloads = Worker(self)
        self.downloads.finished.connect(self._download_finished)
        self.downloads.failed.connect(
            lambda error: self._download_failed("Download failed", error)
        )
        self.surface_panel.surface_edited.connect(self._surface_edited)
        self.surface_panel.fill_requested.connect(self.fill_surface)
        self.surface_panel.array_requested.connect(lambda array_id: self.select("array", array_id))
        self.layout_panel.remove_requested.connect(self.remove_modules)
        self.surface_panel.openings_edited.connect(self._openings_edited)
        self.surface_panel.invalid.connect(
            lambda message: dialogs.show_error(self, "Cannot take this value", message)
        )
        self.background_panel.background_edited.connect(self._background_edited)
        self.background_panel.scale_requested.connect(lambda: self.set_tool(Tool.SCALE_BACKGROUND))
        self.background_panel.remove_requested.connect(self.remove_background)
        self.tree.itemClicked.connect(self._tree_clicked)
        self.document.project_changed.connect(self._project_changed)
        self.document.project_replaced.connect(self._project_changed)
        self.document.path_changed.connect(lambda: self._update_title())
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.autosave = QTimer(self)
        self.autosave.setInterval(settings.AUTOSAVE_INTERVAL_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        self.resize(1280, 800)
        self._project_changed()
        self._update_title()
        QTimer.singleShot(0, self.view.fit_all)

    # --- edits: each one is a single undoable step -------------------------------------

    def add_building(self, footprint: tuple[tuple[float, float], ...]) -> None:
        """Add a flat-roofed building with this footprint and select it."""
        project = self.document.project
        building = Building(
            id=new_building_id(project),
            name=f"Building {len(project.buildings) + 1}",
            footprint=footprint,
            height_m=NEW_BUILDING_HEIGHT_M,
            roof=Roof(RoofType.FLAT),
        )
        self._push(lambda p: place_building(p, building), f"Draw building '{building.name}'")
        self.scene.select_building(building.id)

    def move_building(self, building_id: str, dx: float, dy: float) -> None:
        """Move a building by (dx, dy) metres."""
        building = self.document.project.building(building_id)
        moved = dataclasses.replace(
            building, footprint=drawing.translate(building.footprint, dx, dy)
        )
        self._push(lambda p: place_building(p, moved), f"Move building '{building.name}'")

    def _reshape(self, building_id: str, edit, verb: str, *args) -> None:
        building = self.document.project.building(building_id)

        def reshaped(project: Project) -> Project:
            footprint = drawing.counter_clockwise(edit(building.footprint, *args))
            return place_building(project, dataclasses.replace(building, footprint=footprint))

        self._push(reshaped, f"{verb} '{building.name}'")
        self.scene.rebuild()
        self.scene.select_building(building_id)

    def rotate_selected(self, angle_deg: float = 90.0) -> None:
        """Turn the selected building counter-clockwise about its centroid."""
        building_id = self.scene.selected_building_id()
        if building_id:
            building = self.document.project.building(building_id)
            turned = drawing.rotate(
                building.footprint, angle_deg, drawing.centroid(building.footprint)
            )
            self._push(
                lambda p: place_building(p, dataclasses.replace(building, footprint=turned)),
                f"Rotate building '{building.name}'",
            )

    def duplicate_selected(self) -> None:
        """Copy the selected building beside itself (east, one width and 10 m further)."""
        building_id = self.scene.selected_building_id()
        if building_id:
            project = self.document.project
            building = project.building(building_id)
            xs = [x for x, _ in building.footprint]
            copy = dataclasses.replace(
                building,
                id=new_building_id(project),
                name=f"{building.name} (copy)",
                footprint=drawing.translate(
                    building.footprint, max(xs) - min(xs) + DUPLICATE_GAP_M, 0.0
                ),
            )
            self._push(lambda p: place_building(p, copy), f"Duplicate building '{building.name}'")
            self.scene.select_building(copy.id)

    def add_keep_out_from_plan(self, shape: str, points: tuple, radius_m: float) -> None:
        """Put a keep-out drawn on the plan onto the roof plane under its first point."""
        project = self.document.project
        surface = roof_under(project, points[0])
        if surface is None:
            self.statusBar().showMessage("Draw keep-outs on a roof: no roof under that point.")
            return
        keep_out_id = new_obstacle_id(project, "keep-out")
        names = {"rectangle": "Skylight", "circle": "Round unit", "polygon": "Keep-out"}
        keep_out = keep_out_from_plan(
            surface, KeepOutShape(shape), points, radius_m, keep_out_id, names[shape]
        )
        self._push(
            lambda p: add_keep_out(p, surface.id, keep_out),
            f"Add keep-out '{keep_out.name}' on '{surface.name}'",
        )
        self.scene.select_keep_out(surface.id, keep_out_id)

    def _openings_edited(self, surface_id: str, openings: tuple) -> None:
        before = surface_layout(self.document.project, surface_id).openings
        name = self.document.project.surface(surface_id).name
        if len(openings) > len(before):
            text = f"Add an opening to '{name}'"
        elif len(openings) < len(before):
            text = f"Remove openings from '{name}'"
        else:
            text = f"Change an opening of '{name}'"
        self._push(lambda p: with_openings(p, surface_id, openings), text)

    def _keep_out_edited(self, surface_id: str, keep_out: KeepOut) -> None:
        self._push(
            lambda p: replace_keep_out(p, surface_id, keep_out),
            f"Change keep-out '{keep_out.name}'",
        )

    def _show_selected_keep_out(self, surface_id: str, keep_out_id: str) -> None:
        if keep_out_id:
            self._selection = ("keep_out", f"{surface_id}|{keep_out_id}")
            self._show_properties()
        elif self._selection[0] == "keep_out":
            self._selection = ("", "")
            self._show_properties()

    def delete_selected(self) -> None:
        """Delete the selected keep-out, or the selected buildings with their surfaces and
        arrays, in one step."""
        surface_id, keep_out_id = self.scene.selected_keep_out()
        if keep_out_id:
            name = next(
                k.name
                for k in surface_layout(self.document.project, surface_id).keep_outs
                if k.id == keep_out_id
            )
            self._push(
                lambda p: remove_keep_out(p, surface_id, keep_out_id),
                f"Delete keep-out '{name}'",
            )
            return
        building_ids = self.scene.selected_building_ids()
        if not building_ids:
            return
        names = [self.document.project.building(i).name for i in building_ids]

        def removed(project: Project) -> Project:
            for building_id in building_ids:
                project = remove_building(project, building_id)
            return project

        text = (
            f"Delete building '{names[0]}'"
            if len(names) == 1
            else f"Delete {len(names)} buildings"
        )
        self._push(removed, text)

    def select_all(self) -> None:
        """Select every building on the plan."""
        self.scene.select_all_buildings()

    # --- layout --------------------------------------------------------------------------

    def _temperatures(self, project: Project) -> DesignTemperatures:
        """Design cell temperatures of the project's weather, read once per weather and
        site (raises BipvError or OSError when the weather cannot be read)."""
        key = (project.weather, project.site)
        if self._design_temperatures.get("key") != key:
            weather = read_project_weather(
                project.weather, self.document.path or DEMO_PROJECT, project.site
            )
            self._design_temperatures = {"key": key, "value": design_temperatures(weather)}
        return self._design_temperatures["value"]

    def _temperatures_text(self, project: Project) -> tuple[DesignTemperatures | None, str]:
        try:
            temperatures = self._temperatures(project)
        except (BipvError, OSError) as error:
            return None, f"no weather for the design temperatures: {error}"
        return temperatures, (
            f"Cells {temperatures.temp_cell_min:.0f} °C (coldest sunny hour) to "
            f"{temperatures.temp_cell_max:.0f} °C (hottest hour, in the sun)"
        )

    def _strings_text(self, project: Project, array) -> str:
        """String sizing of the array in words, and its strings in the string plan."""
        return "\n".join(
            filter(None, (_planned_text(project, array.id), self._sizing_text(project, array)))
        )

    def _sizing_text(self, project: Project, array) -> str:
        """The string lengths that fit the array's inverter; "" without an inverter or a
        datasheet."""
        temperatures, words = self._temperatures_text(project)
        if temperatures is None:
            return words
        try:
            limits = array_string_limits(project, array, temperatures)
        except BipvError as error:
            return str(error)
        if limits is None:
            return ""
        if limits.min_modules > limits.max_modules:
            return (
                f"⚠ no string length fits: at least {limits.min_modules} and at most "
                f"{limits.max_modules} modules ({limits.limited_by}). {words}"
            )
        return (
            f"{limits.min_modules} to {limits.max_modules} modules a string (longest set "
            f"by the {limits.limited_by}), up to {limits.max_strings_per_mppt} strings an "
            f"MPPT input. {words}"
        )

    def _plan_strings(self) -> None:
        """Plan the strings of every array from its chosen inverters (one undoable step)."""
        temperatures, words = self._temperatures_text(self.document.project)
        if temperatures is None:
            dialogs.show_error(self, "Cannot plan the strings", words)
            return
        plan, skipped = auto_string_plan(self.document.project, temperatures)
        if not plan:
            dialogs.show_error(
                self,
                "No strings planned",
                "No array has a chosen inverter and a module with a datasheet."
                + "".join(f"\n{reason}" for reason in skipped),
            )
            return
        self._push(lambda p: dataclasses.replace(p, string_plan=plan), "Plan the strings")
        if skipped:
            self.statusBar().showMessage("Not planned: " + "; ".join(skipped))

    def _layout_edited(self, array_id: str, module_id: str, settings, limits) -> None:
        project = self.document.project
        if module_id.startswith("library:"):
            record = library_record(module_id.removeprefix("library:"))
            module, datasheet = record.module, record.datasheet
        else:
            module = project.module(module_id)
            datasheet = None
        self._push(
            lambda p: with_module(p, array_id, module, datasheet, settings, limits),
            f"Change the layout of '{project.array(array_id).name}'",
        )

    def use_module_record(self, array_id: str, record: ModuleRecord) -> None:
        """The array is made of ``record``'s module (from the CEC library or a PAN file)
        and laid out anew (one undoable step)."""
        project = self.document.project
        self._push(
            lambda p: with_module(p, array_id, record.module, record.datasheet),
            f"Use {record.module.name} on '{project.array(array_id).name}'",
        )

    def _cec_module_requested(self, array_id: str) -> None:
        dialog = CatalogueDialog(CatalogueKind.MODULE, self)
        if dialog.exec() and dialog.chosen_name():
            self._push_record(array_id, lambda: cec_record(dialog.chosen_name()))

    def _pan_requested(self, array_id: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Module from a PVsyst PAN file", "", "PVsyst modules (*.PAN *.pan)"
        )
        if path:
            self._push_record(array_id, lambda: read_pan(path))

    def _push_record(self, array_id: str, read) -> None:
        try:
            record = read()
        except BipvError as error:
            dialogs.show_error(self, "Cannot use this module", str(error))
            return
        self.use_module_record(array_id, record)

    def _ond_requested(self, array_id: str, count: int) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Inverter from a PVsyst OND file", "", "PVsyst inverters (*.OND *.ond)"
        )
        if path:
            self.use_ond_inverter(array_id, path, count)

    def use_ond_inverter(self, array_id: str, path: str, count: int) -> None:
        """``count`` inverters of a PVsyst OND file serve the array (one step)."""
        try:
            inverter = read_ond(path)
        except BipvError as error:
            dialogs.show_error(self, "Cannot use this inverter", str(error))
            return
        self._set_inverters(array_id, inverter, count)

    def _set_inverters(self, array_id: str, inverter: Inverter | None, count: int) -> None:
        """``count`` inverters of type ``inverter`` serve the array (one undoable step)."""
        self._push(
            lambda p: with_array_inverters(p, array_id, inverter, count),
            f"Choose the inverters of '{self.document.project.array(array_id).name}'",
        )

    def _inverter_edited(self, array_id: str, kw: float, count: int) -> None:
        """A generic inverter of ``kw`` (none at 0), or the count of the chosen type when
        the rating is unchanged."""
        project = self.document.project
        array = project.array(array_id)
        current = project.chosen_inverter(array)
        if current is not None and abs(current.paco_w - kw * 1000.0) < 0.05:
            chosen = current
        else:
            chosen = generic_inverter(kw * 1000.0) if kw > 0 else None
        self._set_inverters(array_id, chosen, count)

    def fill_surface(self, surface_id: str) -> None:
        """Fill a surface with modules: a new array with the usual module (one step)."""
        name = self.document.project.surface(surface_id).name
        self._push(lambda p: add_array(p, surface_id), f"Fill '{name}' with modules")

    def fill_roofs(self) -> None:
        """Fill every included roof plane that has no modules yet (one undoable step)."""
        project = self.document.project
        carrying = {a.surface_id for a in project.arrays}
        empty = [
            s.id
            for s in project.surfaces
            if s.kind == "roof" and not s.excluded and s.id not in carrying
        ]
        if not empty:
            self.statusBar().showMessage("Every roof already has modules (or is excluded).")
            return
        self._push(
            lambda p: functools.reduce(add_array, empty, p),
            f"Fill {len(empty)} roof{'s' if len(empty) > 1 else ''} with modules",
        )

    def remove_modules(self, array_id: str) -> None:
        """Take an array's modules off its surface (one undoable step)."""
        name = self.document.project.array(array_id).name
        self._push(lambda p: remove_array(p, array_id), f"Remove the modules of '{name}'")

    def _setbacks_requested(self, array_id: str) -> None:
        project = self.document.project
        surface = project.surface(project.array(array_id).surface_id)
        edges = outline_edges(surface.outline, surface.surface_tilt, surface.surface_azimuth)
        setback = surface_layout(project, surface.id).setback
        dialog = SetbackDialog(edges, setback, self)
        if dialog.exec():
            self.set_setback(array_id, dialog.setback())

    def set_setback(self, array_id: str, setback: Setback) -> None:
        """The array's surface keeps ``setback`` from its edges; the array is laid out anew
        (one undoable step)."""
        project = self.document.project
        surface_id = project.array(array_id).surface_id
        limits = dataclasses.replace(surface_layout(project, surface_id), setback=setback)
        self._push(
            lambda p: relaid(p, array_id, limits=limits),
            f"Change the setback of '{project.surface(surface_id).name}'",
        )

    def _library_inverter_requested(self, array_id: str, count: int) -> None:
        dialog = CatalogueDialog(CatalogueKind.INVERTER, self)
        if dialog.exec() and dialog.chosen_name():
            self.choose_library_inverter(array_id, dialog.chosen_name(), count)

    def choose_library_inverter(self, array_id: str, name: str, count: int) -> None:
        """``count`` inverters of the CEC library's ``name`` serve the array (one step)."""
        self._set_inverters(array_id, cec_inverter(name), count)

    def open_surface_editor(self, array_id: str) -> SurfaceEditor:
        """Show the face-on editor of an array's surface (one per array)."""
        editor = self._editors.get(array_id)
        if editor is None or not editor.isVisible():
            editor = SurfaceEditor(self.document, array_id, self)
            editor.modules_toggled.connect(self._modules_toggled)
            self._editors[array_id] = editor
        editor.show()
        editor.raise_()
        return editor

    def _modules_toggled(self, array_id: str, corners: list) -> None:
        name = self.document.project.array(array_id).name
        count = len(corners)
        self._push(
            lambda p: toggled_modules(p, array_id, corners),
            f"Remove or restore {count} module{'s' if count > 1 else ''} of '{name}'",
        )

    # --- load ----------------------------------------------------------------------------

    def import_meter_file(self, path: Path | None = None, dialog=None) -> None:
        """Add a meter whose load is read from a CSV/XLSX export through the import dialog."""
        from bipv_designer.energy.load_file import import_load
        from bipv_designer.project.energy_model import LoadFile, Meter, ParkLoad

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Meter data", self._folder(), "Meter exports (*.csv *.xlsx *.txt)"
            )
            if not name:
                return
            path = Path(name)
        dialog = dialog or LoadImportDialog(path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            import_load(path, dialog.mapping())
        except (BipvError, OSError) as error:
            dialogs.show_error(self, "Cannot use this meter file", str(error))
            return
        folder = self.document.path.parent if self.document.path else None
        stored = path.name if folder is not None and path.parent == folder else str(path)
        load = self.document.project.load or ParkLoad()
        taken = {m.id for m in load.meters}
        meter_id, _ = free_id("meter", taken)
        meter = Meter(meter_id, path.stem, file=LoadFile(stored, dialog.mapping()))
        self._push(
            lambda p: dataclasses.replace(
                p, load=dataclasses.replace(load, meters=(*load.meters, meter))
            ),
            f"Import meter '{path.name}'",
        )

    # --- weather ------------------------------------------------------------------------

    def set_weather(self, reference: WeatherReference) -> None:
        """Use ``reference`` as the project's weather."""
        self._push(lambda p: dataclasses.replace(p, weather=reference), "Change the weather")

    def choose_weather_file(self, path: Path | None = None) -> None:
        """Use a weather file (checked by reading it) as the project's weather."""
        from bipv_designer.weather.quality import check_weather
        from bipv_designer.weather.readers import read_weather
        from bipv_designer.weather.timing import standard_utc_offset_hours

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Weather file", self._folder(), WEATHER_FILTER
            )
            if not name:
                return
            path = Path(name)
        site = self.document.project.site
        try:
            weather = read_weather(path)
        except (BipvError, OSError) as error:
            dialogs.show_error(self, "Cannot use this weather file", str(error))
            return
        report = check_weather(
            weather,
            site.latitude,
            site.longitude,
            site.altitude,
            standard_utc_offset_hours(site.timezone),
        )
        ghi_only = False
        if report.warnings:
            dialogs.show_report(self, f"Checks of {path.name}", report.text())
        if report.closure_failed():
            ghi_only = dialogs.ask_yes_no(
                self,
                "Use GHI only?",
                f"The DNI and DHI of {path.name} do not add up to its GHI. Use only its "
                "GHI and split it with the DIRINT model?",
            )
        folder = self.document.path.parent if self.document.path else None
        stored = path.name if folder is not None and path.parent == folder else str(path)
        self.set_weather(WeatherReference(stored, weather.metadata.file_format, ghi_only))

    def download_pvgis_weather(self) -> None:
        """Fetch the PVGIS typical year at the site in the background (online)."""
        from bipv_designer.weather.downloads import download_pvgis_tmy

        site = self.document.project.site

        def job(progress, cancel):
            path = download_pvgis_tmy(site.latitude, site.longitude)
            return "weather", WeatherReference(str(path), "pvgis_json")

        self.statusBar().showMessage("Downloading the PVGIS typical year…")
        self.downloads.start(job)

    def import_horizon(self, path: Path | None = None) -> None:
        """Take the site's horizon profile from a CSV of azimuth,elevation rows."""
        from bipv_designer.weather.horizon_file import read_horizon_csv

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Horizon profile", self._folder(), "CSV (*.csv *.txt)"
            )
            if not name:
                return
            path = Path(name)
        try:
            profile = read_horizon_csv(path)
        except (BipvError, OSError) as error:
            dialogs.show_error(self, "Cannot use this horizon", str(error))
            return
        self.set_horizon(profile, f"Import the horizon from '{path.name}'")

    def set_horizon(self, profile: tuple, text: str) -> None:
        """Give the site this horizon profile (one undoable step)."""
        site = dataclasses.replace(self.document.project.site, horizon=tuple(profile))
        self._push(lambda p: dataclasses.replace(p, site=site), text)

    def _horizon_requested(self, action: str) -> None:
        from bipv_designer.weather.downloads import download_pvgis_horizon

        if action == "import":
            self.import_horizon()
        elif action == "clear":
            self.set_horizon((), "Remove the horizon")
        else:
            site = self.document.project.site
            self.statusBar().showMessage("Downloading the horizon from PVGIS…")
            self.downloads.start(
                lambda progress, cancel: (
                    "horizon",
                    download_pvgis_horizon(site.latitude, site.longitude),
                )
            )

    def _download_finished(self, outcome) -> None:
        kind, value = outcome
        if kind == "horizon":
            self.set_horizon(value, "Horizon from PVGIS")
        else:
            self.set_weather(value)
        self.statusBar().showMessage("Downloaded.")

    def _download_failed(self, title: str, error: BaseException) -> None:
        self.statusBar().showMessage(title)
        dialogs.show_error(self, title, str(error))

    # --- background image --------------------------------------------------------------

    def import_background(self, path: Path | None = None) -> None:
        """Put an image (PNG/JPG) under the plan, its lower-left corner at the view's."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Import background image", self._folder(), IMAGE_FILTER
            )
            if not name:
                return
            path = Path(name)
        if QImageReader(str(path)).size().isEmpty():
            dialogs.show_error(
                self,
                "Cannot import the image",
                f"{path}: expected a readable PNG or JPG image",
            )
            return
        if self.document.path is not None and path.parent == self.document.path.parent:
            stored = path.name
        else:
            stored = str(path)
        corner = self.view.site_position(QPointF(0, self.view.viewport().height()))
        background = BackgroundImage(
            stored, x=corner[0], y=corner[1], metres_per_pixel=BACKGROUND_METRES_PER_PIXEL
        )
        self._push(
            lambda p: dataclasses.replace(p, background=background),
            f"Import background image '{path.name}'",
        )
        self._selection = ("background", "")
        self._show_properties()
        self.set_tool(Tool.SCALE_BACKGROUND)

    def remove_background(self) -> None:
        """Take the background image away."""
        self._push(lambda p: dataclasses.replace(p, background=None), "Remove background image")

    def _background_edited(self, background: BackgroundImage) -> None:
        self._push(lambda p: dataclasses.replace(p, background=background), "Change background")

    def _background_moved(self, dx: float, dy: float) -> None:
        background = self.document.project.background
        if background is not None:
            self._push(
                lambda p: dataclasses.replace(p, background=moved(background, dx, dy)),
                "Move background image",
            )

    def _background_scale_picked(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.set_tool(Tool.SELECT)
        background = self.document.project.background
        if background is None:
            return
        distance = dialogs.ask_number(
            self,
            "Scale the background image",
            "Distance between the two points [m]:",
            0.01,
            100_000.0,
            2,
        )
        if distance is not None:
            self._push(
                lambda p: dataclasses.replace(
                    p, background=rescaled(background, (x1, y1), (x2, y2), distance)
                ),
                "Scale background image",
            )

    def set_tool(self, tool: Tool) -> None:
        """Switch the plan's tool and check its action."""
        self.view.set_tool(tool)
        self.tool_actions[tool].setChecked(True)

    # --- results export ----------------------------------------------------------------

    def export_results(self, path: Path | None = None) -> None:
        """Write the results: hourly CSV, or annual figures as JSON (by the suffix)."""
        from bipv_designer.report.exports import results_json, write_hourly_csv

        if self.result is None:
            dialogs.show_error(self, "Nothing to export", "Simulate the project first (F5).")
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, "Export results", self._folder(), EXPORT_FILTER
            )
            if not name:
                return
            path = Path(name)
        try:
            if path.suffix.lower() == ".json":
                document = results_json(self.result, self.document.project.name)
                path.write_text(json.dumps(document, indent=2), encoding="utf-8")
            else:
                write_hourly_csv(self.result, path)
        except OSError as error:
            dialogs.show_error(self, "Cannot export", f"{path}: {error.strerror}")
            return
        self.statusBar().showMessage(f"Exported {path}")

    def _building_edited(self, building: Building) -> None:
        before = self.document.project.building(building.id)
        changed = _changed_field(before, building)
        self._push(lambda p: place_building(p, building), f"Change {changed} of '{building.name}'")

    def _capacity_edited(self, building_id: str, capacity: float) -> None:
        name = self.document.project.building(building_id).name

        def with_capacity(project: Project) -> Project:
            others = tuple(c for c in project.roof_capacities if c.building_id != building_id)
            added = (RoofCapacity(building_id, capacity),) if capacity > 0 else ()
            return dataclasses.replace(project, roof_capacities=others + added)

        self._push(with_capacity, f"Change the roof load capacity of '{name}'")

    def _site_edited(self, site: Site) -> None:
        self._push(lambda p: dataclasses.replace(p, site=site), "Change the site")

    def _surface_edited(self, surface: Surface) -> None:
        before = self.document.project.surface(surface.id)
        if before.excluded != surface.excluded:
            text = f"{'Exclude' if surface.excluded else 'Include'} '{surface.name}'"
        else:
            what = "name" if before.name != surface.name else "mounting"
            text = f"Change {what} of '{surface.name}'"
        self._push(lambda p: replace_surface(p, surface), text)

    def _push(self, edit, text: str) -> None:
        try:
            after = edit(self.document.project)
        except BipvError as error:
            dialogs.show_error(self, "Cannot make this change", str(error))
            self._show_properties()
            return
        self.document.push(after, text)

    # --- files ---------------------------------------------------------------------------

    def new_project(self) -> None:
        """Start an empty project at the current site."""
        if not self._may_discard():
            return
        site = self.document.project.site
        project = Project(
            name="New project",
            site=site,
            buildings=(),
            surfaces=(),
            modules=self.document.project.modules,
            arrays=(),
            losses=default_losses(),
            weather=self.document.project.weather,
        )
        self.document.replace(project, None)

    def open_project(self, path: Path | None = None) -> None:
        """Open a project file (asks for one when ``path`` is None)."""
        if not self._may_discard():
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, "Open project", self._folder(), PROJECT_FILTER
            )
            if not name:
                return
            path = Path(name)
        try:
            project = load_project(path)
        except BipvError as error:
            dialogs.show_error(self, "Cannot open the project", str(error))
            return
        self.document.replace(project, path)
        settings.remember_file(path)
        self._fill_recent_menu()
        self.view.fit_all()

    def save(self) -> bool:
        """Save to the project's file, or ask for one; True if saved."""
        if self.document.path is None or self.document.path == DEMO_PROJECT:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: Path | None = None) -> bool:
        """Save under a new name; True if saved."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, "Save project", self._folder(), PROJECT_FILTER
            )
            if not name:
                return False
            path = Path(name)
        return self._save_to(path)

    def write_recovery(self) -> None:
        """Keep unsaved changes in the recovery file (autosave)."""
        if not self.document.undo_stack.isClean():
            save_project(self.document.project, settings.recovery_file())

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (OSError, BipvError) as error:
            dialogs.show_error(self, "Cannot save the project", str(error))
            return False
        settings.remember_file(path)
        settings.recovery_file().unlink(missing_ok=True)
        self._fill_recent_menu()
        return True

    def _may_discard(self) -> bool:
        if self.document.undo_stack.isClean():
            return True
        answer = dialogs.ask_save_changes(
            self, f"Save the changes to '{self.document.project.name}'?"
        )
        if answer is dialogs.Answer.SAVE:
            return self.save()
        return answer is dialogs.Answer.DISCARD

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        self.worker.shutdown()
        self.downloads.shutdown()
        settings.recovery_file().unlink(missing_ok=True)
        super().closeEvent(event)

    # --- simulation ------------------------------------------------------------------------

    def simulate(self) -> None:
        """Read the weather and simulate the project in the background."""
        from bipv_designer.energy.park import park_balance
        from bipv_designer.report.money import carbon_figures, money_json, money_text
        from bipv_designer.simulation.run import simulate

        project = self.document.project
        project_path = self.document.path or DEMO_PROJECT
        revision = self.document.revision

        def job(progress, cancel):
            weather = read_project_weather(project.weather, project_path, project.site)
            result = simulate(project, weather, progress=progress, cancel=cancel)
            park = park_balance(project, result, project_path, temp_air=weather.data["temp_air"])
            money = money_json(project, result, park)
            text = money_text(money, carbon_figures(project, result, park))
            return revision, result, (park, text, money)

        self.progress.setValue(0)
        self._show_busy(True)
        self.statusBar().showMessage("Simulating…")
        self.worker.start(job)

    def cancel_simulation(self) -> None:
        """Stop the running simulation; the results stay as they were."""
        self.worker.cancel()
        self._show_busy(False)
        self.statusBar().showMessage("Simulation cancelled.")

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(100 * fraction))
        self.statusBar().showMessage(message)

    def _on_finished(self, outcome: tuple) -> None:
        revision, result, (park, text, money) = outcome
        self._show_busy(False)
        if revision != self.document.revision:
            self.statusBar().showMessage("The project changed while simulating; run again.")
            return
        self.result, self._result_revision = result, revision
        self.park = park
        self._show_results(result)
        self.balance_view.show_balance(park, text, money)
        self.statusBar().showMessage("Simulated.")

    def _on_failed(self, error: BaseException) -> None:
        self._show_busy(False)
        self.statusBar().showMessage("Simulation failed.")
        dialogs.show_error(self, "Simulation failed", str(error))

    def _show_results(self, result: SimulationResult | None) -> None:
        if result is None:
            self.results.setRowCount(0)
            self.weather_label.setText("Not simulated yet (Simulate, F5).")
            return
        summary = result.summary()
        self.results.setRowCount(len(summary))
        for row, (_, values) in enumerate(summary.iterrows()):
            for column, (key, _, pattern) in enumerate(RESULT_COLUMNS):
                item = QTableWidgetItem(pattern.format(values[key]))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.results.setItem(row, column, item)
        self.results.resizeColumnsToContents()
        weather = result.weather.description or result.weather.source
        self.weather_label.setText(
            "\n".join([f"Weather: {weather}", *(f"⚠ {w}" for w in result.warnings)])
        )

    # --- views -------------------------------------------------------------------------------

    def _project_changed(self) -> None:
        if self.result is not None and self._result_revision != self.document.revision:
            self.result = None
            self.park = None
            self.balance_view.show_balance(None)
        self._show_results(self.result)
        self._fill_tree()
        self._show_properties()
        self.view.set_north(self.document.project.site.plan_north_deg)
        self.scale_background_action.setEnabled(self.document.project.background is not None)

    def _show_selected(self, building_id: str) -> None:
        if building_id:
            self._selection = ("building", building_id)
        elif self._selection[0] == "building":
            self._selection = ("", "")
        self._show_properties()

    def _tree_clicked(self, item: QTreeWidgetItem) -> None:
        kind, item_id = item.data(0, Qt.ItemDataRole.UserRole) or ("", "")
        if kind == "keep_out":
            self.scene.select_keep_out(*item_id.split("|"))
        else:
            self.scene.select_building(item_id if kind == "building" else "")
        self._selection = (kind, item_id)
        self._show_properties()

    def select(self, kind: str, item_id: str) -> None:
        """Show the properties of an item of the Project tree."""
        self._selection = (kind, item_id)
        self._show_properties()

    def _show_properties(self) -> None:
        """The panel of the selected site, building or surface (if it still exists)."""
        project = self.document.project
        kind, item_id = self._selection
        if kind == "site":
            self.site_panel.set_site(project.site, project.weather)
            self.properties.setCurrentWidget(self.site_panel)
        elif kind == "building" and item_id in {b.id for b in project.buildings}:
            self.building_panel.set_building(project.building(item_id))
            self.building_panel.set_figures(_building_figures_text(project, item_id))
            self.building_panel.set_capacity(
                next(
                    (
                        c.roof_load_capacity_kg_per_m2
                        for c in project.roof_capacities
                        if c.building_id == item_id
                    ),
                    0.0,
                )
            )
            self.properties.setCurrentWidget(self.building_panel)
        elif kind == "surface" and item_id in {s.id for s in project.surfaces}:
            self.surface_panel.set_surface(
                project.surface(item_id),
                surface_layout(project, item_id).openings,
                next((a for a in project.arrays if a.surface_id == item_id), None),
            )
            self.properties.setCurrentWidget(self.surface_panel)
        elif kind == "keep_out" and self._keep_out_of(item_id) is not None:
            surface_id, _ = item_id.split("|")
            self.keep_out_panel.set_keep_out(
                surface_id, project.surface(surface_id).name, self._keep_out_of(item_id)
            )
            self.properties.setCurrentWidget(self.keep_out_panel)
        elif kind == "array" and item_id in {a.id for a in project.arrays}:
            array = project.array(item_id)
            inverter = project.chosen_inverter(array)
            self.layout_panel.set_array(
                array,
                project.modules,
                array_layout(project, item_id),
                surface_layout(project, array.surface_id),
                inverter,
                tuple(record.module for record in bundled_library()),
                self._strings_text(project, array),
                _figures_text(project, item_id),
            )
            self.properties.setCurrentWidget(self.layout_panel)
        elif kind == "strings":
            temperatures, words = self._temperatures_text(project)
            warnings = string_plan_warnings(project, temperatures) if temperatures else ()
            self.string_plan_panel.set_plan(
                project, words, warnings, planned_dc_ac_ratios(project)
            )
            self.properties.setCurrentWidget(self.string_plan_panel)
        elif kind == "money":
            self.money_panel.set_settings(project.tariff, project.carbon)
            self.properties.setCurrentWidget(self.money_panel)
        elif kind == "load":
            self.load_panel.set_load(project.load, project.buildings)
            self.properties.setCurrentWidget(self.load_panel)
        elif kind == "background" and project.background is not None:
            self.background_panel.set_background(project.background)
            self.properties.setCurrentWidget(self.background_panel)
        else:
            self.properties.setCurrentWidget(self.nothing_selected)

    def _size_properties_by_current_page(self, current: int) -> None:
        """The Properties dock takes the size of the page shown, not of the widest page."""
        for index in range(self.properties.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            self.properties.widget(index).setSizePolicy(policy, policy)
        self.properties.adjustSize()

    def _keep_out_of(self, key: str) -> KeepOut | None:
        """The keep-out named by a "surface id|keep-out id" key, None if it is gone."""
        surface_id, _, keep_out_id = key.partition("|")
        if surface_id not in {s.id for s in self.document.project.surfaces}:
            return None
        layout = surface_layout(self.document.project, surface_id)
        return next((k for k in layout.keep_outs if k.id == keep_out_id), None)

    def _fill_tree(self) -> None:
        project = self.document.project
        self.tree.clear()
        site = project.site
        self._tree_item(
            self.tree,
            ("site", ""),
            "Site",
            f"{site.name}: {site.latitude:.3f}, {site.longitude:.3f}",
        )
        for building in project.buildings:
            item = self._tree_item(
                self.tree, ("building", building.id), building.name, building.roof.roof_type.value
            )
            for surface in project.surfaces:
                if surface.building_id == building.id:
                    orientation = f"{surface.surface_tilt:.0f}° / {surface.surface_azimuth:.0f}°"
                    surface_item = self._tree_item(
                        item,
                        ("surface", surface.id),
                        surface.name,
                        f"{orientation} (excluded)" if surface.excluded else orientation,
                    )
                    for keep_out in surface_layout(project, surface.id).keep_outs:
                        self._tree_item(
                            surface_item,
                            ("keep_out", f"{surface.id}|{keep_out.id}"),
                            keep_out.name,
                            f"keep-out, {keep_out.height_m:g} m",
                        )
        meters = project.load.meters if project.load else ()
        self._tree_item(
            self.tree,
            ("load", ""),
            "Load",
            f"{len(meters)} meter{'s' if len(meters) != 1 else ''}" if meters else "none yet",
        )
        self._tree_item(
            self.tree,
            ("money", ""),
            "Money and carbon",
            project.tariff.tariff.currency if project.tariff else "no tariff yet",
        )
        if project.background is not None:
            self._tree_item(
                self.tree,
                ("background", ""),
                "Background image",
                f"{Path(project.background.path).name}"
                f"{' (locked)' if project.background.locked else ''}",
            )
        inverters = len(project.string_plan)
        self._tree_item(
            self.tree,
            ("strings", ""),
            "String plan",
            f"{inverters} inverter{'s' if inverters != 1 else ''}" if inverters else "none yet",
        )
        arrays = QTreeWidgetItem(self.tree, ["Arrays", str(len(project.arrays))])
        for array in project.arrays:
            self._tree_item(
                arrays, ("array", array.id), array.name, f"{array.module_count} modules"
            )
        self.tree.expandToDepth(0)

    @staticmethod
    def _tree_item(parent, key: tuple[str, str], name: str, details: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name, details])
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        return item

    def _show_position(self, x: float, y: float) -> None:
        self.position_label.setText(f"x {x:,.2f} m   y {y:,.2f} m")

    def _update_title(self, clean: bool | None = None) -> None:
        """Window title with a star for unsaved changes.

        ``clean`` comes with QUndoStack.cleanChanged, which also fires while the stack
        is being destroyed, when it can no longer be asked.
        """
        if clean is None:
            clean = self.document.undo_stack.isClean()
        name = self.document.path.name if self.document.path else "unsaved"
        self.setWindowTitle(
            f"{'' if clean else '*'}{self.document.project.name} ({name}) — BIPV Designer"
        )

    def _folder(self) -> str:
        return str(self.document.path.parent) if self.document.path else str(Path.home())

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- actions -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self._action(file_menu, "&New", self.new_project, QKeySequence.StandardKey.New)
        self._action(
            file_menu, "&Open…", lambda: self.open_project(), QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self._action(file_menu, "&Save", self.save, QKeySequence.StandardKey.Save)
        self._action(
            file_menu, "Save &As…", lambda: self.save_as(), QKeySequence.StandardKey.SaveAs
        )
        file_menu.addSeparator()
        self._action(
            file_menu, "&Import background image…", lambda: self.import_background(), None
        )
        self._action(file_menu, "&Export results…", lambda: self.export_results(), None)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        self._fill_recent_menu()

        edit_menu = menu.addMenu("&Edit")
        self.undo_action = stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.rotate_action = self._action(
            edit_menu, "R&otate 90°", lambda: self.rotate_selected(90.0), QKeySequence("Ctrl+R")
        )
        self.duplicate_action = self._action(
            edit_menu, "D&uplicate", self.duplicate_selected, QKeySequence("Ctrl+D")
        )
        self.delete_action = self._action(
            edit_menu, "&Delete", self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self._action(edit_menu, "Select &All", self.select_all, QKeySequence.StandardKey.SelectAll)
        edit_menu.addSeparator()
        self._action(edit_menu, "&Fill every roof with modules", self.fill_roofs, None)

        view_menu = menu.addMenu("&View")
        self._action(view_menu, "&Fit the park", self.view.fit_all, QKeySequence("Ctrl+0"))

        draw_menu = menu.addMenu("&Draw")
        toolbar = self.addToolBar("Tools")
        toolbar.setObjectName("Tools")
        group = QActionGroup(self)
        self.tool_actions = {}
        for tool, label, key in (
            (Tool.SELECT, "Select", "S"),
            (Tool.RECTANGLE, "Rectangle building", "R"),
            (Tool.POLYGON, "Polygon building", "P"),
            (Tool.KEEP_OUT_RECTANGLE, "Keep-out rectangle", "O"),
            (Tool.KEEP_OUT_CIRCLE, "Keep-out circle", "C"),
            (Tool.KEEP_OUT_POLYGON, "Keep-out polygon", "Shift+O"),
            (Tool.MEASURE, "Measure", "M"),
            (Tool.SCALE_BACKGROUND, "Scale background", "K"),
        ):
            action = QAction(label, self, checkable=True, shortcut=QKeySequence(key))
            action.triggered.connect(lambda checked=False, t=tool: self.view.set_tool(t))
            group.addAction(action)
            draw_menu.addAction(action)
            toolbar.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.SELECT].setChecked(True)
        self.scale_background_action = self.tool_actions[Tool.SCALE_BACKGROUND]

        self.simulate_action = QAction("&Simulate", self, shortcut=QKeySequence("F5"))
        self.simulate_action.triggered.connect(self.simulate)
        menu.addMenu("&Simulate").addAction(self.simulate_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addAction(self.simulate_action)

        help_menu = menu.addMenu("&Help")
        self._action(help_menu, "&User guide", lambda: show_user_guide(self), "F1")
        self._action(help_menu, "&About BIPV Designer", lambda: show_about(self), None)

    def _action(self, menu, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_project(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))


def _figures_text(project: Project, array_id: str) -> str:
    """An array's fill in words, with the roof-load warning of its building."""
    figures = array_figures(project, array_id)
    text = (
        f"{figures.module_count} modules, {figures.dc_kwp:,.1f} kWp, "
        f"{figures.module_area_m2:,.0f} m²; {figures.coverage_pct:.0f} % of the surface "
        f"covered; {figures.added_load_kg_per_m2:.1f} kg/m² added where modules stand"
    )
    warnings = roof_load_warnings(project, array_id)
    return "\n".join([text, *(f"⚠ {w.message}" for w in warnings)])


def _planned_text(project: Project, array_id: str) -> str:
    """The array's strings in the string plan in words; "" when it has none there."""
    groups = [
        (use.name, group)
        for use in project.string_plan
        for group in use.string_groups()
        if group.array_id == array_id
    ]
    if not groups:
        return ""
    strings = sum(group.string_count for _, group in groups)
    modules = sum(group.module_count for _, group in groups)
    names = sorted({name for name, _ in groups})
    return (
        f"String plan: {modules} modules in {strings} strings on {', '.join(names)} "
        "(plan again after changing the inverters here)"
    )


def _building_figures_text(project: Project, building_id: str) -> str:
    """The modules on a building's roofs and facades in words."""
    return "\n".join(
        f"{kind.value}s: {f.module_count} modules, {f.dc_kwp:,.1f} kWp, "
        f"{f.module_area_m2:,.0f} m², {f.coverage_pct:.0f} % of their area"
        for kind, f in building_figures(project, building_id).items()
    )


def _changed_field(before: Building, after: Building) -> str:
    if before.name != after.name:
        return "name"
    if before.height_m != after.height_m:
        return "height"
    if before.roof.roof_type != after.roof.roof_type:
        return "roof type"
    return "roof"


def run_gui(project_path: str | None) -> int:
    """Open the window on ``project_path``, the last project, or the demo project."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(settings.ORGANISATION)
    app.setApplicationName(settings.APPLICATION)
    path = Path(project_path) if project_path else (settings.last_project() or DEMO_PROJECT)
    try:
        project = load_project(path)
    except BipvError as error:
        dialogs.show_error(None, "Cannot open the project", str(error))
        return 2
    window = MainWindow(project, path)
    window.show()
    _offer_recovery(window)
    return app.exec()


def _offer_recovery(window: MainWindow) -> None:
    recovery = settings.recovery_file()
    if not recovery.exists():
        return
    if dialogs.ask_yes_no(
        window,
        "Recover unsaved work?",
        "BIPV Designer did not close normally. Open the unsaved work it kept?",
    ):
        try:
            project = load_project(recovery)
        except BipvError as error:
            dialogs.show_error(window, "Cannot recover", str(error))
            return
        window.document.push(project, "Recover unsaved work")
    recovery.unlink(missing_ok=True)
