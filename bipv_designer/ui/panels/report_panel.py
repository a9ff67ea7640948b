"""Who the report is for and from: customer, company, the engineer and the company's
logo (a picture next to the project file)."""

from __future__ import annotations

from pathlib import Path

from msgspec.structs import astuple
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from bipv_designer.project.model import ReportSettings
from bipv_designer.ui.i18n import translated, translated_label
from bipv_designer.ui.qt_util import signals_blocked


class ReportPanel(QWidget):
    """Edits the report's details.

    Signals:
        report_edited(object): the ReportSettings after one field was changed.
    """

    report_edited = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._settings = ReportSettings()
        self.folder = ""
        self.customer = QLineEdit()
        self.company = QLineEdit()
        self.prepared_by = QLineEdit()
        self.logo = QLineEdit()
        translated(
            self.logo,
            "ReportPanel",
            QT_TRANSLATE_NOOP("ReportPanel", "PNG or JPEG, beside the project file"),
            "setPlaceholderText",
        )
        self.choose_logo = QPushButton()
        translated(self.choose_logo, "ReportPanel", QT_TRANSLATE_NOOP("ReportPanel", "Choose…"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose_logo)
        form = QFormLayout(self)
        form.addRow(
            translated_label("ReportPanel", QT_TRANSLATE_NOOP("ReportPanel", "Customer")),
            self.customer,
        )
        form.addRow(
            translated_label("ReportPanel", QT_TRANSLATE_NOOP("ReportPanel", "Company")),
            self.company,
        )
        form.addRow(
            translated_label("ReportPanel", QT_TRANSLATE_NOOP("ReportPanel", "Prepared by")),
            self.prepared_by,
        )
        form.addRow(
            translated_label("ReportPanel", QT_TRANSLATE_NOOP("ReportPanel", "Logo")), logo_row
        )
        for field in (self.customer, self.company, self.prepared_by, self.logo):
            field.editingFinished.connect(self._edited)
        self.choose_logo.clicked.connect(self._choose_logo)

    def set_settings(self, settings: ReportSettings, folder: str) -> None:
        """Show ``settings``; ``folder`` is the project file's (logos are kept relative)."""
        self._settings, self.folder = settings, folder
        fields = (self.customer, self.company, self.prepared_by, self.logo)
        with signals_blocked(*fields):
            for field, value in zip(fields, astuple(settings), strict=True):
                field.setText(value)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Company logo"), self.folder, self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if name:
            path = Path(name)
            if self.folder and path.is_relative_to(self.folder):
                name = str(path.relative_to(self.folder))
            self.logo.setText(name)
            self._edited()

    def _edited(self) -> None:
        edited = ReportSettings(
            self.customer.text().strip(),
            self.company.text().strip(),
            self.prepared_by.text().strip(),
            self.logo.text().strip(),
        )
        if edited != self._settings:
            self._settings = edited
            self.report_edited.emit(edited)
