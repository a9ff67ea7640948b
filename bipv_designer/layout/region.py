"""The area of a surface where modules may lie: outline minus setbacks and keep-outs.

A point is allowed when it lies in the surface outline, at least the edge's setback
from every outline edge, and at least each keep-out's clearance from the keep-out
(and each opening's clearance from the opening). Distances are Euclidean in the
plane, so a setback rounds the inside of a reflex corner and a clearance rounds the
outside of a keep-out's corners.

Round parts are polygons that *contain* the true circle (their edges touch it), so
the allowed area is never larger than the exact one; it is smaller by at most
``r (1 / cos(pi / (4 QUAD_SEGMENTS)) - 1)`` near an arc of radius r (0.12 % of r).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import shapely

from bipv_designer.errors import LayoutError
from bipv_designer.geometry.keep_out_shape import CIRCUMSCRIBE, QUAD_SEGMENTS, disk, keep_out_shape
from bipv_designer.project.layout_model import KeepOut, KeepOutShape, Opening, Setback
from bipv_designer.project.model import Point2
from bipv_designer.words import N_


def allowed_region(
    outline: Sequence[Point2],
    setback: Setback,
    keep_outs: Sequence[KeepOut] = (),
    openings: Sequence[Opening] = (),
) -> shapely.Geometry:
    """The part of a surface where modules may lie.

    Parameters
    ----------
    outline : sequence of (u, v)
        Surface outline in plane coordinates [m], not closed.
    setback : Setback
    keep_outs : sequence of KeepOut
    openings : sequence of Opening

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon
        Possibly empty.

    Raises
    ------
    LayoutError
        The outline is not a simple polygon, a setback list does not have one entry
        per edge, or a distance or keep-out is malformed.
    """
    surface = surface_polygon(outline)
    points = np.asarray(outline, dtype=float)
    distances = edge_setbacks(setback, len(points))
    forbidden = [
        _near_edges(points, distances),
        *(keep_out_area(k) for k in keep_outs),
        *(opening_area(o) for o in openings),
    ]
    return surface.difference(shapely.union_all(forbidden))


def surface_polygon(outline: Sequence[Point2]) -> shapely.Polygon:
    """The outline as a valid shapely polygon; LayoutError otherwise."""
    if len(outline) < 3:
        raise LayoutError(
            N_(
                "Errors",
                "surface outline: expected at least 3 points, got {count}",
            ).format(
                count=len(outline),
            )
        )
    polygon = shapely.Polygon(outline)
    if not polygon.is_valid or polygon.area <= 0.0:
        reason = shapely.is_valid_reason(polygon)
        raise LayoutError(
            N_(
                "Errors",
                "surface outline: expected a simple polygon, got one with {reason}",
            ).format(
                reason=reason,
            )
        )
    return polygon


def edge_setbacks(setback: Setback, edge_count: int) -> np.ndarray:
    """The setback of each outline edge [m] (edge k from point k to point k + 1)."""
    if setback.per_edge_m:
        if len(setback.per_edge_m) != edge_count:
            raise LayoutError(
                N_(
                    "Errors",
                    "setback.per_edge_m: expected {edge_count} values (one per edge), got {count}",
                ).format(
                    edge_count=edge_count,
                    count=len(setback.per_edge_m),
                )
            )
        distances = np.asarray(setback.per_edge_m, dtype=float)
    else:
        distances = np.full(edge_count, float(setback.uniform_m))
    if not np.all(np.isfinite(distances)) or np.any(distances < 0.0):
        raise LayoutError(
            N_(
                "Errors",
                "setback: expected distances >= 0 m, got {tolist}",
            ).format(
                tolist=distances.tolist(),
            )
        )
    return distances


def keep_out_area(keep_out: KeepOut) -> shapely.Geometry:
    """The keep-out grown by its clearance: where no module may lie."""
    _check_distance(keep_out.clearance_m, f"keep-out {keep_out.id!r}: clearance_m")
    shape = keep_out_shape(keep_out)
    if keep_out.shape is KeepOutShape.CIRCLE:
        return disk(keep_out.points[0], keep_out.radius_m + keep_out.clearance_m)
    return _grown(shape, keep_out.clearance_m)


def opening_area(opening: Opening) -> shapely.Geometry:
    """The opening grown by its clearance."""
    where = f"opening {opening.id!r}"
    if not (opening.width_m > 0.0 and opening.height_m > 0.0):
        raise LayoutError(
            N_(
                "Errors",
                "{where}: expected width_m and height_m > 0, got {width_m:g} x {height_m:g}",
            ).format(
                where=where,
                width_m=opening.width_m,
                height_m=opening.height_m,
            )
        )
    _check_distance(opening.clearance_m, f"{where}: clearance_m")
    box = shapely.box(
        opening.u, opening.v, opening.u + opening.width_m, opening.v + opening.height_m
    )
    return _grown(box, opening.clearance_m)


def _check_distance(value: float, where: str) -> None:
    if not (math.isfinite(value) and value >= 0.0):
        raise LayoutError(
            N_(
                "Errors",
                "{where}: expected a distance >= 0 m, got {value:g}",
            ).format(
                where=where,
                value=value,
            )
        )


def _grown(polygon: shapely.Polygon, distance: float) -> shapely.Geometry:
    """The polygon and every point within ``distance`` of its boundary."""
    if distance == 0.0:
        return polygon
    ring = np.asarray(polygon.exterior.coords)[:-1]
    return shapely.union(polygon, _near_edges(ring, np.full(len(ring), distance)))


def _near_edges(points: np.ndarray, distances: np.ndarray) -> shapely.Geometry:
    """Points within ``distances[k]`` of edge k of a closed ring of ``points``.

    Each edge contributes an exact rectangle (a flat-capped buffer) and a disk at each
    end; the disks are circumscribed polygons (see the module notes).
    """
    ends = np.roll(points, -1, axis=0)
    active = distances > 0.0
    if not active.any():
        return shapely.Polygon()
    starts, ends, distances = points[active], ends[active], distances[active]
    lines = shapely.linestrings(np.stack([starts, ends], axis=1))
    strips = shapely.buffer(lines, distances, cap_style="flat")
    corners = shapely.points(np.concatenate([starts, ends]))
    disks = shapely.buffer(
        corners, np.concatenate([distances, distances]) * CIRCUMSCRIBE, quad_segs=QUAD_SEGMENTS
    )
    return shapely.union_all(np.concatenate([strips, disks]))
