"""Where the placed modules of an array lie: their outlines in plane coordinates and,
for roofs, on the site plan."""

from __future__ import annotations

import numpy as np

from bipv_designer.geometry.roof_plan import STEEPEST_ROOF_DEG, roof_plane_to_plan
from bipv_designer.project.model import Array, Project


def placement_outlines_uv(project: Project, array: Array) -> np.ndarray:
    """Corners of each placed module in the surface's plane coordinates, shape (N, 4, 2)
    [m], counter-clockwise from the lower-left corner.

    Flush modules are the module itself (width along u in portrait); modules on racks
    are their footprint on the roof (the slope length times the cosine of the rack
    tilt).
    """
    if not array.placements:
        return np.empty((0, 4, 2))
    module = project.module(array.module_id)
    rack_tilt = next(
        (
            layout.racks.surface_tilt
            for layout in project.array_layouts
            if layout.array_id == array.id and layout.racks is not None
        ),
        0.0,
    )
    u, v, portrait = (
        np.array([getattr(p, name) for p in array.placements], dtype=float)
        for name in ("u", "v", "portrait")
    )
    portrait = portrait.astype(bool)
    size_u = np.where(portrait, module.width_m, module.length_m)
    size_v = np.where(portrait, module.length_m, module.width_m) * np.cos(np.radians(rack_tilt))
    corners_u = np.stack([u, u + size_u, u + size_u, u], axis=1)
    corners_v = np.stack([v, v, v + size_v, v + size_v], axis=1)
    return np.stack([corners_u, corners_v], axis=2)


def placement_outlines_on_plan(project: Project, array: Array) -> np.ndarray:
    """Corners of each placed module of a roof array seen from above, (N, 4, 2) [m];
    empty for arrays on facades (they have no area on the plan)."""
    surface = project.surface(array.surface_id)
    outlines = placement_outlines_uv(project, array)
    if surface.surface_tilt > STEEPEST_ROOF_DEG or outlines.size == 0:
        return np.empty((0, 4, 2))
    return roof_plane_to_plan(surface, outlines.reshape(-1, 2)).reshape(-1, 4, 2)
