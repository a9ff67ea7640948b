"""Edit ▸ Fill every roof…: which roofs face the sun enough, and how flat roofs are
filled."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from bipv_designer.layout.roof_fill import FillOptions, FlatRoofFill
from bipv_designer.ui.panels.fields import number_field

FLAT_ROOF_LABELS = {
    FlatRoofFill.SOUTH_RACKS: QT_TRANSLATE_NOOP("FillRoofsDialog", "tilted racks facing south"),
    FlatRoofFill.EAST_WEST: QT_TRANSLATE_NOOP("FillRoofsDialog", "low east-west tents"),
    FlatRoofFill.FLUSH: QT_TRANSLATE_NOOP("FillRoofsDialog", "flat on the roof"),
}


class FillRoofsDialog(QDialog):
    """The two choices of Fill every roof, starting from ``options``."""

    def __init__(self, options: FillOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill every roof"))
        self.min_share = number_field(0.0, 150.0, " %", 0)
        self.min_share.setValue(100 * options.min_share_of_horizontal)
        self.flat_roofs = QComboBox()
        for choice, label in FLAT_ROOF_LABELS.items():
            self.flat_roofs.addItem(QCoreApplication.translate("FillRoofsDialog", label), choice)
        self.flat_roofs.setCurrentIndex(self.flat_roofs.findData(options.flat_roofs))
        explanation = QLabel(
            self.tr(
                "Roofs that get less sun over a year than this share of a horizontal roof "
                "(clear sky at the site) stay empty, e.g. the north glazing of a saw-tooth "
                "roof. Racks stand on roofs up to 5° only."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Fill roofs with at least"), self.min_share)
        form.addRow(self.tr("Flat roofs"), self.flat_roofs)
        form.addRow(explanation)
        form.addRow(buttons)

    def options(self) -> FillOptions:
        """The options as chosen."""
        return FillOptions(
            self.min_share.value() / 100.0, FlatRoofFill(self.flat_roofs.currentData())
        )


def ask_fill_options(parent: QWidget, options: FillOptions) -> FillOptions | None:
    """The options the user chose, None when cancelled."""
    dialog = FillRoofsDialog(options, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.options() if accepted else None
    dialog.deleteLater()
    return chosen
