"""Placing a background image (site plan, map screenshot) under the drawing."""

from __future__ import annotations

import math

from msgspec.structs import replace

from bipv_designer.errors import GeometryError
from bipv_designer.project.model import BackgroundImage, Point2
from bipv_designer.words import N_


def rescaled(
    background: BackgroundImage, first: Point2, second: Point2, distance_m: float
) -> BackgroundImage:
    """The image scaled so that the two clicked site points [m] lie ``distance_m`` apart.

    The first point stays where it is on the plan, so a known corner can be clicked
    first and keeps its place.
    """
    measured = math.dist(first, second)
    if not math.isfinite(distance_m) or distance_m <= 0:
        raise GeometryError(
            N_(
                "Errors",
                "distance: expected a positive number of metres, got {distance_m}",
            ).format(
                distance_m=distance_m,
            )
        )
    if measured <= 0:
        raise GeometryError(
            N_(
                "Errors",
                "scale: the two points are the same; click two distinct points",
            )
        )
    factor = distance_m / measured
    return replace(
        background,
        metres_per_pixel=background.metres_per_pixel * factor,
        x=first[0] + (background.x - first[0]) * factor,
        y=first[1] + (background.y - first[1]) * factor,
    )


def moved(background: BackgroundImage, dx: float, dy: float) -> BackgroundImage:
    """The image moved by (dx, dy) metres."""
    return replace(background, x=background.x + dx, y=background.y + dy)
