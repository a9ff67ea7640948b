"""Keep-outs on roofs and openings in facades added, changed and removed."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from msgspec.structs import replace

from bipv_designer.edits.edit import Edit
from bipv_designer.errors import GeometryError
from bipv_designer.geometry.roof_plan import plan_to_roof_plane, roof_plane_to_plan, roof_under
from bipv_designer.layout.obstacles import (
    add_keep_out,
    keep_out_from_plan,
    new_obstacle_id,
    remove_keep_out,
    replace_keep_out,
    surface_layout,
    with_openings,
    with_shades,
)
from bipv_designer.project.layout_model import FacadeShade, KeepOut, KeepOutShape, Opening
from bipv_designer.project.model import Project
from bipv_designer.project.points import Point2
from bipv_designer.words import N_, naming_words

DRAWN_KEEP_OUT_NAMES = {
    KeepOutShape.RECTANGLE: N_("Names", "Skylight"),
    KeepOutShape.CIRCLE: N_("Names", "Round unit"),
    KeepOutShape.POLYGON: N_("Names", "Keep-out"),
}
"""What a keep-out drawn on the plan is called until the user names it."""


def draw_keep_out(
    project: Project, shape: KeepOutShape, points: Sequence[Point2], radius_m: float
) -> tuple[Edit, str, str]:
    """A keep-out drawn on the plan, put on the roof plane under its first point.

    Returns the edit and the (surface id, keep-out id) of the new keep-out; raises
    GeometryError when no roof lies under the point.
    """
    surface = roof_under(project, points[0])
    if surface is None:
        raise GeometryError(N_("Edits", "Draw keep-outs on a roof: no roof under that point."))
    keep_out_id = new_obstacle_id(project, "keep-out")
    keep_out = keep_out_from_plan(
        surface,
        shape,
        points,
        radius_m,
        keep_out_id,
        naming_words(surface.name)(DRAWN_KEEP_OUT_NAMES[shape]),
    )
    edit = Edit(
        add_keep_out(project, surface.id, keep_out),
        N_("Edits", "Add keep-out '{name}' on '{surface}'").format(
            name=keep_out.name, surface=surface.name
        ),
    )
    return edit, surface.id, keep_out_id


def change_keep_out(project: Project, surface_id: str, keep_out: KeepOut) -> Edit:
    """The surface's keep-out of the same id replaced."""
    return Edit(
        replace_keep_out(project, surface_id, keep_out),
        N_("Edits", "Change keep-out '{name}'").format(name=keep_out.name),
    )


def delete_keep_out(project: Project, surface_id: str, keep_out_id: str) -> Edit:
    """The keep-out removed from its surface."""
    name = keep_out_of(project, surface_id, keep_out_id).name
    return Edit(
        remove_keep_out(project, surface_id, keep_out_id),
        N_("Edits", "Delete keep-out '{name}'").format(name=name),
    )


def move_keep_out(
    project: Project, surface_id: str, keep_out_id: str, dx: float, dy: float
) -> Edit:
    """The keep-out moved by (dx, dy) on the plan [m] (along its roof plane)."""
    surface = project.surface(surface_id)
    keep_out = keep_out_of(project, surface_id, keep_out_id)
    on_plan = roof_plane_to_plan(surface, keep_out.points) + np.array([dx, dy])
    points = tuple((float(u), float(v)) for u, v in plan_to_roof_plane(surface, on_plan))
    moved = replace(keep_out, points=points)
    return Edit(
        replace_keep_out(project, surface_id, moved),
        N_("Edits", "Move keep-out '{name}'").format(name=keep_out.name),
    )


def keep_out_of(project: Project, surface_id: str, keep_out_id: str) -> KeepOut:
    """The keep-out ``keep_out_id`` of a surface (KeyError if either is gone)."""
    project.surface(surface_id)
    for keep_out in surface_layout(project, surface_id).keep_outs:
        if keep_out.id == keep_out_id:
            return keep_out
    raise KeyError(keep_out_id)


def change_shades(project: Project, surface_id: str, shades: tuple[FacadeShade, ...]) -> Edit:
    """The facade's overhangs and fins replaced by ``shades``."""
    before = surface_layout(project, surface_id).shades
    name = project.surface(surface_id).name
    if len(shades) > len(before):
        text = N_("Edits", "Add an overhang or fin to '{name}'").format(name=name)
    elif len(shades) < len(before):
        text = N_("Edits", "Remove overhangs or fins from '{name}'").format(name=name)
    else:
        text = N_("Edits", "Change an overhang or fin of '{name}'").format(name=name)
    return Edit(with_shades(project, surface_id, shades), text)


def change_openings(project: Project, surface_id: str, openings: tuple[Opening, ...]) -> Edit:
    """The facade's openings (windows, doors) replaced by ``openings``."""
    before = surface_layout(project, surface_id).openings
    name = project.surface(surface_id).name
    if len(openings) > len(before):
        text = N_("Edits", "Add an opening to '{name}'").format(name=name)
    elif len(openings) < len(before):
        text = N_("Edits", "Remove openings from '{name}'").format(name=name)
    else:
        text = N_("Edits", "Change an opening of '{name}'").format(name=name)
    return Edit(with_openings(project, surface_id, openings), text)
