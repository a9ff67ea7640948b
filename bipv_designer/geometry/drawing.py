"""Drawing aids for the site plan, free of Qt: snapping, ortho lock, closing, vertex edits.

Points are (x, y) tuples in site metres (x east, y north). Angles typed while drawing
are in degrees counter-clockwise from east, as in CAD programs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum

from msgspec import Struct

from bipv_designer.errors import GeometryError
from bipv_designer.geometry.frames import signed_area
from bipv_designer.project.model import Point2
from bipv_designer.words import N_


class SnapKind(StrEnum):
    """What a snapped point stuck to."""

    NONE = "none"
    VERTEX = "vertex"
    EDGE = "edge"
    GRID = "grid"


class Snap(Struct, frozen=True):
    """A snapped point and what it stuck to."""

    point: Point2
    kind: SnapKind


def snap_point(
    point: Point2,
    polygons: Sequence[Sequence[Point2]],
    *,
    tolerance_m: float,
    grid_m: float | None = None,
) -> Snap:
    """Snap ``point`` to the nearest vertex, else edge, else grid node within tolerance.

    Parameters
    ----------
    point : (x, y)  [m]
    polygons : closed outlines to snap to (first point not repeated) [m]
    tolerance_m : float  capture distance [m] (the caller turns pixels into metres)
    grid_m : float or None  grid spacing [m]; None for no grid snapping
    """
    px, py = point
    best_vertex = min(
        ((math.dist(point, v), v) for polygon in polygons for v in polygon),
        default=None,
    )
    if best_vertex is not None and best_vertex[0] <= tolerance_m:
        return Snap(_as_point(best_vertex[1]), SnapKind.VERTEX)
    best_edge = min(
        (
            (math.dist(point, foot), foot)
            for polygon in polygons
            for a, b in _edges(polygon)
            for foot in [closest_point_on_segment(point, a, b)]
        ),
        default=None,
    )
    if best_edge is not None and best_edge[0] <= tolerance_m:
        return Snap(best_edge[1], SnapKind.EDGE)
    if grid_m:
        node = (round(px / grid_m) * grid_m, round(py / grid_m) * grid_m)
        if math.dist(point, node) <= tolerance_m:
            return Snap(node, SnapKind.GRID)
    return Snap(_as_point(point), SnapKind.NONE)


def closest_point_on_segment(point: Point2, a: Point2, b: Point2) -> Point2:
    """The point of segment a-b nearest to ``point``."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length_sq = dx * dx + dy * dy
    if length_sq == 0.0:
        return _as_point(a)
    t = ((point[0] - ax) * dx + (point[1] - ay) * dy) / length_sq
    t = min(1.0, max(0.0, t))
    return (ax + t * dx, ay + t * dy)


def ortho(anchor: Point2, point: Point2, axis_deg: float = 0.0) -> Point2:
    """``point`` moved onto the line through ``anchor`` along the axis at ``axis_deg``
    (counter-clockwise from east) or across it, whichever is nearer: the ortho lock of
    CAD programs, held with Shift. On a plan turned so that north is not up, the axis is
    the screen's horizontal."""
    angle = math.radians(axis_deg)
    along = (math.cos(angle), math.sin(angle))
    dx, dy = point[0] - anchor[0], point[1] - anchor[1]
    a = dx * along[0] + dy * along[1]
    b = -dx * along[1] + dy * along[0]
    if abs(a) >= abs(b):
        return (anchor[0] + a * along[0], anchor[1] + a * along[1])
    return (anchor[0] - b * along[1], anchor[1] + b * along[0])


def polar_point(anchor: Point2, length_m: float, angle_deg: float) -> Point2:
    """The point ``length_m`` from ``anchor`` at ``angle_deg`` counter-clockwise from east."""
    if not math.isfinite(length_m) or length_m <= 0:
        raise GeometryError(
            N_(
                "Errors",
                "length: expected a positive number of metres, got {length_m}",
            ).format(
                length_m=length_m,
            )
        )
    angle = math.radians(angle_deg)
    return (anchor[0] + length_m * math.cos(angle), anchor[1] + length_m * math.sin(angle))


