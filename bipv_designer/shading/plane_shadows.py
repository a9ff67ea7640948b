"""Shadows that 3-D faces cast on a surface's plane, for a sun direction.

Each face is first cut to the part in front of the receiving plane (only that part can
shade it), then every vertex p is moved along the sun direction s onto the plane:
``q = p - (h / (s . n)) s`` with h the vertex's height above the plane along its normal
n. The shadow is the union of the projected faces in the plane's (u, v) coordinates.
Site coordinates: x east, y north, z up [m]; s is the unit vector towards the sun.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import shapely

from bipv_designer.geometry.frames import plane_axes
from bipv_designer.project.model import Surface
from bipv_designer.shading.scene3d import Face

IN_FRONT_M = 1e-6
"""A vertex this close to the receiving plane counts as on it [m] (a face touching the
plane, such as the roof a keep-out stands on or a neighbouring plane of the same roof,
casts no shadow there)."""


def shadow_on_surface(
    faces: Iterable[Face], surface: Surface, sun_direction: np.ndarray
) -> shapely.Geometry | None:
    """The union of the shadows ``faces`` cast on ``surface``'s plane, in its (u, v)
    coordinates [m]; None when the sun is behind the plane (no beam reaches it at all).

    Faces of the surface itself are skipped.
    """
    u_axis, v_axis, normal = plane_axes(surface.surface_tilt, surface.surface_azimuth)
    towards_sun = float(np.dot(sun_direction, normal))
    if towards_sun <= 0.0:
        return None
    origin = np.asarray(surface.origin, dtype=float)
    shadows = []
    for face in faces:
        if face.surface_id == surface.id:
            continue
        front = _in_front(face.points - origin, normal)
        if len(front) < 3:
            continue
        heights = front @ normal
        on_plane = front - np.outer(heights / towards_sun, sun_direction)
        polygon = shapely.Polygon(np.column_stack([on_plane @ u_axis, on_plane @ v_axis]))
        if not polygon.is_valid:
            polygon = shapely.make_valid(polygon)
        if polygon.area > 0.0:
            shadows.append(polygon)
    return shapely.union_all(shadows) if shadows else shapely.Polygon()


def _in_front(points: np.ndarray, normal: np.ndarray) -> np.ndarray:
    """The part of a planar polygon (vertices relative to the plane's origin) above the
    plane, by one Sutherland-Hodgman pass; empty when nothing is above it."""
    heights = points @ normal
    if (heights <= IN_FRONT_M).all():
        return np.empty((0, 3))
    if (heights > IN_FRONT_M).all():
        return points
    kept = []
    count = len(points)
    for i in range(count):
        j = (i + 1) % count
        here, there = heights[i] > IN_FRONT_M, heights[j] > IN_FRONT_M
        if here:
            kept.append(points[i])
        if here != there:
            t = (IN_FRONT_M - heights[i]) / (heights[j] - heights[i])
            kept.append(points[i] + t * (points[j] - points[i]))
    return np.asarray(kept)


def shaded_share(shadow: shapely.Geometry | None, points_uv: np.ndarray) -> np.ndarray:
    """Share in shadow of each group of sample points, shape (..., k, 2) -> (...)
    [-]: 1 when the sun is behind the plane (``shadow`` None)."""
    points = np.asarray(points_uv, dtype=float)
    if shadow is None:
        return np.ones(points.shape[:-2])
    if shadow.is_empty:
        return np.zeros(points.shape[:-2])
    shapely.prepare(shadow)
    inside = shapely.contains_xy(shadow, points[..., 0], points[..., 1])
    return inside.mean(axis=-1)
