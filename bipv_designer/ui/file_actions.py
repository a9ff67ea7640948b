"""Files: new, open, save, save as, the recent files and the recovery copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from bipv_designer.errors import BipvError
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project, save_project
from bipv_designer.project.model import Project
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui import settings
from bipv_designer.ui.document import Document

PROJECT_FILTER = "BIPV Designer projects (*.bipv.json *.json)"


class FileActions(QObject):
    """Reads and writes the document's file; asks before unsaved changes are lost.

    ``new_project_dialog`` makes the project File ▸ New starts (None when cancelled);
    ``opened`` runs after a project was opened (e.g. to fit the plan).
    """

    def __init__(
        self, document: Document, parent: QWidget, recent_menu: QMenu, new_project_dialog, opened
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.parent_widget = parent
        self.recent_menu = recent_menu
        self._new_project_dialog = new_project_dialog
        self._opened = opened
        self.autosave = QTimer(self)
        self.autosave.setInterval(settings.AUTOSAVE_INTERVAL_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        self.fill_recent_menu()

    def folder(self) -> str:
        """Where file dialogs start: the project's folder, else the home folder."""
        return str(self.document.path.parent) if self.document.path else str(Path.home())

    def stored_path(self, path: Path) -> str:
        """How the project refers to ``path``: its name when it lies beside the project
        file, else the whole path."""
        folder = self.document.path.parent if self.document.path else None
        return path.name if folder is not None and path.parent == folder else str(path)

    def new_project(self) -> None:
        """Start a project at a site the user chooses (File ▸ New)."""
        if not self.may_discard():
            return
        project: Project | None = self._new_project_dialog()
        if project is not None:
            self.document.replace(project, None)

    def open_project(self, path: Path | None = None) -> None:
        """Open a project file (asks for one when ``path`` is None)."""
        if not self.may_discard():
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent_widget, self.tr("Open project"), self.folder(), PROJECT_FILTER
            )
            if not name:
                return
            path = Path(name)
        try:
            project = load_project(path)
        except BipvError as error:
            dialogs.show_error(self.parent_widget, self.tr("Cannot open the project"), str(error))
            return
        self.document.replace(project, path)
        settings.remember_file(path)
        self.fill_recent_menu()
        self._opened()

    def save(self) -> bool:
        """Save to the project's file, or ask for one; True if saved."""
        if self.document.path is None or self.document.path == DEMO_PROJECT:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self, path: Path | None = None) -> bool:
        """Save under a new name; True if saved."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self.parent_widget, self.tr("Save project"), self.folder(), PROJECT_FILTER
            )
            if not name:
                return False
            path = Path(name)
        return self._save_to(path)

    def write_recovery(self) -> None:
        """Keep unsaved changes in the recovery file (autosave)."""
        if not self.document.undo_stack.isClean():
            self.save_recovery_now()

    def save_recovery_now(self) -> str:
        """Write the project to the recovery file now (after an unexpected error); the
        file's path."""
        path = settings.recovery_file()
        save_project(self.document.project, path)
        return str(path)

    def discard_recovery(self) -> None:
        """Forget the recovery copy (the window closed normally)."""
        settings.recovery_file().unlink(missing_ok=True)

    def offer_recovery(self) -> None:
        """After a crash: offer the unsaved work kept in the recovery file."""
        recovery = settings.recovery_file()
        if not recovery.exists():
            return
        if dialogs.ask_yes_no(
            self.parent_widget,
            self.tr("Recover unsaved work?"),
            self.tr("BIPV Designer did not close normally. Open the unsaved work it kept?"),
        ):
            try:
                project = load_project(recovery)
            except BipvError as error:
                dialogs.show_error(self.parent_widget, self.tr("Cannot recover"), str(error))
                return
            self.document.push(project, self.tr("Recover unsaved work"))
        recovery.unlink(missing_ok=True)

    def may_discard(self) -> bool:
        """True when nothing unsaved would be lost (saved, discarded, or clean)."""
        if self.document.undo_stack.isClean():
            return True
        answer = dialogs.ask_save_changes(
            self.parent_widget,
            self.tr("Save the changes to '{0}'?").format(self.document.project.name),
        )
        if answer is dialogs.Answer.SAVE:
            return self.save()
        return answer is dialogs.Answer.DISCARD

    def fill_recent_menu(self) -> None:
        """The recent files, newest first."""
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_project(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (OSError, BipvError) as error:
            dialogs.show_error(self.parent_widget, self.tr("Cannot save the project"), str(error))
            return False
        settings.remember_file(path)
        settings.recovery_file().unlink(missing_ok=True)
        self.fill_recent_menu()
        return True
