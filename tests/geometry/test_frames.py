"""Surface plane frames, plane <-> site conversion and polygon areas, checked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from bipv_designer.geometry import (
    plane_axes,
    plane_to_site,
    polygon_area,
    signed_area,
    site_to_plane,
)
from bipv_designer.geometry.frames import outline_edges

C30 = np.cos(np.radians(30.0))

EAST, WEST = (1.0, 0.0, 0.0), (-1.0, 0.0, 0.0)
NORTH, SOUTH = (0.0, 1.0, 0.0), (0.0, -1.0, 0.0)
UP = (0.0, 0.0, 1.0)


@pytest.mark.parametrize(
    ("surface_tilt", "surface_azimuth", "u_axis", "v_axis", "normal"),
    [
        # Flat: u and v lie on the ground, v pointing away from the azimuth.
        (0.0, 90.0, NORTH, WEST, UP),
        (0.0, 180.0, EAST, NORTH, UP),
        (0.0, 270.0, SOUTH, EAST, UP),
        # 30 degrees: v climbs 1 in 2 along the slope.
        (30.0, 90.0, NORTH, (-C30, 0.0, 0.5), (0.5, 0.0, C30)),
        (30.0, 180.0, EAST, (0.0, C30, 0.5), (0.0, -0.5, C30)),
        (30.0, 270.0, SOUTH, (C30, 0.0, 0.5), (-0.5, 0.0, C30)),
        # Facades: u to the right of a viewer who faces the wall, v straight up.
        (90.0, 90.0, NORTH, UP, EAST),
        (90.0, 180.0, EAST, UP, SOUTH),
        (90.0, 270.0, SOUTH, UP, WEST),
    ],
)
def test_plane_axes_by_hand(surface_tilt, surface_azimuth, u_axis, v_axis, normal):
    axes = plane_axes(surface_tilt, surface_azimuth)
    for actual, expected in zip(axes, (u_axis, v_axis, normal), strict=True):
        assert_allclose(actual, expected, atol=1e-12)


@settings(deadline=None)
@given(
    surface_tilt=st.floats(0.0, 180.0),
    surface_azimuth=st.floats(0.0, 360.0),
)
def test_plane_axes_are_a_right_handed_orthonormal_frame(surface_tilt, surface_azimuth):
    u_axis, v_axis, normal = plane_axes(surface_tilt, surface_azimuth)
    frame = np.stack([u_axis, v_axis, normal])
    assert_allclose(frame @ frame.T, np.eye(3), atol=1e-12)
    assert_allclose(np.cross(u_axis, v_axis), normal, atol=1e-12)
    assert u_axis[2] == 0.0
    assert v_axis[2] >= 0.0


def test_plane_to_site_on_a_south_facade():
    site = plane_to_site([(2.0, 3.0), (0.0, 0.0)], (10.0, 5.0, 0.0), 90.0, 180.0)
    assert_allclose(site, [(12.0, 5.0, 3.0), (10.0, 5.0, 0.0)], atol=1e-12)


def test_plane_to_site_takes_a_single_point():
    assert plane_to_site((1.0, 1.0), (0.0, 0.0, 0.0), 0.0, 180.0).shape == (1, 3)


def test_site_to_plane_on_a_30_degree_south_roof():
    origin = (5.0, 0.0, 8.0)
    up_the_slope = (5.0 + 1.0, 2.0 * C30, 8.0 + 2.0 * 0.5)
    assert_allclose(site_to_plane(up_the_slope, origin, 30.0, 180.0), [(1.0, 2.0)], atol=1e-12)


def test_site_to_plane_drops_the_distance_along_the_normal():
    _, _, normal = plane_axes(30.0, 180.0)
    in_plane = plane_to_site((4.0, 2.0), (0.0, 0.0, 8.0), 30.0, 180.0)
    above = in_plane + 1.5 * normal
    assert_allclose(site_to_plane(above, (0.0, 0.0, 8.0), 30.0, 180.0), [(4.0, 2.0)], atol=1e-12)


@settings(deadline=None)
@given(
    points_uv=st.lists(
        st.tuples(st.floats(-200.0, 200.0), st.floats(-200.0, 200.0)), min_size=1, max_size=8
    ),
    origin=st.tuples(*3 * [st.floats(-1000.0, 1000.0)]),
    surface_tilt=st.floats(0.0, 180.0),
    surface_azimuth=st.floats(0.0, 360.0),
)
def test_plane_site_round_trip(points_uv, origin, surface_tilt, surface_azimuth):
    site = plane_to_site(points_uv, origin, surface_tilt, surface_azimuth)
    back = site_to_plane(site, origin, surface_tilt, surface_azimuth)
    assert_allclose(back, points_uv, atol=1e-9)


def test_polygon_area_of_a_rectangle_either_way_round():
    rectangle = [(0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0)]
    assert polygon_area(rectangle) == pytest.approx(1800.0)
    assert signed_area(rectangle) == pytest.approx(1800.0)
    assert signed_area(rectangle[::-1]) == pytest.approx(-1800.0)
    assert polygon_area(rectangle[::-1]) == pytest.approx(1800.0)


def test_polygon_area_far_from_the_site_origin():
    far_away = np.array([4.0e6, 3.0e6])
    triangle = np.array([(0.0, 0.0), (3.0, 0.0), (0.0, 4.0)]) + far_away
    assert polygon_area(triangle) == pytest.approx(6.0, rel=1e-12)


def test_polygon_area_of_an_l_shape():
    l_shape = [(0, 0), (40, 0), (40, 20), (20, 20), (20, 40), (0, 40)]
    assert polygon_area(l_shape) == pytest.approx(1200.0)


def test_outline_edges_name_the_side_each_edge_faces():
    rectangle = [(0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0)]
    # flat roof: u east, v north (azimuth 180)
    assert outline_edges(rectangle, 0.0, 180.0) == [
        (60.0, "south"),
        (30.0, "east"),
        (60.0, "north"),
        (30.0, "west"),
    ]
    # east facade: a viewer facing it looks west, so u (to the right) runs north; v up
    assert outline_edges(rectangle, 90.0, 90.0) == [
        (60.0, "bottom"),
        (30.0, "north"),
        (60.0, "top"),
        (30.0, "south"),
    ]
