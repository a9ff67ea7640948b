"""The plane frame of a surface and conversions between plane and site coordinates.

Site coordinates are metres, x east, y north, z up. A surface's plane coordinates
(u, v) are metres: u runs horizontally to the right of a viewer who faces the front of
the surface, v runs up the slope (straight up on a vertical facade). The frame
(u, v, normal) is right-handed, so ``u x v = normal``.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

COMPASS_POINTS = (
    "north",
    "north-east",
    "east",
    "south-east",
    "south",
    "south-west",
    "west",
    "north-west",
)
"""Eight compass points from north, clockwise, 45 degrees apart."""


def plane_axes(
    surface_tilt: float, surface_azimuth: float
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Unit axes of a surface's plane in site coordinates.

    Parameters
    ----------
    surface_tilt : float
        Tilt from horizontal [degrees]; 0 faces up, 90 is vertical.
    surface_azimuth : float
        Direction the front faces [degrees]; 0 north, 90 east, 180 south, 270 west.

    Returns
    -------
    u_axis, v_axis, normal : numpy.ndarray
        Each of shape (3,) [-], in site coordinates (x east, y north, z up).

    Notes
    -----
    With tilt t and azimuth a::

        normal = (sin t sin a, sin t cos a, cos t)
        u_axis = (-cos a, sin a, 0)
        v_axis = normal x u_axis = (-cos t sin a, -cos t cos a, sin t)

    u is horizontal; v rises with the slope; ``u_axis x v_axis = normal``.
    """
    tilt = np.radians(surface_tilt)
    azimuth = np.radians(surface_azimuth)
    sin_t, cos_t = np.sin(tilt), np.cos(tilt)
    sin_a, cos_a = np.sin(azimuth), np.cos(azimuth)
    normal = np.array([sin_t * sin_a, sin_t * cos_a, cos_t])
    u_axis = np.array([-cos_a, sin_a, 0.0])
    v_axis = np.array([-cos_t * sin_a, -cos_t * cos_a, sin_t])
    return u_axis, v_axis, normal


def plane_to_site(
    points_uv: npt.ArrayLike,
    origin: npt.ArrayLike,
    surface_tilt: float,
    surface_azimuth: float,
) -> FloatArray:
    """Site positions of points given in a surface's plane coordinates.

    Parameters
    ----------
    points_uv : array_like of shape (n, 2) or (2,)
        Plane coordinates (u, v) [m].
    origin : array_like of shape (3,)
        Site position of the plane point (u, v) = (0, 0) [m].
    surface_tilt : float
        [degrees]
    surface_azimuth : float
        [degrees]

    Returns
    -------
    numpy.ndarray of shape (n, 3)
        Site coordinates (x, y, z) [m].

    Notes
    -----
    ``p = origin + u * u_axis + v * v_axis`` (see :func:`plane_axes`).
    """
    u_axis, v_axis, _ = plane_axes(surface_tilt, surface_azimuth)
    uv = np.atleast_2d(np.asarray(points_uv, dtype=float))
    return np.asarray(origin, dtype=float) + uv @ np.stack([u_axis, v_axis])


def site_to_plane(
    points_xyz: npt.ArrayLike,
    origin: npt.ArrayLike,
    surface_tilt: float,
    surface_azimuth: float,
) -> FloatArray:
    """Plane coordinates of site points, projected along the surface normal.

    Parameters
    ----------
    points_xyz : array_like of shape (n, 3) or (3,)
        Site coordinates (x, y, z) [m].
    origin : array_like of shape (3,)
        Site position of the plane point (u, v) = (0, 0) [m].
    surface_tilt : float
        [degrees]
    surface_azimuth : float
        [degrees]

    Returns
    -------
    numpy.ndarray of shape (n, 2)
        Plane coordinates (u, v) [m]. A point off the plane lands on its foot.

    Notes
    -----
    ``u = (p - origin) . u_axis``, ``v = (p - origin) . v_axis``; the inverse of
    :func:`plane_to_site` for points in the plane.
    """
    u_axis, v_axis, _ = plane_axes(surface_tilt, surface_azimuth)
    xyz = np.atleast_2d(np.asarray(points_xyz, dtype=float))
    return (xyz - np.asarray(origin, dtype=float)) @ np.stack([u_axis, v_axis]).T


def signed_area(points: npt.ArrayLike) -> float:
    """Signed area of a polygon [m2]: positive when its points run counter-clockwise.

    Parameters
    ----------
    points : array_like of shape (n, 2)
        Vertices [m], not closed (the first point is not repeated).

    Notes
    -----
    Shoelace formula, ``A = 1/2 sum(x_i y_(i+1) - x_(i+1) y_i)``, evaluated relative to
    the first vertex so that coordinates far from the site origin lose no precision.
    """
    xy = np.asarray(points, dtype=float).reshape(-1, 2)
    xy = xy - xy[0]
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def polygon_area(points: npt.ArrayLike) -> float:
    """Area of a simple polygon [m2], whichever way its points run.

    Parameters
    ----------
    points : array_like of shape (n, 2)
        Vertices [m], not closed.
    """
    return abs(signed_area(points))


def outline_edges(
    outline_uv: npt.ArrayLike, surface_tilt: float, surface_azimuth: float
) -> list[tuple[float, str]]:
    """Length [m] and side of each edge of a counter-clockwise outline (edge k from
    point k to k + 1): the compass point its outward normal faces on the site, or
    ``top`` / ``bottom`` when that normal is closer to vertical (facade edges)."""
    points = np.asarray(outline_uv, dtype=float)
    u_axis, v_axis, _ = plane_axes(surface_tilt, surface_azimuth)
    edges = []
    for start, end in zip(points, np.roll(points, -1, axis=0), strict=True):
        du, dv = end - start
        outward = dv * u_axis - du * v_axis
        horizontal = math.hypot(outward[0], outward[1])
        if abs(outward[2]) > horizontal:
            side = "top" if outward[2] > 0 else "bottom"
        else:
            bearing = math.degrees(math.atan2(outward[0], outward[1])) % 360.0
            side = COMPASS_POINTS[round(bearing / 45.0) % 8]
        edges.append((math.hypot(du, dv), side))
    return edges
