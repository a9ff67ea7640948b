"""User preferences, declared in one place (QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANISATION = "BIPV Designer"
APPLICATION = "BIPV Designer"
RECENT_FILES_KEY = "files/recent"
LAST_PROJECT_KEY = "files/last_project"
MAX_RECENT_FILES = 8
AUTOSAVE_INTERVAL_MS = 3 * 60 * 1000
"""How often unsaved changes are written to the recovery file [ms]."""


def settings() -> QSettings:
    """The application's settings store."""
    return QSettings(ORGANISATION, APPLICATION)


def recent_files() -> list[Path]:
    """Recently opened or saved projects that still exist, newest first."""
    values = settings().value(RECENT_FILES_KEY, []) or []
    if isinstance(values, str):
        values = [values]
    return [Path(v) for v in values if Path(v).exists()]


def remember_file(path: Path) -> None:
    """Put ``path`` first in the recent files and remember it as the last project."""
    paths = [str(path.resolve())] + [str(p) for p in recent_files() if p != path.resolve()]
    store = settings()
    store.setValue(RECENT_FILES_KEY, paths[:MAX_RECENT_FILES])
    store.setValue(LAST_PROJECT_KEY, str(path.resolve()))


def last_project() -> Path | None:
    """The project open when the program last closed, if it still exists."""
    value = settings().value(LAST_PROJECT_KEY, "")
    return Path(value) if value and Path(value).exists() else None


def recovery_file() -> Path:
    """Where unsaved changes are kept against a crash."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "recovery.bipv.json"
