"""The true shape of a keep-out in its surface's plane coordinates."""

from __future__ import annotations

import math

import shapely

from bipv_designer.errors import LayoutError
from bipv_designer.project.layout_model import KeepOut, KeepOutShape
from bipv_designer.words import N_

QUAD_SEGMENTS = 16
"""Segments per quarter circle of round shapes (shapely's ``quad_segs``)."""

CIRCUMSCRIBE = 1.0 / math.cos(math.pi / (4 * QUAD_SEGMENTS))
"""Radius factor that makes a regular 4Q-gon contain the circle it approximates."""


def disk(centre: tuple[float, float], radius: float) -> shapely.Polygon:
    """A polygon that contains the circle (its edges touch it)."""
    return shapely.Point(centre).buffer(radius * CIRCUMSCRIBE, quad_segs=QUAD_SEGMENTS)


def keep_out_shape(keep_out: KeepOut) -> shapely.Polygon:
    """The keep-out itself, without its clearance; LayoutError when its points do not
    make the shape (a circle's centre, a rectangle's two corners, a polygon's area)."""
    where = f"keep-out {keep_out.id!r}"
    if keep_out.shape is KeepOutShape.CIRCLE:
        if len(keep_out.points) != 1:
            raise LayoutError(
                N_(
                    "Errors",
                    "{where}: a circle needs 1 point (its centre)",
                ).format(
                    where=where,
                )
            )
        if not keep_out.radius_m > 0.0:
            raise LayoutError(
                N_(
                    "Errors",
                    "{where}: expected radius_m > 0, got {radius_m:g}",
                ).format(
                    where=where,
                    radius_m=keep_out.radius_m,
                )
            )
        return disk(keep_out.points[0], keep_out.radius_m)
    if keep_out.shape is KeepOutShape.RECTANGLE:
        if len(keep_out.points) != 2:
            raise LayoutError(
                N_(
                    "Errors",
                    "{where}: a rectangle needs 2 points (opposite corners)",
                ).format(
                    where=where,
                )
            )
        (u0, v0), (u1, v1) = keep_out.points
        corners = [(u0, v0), (u1, v0), (u1, v1), (u0, v1)]
    else:
        corners = list(keep_out.points)
    polygon = shapely.Polygon(corners) if len(corners) >= 3 else shapely.Polygon()
    if not polygon.is_valid or polygon.area <= 0.0:
        raise LayoutError(
            N_(
                "Errors",
                "{where}: expected a polygon with an area, got points {corners}",
            ).format(
                where=where,
                corners=corners,
            )
        )
    return polygon
