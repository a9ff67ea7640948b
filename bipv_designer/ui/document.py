"""The live document: the project, its file, its undo stack and change signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bipv_designer.project.io import save_project
from bipv_designer.project.model import Project


class Document(QObject):
    """Holds the Project the window shows; commands change it, views listen.

    Signals:
        building_added(str): a building id that appeared.
        building_changed(str): a building (or its derived surfaces) changed.
        building_removed(str): a building id that went away.
        project_changed(): anything changed (after the fine-grained signals).
        project_replaced(): a different project was loaded or created.
        path_changed(): the file path changed.
    """

    building_added = Signal(str)
    building_changed = Signal(str)
    building_removed = Signal(str)
    project_changed = Signal()
    project_replaced = Signal()
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

    def push(self, after: Project, text: str) -> None:
        """Make ``after`` the project as one undoable step called ``text``."""
        if after != self._project:
            self.undo_stack.push(EditCommand(self, self._project, after, text))

    def apply(self, project: Project) -> None:
        """Show ``project`` and tell the views what changed (used by commands only)."""
        before, self._project = self._project, project
        self.revision += 1
        old = {b.id: b for b in before.buildings}
        new = {b.id: b for b in project.buildings}
        surfaces_before = _surfaces_by_building(before)
        surfaces_after = _surfaces_by_building(project)
        for building_id in old.keys() - new.keys():
            self.building_removed.emit(building_id)
        for building_id, building in new.items():
            if building_id not in old:
                self.building_added.emit(building_id)
            elif building != old[building_id] or surfaces_before.get(
                building_id
            ) != surfaces_after.get(building_id):
                self.building_changed.emit(building_id)
        self.project_changed.emit()

    def replace(self, project: Project, path: Path | None) -> None:
        """Load a different project: the undo history starts anew."""
        self._project = project
        self._path = path
        self.revision += 1
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.project_replaced.emit()
        self.path_changed.emit()

    def save(self, path: Path) -> None:
        """Write the project atomically to ``path`` and mark the state clean."""
        save_project(self._project, path)
        if path != self._path:
            self._path = path
            self.path_changed.emit()
        self.undo_stack.setClean()


class EditCommand(QUndoCommand):
    """One user edit: the project before and after, as frozen values."""

    def __init__(self, document: Document, before: Project, after: Project, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._document.apply(self._after)

    def undo(self) -> None:
        self._document.apply(self._before)


def _surfaces_by_building(project: Project) -> dict[str | None, tuple[object, ...]]:
    groups: dict[str | None, list[object]] = {}
    for surface in project.surfaces:
        groups.setdefault(surface.building_id, []).append(surface)
    return {key: tuple(value) for key, value in groups.items()}
