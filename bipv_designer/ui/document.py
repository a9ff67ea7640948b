"""The live document: the project, its file, its undo stack and change signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bipv_designer.edits.changes import EVERYTHING, keep_out_ids, project_changes
from bipv_designer.edits.edit import Edit
from bipv_designer.errors import BipvError
from bipv_designer.project.io import save_project
from bipv_designer.project.model import Project
from bipv_designer.ui.i18n import core_words

P = ParamSpec("P")


class Document(QObject):
    """Holds the Project the window shows; commands change it, views listen.

    Signals:
        building_added(str): a building id that appeared.
        building_changed(str): a building, its surfaces or their keep-outs changed.
        building_removed(str): a building id that went away.
        surface_changed(str): a surface (or its setbacks, keep-outs, openings) that was
            added, changed or removed.
        array_changed(str): an array (or its layout settings) added, changed or removed.
        keep_out_changed(str, str): surface id and keep-out id of a keep-out added,
            changed or removed.
        section_changed(str): a project-wide value changed, by field name (``site``,
            ``weather``, ``load``, ``tariff`` ..., edits.changes.SECTIONS).
        changed(ProjectChanges): after the signals above, everything that changed in
            one value; ``everything`` when another project was opened or created.
        edit_refused(str): an edit raised a BipvError; the message says why.
        path_changed(): the file path changed.
    """

    building_added = Signal(str)
    building_changed = Signal(str)
    building_removed = Signal(str)
    surface_changed = Signal(str)
    array_changed = Signal(str)
    keep_out_changed = Signal(str, str)
    section_changed = Signal(str)
    changed = Signal(object)
    edit_refused = Signal(str)
    path_changed = Signal()

    def __init__(self, project: Project, path: Path | None = None) -> None:
        super().__init__()
        self._project = project
        self._path = path
        self.revision = 0
        self.undo_stack = QUndoStack(self)

    @property
    def project(self) -> Project:
        """The current project (a frozen value)."""
        return self._project

    @property
    def path(self) -> Path | None:
        """The file the project was read from or last saved to (None if never saved)."""
        return self._path

    def edit(self, edit: Callable[Concatenate[Project, P], Edit], *args, **kwargs) -> bool:
        """Run a Qt-free edit on the project and push its result as one undoable step.

        A BipvError from the edit is reported by ``edit_refused`` and nothing changes;
        returns True when the project changed.
        """
        try:
            after, text = edit(self._project, *args, **kwargs)
        except BipvError as error:
            self.edit_refused.emit(core_words()(str(error)))
            return False
        return self.push(after, text)

    def push(self, after: Project, text: str) -> bool:
        """Make ``after`` the project as one undoable step called ``text``; True when it
        differs from the project now."""
        if after == self._project:
            return False
        self.undo_stack.push(EditCommand(self, self._project, after, text))
        return True

    def retranslate_history(self) -> None:
        """Name every step of the undo history in the window's language (after a switch)."""
        for index in range(self.undo_stack.count()):
            command = self.undo_stack.command(index)
            if isinstance(command, EditCommand):
                command.name()

    def apply(self, project: Project) -> None:
        """Show ``project`` and tell the views what changed (used by commands only)."""
        before, self._project = self._project, project
        self.revision += 1
        changes = project_changes(before, project)
        for building_id in changes.buildings.removed:
            self.building_removed.emit(building_id)
        for building_id in sorted(changes.buildings.added):
            self.building_added.emit(building_id)
        for building_id in sorted(changes.buildings.changed):
            self.building_changed.emit(building_id)
        for surface_id in sorted(changes.surfaces.any):
            self.surface_changed.emit(surface_id)
        for array_id in sorted(changes.arrays.any):
            self.array_changed.emit(array_id)
        for key in sorted(changes.keep_outs.any):
            self.keep_out_changed.emit(*keep_out_ids(key))
        for name in sorted(changes.sections):
            self.section_changed.emit(name)
        self.changed.emit(changes)

    def replace(self, project: Project, path: Path | None) -> None:
        """Load a different project: the undo history starts anew."""
        self._project = project
        self._path = path
        self.revision += 1
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.changed.emit(EVERYTHING)
        self.path_changed.emit()

    def save(self, path: Path) -> None:
        """Write the project atomically to ``path`` and mark the state clean."""
        save_project(self._project, path)
        if path != self._path:
            self._path = path
            self.path_changed.emit()
        self.undo_stack.setClean()


class EditCommand(QUndoCommand):
    """One user edit: the project before and after, as frozen values, and its name for
    users (a core text, shown in the window's language)."""

    def __init__(self, document: Document, before: Project, after: Project, text: str) -> None:
        super().__init__()
        self._document = document
        self._before = before
        self._after = after
        self._text = text
        self.name()

    def name(self) -> None:
        """Show the step's name in the window's language."""
        self.setText(core_words()(self._text))

    def redo(self) -> None:
        self._document.apply(self._after)

    def undo(self) -> None:
        self._document.apply(self._before)
