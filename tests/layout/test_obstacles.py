"""Keep-out and opening edits of the project document."""

from __future__ import annotations

import math

import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.errors import LayoutError
from bipv_designer.geometry.derive import derive_surfaces
from bipv_designer.layout.obstacles import (
    add_keep_out,
    keep_out_from_plan,
    new_obstacle_id,
    remove_keep_out,
    replace_keep_out,
    surface_layout,
    with_openings,
)
from bipv_designer.project.layout_model import (
    KeepOut,
    KeepOutShape,
    Opening,
    Setback,
    SurfaceLayout,
)
from bipv_designer.project.model import Building, Roof, RoofType
from tests.factories import make_small_project

ROOF = "b1/roof-1"


def vent(keep_out_id: str, height_m: float = 1.0) -> KeepOut:
    return KeepOut(
        keep_out_id, "Vent", KeepOutShape.CIRCLE, ((5.0, 5.0),), radius_m=0.5, height_m=height_m
    )


def test_first_keep_out_brings_an_empty_layout_and_keeps_an_existing_setback():
    project = add_keep_out(make_small_project(), ROOF, vent("keep-out-1"))
    assert project.surface_layouts == (
        SurfaceLayout(ROOF, Setback(), keep_outs=(vent("keep-out-1"),)),
    )
    assert new_obstacle_id(project, "keep-out") == "keep-out-2"


def test_replace_and_remove_by_id():
    project = add_keep_out(make_small_project(), ROOF, vent("k1"))
    project = add_keep_out(project, ROOF, vent("k2"))
    taller = replace_keep_out(project, ROOF, vent("k1", height_m=3.0))
    assert [k.height_m for k in surface_layout(taller, ROOF).keep_outs] == [3.0, 1.0]
    assert [k.id for k in surface_layout(remove_keep_out(taller, ROOF, "k1"), ROOF).keep_outs] == [
        "k2"
    ]
    with pytest.raises(LayoutError, match="no keep-out with id 'k9'"):
        remove_keep_out(project, ROOF, "k9")


def test_openings_replace_the_facade_openings_and_leave_the_setback():
    project = make_small_project()
    facade = "b1/facade-1"
    window = Opening("opening-1", "Window", 2.0, 1.0, 3.0, 1.5)
    project = replace(project, surface_layouts=(SurfaceLayout(facade, Setback(0.3)),))
    changed = with_openings(project, facade, (window,))
    assert changed.surface_layouts == (SurfaceLayout(facade, Setback(0.3), openings=(window,)),)


def test_a_plan_rectangle_on_a_south_roof_stays_a_rectangle():
    roof = make_small_project().surface(ROOF)
    keep_out = keep_out_from_plan(
        roof, KeepOutShape.RECTANGLE, ((10.0, 5.0), (14.0, 8.0)), 0.0, "k1", "Skylight"
    )
    assert keep_out.shape is KeepOutShape.RECTANGLE
    assert_allclose(keep_out.points, ((10.0, 5.0), (14.0, 8.0)), atol=1e-9)


def test_a_plan_rectangle_on_an_east_slope_is_a_rectangle_with_the_slope_length():
    hall = Building(
        "b1",
        "Hall",
        ((0, 0), (60, 0), (60, 30), (0, 30)),
        10.0,
        Roof(RoofType.GABLE, slope_deg=20.0, direction_deg=0.0),
    )
    east = next(s for s in derive_surfaces(hall) if s.kind == "roof" and s.surface_azimuth == 90)
    keep_out = keep_out_from_plan(
        east, KeepOutShape.RECTANGLE, ((40.0, 10.0), (44.0, 12.0)), 0.0, "k1", "Vent"
    )
    assert keep_out.shape is KeepOutShape.RECTANGLE
    (u0, v0), (u1, v1) = keep_out.points
    assert u1 - u0 == pytest.approx(2.0)
    assert v1 - v0 == pytest.approx(4.0 / math.cos(math.radians(20.0)))


def test_a_turned_rectangle_becomes_a_polygon_and_a_circle_keeps_its_radius():
    roof = replace(make_small_project().surface(ROOF), surface_azimuth=135.0)
    turned = keep_out_from_plan(roof, KeepOutShape.RECTANGLE, ((1, 1), (3, 2)), 0.0, "k", "K")
    assert turned.shape is KeepOutShape.POLYGON
    assert len(turned.points) == 4
    fan = keep_out_from_plan(roof, KeepOutShape.CIRCLE, ((5.0, 5.0),), 1.2, "f", "Fan")
    assert (fan.shape, fan.radius_m, len(fan.points)) == (KeepOutShape.CIRCLE, 1.2, 1)
