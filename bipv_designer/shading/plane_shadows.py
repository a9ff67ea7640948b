"""Shadows that 3-D faces cast on a surface's plane, for sun directions.

Each face is first cut to the part in front of the receiving plane (only that part can
shade it); this does not depend on the sun, so it is done once per plane
(:class:`PlaneShaders`). For a sun direction s every vertex p is then moved along s onto
the plane: ``q = p - (h / (s . n)) s`` with h the vertex's height above the plane along
its normal n. The shadow is the union of the projected faces in the plane's (u, v)
coordinates. Site coordinates: x east, y north, z up [m]; s is the unit vector towards
the sun.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np
import shapely

from bipv_designer.geometry.frames import plane_axes
from bipv_designer.project.model import Surface
from bipv_designer.shading.scene3d import Face

IN_FRONT_M = 1e-6
"""A vertex this close to the receiving plane counts as on it [m] (a face lying in the
plane, such as a neighbouring plane of the same flat roof, casts no shadow there)."""


class PlaneShaders:
    """The parts of the faces in front of one surface's plane, ready to be projected.

    Faces of the surface itself are left out; faces are grouped by vertex count so that
    a sun direction projects each group in one numpy step. With ``raised_m`` the plane is
    the surface's plane moved that far along its normal (the middle of modules on racks);
    (u, v) coordinates stay the surface's.
    """

    def __init__(self, faces: Iterable[Face], surface: Surface, raised_m: float = 0.0) -> None:
        self.u_axis, self.v_axis, self.normal = plane_axes(
            surface.surface_tilt, surface.surface_azimuth
        )
        origin = np.asarray(surface.origin, dtype=float) + raised_m * self.normal
        groups: dict[int, list[np.ndarray]] = {}
        for face in faces:
            if face.surface_id == surface.id:
                continue
            front = in_front(face.points - origin, self.normal)
            if len(front) >= 3:
                groups.setdefault(len(front), []).append(front)
        self._groups = [np.stack(group) for group in groups.values()]
        self._heights = [group @ self.normal for group in self._groups]

    def keep_reaching(
        self, box: tuple[float, float, float, float], directions: np.ndarray
    ) -> None:
        """Leave out the faces whose shadow cannot reach ``box`` (u_min, v_min, u_max,
        v_max) for any of ``directions`` (n, 3): a point h above the plane casts its
        shadow at most h times the largest ratio of a direction's part along the plane to
        its part along the normal away from its foot."""
        along_normal = directions @ self.normal
        facing = along_normal > 0.0
        if not facing.any():
            self._groups, self._heights = [], []
            return
        sideways = np.linalg.norm(directions - np.outer(along_normal, self.normal), axis=1)
        ratio = float((sideways[facing] / along_normal[facing]).max())
        kept_groups, kept_heights = [], []
        for points, heights in zip(self._groups, self._heights, strict=True):
            u, v = points @ self.u_axis, points @ self.v_axis
            reach = heights.max(axis=1) * ratio
            reaches = (
                (u.max(axis=1) + reach >= box[0])
                & (v.max(axis=1) + reach >= box[1])
                & (u.min(axis=1) - reach <= box[2])
                & (v.min(axis=1) - reach <= box[3])
            )
            if reaches.any():
                kept_groups.append(points[reaches])
                kept_heights.append(heights[reaches])
        self._groups, self._heights = kept_groups, kept_heights

    def digest(self) -> bytes:
        """A fingerprint of the faces that can shade the plane (for caching results)."""
        hasher = hashlib.blake2b(digest_size=16)
        hasher.update(self.normal.tobytes())
        for points in self._groups:
            hasher.update(np.ascontiguousarray(points).tobytes())
        return hasher.digest()

    def outlines(
        self, sun_direction: np.ndarray, within: tuple[float, float, float, float] | None = None
    ) -> list[np.ndarray] | None:
        """The shadow of each face on the plane in the plane's (u, v) coordinates [m], as
        arrays (G, k, 2) of the shadows of G faces with k vertices each (shadows may
        overlap); None when the sun is behind the plane (no beam reaches it at all). With
        ``within`` (u_min, v_min, u_max, v_max), only the shadows whose bounding box
        reaches that box."""
        towards_sun = float(np.dot(sun_direction, self.normal))
        if towards_sun <= 0.0:
            return None
        outlines: list[np.ndarray] = []
        for points, heights in zip(self._groups, self._heights, strict=True):
            on_plane = points - (heights / towards_sun)[..., None] * sun_direction
            uv = np.stack([on_plane @ self.u_axis, on_plane @ self.v_axis], axis=-1)
            if within is not None:
                low, high = uv.min(axis=1), uv.max(axis=1)
                reaches = (
                    (high[:, 0] >= within[0])
                    & (high[:, 1] >= within[1])
                    & (low[:, 0] <= within[2])
                    & (low[:, 1] <= within[3])
                )
                uv = uv[reaches]
            if len(uv):
                outlines.append(uv)
        return outlines

    def shadows(
        self, sun_direction: np.ndarray, within: tuple[float, float, float, float] | None = None
    ) -> np.ndarray | None:
        """The shadows of :meth:`outlines` as an array of shapely polygons (empty ones
        left out)."""
        outlines = self.outlines(sun_direction, within)
        if outlines is None:
            return None
        if not outlines:
            return np.empty(0, dtype=object)
        polygons = np.concatenate(
            [shapely.make_valid(shapely.polygons(group)) for group in outlines]
        )
        return polygons[shapely.area(polygons) > 0.0]

    def shadow(self, sun_direction: np.ndarray) -> shapely.Geometry | None:
        """The union of the shadows on the plane (see ``shadows``)."""
        shadows = self.shadows(sun_direction)
        return None if shadows is None else shapely.union_all(shadows)


def shadow_on_surface(
    faces: Iterable[Face], surface: Surface, sun_direction: np.ndarray
) -> shapely.Geometry | None:
    """The union of the shadows ``faces`` cast on ``surface``'s plane, in its (u, v)
    coordinates [m]; None when the sun is behind the plane."""
    return PlaneShaders(faces, surface).shadow(sun_direction)


def in_front(points: np.ndarray, normal: np.ndarray) -> np.ndarray:
    """The part of a planar polygon (vertices relative to the plane's origin) on or above
    the plane, by one Sutherland-Hodgman pass; empty when nothing is above it."""
    heights = points @ normal
    if (heights <= IN_FRONT_M).all():
        return np.empty((0, 3))
    if (heights >= -IN_FRONT_M).all():
        return points
    kept = []
    count = len(points)
    for i in range(count):
        j = (i + 1) % count
        here, there = heights[i] >= 0.0, heights[j] >= 0.0
        if here:
            kept.append(points[i])
        if here != there:
            t = heights[i] / (heights[i] - heights[j])
            kept.append(points[i] + t * (points[j] - points[i]))
    return np.asarray(kept)


def points_in_shadow(
    shadow: shapely.Geometry | np.ndarray | None, points_uv: np.ndarray
) -> np.ndarray:
    """How many of each group of sample points lie in shadow, shape (..., k, 2) -> (...),
    for a shadow geometry or an array of (possibly overlapping) shadow polygons: all k
    when the sun is behind the plane (``shadow`` None)."""
    points = np.asarray(points_uv, dtype=float)
    if shadow is None:
        return np.full(points.shape[:-2], points.shape[-2])
    inside = np.zeros(points.shape[:-1], dtype=bool)
    for polygon in np.atleast_1d(np.asarray(shadow, dtype=object)):
        if not polygon.is_empty:
            inside |= shapely.contains_xy(polygon, points[..., 0], points[..., 1])
    return inside.sum(axis=-1)
