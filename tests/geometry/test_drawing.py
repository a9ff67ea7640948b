"""Drawing aids: snapping priorities, ortho lock, typed lengths, polygon edits."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from bipv_designer.errors import GeometryError
from bipv_designer.geometry import drawing
from bipv_designer.geometry.drawing import SnapKind
from bipv_designer.geometry.frames import signed_area

SQUARE = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))


@pytest.mark.parametrize(
    ("point", "expected", "kind"),
    [
        ((10.3, 9.8), (10.0, 10.0), SnapKind.VERTEX),
        ((5.2, 10.4), (5.2, 10.0), SnapKind.EDGE),
        ((20.9, 31.2), (21.0, 31.0), SnapKind.GRID),
        ((20.5, 31.5), (20.5, 31.5), SnapKind.NONE),
    ],
)
def test_snap_prefers_vertex_then_edge_then_grid(point, expected, kind):
    snap = drawing.snap_point(point, [SQUARE], tolerance_m=0.5, grid_m=1.0)
    assert snap.kind is kind
    assert_allclose(snap.point, expected)


def test_ortho_keeps_the_larger_displacement():
    assert drawing.ortho((0, 0), (10, 2)) == (10.0, 0.0)
    assert drawing.ortho((0, 0), (1, -7)) == (0.0, -7.0)


def test_ortho_on_a_turned_plan_locks_to_the_turned_axes():
    x, y = drawing.ortho((1, 1), (1 + 10, 1 + 9), axis_deg=45.0)
    assert (x, y) == pytest.approx((1 + 9.5, 1 + 9.5))
    x, y = drawing.ortho((0, 0), (-1, 10), axis_deg=30.0)
    length = 10 * math.cos(math.radians(30)) + 1 * math.sin(math.radians(30))
    assert (x, y) == pytest.approx(
        (-length * math.sin(math.radians(30)), length * math.cos(math.radians(30)))
    )


def test_typed_length_and_angle_round_trip():
    end = drawing.polar_point((2.0, 3.0), 50.0, 30.0)
    assert_allclose(end, (2 + 50 * math.cos(math.radians(30)), 3 + 25.0))
    length, angle = drawing.segment_length_and_angle((2.0, 3.0), end)
    assert_allclose((length, angle), (50.0, 30.0))
    with pytest.raises(GeometryError, match="positive number of metres"):
        drawing.polar_point((0, 0), -1.0, 0.0)


def test_closing_needs_three_vertices_near_the_first():
    assert not drawing.closes_polygon([(0, 0), (10, 0)], (0.1, 0.1), 0.5)
    assert drawing.closes_polygon([(0, 0), (10, 0), (10, 10)], (0.1, 0.1), 0.5)
    assert not drawing.closes_polygon([(0, 0), (10, 0), (10, 10)], (1, 1), 0.5)


def test_rectangle_from_any_two_corners_is_counter_clockwise():
    assert drawing.rectangle((60, 30), (0, 0)) == ((0, 0), (60, 0), (60, 30), (0, 30))


def test_vertex_edits():
    inserted = drawing.insert_vertex(SQUARE, 0, (5.0, 0.0))
    assert inserted[1] == (5.0, 0.0)
    assert len(inserted) == 5
    assert drawing.delete_vertex(inserted, 1) == SQUARE
    assert drawing.move_vertex(SQUARE, 2, (12.0, 12.0))[2] == (12.0, 12.0)
    with pytest.raises(GeometryError, match="at least 3 vertices"):
        drawing.delete_vertex(SQUARE[:3], 0)


def test_centroid_and_nearest_edge():
    assert_allclose(drawing.centroid(SQUARE), (5.0, 5.0))
    assert drawing.nearest_edge(SQUARE, (5.0, -1.0)) == (0, 1.0)


coordinates = st.floats(-1000, 1000, allow_nan=False)


@given(st.lists(st.tuples(coordinates, coordinates), min_size=3, max_size=8), coordinates)
def test_rotation_and_translation_keep_the_area(points, angle):
    area = signed_area(points)
    moved = drawing.rotate(drawing.translate(points, 3.0, -4.0), angle, (1.0, 2.0))
    assert_allclose(signed_area(moved), area, rtol=1e-9, atol=1e-6)
    assert signed_area(drawing.counter_clockwise(points)) >= -1e-9
