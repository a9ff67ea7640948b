"""Choose an inverter from pvlib's CEC library by maker, model and AC power."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from bipv_designer.components.catalogue import search_inverters
from bipv_designer.ui.panels.fields import number_field

LISTED = 200
"""Most inverters listed at once, largest first."""


class InverterDialog(QDialog):
    """Words of the name and an AC power range narrow the list; the chosen entry's CEC
    name is ``chosen_name()`` after the dialog is accepted."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Inverter from the CEC library")
        self.words = QLineEdit()
        self.words.setPlaceholderText("maker or model, e.g. SMA Sunny Tripower")
        self.min_kw = number_field(0.0, 10_000.0, " kW", 1)
        self.max_kw = number_field(0.0, 10_000.0, " kW", 1)
        self.max_kw.setValue(10_000.0)
        self.results = QListWidget()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow("Name has", self.words)
        form.addRow("AC from", self.min_kw)
        form.addRow("AC up to", self.max_kw)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.words.textChanged.connect(self._search)
        self.min_kw.valueChanged.connect(self._search)
        self.max_kw.valueChanged.connect(self._search)
        self.results.itemDoubleClicked.connect(self.accept)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._search()

    def chosen_name(self) -> str | None:
        """The CEC name of the selected inverter, None when none is selected."""
        item = self.results.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _search(self) -> None:
        found = search_inverters(
            self.words.text(),
            paco_min_w=self.min_kw.value() * 1000.0,
            paco_max_w=self.max_kw.value() * 1000.0,
            limit=LISTED,
        )
        self.results.clear()
        for name, paco_w in zip(found["name"], found["paco_w"], strict=True):
            item = QListWidgetItem(f"{name}  ({paco_w / 1000.0:,.1f} kW AC)")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
