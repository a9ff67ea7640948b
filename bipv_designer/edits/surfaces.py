"""Roof planes and facades: renamed, mounted differently, excluded or included."""

from __future__ import annotations

from bipv_designer.edits.edit import Edit
from bipv_designer.geometry.park import replace_surface
from bipv_designer.project.model import Project, Surface


def change_surface(project: Project, surface: Surface) -> Edit:
    """The surface replaced by ``surface`` (same id); the text names what changed."""
    before = project.surface(surface.id)
    if before.excluded != surface.excluded:
        text = f"{'Exclude' if surface.excluded else 'Include'} '{surface.name}'"
    else:
        what = "name" if before.name != surface.name else "mounting"
        text = f"Change {what} of '{surface.name}'"
    return Edit(replace_surface(project, surface), text)
