"""Shadows on a surface's plane against hand values, and what shaded substrings cost."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from msgspec.structs import replace

from bipv_designer.geometry.module_outlines import rectangle_corners
from bipv_designer.project.model import Mounting, Surface, SurfaceKind
from bipv_designer.shading.electrical import module_level_beam_factor, string_beam_factor
from bipv_designer.shading.plane_shadows import points_in_shadow, shadow_on_surface
from bipv_designer.shading.scene3d import Face, SunPosition
from bipv_designer.shading.substrings import POINTS_PER_SUBSTRING, substring_points

ROOF_Z = 10.0
ROOF = Surface(
    id="roof",
    name="Roof",
    kind=SurfaceKind.ROOF,
    building_id="b1",
    outline=((0.0, 0.0), (60.0, 0.0), (60.0, 40.0), (0.0, 40.0)),
    origin=(0.0, 0.0, ROOF_Z),
    surface_tilt=0.0,
    surface_azimuth=180.0,
    mounting=Mounting.ROOF_PARALLEL,
)
"""A flat roof: u east, v north, 10 m above the ground."""


def wall(y: float, height: float, x0: float = 0.0, x1: float = 60.0) -> Face:
    """A thin wall standing on the roof along y (east-west), ``height`` tall."""
    base, top = ROOF_Z, ROOF_Z + height
    points = np.array([[x0, y, base], [x1, y, base], [x1, y, top], [x0, y, top]])
    return Face("wall", SurfaceKind.FACADE, points, False)


@pytest.mark.parametrize(
    ("elevation", "azimuth"), [(15.0, 180.0), (30.0, 150.0), (45.0, 210.0), (60.0, 170.0)]
)
def test_a_wall_casts_a_shadow_h_over_tan_elevation_long_along_the_sun(elevation, azimuth):
    height = 2.0
    sun = SunPosition(elevation, azimuth)
    shadow = shadow_on_surface([wall(30.0, height)], ROOF, sun.direction)
    away = -np.array([math.sin(math.radians(azimuth)), math.cos(math.radians(azimuth))])
    length = height / math.tan(math.radians(elevation))
    corner = np.array([0.0, 30.0]) + length * away  # where the wall's top west end lands
    vertices = np.asarray(shadow.exterior.coords)
    assert np.min(np.linalg.norm(vertices - corner, axis=1)) < 1e-5


def test_nothing_around_means_exactly_no_shade_and_a_sun_behind_means_no_beam():
    points = substring_points(rectangle_corners([10.0], [10.0], [1.134], [2.278]))
    sun = SunPosition(40.0, 180.0)
    assert points_in_shadow(shadow_on_surface([], ROOF, sun.direction), points).tolist() == [
        [0, 0, 0]
    ]
    facade = Surface(**_facade_values())
    assert shadow_on_surface([], facade, SunPosition(40.0, 180.0).direction) is None


def _facade_values() -> dict:
    return {
        "id": "north-facade",
        "name": "North facade",
        "kind": SurfaceKind.FACADE,
        "building_id": "b1",
        "outline": ((0.0, 0.0), (60.0, 0.0), (60.0, 10.0), (0.0, 10.0)),
        "origin": (60.0, 40.0, 0.0),
        "surface_tilt": 90.0,
        "surface_azimuth": 0.0,
        "mounting": Mounting.VENTILATED_FACADE,
    }


def test_a_module_fully_in_shadow_loses_all_its_beam():
    canopy = Face(
        "canopy",
        SurfaceKind.ROOF,
        np.array([[0, 0, 15.0], [60, 0, 15.0], [60, 40, 15.0], [0, 40, 15.0]], dtype=float),
        False,
    )
    points = substring_points(rectangle_corners([20.0], [20.0], [1.134], [2.278]))
    shares = points_in_shadow(
        shadow_on_surface([canopy], ROOF, SunPosition(70, 180).direction), points
    )
    assert shares.tolist() == [[POINTS_PER_SUBSTRING] * 3]
    assert string_beam_factor(shares).tolist() == [0.0]
    assert module_level_beam_factor(shares).tolist() == [0.0]


def test_a_landscape_module_with_its_bottom_substring_shaded_loses_a_third_of_its_beam():
    """HelioScope's documented case: a row's shadow across the bottom of a landscape
    module covers one of its three substrings; in portrait it touches all three."""
    length, width = 2.278, 1.134
    elevation = 30.0
    height = (width / 3 + 0.05) * math.tan(math.radians(elevation))  # shadow reaches 0.43 m
    sun = SunPosition(elevation, 180.0)
    shadow = shadow_on_surface([wall(10.0, height)], ROOF, sun.direction)
    landscape = rectangle_corners([20.0], [10.0], [length], [width])
    portrait = rectangle_corners([20.0], [10.0], [width], [length])
    landscape_shares = points_in_shadow(shadow, substring_points(landscape))
    portrait_shares = points_in_shadow(shadow, substring_points(portrait))
    assert landscape_shares[0].tolist() == [POINTS_PER_SUBSTRING, 0, 0]
    assert string_beam_factor(landscape_shares)[0] == pytest.approx(2 / 3)
    assert (portrait_shares[0] > 0).all()
    assert string_beam_factor(portrait_shares)[0] == 0.0
    assert module_level_beam_factor(portrait_shares)[0] == pytest.approx(5 / 6)  # bottom row


def test_faces_behind_the_plane_cast_nothing_on_it():
    below = Face(
        "below",
        SurfaceKind.ROOF,
        np.array([[0, 0, 5.0], [60, 0, 5.0], [60, 40, 5.0], [0, 40, 5.0]], dtype=float),
        False,
    )
    shadow = shadow_on_surface([below], ROOF, SunPosition(50, 180).direction)
    assert isinstance(shadow, shapely.Geometry)
    assert shadow.is_empty


def test_a_parapet_rings_its_roof_with_shade_and_leaves_the_middle_lit():
    """The shade drawn on a roof keeps its holes: a parapet's shadow is a ring."""
    import datetime as dt

    from bipv_designer.shading.scene3d import sun_position
    from bipv_designer.shading.surface_shadows import surface_shadows
    from tests.factories import make_small_project

    project = make_small_project()
    hall = project.buildings[0]
    roof = replace(hall.roof, parapet_height_m=1.0)
    project = replace(project, buildings=(replace(hall, roof=roof),))
    sun = sun_position(project, dt.datetime(2023, 12, 21, 9, 0))
    (rings,) = surface_shadows(project, sun)[project.surfaces[0].id]
    exterior, *holes = (shapely.Polygon(ring[:, :2]) for ring in rings)
    assert len(holes) == 1
    shaded = exterior.area - holes[0].area
    assert 0 < shaded < 0.2 * exterior.area


