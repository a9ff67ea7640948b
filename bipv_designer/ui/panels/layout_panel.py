"""Layout of one array: module, orientation, gaps, the surface's setback; the fill is
recomputed at every change (one undoable step each)."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from bipv_designer.layout.defaults import default_rack_settings
from bipv_designer.project.layout_model import (
    ArrayLayout,
    CurtainWallGrid,
    Inverter,
    PitchRule,
    RackLayout,
    Setback,
    SurfaceLayout,
)
from bipv_designer.project.model import Array, Module
from bipv_designer.ui.i18n import translated, translated_items, translated_label
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.qt_util import signals_blocked

DEFAULT_CELL_M = (1.5, 1.2, 0.06)
"""A new curtain-wall grid until the user types the facade's: 1.5 m x 1.2 m cells with
60 mm mullions (assumption: a common unitised-facade module)."""


MODULE_NAME_CHARACTERS = 24
"""Characters of a module's name the closed module list shows; the open list shows all."""


class LayoutPanel(QWidget):
    """Edits how an array fills its surface.

    Signals:
        layout_edited(str, object, object, object): array id, module id, ArrayLayout and
            SurfaceLayout after one change.
        editor_requested(str): open the face-on editor of the array.
        inverter_edited(str, float, int): array id, AC rating of one generic inverter [kW]
            (0: size by the DC/AC ratio) and the number of inverters.
        library_inverter_requested(str, int): array id and number of inverters; the
            user asked to choose the type from the CEC library.
        setbacks_requested(str): array id; the user asked for a setback per edge.
        cec_module_requested(str), pan_requested(str): array id; the user asked for a
            module from the CEC library or from a PVsyst PAN file.
        ond_requested(str, int): array id and number of inverters; the user asked for an
            inverter from a PVsyst OND file.
        remove_requested(str): array id; take these modules off the surface.
    """

    layout_edited = Signal(str, object, object, object)
    editor_requested = Signal(str)
    inverter_edited = Signal(str, float, int)
    library_inverter_requested = Signal(str, int)
    setbacks_requested = Signal(str)
    cec_module_requested = Signal(str)
    pan_requested = Signal(str)
    ond_requested = Signal(str, int)
    remove_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._array: Array | None = None
        self._settings: ArrayLayout | None = None
        self._limits: SurfaceLayout | None = None
        self.module = QComboBox()
        self.module.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.module.setMinimumContentsLength(MODULE_NAME_CHARACTERS)
        self.portrait = QCheckBox()
        translated(
            self.portrait,
            "LayoutPanel",
            QT_TRANSLATE_NOOP("LayoutPanel", "Portrait (long side up the slope)"),
        )
        self.gap_u = number_field(0.0, 2.0, " m", 3)
        self.gap_v = number_field(0.0, 2.0, " m", 3)
        self.setback = number_field(0.0, 50.0, " m", 2)
        self.offset_search = QCheckBox()
        translated(
            self.offset_search,
            "LayoutPanel",
            QT_TRANSLATE_NOOP("LayoutPanel", "Shift the grid to fit the most modules"),
        )
        self.racks = QCheckBox()
        translated(
            self.racks,
            "LayoutPanel",
            QT_TRANSLATE_NOOP("LayoutPanel", "Tilted racks in rows (flat roofs)"),
        )
        self.rack_tilt = number_field(0.0, 60.0, "°", 1)
        self.rack_layout = QComboBox()
        translated_items(
            self.rack_layout,
            "LayoutPanel",
            [
                (
                    QT_TRANSLATE_NOOP("LayoutPanel", "Facing the roof's azimuth (south)"),
                    RackLayout.SOUTH,
                ),
                (QT_TRANSLATE_NOOP("LayoutPanel", "East-west tents"), RackLayout.EAST_WEST),
            ],
        )
        self.pitch_rule = QComboBox()
        translated_items(
            self.pitch_rule,
            "LayoutPanel",
            [
                (
                    QT_TRANSLATE_NOOP(
                        "LayoutPanel", "No shading 9:00-15:00 on the winter solstice"
                    ),
                    PitchRule.WINTER_SOLSTICE,
                ),
                (QT_TRANSLATE_NOOP("LayoutPanel", "Ground-coverage ratio"), PitchRule.GCR),
            ],
        )
        self.gcr = number_field(0.1, 1.0, "", 2)
        self.curtain = QCheckBox()
        translated(
            self.curtain, "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Curtain-wall grid")
        )
        translated(
            self.curtain,
            "LayoutPanel",
            QT_TRANSLATE_NOOP(
                "LayoutPanel", "One BIPV element fills each cell of the facade's grid"
            ),
            "setToolTip",
        )
        self.cell_width = number_field(0.2, 10.0, " m", 3)
        self.cell_height = number_field(0.2, 10.0, " m", 3)
        self.mullion = number_field(0.0, 1.0, " m", 3)
        self.inverter_kw = number_field(0.0, 10_000.0, " kW AC", 1)
        translated(
            self.inverter_kw,
            "LayoutPanel",
            QT_TRANSLATE_NOOP("LayoutPanel", "sized by the DC/AC ratio"),
            "setSpecialValueText",
        )
        self.inverter_count = QSpinBox()
        self.inverter_count.setRange(1, 1000)
        self.inverter_count.setKeyboardTracking(False)
        self.inverter_name = QLabel()
        self.inverter_name.setWordWrap(True)
        self.library_inverter = QPushButton()
        translated(
            self.library_inverter, "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "CEC library…")
        )
        self.ond = QPushButton()
        translated(self.ond, "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "PVsyst OND file…"))
        self.cec_module = QPushButton()
        translated(
            self.cec_module, "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "CEC library…")
        )
        self.pan = QPushButton()
        translated(self.pan, "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "PVsyst PAN file…"))
        self.per_edge = QPushButton()
        translated(
            self.per_edge, "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Setback per edge…")
        )
        self.grid_along = QComboBox()
        translated(
            self.grid_along,
            "LayoutPanel",
            QT_TRANSLATE_NOOP(
                "LayoutPanel",
                "Module rows run along this edge of the roof (flush modules on flat roofs)",
            ),
            "setToolTip",
        )
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.strings = QLabel()
        self.strings.setWordWrap(True)
        self.edit_modules = QPushButton()
        translated(
            self.edit_modules,
            "LayoutPanel",
            QT_TRANSLATE_NOOP("LayoutPanel", "Edit modules on the surface…"),
        )
        self.remove = QPushButton()
        translated(
            self.remove, "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Remove these modules")
        )
        self.form = form = QFormLayout(self)
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Module")),
            self.module,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Other module")),
            _side_by_side(self.cec_module, self.pan),
        )
        form.addRow("", self.portrait)
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Gap across")),
            self.gap_u,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Gap up")), self.gap_v
        )
        form.addRow(
            translated_label(
                "LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Setback from edges")
            ),
            self.setback,
        )
        form.addRow("", self.per_edge)
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Rows along")),
            self.grid_along,
        )
        form.addRow("", self.offset_search)
        form.addRow("", self.racks)
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Rack tilt")),
            self.rack_tilt,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Racks")),
            self.rack_layout,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Row pitch")),
            self.pitch_rule,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "GCR")), self.gcr
        )
        form.addRow("", self.curtain)
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Cell width")),
            self.cell_width,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Cell height")),
            self.cell_height,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Mullion")),
            self.mullion,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Inverter")),
            self.inverter_kw,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Other inverter")),
            _side_by_side(self.library_inverter, self.ond),
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Inverters")),
            self.inverter_count,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Chosen")),
            self.inverter_name,
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Fill")), self.figures
        )
        form.addRow(
            translated_label("LayoutPanel", QT_TRANSLATE_NOOP("LayoutPanel", "Strings")),
            self.strings,
        )
        form.addRow("", self.edit_modules)
        form.addRow("", self.remove)
        self.remove.clicked.connect(
            lambda: self._array and self.remove_requested.emit(self._array.id)
        )
        self.module.activated.connect(self._edited)
        self.grid_along.activated.connect(self._edited)
        for box in (self.portrait, self.offset_search, self.racks, self.curtain):
            box.clicked.connect(self._edited)
        for spin in (
            self.gap_u,
            self.gap_v,
            self.setback,
            self.rack_tilt,
            self.gcr,
            self.cell_width,
            self.cell_height,
            self.mullion,
        ):
            spin.editingFinished.connect(self._edited)
        for combo in (self.rack_layout, self.pitch_rule):
            combo.activated.connect(self._edited)
        self.inverter_kw.editingFinished.connect(self._inverter_edited)
        self.inverter_count.editingFinished.connect(self._inverter_edited)
        self.library_inverter.clicked.connect(
            lambda: (
                self._array
                and self.library_inverter_requested.emit(
                    self._array.id, self.inverter_count.value()
                )
            )
        )
        self.ond.clicked.connect(
            lambda: (
                self._array
                and self.ond_requested.emit(self._array.id, self.inverter_count.value())
            )
        )
        self.cec_module.clicked.connect(
            lambda: self._array and self.cec_module_requested.emit(self._array.id)
        )
        self.pan.clicked.connect(lambda: self._array and self.pan_requested.emit(self._array.id))
        self.per_edge.clicked.connect(
            lambda: self._array and self.setbacks_requested.emit(self._array.id)
        )
        self.edit_modules.clicked.connect(
            lambda: self._array and self.editor_requested.emit(self._array.id)
        )

    def set_array(
        self,
        array: Array,
        modules: tuple[Module, ...],
        settings: ArrayLayout,
        limits: SurfaceLayout,
        inverter: Inverter | None = None,
        library: tuple[Module, ...] = (),
        strings: str = "",
        figures: str = "",
        on_facade: bool = False,
        edges: tuple[tuple[str, float], ...] = (),
    ) -> None:
        """Show the array, its settings, its surface's limits, its inverters, the library
        modules it may switch to, and the string sizing in words; racks are offered on
        roofs, the curtain-wall grid on facades. ``edges`` names each edge of the surface
        with the grid turn that follows it [degrees]; without them the grid stays along
        the eaves."""
        self._array, self._settings, self._limits = array, settings, limits
        for widget in (self.racks, self.rack_tilt, self.rack_layout, self.pitch_rule, self.gcr):
            self.form.setRowVisible(widget, not on_facade)
        for widget in (self.curtain, self.cell_width, self.cell_height, self.mullion):
            self.form.setRowVisible(widget, on_facade)
        self.form.setRowVisible(self.grid_along, bool(edges))
        with signals_blocked(self.grid_along):
            self.grid_along.clear()
            self.grid_along.addItem(self.tr("the longest edge"), None)
            for words, angle in edges:
                self.grid_along.addItem(f"{words} ({angle:+.1f}°)", angle)
            chosen = self.grid_along.findData(settings.grid_angle_deg)
            self.grid_along.setCurrentIndex(max(chosen, 0))
        widgets = (
            self.module,
            self.portrait,
            self.gap_u,
            self.gap_v,
            self.setback,
            self.offset_search,
            self.inverter_kw,
            self.inverter_count,
        )
        with signals_blocked(*widgets):
            self.module.clear()
            for module in modules:
                self.module.addItem(f"{module.name} ({module.pdc0_w:g} W)", module.id)
            known = {m.id for m in modules}
            for module in library:
                if module.id not in known:
                    self.module.addItem(
                        self.tr("Library: {0} ({1} W)").format(module.name, f"{module.pdc0_w:g}"),
                        f"library:{module.id}",
                    )
            self.strings.setText(
                strings or self.tr("choose an inverter and a module with a datasheet")
            )
            self.module.setCurrentIndex(self.module.findData(array.module_id))
            self.portrait.setChecked(settings.portrait)
            self.gap_u.setValue(settings.gap_u_m)
            self.gap_v.setValue(settings.gap_v_m)
            self.setback.setValue(limits.setback.uniform_m)
            self.setback.setEnabled(not limits.setback.per_edge_m)
            self.setback.setToolTip(
                self.tr("Set per edge: {0}").format(
                    ", ".join(f"{value:g} m" for value in limits.setback.per_edge_m)
                )
                if limits.setback.per_edge_m
                else ""
            )
            self.inverter_kw.setValue(inverter.paco_w / 1000.0 if inverter else 0.0)
            self.inverter_count.setValue(array.inverter_count)
            self.inverter_name.setText(
                f"{array.inverter_count} x {inverter.name}"
                if inverter
                else self.tr("none: sized by DC/AC")
            )
            self.offset_search.setChecked(settings.offset_search)
            racks = settings.racks or default_rack_settings()
            self.racks.setChecked(settings.racks is not None)
            self.rack_tilt.setValue(racks.surface_tilt)
            self.rack_layout.setCurrentIndex(self.rack_layout.findData(racks.layout))
            self.pitch_rule.setCurrentIndex(self.pitch_rule.findData(racks.pitch_rule))
            self.gcr.setValue(racks.gcr)
            grid = settings.curtain_wall or CurtainWallGrid(*DEFAULT_CELL_M)
            self.curtain.setChecked(settings.curtain_wall is not None)
            self.cell_width.setValue(grid.cell_width_m)
            self.cell_height.setValue(grid.cell_height_m)
            self.mullion.setValue(grid.mullion_width_m)
            self.figures.setText(figures)

    def _inverter_edited(self) -> None:
        if self._array is not None:
            self.inverter_edited.emit(
                self._array.id, self.inverter_kw.value(), self.inverter_count.value()
            )

    def _edited(self) -> None:
        if self._array is None:
            return
        racks = None
        if self.racks.isChecked():
            racks = replace(
                self._settings.racks or default_rack_settings(),
                surface_tilt=self.rack_tilt.value(),
                layout=RackLayout(self.rack_layout.currentData()),
                pitch_rule=PitchRule(self.pitch_rule.currentData()),
                gcr=self.gcr.value(),
            )
        grid = None
        if self.curtain.isChecked():
            grid = replace(
                self._settings.curtain_wall or CurtainWallGrid(*DEFAULT_CELL_M),
                cell_width_m=self.cell_width.value(),
                cell_height_m=self.cell_height.value(),
                mullion_width_m=self.mullion.value(),
            )
        settings = replace(
            self._settings,
            portrait=self.portrait.isChecked(),
            gap_u_m=self.gap_u.value(),
            gap_v_m=self.gap_v.value(),
            offset_search=self.offset_search.isChecked(),
            racks=racks,
            curtain_wall=grid,
            grid_angle_deg=self.grid_along.currentData(),
        )
        limits = replace(
            self._limits, setback=Setback(self.setback.value(), self._limits.setback.per_edge_m)
        )
        self.layout_edited.emit(self._array.id, self.module.currentData(), settings, limits)


def _side_by_side(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return row
