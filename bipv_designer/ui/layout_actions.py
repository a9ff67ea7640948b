"""Modules, inverters and strings: the layout and string-plan pages, filling surfaces,
module and inverter catalogues and the face-on surface editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from bipv_designer.components.bundled import bundled_library
from bipv_designer.components.catalogue import cec_inverter
from bipv_designer.components.inverters import generic_inverter
from bipv_designer.components.library import cec_record
from bipv_designer.components.panond import read_ond, read_pan
from bipv_designer.edits import arrays
from bipv_designer.errors import BipvError
from bipv_designer.geometry.frames import outline_edges
from bipv_designer.layout.apply import array_figures, roof_load_warnings
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.layout.orientation import edge_grid_angles_deg, flat_roof_limit_deg
from bipv_designer.layout.planes import array_layout
from bipv_designer.layout.roof_fill import default_fill_options, empty_roofs
from bipv_designer.layout.string_plan import (
    array_string_limits,
    planned_dc_ac_ratios,
    string_plan_warnings,
)
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.layout_model import Inverter
from bipv_designer.project.model import Array, Project
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui import fill_roofs_dialog
from bipv_designer.ui.catalogue_dialog import CatalogueDialog, CatalogueKind
from bipv_designer.ui.design_temperatures import DesignTemperatureCache
from bipv_designer.ui.document import Document
from bipv_designer.ui.i18n import core_words
from bipv_designer.ui.properties import Properties
from bipv_designer.ui.selection import Selection, SelectionKind
from bipv_designer.ui.setback_dialog import SetbackDialog
from bipv_designer.ui.surface_editor import SurfaceEditor


class LayoutActions(QObject):
    """Wires the layout, surface and string-plan pages to the layout edits."""

    def __init__(
        self,
        document: Document,
        properties: Properties,
        parent: QWidget,
        status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.properties = properties
        self.parent_widget = parent
        self._status = status
        self.temperatures = DesignTemperatureCache()
        self._fill_options = default_fill_options()
        self._editors: dict[str, SurfaceEditor] = {}
        self._losses: dict | None = None
        properties.page_fillers[SelectionKind.ARRAY] = self._fill_array_page
        properties.page_fillers[SelectionKind.STRINGS] = self._fill_strings_page
        edit = document.edit
        panel = properties.layout_panel
        panel.layout_edited.connect(
            lambda array_id, module_id, settings, limits: edit(
                arrays.change_layout, array_id, module_id, settings, limits
            )
        )
        panel.editor_requested.connect(self.open_surface_editor)
        panel.inverter_edited.connect(self._inverter_edited)
        panel.library_inverter_requested.connect(self._library_inverter_requested)
        panel.setbacks_requested.connect(self._setbacks_requested)
        panel.cec_module_requested.connect(self._cec_module_requested)
        panel.pan_requested.connect(self._pan_requested)
        panel.ond_requested.connect(self._ond_requested)
        panel.remove_requested.connect(lambda array_id: edit(arrays.remove_modules, array_id))
        properties.surface_panel.fill_requested.connect(self.fill_surface)
        strings = properties.string_plan_panel
        strings.auto_requested.connect(self.plan_strings)
        strings.plan_edited.connect(lambda plan: edit(arrays.set_string_plan, plan))

    def fill_surface(self, surface_id: str) -> None:
        """Fill a surface with modules: a new array with the usual module (one step)."""
        self.document.edit(arrays.fill_surface, surface_id)

    def fill_roofs(self) -> None:
        """Fill every included roof plane that has no modules yet and faces the sun
        enough, flat roofs as the user chooses (one undoable step)."""
        project = self.document.project
        if not empty_roofs(project):
            self._status(self.tr("Every roof already has modules (or is excluded)."))
            return
        options = fill_roofs_dialog.ask_fill_options(self.parent_widget, self._fill_options)
        if options is None:
            return
        self._fill_options = options
        try:
            edit, left_out = arrays.fill_roofs(project, options)
        except BipvError as error:
            dialogs.show_error(self.parent_widget, self.tr("No roof filled"), str(error))
            return
        self.document.push(*edit)
        if left_out:
            words = core_words()
            self._status(
                self.tr("Left empty, facing away from the sun: ")
                + ", ".join(words(roof) for roof in left_out)
            )

    def plan_strings(self) -> None:
        """Plan the strings of every array from its chosen inverters (one undoable step)."""
        temperatures, words = self.temperatures.described(*self._project_and_path())
        if temperatures is None:
            dialogs.show_error(self.parent_widget, self.tr("Cannot plan the strings"), words)
            return
        try:
            edit, skipped = arrays.plan_strings(self.document.project, temperatures)
        except BipvError as error:
            dialogs.show_error(self.parent_widget, self.tr("No strings planned"), str(error))
            return
        self.document.push(*edit)
        if skipped:
            self._status(self.tr("Not planned: ") + "; ".join(skipped))

    def use_module_record(self, array_id: str, record) -> None:
        """The array is made of ``record``'s module (CEC library or PAN file), laid out
        anew in one undoable step."""
        self.document.edit(arrays.use_module, array_id, record)

    def use_ond_inverter(self, array_id: str, path: str, count: int) -> None:
        """``count`` inverters of a PVsyst OND file serve the array (one step)."""
        try:
            inverter = read_ond(path)
        except BipvError as error:
            dialogs.show_error(self.parent_widget, self.tr("Cannot use this inverter"), str(error))
            return
        self.document.edit(arrays.set_inverters, array_id, inverter, count)

    def choose_library_inverter(self, array_id: str, name: str, count: int) -> None:
        """``count`` inverters of the CEC library's ``name`` serve the array (one step)."""
        self.document.edit(arrays.set_inverters, array_id, cec_inverter(name), count)

    def set_setback(self, array_id: str, setback) -> None:
        """The array's surface keeps ``setback`` from its edges (one undoable step)."""
        self.document.edit(arrays.set_setback, array_id, setback)

    def open_surface_editor(self, array_id: str) -> SurfaceEditor:
        """Show the face-on editor of an array's surface (one per array)."""
        editor = self._editors.get(array_id)
        if editor is None or not editor.isVisible():
            editor = SurfaceEditor(self.document, array_id, self.parent_widget)
            editor.modules_toggled.connect(
                lambda array_id, corners: self.document.edit(
                    arrays.toggle_modules, array_id, corners
                )
            )
            editor.show_losses(self._losses)
            self._editors[array_id] = editor
        editor.show()
        editor.raise_()
        return editor

    def show_shading(self, losses: dict | None) -> None:
        """Pass the shading colours ``{array_id: (N,)}`` (or None) to the editors."""
        self._losses = losses
        for editor in self._editors.values():
            editor.show_losses(losses)

    def _inverter_edited(self, array_id: str, kw: float, count: int) -> None:
        """A generic inverter of ``kw`` (none at 0), or the count of the chosen type when
        the rating is unchanged."""
        project = self.document.project
        current = project.chosen_inverter(project.array(array_id))
        chosen: Inverter | None
        if current is not None and abs(current.paco_w - kw * 1000.0) < 0.05:
            chosen = current
        else:
            chosen = generic_inverter(kw * 1000.0) if kw > 0 else None
        self.document.edit(arrays.set_inverters, array_id, chosen, count)

    def _library_inverter_requested(self, array_id: str, count: int) -> None:
        dialog = CatalogueDialog(CatalogueKind.INVERTER, self.parent_widget)
        if dialog.exec() and dialog.chosen_name():
            self.choose_library_inverter(array_id, dialog.chosen_name(), count)

    def _cec_module_requested(self, array_id: str) -> None:
        dialog = CatalogueDialog(CatalogueKind.MODULE, self.parent_widget)
        if dialog.exec() and dialog.chosen_name():
            self._use_read_record(array_id, lambda: cec_record(dialog.chosen_name()))

    def _pan_requested(self, array_id: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Module from a PVsyst PAN file"),
            "",
            "PVsyst modules (*.PAN *.pan)",
        )
        if path:
            self._use_read_record(array_id, lambda: read_pan(path))

    def _use_read_record(self, array_id: str, read) -> None:
        try:
            record = read()
        except BipvError as error:
            dialogs.show_error(self.parent_widget, self.tr("Cannot use this module"), str(error))
            return
        self.use_module_record(array_id, record)

    def _ond_requested(self, array_id: str, count: int) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Inverter from a PVsyst OND file"),
            "",
            "PVsyst inverters (*.OND *.ond)",
        )
        if path:
            self.use_ond_inverter(array_id, path, count)

    def _setbacks_requested(self, array_id: str) -> None:
        project = self.document.project
        surface = project.surface(project.array(array_id).surface_id)
        edges = outline_edges(surface.outline, surface.surface_tilt, surface.surface_azimuth)
        dialog = SetbackDialog(
            edges, surface_layout(project, surface.id).setback, self.parent_widget
        )
        if dialog.exec():
            self.set_setback(array_id, dialog.setback())

    def _project_and_path(self):
        return self.document.project, self.document.path or DEMO_PROJECT

    def _fill_array_page(self, project: Project, selection: Selection) -> None:
        array = project.array(selection.item_id)
        surface = project.surface(array.surface_id)
        flat = surface.kind == "roof" and surface.surface_tilt <= flat_roof_limit_deg()
        edges = outline_edges(surface.outline, surface.surface_tilt, surface.surface_azimuth)
        angles = edge_grid_angles_deg(surface.outline)
        self.properties.layout_panel.set_array(
            array,
            project.modules,
            array_layout(project, array.id),
            surface_layout(project, array.surface_id),
            project.chosen_inverter(array),
            tuple(record.module for record in bundled_library()),
            self._strings_text(project, array),
            _figures_text(project, array.id),
            on_facade=surface.kind == "facade",
            edges=tuple(
                (f"edge {k + 1}: {length:.1f} m, {side}", float(angle))
                for k, ((length, side), angle) in enumerate(zip(edges, angles, strict=True))
            )
            if flat
            else (),
        )

    def _fill_strings_page(self, project: Project, selection: Selection) -> None:
        temperatures, words = self.temperatures.described(*self._project_and_path())
        warnings = string_plan_warnings(project, temperatures) if temperatures else ()
        self.properties.string_plan_panel.set_plan(
            project, words, warnings, planned_dc_ac_ratios(project)
        )

    def _strings_text(self, project: Project, array: Array) -> str:
        """String sizing of the array in words, and its strings in the string plan."""
        return "\n".join(
            filter(None, (_planned_text(project, array.id), self._sizing_text(project, array)))
        )

    def _sizing_text(self, project: Project, array: Array) -> str:
        """The string lengths that fit the array's inverter; "" without an inverter or a
        datasheet."""
        temperatures, words = self.temperatures.described(*self._project_and_path())
        if temperatures is None:
            return words
        try:
            limits = array_string_limits(project, array, temperatures)
        except BipvError as error:
            return core_words()(str(error))
        if limits is None:
            return ""
        limited_by = core_words()(limits.limited_by)
        if limits.min_modules > limits.max_modules:
            return self.tr(
                "⚠ no string length fits: at least {0} and at most {1} modules ({2}). {3}"
            ).format(limits.min_modules, limits.max_modules, limited_by, words)
        return self.tr(
            "{0} to {1} modules a string (longest set by the {2}), up to {3} strings an "
            "MPPT input. {4}"
        ).format(
            limits.min_modules,
            limits.max_modules,
            limited_by,
            limits.max_strings_per_mppt,
            words,
        )


def _figures_text(project: Project, array_id: str) -> str:
    """An array's fill in words, with the roof-load warning of its building."""
    figures = array_figures(project, array_id)
    text = QCoreApplication.translate(
        "LayoutActions",
        "{0} modules, {1} kWp, {2} m²; {3} % of the surface covered; {4} kg/m² added "
        "where modules stand",
    ).format(
        figures.module_count,
        f"{figures.dc_kwp:,.1f}",
        f"{figures.module_area_m2:,.0f}",
        f"{figures.coverage_pct:.0f}",
        f"{figures.added_load_kg_per_m2:.1f}",
    )
    words = core_words()
    warnings = roof_load_warnings(project, array_id)
    return "\n".join([text, *(f"⚠ {words(w.message)}" for w in warnings)])


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
    return QCoreApplication.translate(
        "LayoutActions",
        "String plan: {0} modules in {1} strings on {2} (plan again after changing the "
        "inverters here)",
    ).format(modules, strings, ", ".join(names))
