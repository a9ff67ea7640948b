"""Where the placed modules of an array lie: their outlines in plane coordinates and,
for roofs, on the site plan."""

from __future__ import annotations

import numpy as np

from bipv_designer.geometry.roof_plan import STEEPEST_ROOF_DEG, roof_plane_to_plan
from bipv_designer.project.layout_model import RackLayout
from bipv_designer.project.model import Array, Project


def placement_outlines_uv(project: Project, array: Array) -> np.ndarray:
    """Corners of each placed module in the surface's plane coordinates, shape (N, 4, 2)
    [m], counter-clockwise from the lower-left corner.

    Flush modules are the module itself (width along u in portrait); modules on racks
    are their footprint on the roof: the slope length times the cosine of the rack tilt,
    along v on south racks and along u on east-west tents (whose slope runs along u).
    """
    if not array.placements:
        return np.empty((0, 4, 2))
    module = project.module(array.module_id)
    racks = next(
        (
            layout.racks
            for layout in project.array_layouts
            if layout.array_id == array.id and layout.racks is not None
        ),
        None,
    )
    u, v, portrait, angle = (
        np.array([getattr(p, name) for p in array.placements], dtype=float)
        for name in ("u", "v", "portrait", "angle_deg")
    )
    portrait = portrait.astype(bool)
    size_u = np.where(portrait, module.width_m, module.length_m)
    size_v = np.where(portrait, module.length_m, module.width_m)
    if racks is not None:
        shrink = np.cos(np.radians(racks.surface_tilt))
        if racks.layout is RackLayout.EAST_WEST:
            size_u, size_v = size_v * shrink, size_u
        else:
            size_v = size_v * shrink
    return rectangle_corners(u, v, size_u, size_v, angle)


def rectangle_corners(
    u: np.ndarray,
    v: np.ndarray,
    size_u: np.ndarray,
    size_v: np.ndarray,
    angle_deg: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Corners of rectangles with lower-left corner (u, v) and sides ``size_u`` x
    ``size_v`` [m], turned counter-clockwise by ``angle_deg`` about that corner; shape
    (N, 4, 2), counter-clockwise from the lower-left corner."""
    u, v, size_u, size_v, angle = np.broadcast_arrays(
        *(np.atleast_1d(np.asarray(x, dtype=float)) for x in (u, v, size_u, size_v, angle_deg))
    )
    along = np.stack([np.cos(np.radians(angle)), np.sin(np.radians(angle))], axis=-1)
    across = np.stack([-along[..., 1], along[..., 0]], axis=-1)
    corner = np.stack([u, v], axis=-1)
    right = size_u[..., None] * along
    up = size_v[..., None] * across
    return np.stack([corner, corner + right, corner + right + up, corner + up], axis=1)


def placement_outlines_on_plan(project: Project, array: Array) -> np.ndarray:
    """Corners of each placed module of a roof array seen from above, (N, 4, 2) [m];
    empty for arrays on facades (they have no area on the plan)."""
    surface = project.surface(array.surface_id)
    outlines = placement_outlines_uv(project, array)
    if surface.surface_tilt > STEEPEST_ROOF_DEG or outlines.size == 0:
        return np.empty((0, 4, 2))
    return roof_plane_to_plan(surface, outlines.reshape(-1, 2)).reshape(-1, 4, 2)
