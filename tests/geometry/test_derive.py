"""Roof planes and facades derived from footprints, against hand-computed values."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from bipv_designer.errors import GeometryError
from bipv_designer.geometry import compass_point, derive_surfaces, polygon_area
from bipv_designer.project.model import Building, Mounting, Roof, RoofType, SurfaceKind
from tests.geometry.shapes import rotated, site_corners

BOX = ((0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0))
L_SHAPE = ((0.0, 0.0), (40.0, 0.0), (40.0, 20.0), (20.0, 20.0), (20.0, 40.0), (0.0, 40.0))
HEIGHT = 8.0


def hall(roof, footprint=BOX, height_m=HEIGHT):
    return Building("hall-a", "Hall A", tuple(footprint), height_m, roof)


def roofs(surfaces):
    return [surface for surface in surfaces if surface.kind == SurfaceKind.ROOF]


def facades(surfaces):
    return [surface for surface in surfaces if surface.kind == SurfaceKind.FACADE]


def areas(surfaces):
    return [polygon_area(surface.outline) for surface in surfaces]


def tan(degrees):
    return np.tan(np.radians(degrees))


def cos(degrees):
    return np.cos(np.radians(degrees))


def test_flat_box():
    surfaces = derive_surfaces(hall(Roof(RoofType.FLAT)))
    assert [s.id for s in surfaces] == [
        "hall-a/roof-1",
        "hall-a/facade-1",
        "hall-a/facade-2",
        "hall-a/facade-3",
        "hall-a/facade-4",
    ]
    assert [s.name for s in surfaces] == [
        "Hall A roof",
        "Hall A facade S",
        "Hall A facade E",
        "Hall A facade N",
        "Hall A facade W",
    ]
    roof = surfaces[0]
    assert (roof.surface_tilt, roof.surface_azimuth) == (0.0, 180.0)
    assert_allclose(roof.origin, (0.0, 0.0, HEIGHT), atol=1e-9)
    assert_allclose(roof.outline, BOX, atol=1e-9)
    assert polygon_area(roof.outline) == pytest.approx(1800.0)
    walls = facades(surfaces)
    assert [s.surface_azimuth for s in walls] == [180.0, 90.0, 0.0, 270.0]
    assert [s.surface_tilt for s in walls] == [90.0] * 4
    assert_allclose(areas(walls), [60 * HEIGHT, 30 * HEIGHT, 60 * HEIGHT, 30 * HEIGHT])
    assert {s.building_id for s in surfaces} == {"hall-a"}


def test_facade_outline_and_origin_start_at_the_left_end_seen_from_outside():
    walls = facades(derive_surfaces(hall(Roof(RoofType.FLAT))))
    assert [s.origin for s in walls] == [
        (0.0, 0.0, 0.0),
        (60.0, 0.0, 0.0),
        (60.0, 30.0, 0.0),
        (0.0, 30.0, 0.0),
    ]
    south = walls[0]
    assert south.outline == ((0.0, 0.0), (60.0, 0.0), (60.0, HEIGHT), (0.0, HEIGHT))
    expected = [(0, 0, 0), (60, 0, 0), (60, 0, HEIGHT), (0, 0, HEIGHT)]
    assert_allclose(site_corners(south), expected, atol=1e-9)


def test_mountings_are_passed_on():
    surfaces = derive_surfaces(
        hall(Roof(RoofType.FLAT)),
        mounting_roof=Mounting.OPEN_RACK,
        mounting_facade=Mounting.INTEGRATED,
    )
    assert [s.mounting for s in surfaces] == [Mounting.OPEN_RACK] + 4 * [Mounting.INTEGRATED]


def test_default_mountings():
    surfaces = derive_surfaces(hall(Roof(RoofType.FLAT)))
    assert surfaces[0].mounting == Mounting.ROOF_PARALLEL
    assert {s.mounting for s in surfaces[1:]} == {Mounting.VENTILATED_FACADE}


def test_clockwise_footprint_keeps_its_edge_order():
    surfaces = derive_surfaces(hall(Roof(RoofType.FLAT), footprint=BOX[::-1]))
    walls = facades(surfaces)
    # Edges of the reversed box: N, E, S, W; each origin is the left end seen from outside.
    assert [s.surface_azimuth for s in walls] == [0.0, 90.0, 180.0, 270.0]
    assert [s.origin[:2] for s in walls] == [(60.0, 30.0), (60.0, 0.0), (0.0, 0.0), (0.0, 30.0)]
    assert_allclose(areas(walls), [60 * HEIGHT, 30 * HEIGHT, 60 * HEIGHT, 30 * HEIGHT])
    assert polygon_area(surfaces[0].outline) == pytest.approx(1800.0)


def test_rotated_box_turns_the_facades():
    surfaces = derive_surfaces(hall(Roof(RoofType.FLAT), footprint=rotated(BOX, 30.0)))
    walls = facades(surfaces)
    assert_allclose([s.surface_azimuth for s in walls], [210.0, 120.0, 30.0, 300.0])
    assert [s.name for s in walls] == [
        "Hall A facade SW",
        "Hall A facade SE",
        "Hall A facade NE",
        "Hall A facade NW",
    ]
    assert_allclose(areas(walls), [60 * HEIGHT, 30 * HEIGHT, 60 * HEIGHT, 30 * HEIGHT])
    assert polygon_area(surfaces[0].outline) == pytest.approx(1800.0)


def test_rotated_gable():
    footprint = rotated(BOX, 30.0)
    surfaces = derive_surfaces(hall(Roof(RoofType.GABLE, 10.0, 120.0), footprint=footprint))
    planes = roofs(surfaces)
    assert_allclose([s.surface_azimuth for s in planes], [210.0, 30.0])
    assert_allclose(areas(planes), 2 * [60 * 15 / cos(10)])


def test_flat_l_shape_numbers_repeated_names():
    surfaces = derive_surfaces(hall(Roof(RoofType.FLAT), footprint=L_SHAPE))
    assert [s.name for s in facades(surfaces)] == [
        "Hall A facade S",
        "Hall A facade E 1",
        "Hall A facade N 1",
        "Hall A facade E 2",
        "Hall A facade N 2",
        "Hall A facade W",
    ]
    assert polygon_area(surfaces[0].outline) == pytest.approx(1200.0)


def test_mono_pitch_facing_south():
    slope = 5.0
    surfaces = derive_surfaces(hall(Roof(RoofType.MONO_PITCH, slope, 180.0)))
    (roof,) = roofs(surfaces)
    assert (roof.surface_tilt, roof.surface_azimuth, roof.name) == (5.0, 180.0, "Hall A roof S")
    assert polygon_area(roof.outline) == pytest.approx(1800.0 / cos(slope))
    high = HEIGHT + 30.0 * tan(slope)
    z = site_corners(roof)[:, 2]
    assert_allclose([z.min(), z.max()], [HEIGHT, high])
    assert roof.origin[2] == pytest.approx(HEIGHT)
    south, east, north, west = facades(surfaces)
    assert polygon_area(south.outline) == pytest.approx(60 * HEIGHT)
    assert polygon_area(north.outline) == pytest.approx(60 * high)
    assert polygon_area(east.outline) == pytest.approx(30 * (HEIGHT + high) / 2)
    assert_allclose(east.outline, [(0, 0), (30, 0), (30, high), (0, HEIGHT)], atol=1e-9)
    assert polygon_area(west.outline) == pytest.approx(30 * (HEIGHT + high) / 2)


def test_mono_pitch_facing_east_rises_over_the_long_side():
    slope = 5.0
    surfaces = derive_surfaces(hall(Roof(RoofType.MONO_PITCH, slope, 90.0)))
    (roof,) = roofs(surfaces)
    assert polygon_area(roof.outline) == pytest.approx(1800.0 / cos(slope))
    east, west = facades(surfaces)[1], facades(surfaces)[3]
    assert polygon_area(east.outline) == pytest.approx(30 * HEIGHT)
    assert polygon_area(west.outline) == pytest.approx(30 * (HEIGHT + 60 * tan(slope)))


def test_mono_pitch_on_an_l_shape():
    slope = 7.0
    surfaces = derive_surfaces(hall(Roof(RoofType.MONO_PITCH, slope, 180.0), footprint=L_SHAPE))
    (roof,) = roofs(surfaces)
    assert polygon_area(roof.outline) == pytest.approx(1200.0 / cos(slope))
    # The inner wall facing north at y = 20 stands under the roof 20 m up from the eaves.
    inner_north = facades(surfaces)[2]
    assert polygon_area(inner_north.outline) == pytest.approx(20 * (HEIGHT + 20 * tan(slope)))


def test_gable_with_the_ridge_along_the_long_side():
    slope = 10.0
    surfaces = derive_surfaces(hall(Roof(RoofType.GABLE, slope, 90.0)))
    south_plane, north_plane = roofs(surfaces)
    assert (south_plane.surface_tilt, south_plane.surface_azimuth) == (10.0, 180.0)
    assert (north_plane.surface_tilt, north_plane.surface_azimuth) == (10.0, 0.0)
    assert [south_plane.name, north_plane.name] == ["Hall A roof S", "Hall A roof N"]
    slope_length = 15.0 / cos(slope)
    for plane in (south_plane, north_plane):
        assert polygon_area(plane.outline) == pytest.approx(60.0 * slope_length)
        expected = [(0, 0), (60, 0), (60, slope_length), (0, slope_length)]
        assert_allclose(plane.outline, expected, atol=1e-9)
    ridge = HEIGHT + 15.0 * tan(slope)
    assert_allclose(
        site_corners(south_plane),
        [(0, 0, HEIGHT), (60, 0, HEIGHT), (60, 15, ridge), (0, 15, ridge)],
        atol=1e-9,
    )
    assert_allclose(south_plane.origin, (0.0, 0.0, HEIGHT), atol=1e-9)
    assert_allclose(north_plane.origin, (60.0, 30.0, HEIGHT), atol=1e-9)


def test_gable_end_walls_are_pentagons():
    slope = 10.0
    surfaces = derive_surfaces(hall(Roof(RoofType.GABLE, slope, 90.0)))
    south, east, north, west = facades(surfaces)
    ridge = HEIGHT + 15.0 * tan(slope)
    gable_end = 30 * HEIGHT + 0.5 * 30 * 15 * tan(slope)
    assert_allclose(areas([east, west]), [gable_end, gable_end])
    assert_allclose(east.outline, [(0, 0), (30, 0), (30, HEIGHT), (15, ridge), (0, HEIGHT)])
    assert_allclose(areas([south, north]), [60 * HEIGHT, 60 * HEIGHT])


def test_gable_with_the_ridge_along_the_short_side():
    slope = 10.0
    surfaces = derive_surfaces(hall(Roof(RoofType.GABLE, slope, 0.0)))
    planes = roofs(surfaces)
    assert [s.surface_azimuth for s in planes] == [90.0, 270.0]
    assert_allclose(areas(planes), 2 * [30 * 30 / cos(slope)])
    south, _, north, _ = facades(surfaces)
    assert_allclose(areas([south, north]), 2 * [60 * HEIGHT + 0.5 * 60 * 30 * tan(slope)])


def test_gable_ridge_direction_wraps_at_180_degrees():
    planes = roofs(derive_surfaces(hall(Roof(RoofType.GABLE, 10.0, 270.0))))
    assert [s.surface_azimuth for s in planes] == [180.0, 0.0]


def test_gable_accepts_a_rectangle_with_an_extra_point_on_a_side():
    footprint = ((0.0, 0.0), (25.0, 0.0), *BOX[1:])
    surfaces = derive_surfaces(hall(Roof(RoofType.GABLE, 10.0, 90.0), footprint=footprint))
    assert_allclose(areas(roofs(surfaces)), 2 * [60 * 15 / cos(10.0)])
    assert_allclose(areas(facades(surfaces))[:2], [25 * HEIGHT, 35 * HEIGHT])


def test_saw_tooth_with_a_narrower_last_tooth():
    slope, tooth = 20.0, 8.0
    surfaces = derive_surfaces(hall(Roof(RoofType.SAW_TOOTH, slope, 0.0, tooth_width_m=tooth)))
    planes = roofs(surfaces)
    assert len(planes) == 8
    pv, glazing = planes[0::2], planes[1::2]
    assert {(s.surface_tilt, s.surface_azimuth) for s in pv} == {(20.0, 180.0)}
    assert {(s.surface_tilt, s.surface_azimuth) for s in glazing} == {(90.0, 0.0)}
    assert [s.name for s in planes[:2]] == ["Hall A roof S 1", "Hall A glazing N 1"]
    assert_allclose(areas(pv), [60 * w / cos(slope) for w in (8, 8, 8, 6)])
    assert_allclose(areas(glazing), [60 * w * tan(slope) for w in (8, 8, 8, 6)])
    # Teeth start at the south wall; the first glazing stands 8 m north of it.
    assert_allclose(site_corners(glazing[0])[:, 1], 4 * [8.0], atol=1e-9)
    assert_allclose(glazing[0].origin, (60.0, 8.0, HEIGHT), atol=1e-9)


def test_saw_tooth_facades_follow_the_teeth():
    slope, tooth = 20.0, 8.0
    surfaces = derive_surfaces(hall(Roof(RoofType.SAW_TOOTH, slope, 0.0, tooth_width_m=tooth)))
    south, east, north, west = facades(surfaces)
    teeth = 3 * 0.5 * 8 * 8 * tan(slope) + 0.5 * 6 * 6 * tan(slope)
    assert_allclose(areas([east, west]), 2 * [30 * HEIGHT + teeth])
    assert_allclose(areas([south, north]), 2 * [60 * HEIGHT])
    ridge = HEIGHT + 8 * tan(slope)
    last_ridge = HEIGHT + 6 * tan(slope)
    assert_allclose(
        east.outline,
        [
            (0, 0),
            (30, 0),
            (30, last_ridge),
            (24, HEIGHT),
            (24, ridge),
            (16, HEIGHT),
            (16, ridge),
            (8, HEIGHT),
            (8, ridge),
            (0, HEIGHT),
        ],
        atol=1e-9,
    )


def test_saw_tooth_with_whole_teeth():
    surfaces = derive_surfaces(hall(Roof(RoofType.SAW_TOOTH, 15.0, 0.0, tooth_width_m=7.5)))
    pv = roofs(surfaces)[0::2]
    assert_allclose(areas(pv), 4 * [60 * 7.5 / cos(15.0)])
    horizontal = sum(polygon_area(s.outline) * cos(s.surface_tilt) for s in pv)
    assert horizontal == pytest.approx(1800.0)


def test_saw_tooth_wider_than_the_building_is_one_tooth():
    surfaces = derive_surfaces(hall(Roof(RoofType.SAW_TOOTH, 15.0, 90.0, tooth_width_m=100.0)))
    assert [s.surface_azimuth for s in roofs(surfaces)] == [270.0, 90.0]
    assert_allclose(areas(roofs(surfaces)), [30 * 60 / cos(15.0), 30 * 60 * tan(15.0)])


@pytest.mark.parametrize(
    ("footprint", "height_m", "message"),
    [
        (((0, 0), (1, 0)), HEIGHT, "at least 3 points"),
        ((), HEIGHT, "at least 3 points"),
        (((0, 0, 0), (1, 0, 0), (1, 1, 0)), HEIGHT, "at least 3 points"),
        (((0, 0), (10, 10), (10, 0), (0, 10)), HEIGHT, "must not cross itself"),
        (((0, 0), (10, 0), (20, 0)), HEIGHT, "must enclose an area"),
        (((0, 0), (10, 0), (10, 0), (0, 10)), HEIGHT, "points 2 and 3 coincide"),
        ((*BOX, (0, 0)), HEIGHT, "points 5 and 1 coincide"),
        (((0, 0), (10, 0), (float("nan"), 5)), HEIGHT, "finite"),
        (((0, 0), (1,), (1, 1)), HEIGHT, "at least 3 points"),
        (BOX, 0.0, "height_m must be a finite height above 0 m, got 0.0"),
        (BOX, -3.0, "height_m must be a finite height above 0 m"),
        (BOX, float("nan"), "height_m must be a finite height above 0 m"),
        (BOX, float("inf"), "height_m must be a finite height above 0 m"),
    ],
)
def test_invalid_buildings(footprint, height_m, message):
    building = hall(Roof(RoofType.FLAT), footprint=footprint, height_m=height_m)
    with pytest.raises(GeometryError, match=message) as caught:
        derive_surfaces(building)
    assert str(caught.value).startswith("building 'Hall A' (hall-a): ")


@pytest.mark.parametrize(
    ("roof", "footprint", "message"),
    [
        (Roof(RoofType.GABLE, 10.0, 90.0), L_SHAPE, "gable roofs need a rectangular footprint"),
        (
            Roof(RoofType.GABLE, 10.0, 90.0),
            ((0, 0), (60, 0), (60, 30), (0, 31)),
            "gable roofs need a rectangular footprint",
        ),
        (Roof(RoofType.GABLE, 10.0, 45.0), BOX, "the ridge must run along a footprint side"),
        (Roof(RoofType.GABLE, 90.0, 90.0), BOX, r"slope_deg in \[0, 90\) degrees, got 90.0"),
        (Roof(RoofType.MONO_PITCH, -1.0, 180.0), BOX, r"mono-pitch roof needs slope_deg"),
        (Roof(RoofType.MONO_PITCH, 5.0, float("nan")), BOX, "finite direction_deg"),
        (
            Roof(RoofType.SAW_TOOTH, 0.0, 0.0, tooth_width_m=8.0),
            BOX,
            r"saw-tooth roof needs slope_deg in \(0, 90\)",
        ),
        (Roof(RoofType.SAW_TOOTH, 20.0, 0.0), BOX, "tooth_width_m above 0 m, got 0.0"),
        (
            Roof(RoofType.SAW_TOOTH, 20.0, 30.0, tooth_width_m=8.0),
            BOX,
            "the glazing direction must run along a footprint side",
        ),
        (
            Roof(RoofType.SAW_TOOTH, 20.0, 0.0, tooth_width_m=8.0),
            L_SHAPE,
            "saw-tooth roofs need a rectangular footprint",
        ),
    ],
)
def test_invalid_roofs(roof, footprint, message):
    with pytest.raises(GeometryError, match=message):
        derive_surfaces(hall(roof, footprint=footprint))


@pytest.mark.parametrize(
    ("surface_azimuth", "point"),
    [
        (0.0, "N"),
        (22.4, "N"),
        (44.0, "NE"),
        (90.0, "E"),
        (135.0, "SE"),
        (180.0, "S"),
        (225.0, "SW"),
        (270.0, "W"),
        (315.0, "NW"),
        (337.6, "N"),
        (359.9, "N"),
    ],
)
def test_compass_point(surface_azimuth, point):
    assert compass_point(surface_azimuth) == point
