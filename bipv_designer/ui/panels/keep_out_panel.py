"""Properties of a keep-out on a roof: name, height, clearance and a circle's radius."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from bipv_designer.project.layout_model import KeepOut, KeepOutShape
from bipv_designer.ui.i18n import translated, translated_label
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.qt_util import signals_blocked

SHAPE_LABELS = {
    KeepOutShape.RECTANGLE: QT_TRANSLATE_NOOP("KeepOutPanel", "Rectangle"),
    KeepOutShape.POLYGON: QT_TRANSLATE_NOOP("KeepOutPanel", "Polygon"),
    KeepOutShape.CIRCLE: QT_TRANSLATE_NOOP("KeepOutPanel", "Circle"),
}


class KeepOutPanel(QWidget):
    """Edits one keep-out.

    Signals:
        keep_out_edited(str, object): the surface id and the KeepOut after one field
            was changed.
    """

    keep_out_edited = Signal(str, object)

    def __init__(self) -> None:
        super().__init__()
        self._surface_id = ""
        self._keep_out: KeepOut | None = None
        self.name = QLineEdit()
        self.shape = QLabel()
        self.surface = QLabel()
        self.height = number_field(0.0, 50.0, " m", 2)
        self.clearance = number_field(0.0, 20.0, " m", 2)
        self.radius = number_field(0.01, 100.0, " m", 2)
        self.form = QFormLayout(self)
        self.form.addRow(
            translated_label("KeepOutPanel", QT_TRANSLATE_NOOP("KeepOutPanel", "Name")), self.name
        )
        self.form.addRow(
            translated_label("KeepOutPanel", QT_TRANSLATE_NOOP("KeepOutPanel", "Shape")),
            self.shape,
        )
        self.form.addRow(
            translated_label("KeepOutPanel", QT_TRANSLATE_NOOP("KeepOutPanel", "On")), self.surface
        )
        self.form.addRow(
            translated_label("KeepOutPanel", QT_TRANSLATE_NOOP("KeepOutPanel", "Height")),
            self.height,
        )
        self.form.addRow(
            translated_label("KeepOutPanel", QT_TRANSLATE_NOOP("KeepOutPanel", "Clearance")),
            self.clearance,
        )
        self.form.addRow(
            translated_label("KeepOutPanel", QT_TRANSLATE_NOOP("KeepOutPanel", "Radius")),
            self.radius,
        )
        self.name.editingFinished.connect(self._edited)
        for spin in (self.height, self.clearance, self.radius):
            spin.editingFinished.connect(self._edited)

    def set_keep_out(self, surface_id: str, surface_name: str, keep_out: KeepOut) -> None:
        """Show ``keep_out`` lying on the surface ``surface_id``."""
        self._surface_id, self._keep_out = surface_id, keep_out
        widgets = (self.name, self.height, self.clearance, self.radius)
        with signals_blocked(*widgets):
            self.name.setText(keep_out.name)
            translated(self.shape, "KeepOutPanel", SHAPE_LABELS[keep_out.shape])
            self.surface.setText(surface_name)
            self.height.setValue(keep_out.height_m)
            self.clearance.setValue(keep_out.clearance_m)
            self.radius.setValue(max(keep_out.radius_m, self.radius.minimum()))
            self.form.setRowVisible(self.radius, keep_out.shape is KeepOutShape.CIRCLE)

    def _edited(self) -> None:
        if self._keep_out is None:
            return
        circle = self._keep_out.shape is KeepOutShape.CIRCLE
        edited = replace(
            self._keep_out,
            name=self.name.text().strip() or self._keep_out.name,
            height_m=self.height.value(),
            clearance_m=self.clearance.value(),
            radius_m=self.radius.value() if circle else self._keep_out.radius_m,
        )
        if edited != self._keep_out:
            self._keep_out = edited
            self.keep_out_edited.emit(self._surface_id, edited)