def test_an_overhang_shades_the_wall_below_it_depth_times_the_profile_angle():
    """A 1.2 m deep canopy 3.5 m up a south wall: with the sun due south at elevation e
    its shadow reaches 1.2 tan(e) down the wall."""
    from bipv_designer.project.layout_model import FacadeShade, FacadeShadeKind
    from bipv_designer.shading.facade_shades import _plate

    facade = Surface(**_facade_values() | {"surface_azimuth": 180.0, "origin": (0.0, 0.0, 0.0)})
    canopy = FacadeShade("c", "Canopy", FacadeShadeKind.OVERHANG, 3.5, 10.0, 40.0, 1.2)
    face = Face("facade|c", SurfaceKind.FACADE, _plate(facade, canopy), False)
    for elevation in (20.0, 45.0, 60.0):
        shadow = shadow_on_surface([face], facade, SunPosition(elevation, 180.0).direction)
        low, high = shadow.bounds[1], shadow.bounds[3]
        assert high == pytest.approx(3.5)
        assert 3.5 - low == pytest.approx(1.2 * math.tan(math.radians(elevation)))
        assert shadow.bounds[0] == pytest.approx(10.0)
        assert shadow.bounds[2] == pytest.approx(40.0)


def test_a_string_runs_at_the_better_of_its_two_operating_points():
    """Deline et al. 2013: bypass the shaded substrings (the unshaded share of beam and
    diffuse) or run every substring at the shaded current (the diffuse alone)."""
    from bipv_designer.shading.electrical import StringShares, string_output

    beam, diffuse = np.array([800.0, 100.0, 0.0]), np.array([200.0, 300.0, 150.0])

    def output(shares):
        strings = StringShares.of(shares, np.ones(len(shares), dtype=bool))
        return string_output(strings.shares, strings.counts, beam, diffuse).tolist()

    assert output(np.ones((3, 1))) == [1000.0, 400.0, 150.0]
    assert output(np.full((3, 1), 0.5)) == [500.0, 300.0, 150.0]
    two = np.array([[1.0, 0.0]] * 3)  # one string unshaded, one all in shade
    assert output(two) == [600.0, 350.0, 150.0]
    # three strings unshaded, one in shade: merged into two columns, weighted 3 : 1
    four = np.array([[1.0, 0.0, 1.0, 1.0]] * 3)
    merged = StringShares.of(four, np.ones(3, dtype=bool))
    assert merged.counts.tolist() == [1, 3]
    assert output(four) == [800.0, 375.0, 150.0]
    # at night (rows not kept) every string is unshaded
    kept = StringShares.of(four[:2], np.array([False, True, True, False]))
    assert kept.at(np.array([True, True, False, True])).tolist() == [[1, 1], [0, 1], [1, 1]]


def test_placed_modules_fill_the_string_plan_in_order():
    from msgspec.structs import replace

    from bipv_designer.project.layout_model import InverterUse, MpptInput, StringGroup
    from bipv_designer.shading.electrical import string_members
    from tests.factories import make_small_project

    project = make_small_project()
    assert string_members(project, "a1", 4).tolist() == [0, 1, 2, 3]  # no plan: alone
    plan = (
        InverterUse("i1", "Inverter 1", "inv", (MpptInput((StringGroup("a1", 3, 2),)),)),
        InverterUse("i2", "Inverter 2", "inv", (MpptInput((StringGroup("a1", 2, 1),)),)),
    )
    project = replace(project, string_plan=plan)
    assert string_members(project, "a1", 10).tolist() == [0, 0, 0, 1, 1, 1, 2, 2, -1, -1]
