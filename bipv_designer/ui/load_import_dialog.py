"""Import a meter export: a preview of the table and the mapping of its columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bipv_designer.energy.load_file import import_load, read_load_table
from bipv_designer.errors import BipvError
from bipv_designer.project.energy_model import DuplicateRule, GapRule, LoadMapping, NegativeRule
from bipv_designer.ui.i18n import core_words

PREVIEW_ROWS = 12


class LoadImportDialog(QDialog):
    """Shows the first rows of a CSV/XLSX export and asks how to read it; "Check" reads
    the whole file with the mapping and shows what was found."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Import meter data: {0}").format(path.name))
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 50)
        self.timestamp_column = QComboBox()
        self.value_column = QComboBox()
        self.unit = QComboBox()
        self.unit.addItems(["kW", "kWh"])
        self.timezone = QLineEdit("Asia/Shanghai")
        self.timestamp_format = QLineEdit()
        self.timestamp_format.setPlaceholderText(
            self.tr("automatic (ISO-like), or e.g. %Y/%m/%d %H:%M")
        )
        self.gaps = _combo(GapRule)
        self.duplicates = _combo(DuplicateRule)
        self.negatives = _combo(NegativeRule)
        self.preview = QTableWidget()
        self.report = QLabel()
        self.report.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Header row (0 = first)"), self.header_row),
            (self.tr("Time stamps"), self.timestamp_column),
            (self.tr("Values"), self.value_column),
            (self.tr("Unit"), self.unit),
            (self.tr("Time zone"), self.timezone),
            (self.tr("Stamp format"), self.timestamp_format),
            (self.tr("Missing records"), self.gaps),
            (self.tr("Duplicated stamps"), self.duplicates),
            (self.tr("Negative values"), self.negatives),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.check_button = buttons.addButton(
            self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.clicked.connect(self.check)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(self.report)
        layout.addWidget(buttons)
        self.header_row.valueChanged.connect(self._read_preview)
        self._read_preview()
        self.resize(720, 620)

    def mapping(self) -> LoadMapping:
        """The mapping as the fields show it."""
        return LoadMapping(
            timestamp_column=self.timestamp_column.currentText(),
            value_column=self.value_column.currentText(),
            unit=self.unit.currentText(),
            timezone=self.timezone.text().strip(),
            header_row=self.header_row.value(),
            timestamp_format=self.timestamp_format.text().strip() or None,
            gaps=GapRule(self.gaps.currentData()),
            duplicates=DuplicateRule(self.duplicates.currentData()),
            negatives=NegativeRule(self.negatives.currentData()),
        )

    def check(self) -> bool:
        """Read the whole file with the mapping; show the findings or the error."""
        try:
            imported = import_load(self.path, self.mapping())
        except BipvError as error:
            self.report.setText(f"⚠ {core_words()(str(error))}")
            return False
        words = core_words()
        self.report.setText("\n".join(words(finding) for finding in imported.findings))
        return True

    def _read_preview(self) -> None:
        try:
            table = read_load_table(self.path, self.header_row.value()).head(PREVIEW_ROWS)
        except BipvError as error:
            self.report.setText(f"⚠ {core_words()(str(error))}")
            return
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(table))
        self.preview.setHorizontalHeaderLabels(list(table.columns))
        for row in range(len(table)):
            for column in range(len(table.columns)):
                self.preview.setItem(row, column, QTableWidgetItem(str(table.iat[row, column])))
        for combo, guess in ((self.timestamp_column, 0), (self.value_column, 1)):
            combo.clear()
            combo.addItems(list(table.columns))
            combo.setCurrentIndex(min(guess, len(table.columns) - 1))


RULE_NAMES = {
    "interpolate": QT_TRANSLATE_NOOP("LoadImportDialog", "interpolate"),
    "zero": QT_TRANSLATE_NOOP("LoadImportDialog", "set to zero"),
    "refuse": QT_TRANSLATE_NOOP("LoadImportDialog", "refuse the file"),
    "mean": QT_TRANSLATE_NOOP("LoadImportDialog", "take the mean"),
    "first": QT_TRANSLATE_NOOP("LoadImportDialog", "keep the first"),
}
"""What each rule for missing, duplicated and negative records does."""


def _combo(kind) -> QComboBox:
    combo = QComboBox()
    for member in kind:
        combo.addItem(
            QCoreApplication.translate("LoadImportDialog", RULE_NAMES[member.value]), member.value
        )
    return combo
