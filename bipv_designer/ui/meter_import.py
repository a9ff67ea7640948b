"""A meter's load read from a CSV/XLSX export through the import dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from bipv_designer.edits import settings
from bipv_designer.errors import BipvError
from bipv_designer.project.energy_model import LoadFile
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui.document import Document
from bipv_designer.ui.load_import_dialog import LoadImportDialog


def import_meter_file(
    document: Document,
    parent: QWidget,
    stored_path: Callable[[Path], str],
    folder: str,
    path: Path | None = None,
    dialog: LoadImportDialog | None = None,
) -> None:
    """Add a meter whose load is read from an export the user maps in the dialog."""
    from bipv_designer.energy.load_file import import_load

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("MeterImport", "Meter data"),
            folder,
            "Meter exports (*.csv *.xlsx *.txt)",
        )
        if not name:
            return
        path = Path(name)
    dialog = dialog or LoadImportDialog(path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        import_load(path, dialog.mapping())
    except (BipvError, OSError) as error:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("MeterImport", "Cannot use this meter file"),
            str(error),
        )
        return
    document.edit(
        settings.add_meter_file, path.name, LoadFile(stored_path(path), dialog.mapping())
    )
