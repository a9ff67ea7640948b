"""Plan points onto roof planes (vertical projection) and back; the roof under a point."""

from __future__ import annotations

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from bipv_designer.errors import GeometryError
from bipv_designer.geometry.derive import derive_surfaces
from bipv_designer.geometry.park import place_building
from bipv_designer.geometry.roof_plan import plan_to_roof_plane, roof_plane_to_plan, roof_under
from bipv_designer.project.model import Building, Roof, RoofType
from tests.factories import make_small_project

BOX = ((0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0))


def gable_project():
    hall = Building(
        "b1", "Hall", BOX, 10.0, Roof(RoofType.GABLE, slope_deg=20.0, direction_deg=90.0)
    )
    return place_building(make_small_project(), hall)


def test_on_a_south_slope_a_plan_step_north_is_a_longer_step_up_the_slope():
    south = next(
        s for s in gable_project().surfaces if s.kind == "roof" and s.surface_azimuth == 180
    )
    a, b = plan_to_roof_plane(south, [(10.0, 2.0), (10.0, 7.0)])
    assert b[1] - a[1] == pytest.approx(5.0 / math.cos(math.radians(20.0)))
    assert b[0] == pytest.approx(a[0])


def test_plan_and_plane_round_trip_on_every_roof_of_every_roof_type():
    rng = np.random.default_rng(1)
    for roof in (
        Roof(RoofType.MONO_PITCH, slope_deg=15.0, direction_deg=135.0),
        Roof(RoofType.GABLE, slope_deg=25.0, direction_deg=0.0),
        Roof(RoofType.SAW_TOOTH, slope_deg=30.0, direction_deg=0.0, tooth_width_m=10.0),
    ):
        for surface in derive_surfaces(Building("b", "B", BOX, 8.0, roof)):
            if surface.kind != "roof" or surface.surface_tilt > 89:
                continue
            points = rng.uniform(0, 30, (20, 2))
            assert_allclose(
                roof_plane_to_plan(surface, plan_to_roof_plane(surface, points)), points
            )


def test_the_roof_under_a_point_is_the_plane_that_covers_it():
    project = gable_project()
    assert roof_under(project, (30.0, 5.0)).surface_azimuth == 180.0
    assert roof_under(project, (30.0, 25.0)).surface_azimuth == 0.0
    assert roof_under(project, (80.0, 5.0)) is None


def test_a_facade_has_no_plan_position():
    facade = next(s for s in gable_project().surfaces if s.kind == "facade")
    with pytest.raises(GeometryError, match="expected a roof plane"):
        plan_to_roof_plane(facade, [(0.0, 0.0)])
