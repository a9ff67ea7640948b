"""Choose a module or an inverter from pvlib's CEC library by maker, model and power."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from bipv_designer.components.catalogue import search_inverters, search_modules
from bipv_designer.ui.i18n import translated, translated_label
from bipv_designer.ui.panels.fields import number_field

LISTED = 200
"""Most entries listed at once, most powerful first."""


class CatalogueKind(Enum):
    """What the dialog lists: (title, power column, unit, watts per unit, upper bound)."""

    MODULE = (
        QT_TRANSLATE_NOOP("CatalogueDialog", "Module from the CEC library"),
        "pdc0_w",
        "W",
        1.0,
        2_000.0,
    )
    INVERTER = (
        QT_TRANSLATE_NOOP("CatalogueDialog", "Inverter from the CEC library"),
        "paco_w",
        "kW",
        1000.0,
        10_000.0,
    )


class CatalogueDialog(QDialog):
    """Words of the name and a power range narrow the list (modules: also BIPV only);
    the chosen entry's CEC name is ``chosen_name()`` once the dialog is accepted."""

    def __init__(self, kind: CatalogueKind, parent=None) -> None:
        super().__init__(parent)
        title, self._column, self._unit, self._scale, high = kind.value
        self._kind = kind
        self.setWindowTitle(QCoreApplication.translate("CatalogueDialog", title))
        self.words = QLineEdit()
        translated(
            self.words,
            "CatalogueDialog",
            QT_TRANSLATE_NOOP("CatalogueDialog", "maker or model, e.g. SMA, Jinko"),
            "setPlaceholderText",
        )
        self.low = number_field(0.0, high, f" {self._unit}", 1)
        self.high = number_field(0.0, high, f" {self._unit}", 1)
        self.high.setValue(high)
        self.bipv_only = QCheckBox()
        translated(
            self.bipv_only,
            "CatalogueDialog",
            QT_TRANSLATE_NOOP("CatalogueDialog", "Building-integrated only"),
        )
        self.results = QListWidget()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(
            translated_label("CatalogueDialog", QT_TRANSLATE_NOOP("CatalogueDialog", "Name has")),
            self.words,
        )
        form.addRow(
            translated_label(
                "CatalogueDialog", QT_TRANSLATE_NOOP("CatalogueDialog", "Power from")
            ),
            self.low,
        )
        form.addRow(
            translated_label(
                "CatalogueDialog", QT_TRANSLATE_NOOP("CatalogueDialog", "Power up to")
            ),
            self.high,
        )
        if kind is CatalogueKind.MODULE:
            form.addRow("", self.bipv_only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.words.textChanged.connect(self._search)
        self.low.valueChanged.connect(self._search)
        self.high.valueChanged.connect(self._search)
        self.bipv_only.toggled.connect(self._search)
        self.results.itemDoubleClicked.connect(self.accept)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._search()

    def chosen_name(self) -> str | None:
        """The CEC name of the selected entry, None when none is selected."""
        item = self.results.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _search(self) -> None:
        low, high = self.low.value() * self._scale, self.high.value() * self._scale
        if self._kind is CatalogueKind.MODULE:
            found = search_modules(
                self.words.text(),
                pdc0_min_w=low,
                pdc0_max_w=high,
                bipv_only=self.bipv_only.isChecked(),
                limit=LISTED,
            )
        else:
            found = search_inverters(
                self.words.text(), paco_min_w=low, paco_max_w=high, limit=LISTED
            )
        self.results.clear()
        for name, watts in zip(found["name"], found[self._column], strict=True):
            item = QListWidgetItem(f"{name}  ({watts / self._scale:,.1f} {self._unit})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
