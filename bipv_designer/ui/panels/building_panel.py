"""Properties of the selected building: name, height and roof."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from bipv_designer.edits.buildings import roof_of_type
from bipv_designer.project.model import Building, RoofType
from bipv_designer.project.names import ROOF_TYPE_NAMES
from bipv_designer.ui.i18n import translated, translated_items, translated_label
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.qt_util import signals_blocked

ROOF_FIELDS = {
    RoofType.FLAT: ("parapet_height_m",),
    RoofType.MONO_PITCH: ("slope_deg", "direction_deg"),
    RoofType.GABLE: ("slope_deg", "direction_deg"),
    RoofType.SAW_TOOTH: ("slope_deg", "direction_deg", "tooth_width_m"),
}
DIRECTION_LABELS = {
    RoofType.MONO_PITCH: QT_TRANSLATE_NOOP("BuildingPanel", "Faces (azimuth)"),
    RoofType.GABLE: QT_TRANSLATE_NOOP("BuildingPanel", "Ridge azimuth"),
    RoofType.SAW_TOOTH: QT_TRANSLATE_NOOP("BuildingPanel", "Glazing faces"),
}


class BuildingPanel(QWidget):
    """Edits one building; emits the edited value, never writes the model.

    Signals:
        building_edited(object): the Building after one field was changed.
    """

    building_edited = Signal(object)
    capacity_edited = Signal(str, float)

    def __init__(self) -> None:
        super().__init__()
        self._building: Building | None = None
        self.name = QLineEdit()
        self.height = number_field(0.5, 500.0, " m", 1)
        self.roof_type = QComboBox()
        translated_items(
            self.roof_type, "Project", [(name, kind) for kind, name in ROOF_TYPE_NAMES.items()]
        )
        self.slope = number_field(0.0, 60.0, "°", 1)
        self.direction = number_field(0.0, 359.9, "°", 1)
        self.parapet = number_field(0.0, 5.0, " m", 2)
        self.tooth_width = number_field(0.5, 50.0, " m", 2)
        self.form = QFormLayout(self)
        self.form.addRow(
            translated_label("BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Name")),
            self.name,
        )
        self.form.addRow(
            translated_label(
                "BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Height (eaves)")
            ),
            self.height,
        )
        self.form.addRow(
            translated_label("BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Roof")),
            self.roof_type,
        )
        self.form.addRow(
            translated_label("BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Slope")),
            self.slope,
        )
        self.form.addRow(
            translated_label("BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Direction")),
            self.direction,
        )
        self.form.addRow(
            translated_label("BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Parapet")),
            self.parapet,
        )
        self.form.addRow(
            translated_label("BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Tooth width")),
            self.tooth_width,
        )
        self.capacity = number_field(0.0, 1000.0, " kg/m²", 1)
        translated(
            self.capacity,
            "BuildingPanel",
            QT_TRANSLATE_NOOP("BuildingPanel", "unknown"),
            "setSpecialValueText",
        )
        translated(
            self.capacity,
            "BuildingPanel",
            QT_TRANSLATE_NOOP(
                "BuildingPanel", "Added permanent load the roof structure can carry"
            ),
            "setToolTip",
        )
        self.form.addRow(
            translated_label(
                "BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Roof load capacity")
            ),
            self.capacity,
        )
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.form.addRow(
            translated_label("BuildingPanel", QT_TRANSLATE_NOOP("BuildingPanel", "Modules")),
            self.figures,
        )
        self.capacity.editingFinished.connect(
            lambda: (
                self._building
                and self.capacity_edited.emit(self._building.id, self.capacity.value())
            )
        )
        self._rows = {
            "slope_deg": self.slope,
            "direction_deg": self.direction,
            "parapet_height_m": self.parapet,
            "tooth_width_m": self.tooth_width,
        }
        self.name.editingFinished.connect(self._edited)
        for spin in (self.height, *self._rows.values()):
            spin.editingFinished.connect(self._edited)
        self.roof_type.currentIndexChanged.connect(self._edited)
        self.set_building(None)

    def set_figures(self, text: str) -> None:
        """Show the building's layout figures in words."""
        self.figures.setText(text or "none yet")

    def set_capacity(self, capacity_kg_per_m2: float) -> None:
        """Show the roof's load capacity (0: unknown)."""
        with signals_blocked(self.capacity):
            self.capacity.setValue(capacity_kg_per_m2)

    def set_building(self, building: Building | None) -> None:
        """Show ``building`` (None: nothing selected)."""
        self._building = building
        self.setEnabled(building is not None)
        if building is None:
            return
        with signals_blocked(self.name, self.height, self.roof_type, *self._rows.values()):
            self.name.setText(building.name)
            self.height.setValue(building.height_m)
            self.roof_type.setCurrentIndex(self.roof_type.findData(building.roof.roof_type))
            for field, spin in self._rows.items():
                spin.setValue(getattr(building.roof, field))
        self._show_roof_fields(building.roof.roof_type)

    def _show_roof_fields(self, roof_type: RoofType) -> None:
        for field, spin in self._rows.items():
            self.form.setRowVisible(spin, field in ROOF_FIELDS[roof_type])
        translated(
            self.form.labelForField(self.direction),
            "BuildingPanel",
            DIRECTION_LABELS.get(roof_type, QT_TRANSLATE_NOOP("BuildingPanel", "Direction")),
        )

    def _edited(self) -> None:
        if self._building is None:
            return
        roof_type = RoofType(self.roof_type.currentData())
        if roof_type is not self._building.roof.roof_type:
            roof = roof_of_type(self._building.roof, roof_type)
        else:
            roof = replace(
                self._building.roof,
                **{
                    field: spin.value()
                    for field, spin in self._rows.items()
                    if field in ROOF_FIELDS[roof_type]
                },
            )
        edited = replace(
            self._building,
            name=self.name.text().strip() or self._building.name,
            height_m=self.height.value(),
            roof=roof,
        )
        self._show_roof_fields(roof_type)
        if edited != self._building:
            self._building = edited
            self.building_edited.emit(edited)
