"""Invariants of the fill on random convex and concave surfaces (hypothesis).

Every check here is computed independently of the engine's own region: distances to
the outline's edges and to the keep-outs' true shapes (an exact circle, not its
polygon), the union area for overlaps, and a box-by-box plain grid for the count.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from bipv_designer.layout.grid import fill_grid
from bipv_designer.layout.region import allowed_region
from bipv_designer.project.layout_model import KeepOut, KeepOutShape, Setback

TOL_M = 1e-6


def _outline(rng: np.random.Generator, concave: bool) -> list[tuple[float, float]]:
    n = int(rng.integers(3, 10)) if not concave else int(rng.integers(5, 12))
    # one angle per sector of 2*pi/n keeps every angular gap below pi for n >= 5, so the
    # outline is star-shaped about the origin and therefore simple
    angles = (np.arange(n) + rng.uniform(0.1, 0.9, n)) * (2.0 * math.pi / n)
    radius = rng.uniform(8.0, 30.0)
    radii = radius * (rng.uniform(0.35, 1.0, n) if concave else np.ones(n))
    points = np.column_stack([radii * np.cos(angles), radii * np.sin(angles)])
    if not concave:
        hull = shapely.MultiPoint(points).convex_hull
        return [tuple(p) for p in np.asarray(hull.exterior.coords)[:-1]]
    return [tuple(p) for p in points]


def _keep_outs(rng: np.random.Generator, bounds) -> list[KeepOut]:
    minx, miny, maxx, maxy = bounds
    keep_outs = []
    for i in range(int(rng.integers(0, 4))):
        centre = (float(rng.uniform(minx, maxx)), float(rng.uniform(miny, maxy)))
        clearance = float(rng.choice([0.0, rng.uniform(0.0, 1.5)]))
        if rng.random() < 0.5:
            keep_outs.append(
                KeepOut(
                    f"c{i}",
                    "circle",
                    KeepOutShape.CIRCLE,
                    (centre,),
                    radius_m=float(rng.uniform(0.3, 3.0)),
                    clearance_m=clearance,
                )
            )
        else:
            w, h = rng.uniform(0.5, 6.0, 2)
            corner = (centre[0] + float(w), centre[1] + float(h))
            keep_outs.append(
                KeepOut(
                    f"r{i}",
                    "rect",
                    KeepOutShape.RECTANGLE,
                    (centre, corner),
                    clearance_m=clearance,
                )
            )
    return keep_outs


def _plain_count(region, size_u, size_v, pitch_u, pitch_v) -> int:
    minx, miny, maxx, maxy = region.bounds
    u = minx + pitch_u * np.arange(int((maxx - minx) / pitch_u) + 1)
    v = miny + pitch_v * np.arange(int((maxy - miny) / pitch_v) + 1)
    uu, vv = (a.ravel() for a in np.meshgrid(u, v))
    boxes = shapely.box(uu, vv, uu + size_u, vv + size_v)
    return int(np.count_nonzero(shapely.covers(region, boxes)))


@settings(max_examples=80, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), concave=st.booleans(), per_edge=st.booleans())
def test_modules_lie_inside_apart_and_at_least_as_many_as_a_plain_grid(seed, concave, per_edge):
    rng = np.random.default_rng(seed)
    outline = _outline(rng, concave)
    surface = shapely.Polygon(outline)
    edges = len(outline)
    if per_edge:
        setback = Setback(per_edge_m=tuple(float(x) for x in rng.uniform(0.0, 2.0, edges)))
        distances = np.asarray(setback.per_edge_m)
    else:
        setback = Setback(uniform_m=float(rng.uniform(0.0, 2.0)))
        distances = np.full(edges, setback.uniform_m)
    keep_outs = _keep_outs(rng, surface.bounds)
    size_u, size_v = (float(x) for x in rng.uniform(0.8, 2.5, 2))
    pitch_u = size_u + float(rng.uniform(0.0, 0.3))
    pitch_v = size_v + float(rng.uniform(0.0, 0.3))

    region = allowed_region(outline, setback, keep_outs)
    corners = fill_grid(region, size_u, size_v, pitch_u, pitch_v)
    boxes = shapely.box(corners.u, corners.v, corners.u + size_u, corners.v + size_v)

    # inside the outline
    assert np.all(shapely.covers(surface.buffer(TOL_M), boxes))
    # at least each edge's setback from that edge
    ends = np.roll(np.asarray(outline), -1, axis=0)
    for start, end, distance in zip(outline, ends, distances, strict=True):
        edge = shapely.LineString([start, end])
        assert np.all(shapely.distance(boxes, edge) >= distance - TOL_M)
    # at least each keep-out's clearance from the keep-out's true shape
    for keep_out in keep_outs:
        if keep_out.shape is KeepOutShape.CIRCLE:
            gap = shapely.distance(boxes, shapely.Point(keep_out.points[0])) - keep_out.radius_m
            assert np.all(gap >= keep_out.clearance_m - TOL_M)
        else:
            (u0, v0), (u1, v1) = keep_out.points
            rect = shapely.box(u0, v0, u1, v1)
            assert np.all(shapely.area(shapely.intersection(boxes, rect)) <= TOL_M)
            assert np.all(shapely.distance(boxes, rect) >= keep_out.clearance_m - TOL_M)
    # no two overlap: the union is as large as the sum
    if boxes.size:
        union = shapely.union_all(boxes).area
        assert math.isclose(union, boxes.size * size_u * size_v, rel_tol=1e-9)
    # never fewer than the plain grid from the lower-left corner of the allowed area
    if not region.is_empty:
        assert boxes.size >= _plain_count(region, size_u, size_v, pitch_u, pitch_v)
