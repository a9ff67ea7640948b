"""Between the site plan (x, y seen from above) and the plane coordinates of roofs.

A point drawn on the plan lies on a roof plane straight below or above it (vertical
projection); that is how keep-outs drawn on the plan land on tilted roofs.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import shapely

from bipv_designer.errors import GeometryError
from bipv_designer.geometry.frames import FloatArray, plane_axes, plane_to_site
from bipv_designer.project.model import Point2, Project, Surface
from bipv_designer.words import N_

STEEPEST_ROOF_DEG = 89.0
"""Roof planes steeper than this have no useful footprint on the plan [degrees]."""


def plan_to_roof_plane(surface: Surface, points_xy: npt.ArrayLike) -> FloatArray:
    """Plane coordinates (u, v) [m] of the roof points straight above/below plan points.

    Notes
    -----
    With the horizontal parts U_h, V_h of the plane axes (orthogonal, |U_h| = 1,
    |V_h| = cos(tilt)) and d the plan offset from the origin:
    ``u = d . U_h`` and ``v = d . V_h / cos(tilt)^2``.
    """
    if surface.surface_tilt > STEEPEST_ROOF_DEG:
        raise GeometryError(
            N_(
                "Errors",
                "surface {id}: expected a roof plane, got a tilt of {surface_tilt:g} degrees",
            ).format(
                id=repr(surface.id),
                surface_tilt=surface.surface_tilt,
            )
        )
    u_axis, v_axis, _ = plane_axes(surface.surface_tilt, surface.surface_azimuth)
    offsets = np.atleast_2d(np.asarray(points_xy, dtype=float)) - np.asarray(surface.origin[:2])
    cos_tilt = np.cos(np.radians(surface.surface_tilt))
    u = offsets @ u_axis[:2]
    v = offsets @ v_axis[:2] / cos_tilt**2
    return np.column_stack([u, v])


def roof_plane_to_plan(surface: Surface, points_uv: npt.ArrayLike) -> FloatArray:
    """Plan positions (x, y) [m] of points in a surface's plane coordinates."""
    return plane_to_site(points_uv, surface.origin, surface.surface_tilt, surface.surface_azimuth)[
        :, :2
    ]


def roof_outline_on_plan(surface: Surface) -> shapely.Polygon:
    """The roof plane's outline as seen from above."""
    return shapely.Polygon(roof_plane_to_plan(surface, surface.outline))


def roof_under(project: Project, point: Point2) -> Surface | None:
    """The highest roof plane whose plan outline holds ``point``; None when none does."""
    best: tuple[float, Surface] | None = None
    where = shapely.Point(point)
    for surface in project.surfaces:
        if surface.kind != "roof" or surface.surface_tilt > STEEPEST_ROOF_DEG:
            continue
        if not roof_outline_on_plan(surface).covers(where):
            continue
        uv = plan_to_roof_plane(surface, [point])
        height = float(
            plane_to_site(uv, surface.origin, surface.surface_tilt, surface.surface_azimuth)[0, 2]
        )
        if best is None or height > best[0]:
            best = (height, surface)
    return None if best is None else best[1]
