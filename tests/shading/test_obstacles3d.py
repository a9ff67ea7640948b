"""Keep-outs as 3-D boxes standing on their roof plane."""

from __future__ import annotations

import pytest
from numpy.testing import assert_allclose

from bipv_designer.layout.obstacles import add_keep_out
from bipv_designer.project.layout_model import KeepOut, KeepOutShape
from bipv_designer.shading.obstacles3d import keep_out_faces
from bipv_designer.shading.scene3d import SunPosition, ground_shadows
from tests.factories import make_small_project


def unit(height_m: float) -> KeepOut:
    return KeepOut(
        "k1", "HVAC", KeepOutShape.RECTANGLE, ((10.0, 5.0), (12.0, 8.0)), height_m=height_m
    )


def test_a_box_on_the_flat_roof_has_a_top_at_roof_plus_height_and_four_sides():
    project = add_keep_out(make_small_project(), "b1/roof-1", unit(2.0))
    top, *sides = keep_out_faces(project)
    assert_allclose(top.points[:, 2], 12.0 + 2.0)
    assert len(top.points) == 4
    assert_allclose(top.points[:, :2].min(axis=0), (10.0, 5.0), atol=1e-9)
    assert_allclose(top.points[:, :2].max(axis=0), (12.0, 8.0), atol=1e-9)
    assert len(sides) == 4
    assert all(side.points[:, 2].min() == pytest.approx(12.0) for side in sides)


def test_a_flat_keep_out_has_no_box():
    assert keep_out_faces(add_keep_out(make_small_project(), "b1/roof-1", unit(0.0))) == []


def test_a_box_casts_a_shadow_as_long_as_its_height_over_the_tangent_of_the_sun():
    project = add_keep_out(make_small_project(), "b1/roof-1", unit(2.0))
    box = keep_out_faces(project)
    # the sun due south at 45 degrees: the top (z = 14 m) lands 14 m north of itself
    (shadow,) = ground_shadows(box, SunPosition(elevation=45.0, azimuth=180.0))
    assert shadow[:, 1].max() == pytest.approx(8.0 + 14.0)
