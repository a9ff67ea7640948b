"""Edits of what limits modules on a surface: keep-outs on roofs, openings in facades.

Each function takes the project and returns a new one; a surface without a
SurfaceLayout gets one with no setback when its first keep-out or opening arrives.
"""

from __future__ import annotations

import dataclasses
import itertools

from bipv_designer.errors import LayoutError
from bipv_designer.project.layout_model import KeepOut, Opening, Setback, SurfaceLayout
from bipv_designer.project.model import Project


def surface_layout(project: Project, surface_id: str) -> SurfaceLayout:
    """The surface's layout values, or empty ones when it has none yet."""
    for layout in project.surface_layouts:
        if layout.surface_id == surface_id:
            return layout
    return SurfaceLayout(surface_id, Setback())


def with_surface_layout(project: Project, layout: SurfaceLayout) -> Project:
    """The project with ``layout`` replacing the surface's (or added)."""
    others = tuple(s for s in project.surface_layouts if s.surface_id != layout.surface_id)
    if len(others) == len(project.surface_layouts):
        return dataclasses.replace(project, surface_layouts=(*others, layout))
    return dataclasses.replace(
        project,
        surface_layouts=tuple(
            layout if s.surface_id == layout.surface_id else s for s in project.surface_layouts
        ),
    )


def new_obstacle_id(project: Project, stem: str) -> str:
    """An id ``stem-N`` used by no keep-out or opening of the project."""
    taken = {
        item.id
        for layout in project.surface_layouts
        for item in (*layout.keep_outs, *layout.openings)
    }
    return next(f"{stem}-{n}" for n in itertools.count(1) if f"{stem}-{n}" not in taken)


def add_keep_out(project: Project, surface_id: str, keep_out: KeepOut) -> Project:
    """The project with ``keep_out`` on the surface."""
    layout = surface_layout(project, surface_id)
    return with_surface_layout(
        project, dataclasses.replace(layout, keep_outs=(*layout.keep_outs, keep_out))
    )


def replace_keep_out(project: Project, surface_id: str, keep_out: KeepOut) -> Project:
    """The project with the surface's keep-out of the same id replaced."""
    layout = surface_layout(project, surface_id)
    _require(keep_out.id, layout.keep_outs, surface_id, "keep-out")
    keep_outs = tuple(keep_out if k.id == keep_out.id else k for k in layout.keep_outs)
    return with_surface_layout(project, dataclasses.replace(layout, keep_outs=keep_outs))


def remove_keep_out(project: Project, surface_id: str, keep_out_id: str) -> Project:
    """The project without the surface's keep-out ``keep_out_id``."""
    layout = surface_layout(project, surface_id)
    _require(keep_out_id, layout.keep_outs, surface_id, "keep-out")
    keep_outs = tuple(k for k in layout.keep_outs if k.id != keep_out_id)
    return with_surface_layout(project, dataclasses.replace(layout, keep_outs=keep_outs))


def with_openings(project: Project, surface_id: str, openings: tuple[Opening, ...]) -> Project:
    """The project with the facade's openings replaced by ``openings``."""
    layout = surface_layout(project, surface_id)
    return with_surface_layout(project, dataclasses.replace(layout, openings=openings))


def _require(item_id: str, items, surface_id: str, what: str) -> None:
    if item_id not in {item.id for item in items}:
        raise LayoutError(f"surface {surface_id!r}: no {what} with id {item_id!r}")
