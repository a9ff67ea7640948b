"""Edits of what limits modules on a surface: keep-outs on roofs, openings in facades.

Each function takes the project and returns a new one; a surface without a
SurfaceLayout gets one with no setback when its first keep-out or opening arrives.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from msgspec.structs import replace

from bipv_designer.errors import LayoutError
from bipv_designer.geometry.roof_plan import plan_to_roof_plane
from bipv_designer.project.ids import free_id
from bipv_designer.project.layout_model import (
    FacadeShade,
    KeepOut,
    KeepOutShape,
    Opening,
    Setback,
    SurfaceLayout,
)
from bipv_designer.project.model import Point2, Project, Surface
from bipv_designer.words import N_

NEW_KEEP_OUT_HEIGHT_M = 1.0
"""Height given to a keep-out drawn on the plan until the user types its own [m]
(assumption: a typical smoke vent or small rooftop unit)."""

NEW_KEEP_OUT_CLEARANCE_M = 0.5
"""Clearance given to a new keep-out [m] (assumption: room to walk around rooftop
equipment for maintenance; the user types the building's own rule)."""

ALIGNED_TOLERANCE_M = 1e-6


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
        return replace(project, surface_layouts=(*others, layout))
    return replace(
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
    return free_id(stem, taken)[0]


def add_keep_out(project: Project, surface_id: str, keep_out: KeepOut) -> Project:
    """The project with ``keep_out`` on the surface."""
    layout = surface_layout(project, surface_id)
    return with_surface_layout(project, replace(layout, keep_outs=(*layout.keep_outs, keep_out)))


def replace_keep_out(project: Project, surface_id: str, keep_out: KeepOut) -> Project:
    """The project with the surface's keep-out of the same id replaced."""
    layout = surface_layout(project, surface_id)
    _require(keep_out.id, layout.keep_outs, surface_id, "keep-out")
    keep_outs = tuple(keep_out if k.id == keep_out.id else k for k in layout.keep_outs)
    return with_surface_layout(project, replace(layout, keep_outs=keep_outs))


def remove_keep_out(project: Project, surface_id: str, keep_out_id: str) -> Project:
    """The project without the surface's keep-out ``keep_out_id``."""
    layout = surface_layout(project, surface_id)
    _require(keep_out_id, layout.keep_outs, surface_id, "keep-out")
    keep_outs = tuple(k for k in layout.keep_outs if k.id != keep_out_id)
    return with_surface_layout(project, replace(layout, keep_outs=keep_outs))


def keep_out_from_plan(
    surface: Surface,
    shape: KeepOutShape,
    points_xy: Sequence[Point2],
    radius_m: float,
    keep_out_id: str,
    name: str,
) -> KeepOut:
    """A keep-out drawn on the plan, moved onto the roof plane below it.

    A rectangle stays a rectangle when its sides run along the plane's u and v axes
    (e.g. on a south-facing roof); otherwise it becomes the polygon of its corners. A
    circle keeps its plan radius (round rooftop units stand upright).
    """
    if shape is KeepOutShape.RECTANGLE:
        (x0, y0), (x1, y1) = points_xy
        corners = plan_to_roof_plane(surface, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
        if _axis_aligned(corners):
            points = _points(np.array([corners.min(axis=0), corners.max(axis=0)]))
        else:
            shape, points = KeepOutShape.POLYGON, _points(corners)
    else:
        points = _points(plan_to_roof_plane(surface, points_xy))
    return KeepOut(
        keep_out_id,
        name,
        shape,
        points,
        radius_m=radius_m if shape is KeepOutShape.CIRCLE else 0.0,
        height_m=NEW_KEEP_OUT_HEIGHT_M,
        clearance_m=NEW_KEEP_OUT_CLEARANCE_M,
    )


def with_openings(project: Project, surface_id: str, openings: tuple[Opening, ...]) -> Project:
    """The project with the facade's openings replaced by ``openings``."""
    layout = surface_layout(project, surface_id)
    return with_surface_layout(project, replace(layout, openings=openings))


def with_shades(project: Project, surface_id: str, shades: tuple[FacadeShade, ...]) -> Project:
    """The project with the facade's overhangs and fins replaced by ``shades``."""
    layout = surface_layout(project, surface_id)
    return with_surface_layout(project, replace(layout, shades=shades))


def _require(item_id: str, items, surface_id: str, what: str) -> None:
    if item_id not in {item.id for item in items}:
        raise LayoutError(
            N_(
                "Errors",
                "surface {surface_id}: no {what} with id {item_id}",
            ).format(
                surface_id=repr(surface_id),
                what=what,
                item_id=repr(item_id),
            )
        )


def _points(array: np.ndarray) -> tuple[Point2, ...]:
    return tuple((float(u), float(v)) for u, v in array)


def _axis_aligned(corners: np.ndarray) -> bool:
    """True when four corners take two u values and two v values (sides along u, v)."""
    ordered = np.sort(corners, axis=0)
    return bool(
        np.all(np.abs(ordered[1] - ordered[0]) < ALIGNED_TOLERANCE_M)
        and np.all(np.abs(ordered[3] - ordered[2]) < ALIGNED_TOLERANCE_M)
    )
