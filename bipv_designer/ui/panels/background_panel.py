"""Properties of the background image: scale, opacity, lock; set the scale or remove it."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPushButton, QWidget

from bipv_designer.project.model import BackgroundImage
from bipv_designer.ui.i18n import translated, translated_label
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.qt_util import signals_blocked


class BackgroundPanel(QWidget):
    """Edits the background image.

    Signals:
        background_edited(object): the BackgroundImage after one field was changed.
        scale_requested(): the user wants to set the scale by two clicks.
        remove_requested(): the user wants the image gone.
    """

    background_edited = Signal(object)
    scale_requested = Signal()
    remove_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._background: BackgroundImage | None = None
        self.file = QLabel()
        self.file.setWordWrap(True)
        self.metres_per_pixel = number_field(1e-4, 1000.0, "", 4)
        translated(
            self.metres_per_pixel,
            "Units",
            QT_TRANSLATE_NOOP("Units", " m/px"),
            "setSuffix",
        )
        self.opacity = number_field(0.0, 1.0, "", 2)
        self.opacity.setSingleStep(0.1)
        self.locked = QCheckBox()
        translated(
            self.locked,
            "BackgroundPanel",
            QT_TRANSLATE_NOOP("BackgroundPanel", "Locked (not moved by clicks on the plan)"),
        )
        self.set_scale = QPushButton()
        translated(
            self.set_scale,
            "BackgroundPanel",
            QT_TRANSLATE_NOOP("BackgroundPanel", "Set scale by two clicks…"),
        )
        self.remove = QPushButton()
        translated(
            self.remove,
            "BackgroundPanel",
            QT_TRANSLATE_NOOP("BackgroundPanel", "Remove the image"),
        )
        form = QFormLayout(self)
        form.addRow(
            translated_label("BackgroundPanel", QT_TRANSLATE_NOOP("BackgroundPanel", "File")),
            self.file,
        )
        form.addRow(
            translated_label("BackgroundPanel", QT_TRANSLATE_NOOP("BackgroundPanel", "Scale")),
            self.metres_per_pixel,
        )
        form.addRow(
            translated_label("BackgroundPanel", QT_TRANSLATE_NOOP("BackgroundPanel", "Opacity")),
            self.opacity,
        )
        form.addRow("", self.locked)
        form.addRow("", self.set_scale)
        form.addRow("", self.remove)
        self.metres_per_pixel.editingFinished.connect(self._edited)
        self.opacity.editingFinished.connect(self._edited)
        self.locked.clicked.connect(self._edited)
        self.set_scale.clicked.connect(self.scale_requested)
        self.remove.clicked.connect(self.remove_requested)

    def set_background(self, background: BackgroundImage) -> None:
        """Show ``background``."""
        self._background = background
        with signals_blocked(self.metres_per_pixel, self.opacity, self.locked):
            self.file.setText(background.path)
            self.metres_per_pixel.setValue(background.metres_per_pixel)
            self.opacity.setValue(background.opacity)
            self.locked.setChecked(background.locked)

    def _edited(self) -> None:
        if self._background is None:
            return
        edited = replace(
            self._background,
            metres_per_pixel=self.metres_per_pixel.value(),
            opacity=self.opacity.value(),
            locked=self.locked.isChecked(),
        )
        if edited != self._background:
            self._background = edited
            self.background_edited.emit(edited)