def segment_length_and_angle(a: Point2, b: Point2) -> tuple[float, float]:
    """Length [m] and angle [degrees counter-clockwise from east, 0..360) of a -> b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    return math.hypot(dx, dy), math.degrees(math.atan2(dy, dx)) % 360.0


def closes_polygon(points: Sequence[Point2], point: Point2, tolerance_m: float) -> bool:
    """True if clicking ``point`` closes the polygon drawn so far (near its first vertex,
    with at least three vertices placed)."""
    return len(points) >= 3 and math.dist(points[0], point) <= tolerance_m


def counter_clockwise(points: Sequence[Point2]) -> tuple[Point2, ...]:
    """The polygon with its vertices in counter-clockwise order."""
    polygon = tuple(_as_point(p) for p in points)
    return polygon if signed_area(polygon) >= 0 else polygon[::-1]


def rectangle(corner: Point2, opposite: Point2) -> tuple[Point2, ...]:
    """An axis-aligned rectangle from two opposite corners, counter-clockwise."""
    (x0, x1), (y0, y1) = sorted((corner[0], opposite[0])), sorted((corner[1], opposite[1]))
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def move_vertex(polygon: Sequence[Point2], index: int, point: Point2) -> tuple[Point2, ...]:
    """The polygon with vertex ``index`` at ``point``."""
    moved = list(polygon)
    moved[index] = _as_point(point)
    return tuple(moved)


def insert_vertex(polygon: Sequence[Point2], edge: int, point: Point2) -> tuple[Point2, ...]:
    """The polygon with ``point`` inserted on edge ``edge`` (from vertex edge to edge + 1)."""
    return (*polygon[: edge + 1], _as_point(point), *polygon[edge + 1 :])


def delete_vertex(polygon: Sequence[Point2], index: int) -> tuple[Point2, ...]:
    """The polygon without vertex ``index``; a triangle cannot lose a vertex."""
    if len(polygon) <= 3:
        raise GeometryError(
            N_(
                "Errors",
                "a polygon needs at least 3 vertices; this one has 3",
            )
        )
    return (*polygon[:index], *polygon[index + 1 :])


def translate(polygon: Sequence[Point2], dx: float, dy: float) -> tuple[Point2, ...]:
    """The polygon moved by (dx, dy) [m]."""
    return tuple((x + dx, y + dy) for x, y in polygon)


def rotate(polygon: Sequence[Point2], angle_deg: float, centre: Point2) -> tuple[Point2, ...]:
    """The polygon turned counter-clockwise by ``angle_deg`` about ``centre``."""
    angle = math.radians(angle_deg)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = centre
    return tuple(
        (cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
        for x, y in polygon
    )


def centroid(polygon: Sequence[Point2]) -> Point2:
    """Area centroid of a simple polygon [m]."""
    area = signed_area(polygon)
    if area == 0:
        xs, ys = zip(*polygon, strict=True)
        return (sum(xs) / len(xs), sum(ys) / len(ys))
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in _edges(polygon):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return (cx / (6 * area), cy / (6 * area))


def nearest_edge(polygon: Sequence[Point2], point: Point2) -> tuple[int, float]:
    """Index of the edge nearest to ``point`` and the distance to it [m]."""
    distances = [
        math.dist(point, closest_point_on_segment(point, a, b)) for a, b in _edges(polygon)
    ]
    index = min(range(len(distances)), key=distances.__getitem__)
    return index, distances[index]


def _edges(polygon: Sequence[Point2]) -> list[tuple[Point2, Point2]]:
    return [(polygon[i], polygon[(i + 1) % len(polygon)]) for i in range(len(polygon))]


def _as_point(point: Sequence[float]) -> Point2:
    return (float(point[0]), float(point[1]))
