"""Properties of a roof plane or facade: its name, how modules are mounted on it, and
whether it takes part in layout and simulation at all."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from bipv_designer.geometry.frames import polygon_area
from bipv_designer.project.layout_model import FacadeShade, Opening
from bipv_designer.project.model import Array, Mounting, Surface
from bipv_designer.project.names import MOUNTING_NAMES
from bipv_designer.ui.i18n import translated, translated_items, translated_label
from bipv_designer.ui.panels.facade_tables import openings_table, shades_table


class SurfacePanel(QWidget):
    """Renames a surface, sets its mounting, excludes it; shows its orientation and area.

    Signals:
        surface_edited(object): the Surface after one field was changed.
        openings_edited(str, object): a facade's id and its openings after one change.
        shades_edited(str, object): a facade's id and its overhangs and fins after one
            change.
        invalid(str): a value typed into the openings that cannot be taken.
        fill_requested(str): the surface's id; fill it with modules (a new array).
        array_requested(str): the id of the array on the surface, to show its layout.
        sun_path_requested(str): the surface id, to show its sun path with the obstacles.
    """

    surface_edited = Signal(object)
    openings_edited = Signal(str, object)
    shades_edited = Signal(str, object)
    invalid = Signal(str)
    fill_requested = Signal(str)
    array_requested = Signal(str)
    sun_path_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._surface: Surface | None = None
        self.name = QLineEdit()
        self.mounting = QComboBox()
        translated_items(
            self.mounting, "Project", [(name, kind) for kind, name in MOUNTING_NAMES.items()]
        )
        self.excluded = QCheckBox()
        translated(
            self.excluded,
            "SurfacePanel",
            QT_TRANSLATE_NOOP("SurfacePanel", "Exclude from layout and simulation"),
        )
        self.orientation = QLabel()
        self.area = QLabel()
        self.openings = openings_table()
        self.shades = shades_table()
        self.modules = QLabel()
        self.modules.setWordWrap(True)
        self.fill = QPushButton()
        translated(
            self.fill, "SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Fill with modules")
        )
        self.show_array = QPushButton()
        translated(
            self.show_array,
            "SurfacePanel",
            QT_TRANSLATE_NOOP("SurfacePanel", "Layout of its modules…"),
        )
        self.sun_path = QPushButton()
        translated(
            self.sun_path,
            "SurfacePanel",
            QT_TRANSLATE_NOOP("SurfacePanel", "Sun path, horizon and obstacles…"),
        )
        self._array_id: str | None = None
        self.form = form = QFormLayout(self)
        form.addRow(
            translated_label("SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Name")), self.name
        )
        form.addRow(
            translated_label("SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Mounting")),
            self.mounting,
        )
        form.addRow("", self.excluded)
        form.addRow(
            translated_label("SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Tilt / azimuth")),
            self.orientation,
        )
        form.addRow(
            translated_label("SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Area")), self.area
        )
        form.addRow(
            translated_label("SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Openings")),
            self.openings,
        )
        form.addRow(
            translated_label(
                "SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Overhangs and fins")
            ),
            self.shades,
        )
        form.addRow(
            translated_label("SurfacePanel", QT_TRANSLATE_NOOP("SurfacePanel", "Modules")),
            self.modules,
        )
        form.addRow("", self.fill)
        form.addRow("", self.show_array)
        form.addRow("", self.sun_path)
        self.sun_path.clicked.connect(
            lambda: self._surface and self.sun_path_requested.emit(self._surface.id)
        )
        self.fill.clicked.connect(
            lambda: self._surface and self.fill_requested.emit(self._surface.id)
        )
        self.show_array.clicked.connect(
            lambda: self._array_id and self.array_requested.emit(self._array_id)
        )
        self.openings.items_edited.connect(
            lambda openings: self.openings_edited.emit(self._surface.id, openings)
        )
        self.shades.items_edited.connect(
            lambda shades: self.shades_edited.emit(self._surface.id, shades)
        )
        self.openings.invalid.connect(self.invalid)
        self.shades.invalid.connect(self.invalid)
        self.name.editingFinished.connect(self._edited)
        self.mounting.activated.connect(self._edited)
        self.excluded.clicked.connect(self._edited)

    def set_surface(
        self,
        surface: Surface,
        openings: tuple[Opening, ...] = (),
        array: Array | None = None,
        shades: tuple[FacadeShade, ...] = (),
    ) -> None:
        """Show ``surface``, a facade's openings, overhangs and fins, and the array of
        modules on it (if any)."""
        self._surface = surface
        self._array_id = array.id if array else None
        self.modules.setText(
            self.tr("{0} in '{1}'").format(array.module_count, array.name)
            if array
            else self.tr("none yet")
        )
        self.fill.setVisible(array is None)
        self.fill.setEnabled(not surface.excluded)
        self.show_array.setVisible(array is not None)
        self.form.setRowVisible(self.openings, surface.kind == "facade")
        self.form.setRowVisible(self.shades, surface.kind == "facade")
        self.openings.set_items(openings)
        self.shades.set_items(shades)
        self.name.setText(surface.name)
        self.mounting.setCurrentIndex(self.mounting.findData(surface.mounting))
        self.excluded.setChecked(surface.excluded)
        self.orientation.setText(f"{surface.surface_tilt:.1f}° / {surface.surface_azimuth:.1f}°")
        self.area.setText(f"{polygon_area(surface.outline):,.1f} m²")

    def _edited(self) -> None:
        if self._surface is None:
            return
        edited = replace(
            self._surface,
            name=self.name.text().strip() or self._surface.name,
            mounting=Mounting(self.mounting.currentData()),
            excluded=self.excluded.isChecked(),
        )
        if edited != self._surface:
            self._surface = edited
            self.surface_edited.emit(edited)
