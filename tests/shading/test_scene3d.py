"""The 3-D scene: faces in site metres, the sun at the site, shadows on the ground."""

from __future__ import annotations

import datetime as dt
import math

import pytest
import shapely
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.geometry.park import place_building
from bipv_designer.project.model import Building, Roof, RoofType
from bipv_designer.shading.scene3d import SunPosition, faces, ground_shadows, sun_position
from tests.factories import make_small_project


@pytest.fixture
def cube_park():
    """A 10 m x 10 m x 10 m flat-roofed block at the origin."""
    bare = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    block = Building(
        "cube", "Cube", ((0, 0), (10, 0), (10, 10), (0, 10)), 10.0, Roof(RoofType.FLAT)
    )
    return place_building(bare, block)


def shadow_area(park, sun):
    return shapely.union_all([shapely.Polygon(p) for p in ground_shadows(faces(park), sun)]).area


def test_faces_sit_where_the_building_is(cube_park):
    roof = next(f for f in faces(cube_park) if f.kind == "roof")
    assert_allclose(
        sorted(map(tuple, roof.points.round(9))),
        [(0, 0, 10), (0, 10, 10), (10, 0, 10), (10, 10, 10)],
    )


@pytest.mark.parametrize(
    ("elevation", "length"), [(45.0, 10.0), (30.0, 10 / math.tan(math.radians(30)))]
)
def test_shadow_of_a_cube_with_the_sun_in_the_south(cube_park, elevation, length):
    # the shadow reaches length = h / tan(elevation) north of the block: area 10 x (10 + length)
    area = shadow_area(cube_park, SunPosition(elevation=elevation, azimuth=180.0))
    assert area == pytest.approx(10 * (10 + length), rel=1e-9)


def test_no_shadow_at_night(cube_park):
    assert ground_shadows(faces(cube_park), SunPosition(elevation=-5.0, azimuth=0.0)) == []


def test_sun_at_nanjing_noon_on_the_june_solstice(cube_park):
    # elevation at solar noon = 90 - |latitude - declination| = 90 - (32.06 - 23.44)
    sun = sun_position(cube_park, dt.datetime(2023, 6, 21, 12, 5))
    assert sun.elevation == pytest.approx(90 - (32.06 - 23.44), abs=0.5)
    assert sun.azimuth == pytest.approx(180.0, abs=10.0)
