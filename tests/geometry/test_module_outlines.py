"""Outlines of placed modules in the plane and on the plan."""

from __future__ import annotations

import math

import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.geometry.module_outlines import (
    placement_outlines_on_plan,
    placement_outlines_uv,
)
from bipv_designer.layout.defaults import default_array_layout, default_rack_settings
from bipv_designer.project.model import ModulePlacement
from tests.factories import make_small_project


def with_placements(project, placements):
    array = replace(project.arrays[0], placements=placements, module_count=len(placements))
    return replace(project, arrays=(array,)), array


def test_portrait_and_landscape_modules_on_a_flat_roof():
    project, array = with_placements(
        make_small_project(),
        (ModulePlacement(1.0, 2.0), ModulePlacement(5.0, 2.0, portrait=False)),
    )
    portrait, landscape = placement_outlines_uv(project, array)
    assert_allclose(portrait, [(1, 2), (2.134, 2), (2.134, 4.278), (1, 4.278)])
    assert_allclose(landscape[2], (5 + 2.278, 2 + 1.134))
    # the flat roof's plane coordinates are site coordinates shifted by its origin (0, 0)
    assert_allclose(
        placement_outlines_on_plan(project, array), placement_outlines_uv(project, array)
    )


def test_modules_on_racks_cover_their_projection():
    project, array = with_placements(make_small_project(), (ModulePlacement(0.0, 0.0),))
    racks = replace(default_rack_settings(), surface_tilt=30.0)
    project = replace(project, array_layouts=(default_array_layout(array.id, racks),))
    (outline,) = placement_outlines_uv(project, array)
    assert outline[2, 1] == pytest.approx(2.278 * math.cos(math.radians(30.0)))
