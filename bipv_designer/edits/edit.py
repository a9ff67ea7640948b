"""The value every edit returns."""

from __future__ import annotations

from typing import NamedTuple

from bipv_designer.project.model import Project


class Edit(NamedTuple):
    """The project after an edit, and what the edit was called for the user."""

    project: Project
    text: str


def plural(count: int, noun: str) -> str:
    """``1 roof``, ``3 roofs``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
