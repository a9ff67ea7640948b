"""Obstacles on the site: a neighbouring building's shadow on the roof, and deciduous
trees that let part of the winter sun through."""

from __future__ import annotations

import math

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.layout.apply import relaid
from bipv_designer.project.model import ObstacleShape, SiteObstacle
from bipv_designer.shading.module_shading import (
    SunHours,
    annual_beam_losses,
    beam_factors,
    shaded_points,
)
from bipv_designer.shading.site_obstacles import obstacle_faces
from bipv_designer.shading.substrings import POINTS_PER_SUBSTRING, substring_points
from bipv_designer.weather.project_weather import station_year
from tests.factories import make_small_project


def open_hall(*obstacles: SiteObstacle):
    """The 60 m x 30 m hall (12 m high) without parapet, filled, with obstacles."""
    project = make_small_project()
    building = project.buildings[0]
    roof = replace(building.roof, parapet_height_m=0.0)
    project = replace(
        project,
        buildings=(replace(building, roof=roof),),
        obstacles=obstacles,
    )
    return relaid(project, project.arrays[0].id)


def test_a_taller_neighbour_south_shades_the_roof_as_far_as_its_shadow_reaches():
    """A 20 m block 5 m south of the hall: at the sun's elevation e (due south) its
    shadow falls (20 - 12) / tan(e) - 5 m onto the roof."""
    south = 0.0  # the hall's south wall runs along y = 0
    neighbour = SiteObstacle(
        "n", "Neighbour", ObstacleShape.BOX, ((-20, -25), (80, -25), (80, -5), (-20, -5)), 20.0
    )
    project = open_hall(neighbour)
    array = project.arrays[0]
    points = substring_points(placement_outlines_uv(project, array))
    elevation = 30.0
    reach = (20.0 - 12.0) / math.tan(math.radians(elevation)) - 5.0  # 8.86 m
    counts = shaded_points(project, np.array([elevation]), np.array([180.0]))[array.id][0]
    y = points[..., 1]  # (N, S, k)
    assert (counts[(y < south + reach - 0.15).all(axis=-1)] == POINTS_PER_SUBSTRING).all()
    assert (counts[(y > south + reach + 0.15).all(axis=-1)] == 0).all()
    assert (counts > 0).any()


def test_a_tree_is_a_cone_of_its_crown():
    tree = SiteObstacle(
        "t", "Oak", ObstacleShape.TREE, ((10.0, -6.0),), 15.0, radius_m=4.0, crown_base_m=3.0
    )
    faces = obstacle_faces(open_hall(tree))
    points = np.concatenate([f.points for f in faces])
    assert points[:, 2].max() == 15.0
    assert points[:, 2].min() == 3.0
    assert np.hypot(points[:, 0] - 10.0, points[:, 1] + 6.0).max() == pytest.approx(4.0)


@pytest.fixture(scope="module")
def hours() -> SunHours:
    site = make_small_project().site
    weather = station_year(site, "nearest")
    return SunHours.from_weather(weather, site.latitude, site.longitude, site.altitude)


def _loss(project, hours) -> float:
    _, per_surface = annual_beam_losses(project, hours, beam_factors(project, hours))
    (losses,) = per_surface.values()
    return losses.area


def tree_line(**bare) -> tuple[SiteObstacle, ...]:
    """Six 22 m trees along the south side of the hall, with ``bare`` leaf-off settings."""
    return tuple(
        SiteObstacle(
            f"t{k}",
            f"Tree {k}",
            ObstacleShape.TREE,
            ((5.0 + 10.0 * k, -5.0),),
            22.0,
            radius_m=4.0,
            crown_base_m=6.0,
            **bare,
        )
        for k in range(6)
    )


def test_a_bare_crown_lets_through_its_share_of_the_winter_sun(hours):
    """Trees along the south side of the hall: leafless all year with transparency 1
    they shade nothing, with transparency 0 as much as evergreens; half-way, half; bare
    only from November to March, the winter part of the loss shrinks."""

    every_month = tuple(range(1, 13))
    evergreen = _loss(open_hall(*tree_line()), hours)
    assert evergreen > 0.01
    assert _loss(open_hall(), hours) == 0.0
    assert _loss(
        open_hall(*tree_line(leaf_off_months=every_month, leaf_off_transparency=1.0)), hours
    ) == pytest.approx(0.0, abs=1e-12)
    half = _loss(
        open_hall(*tree_line(leaf_off_months=every_month, leaf_off_transparency=0.5)), hours
    )
    assert half == pytest.approx(evergreen / 2, rel=1e-9)
    winter_bare = _loss(
        open_hall(*tree_line(leaf_off_months=(11, 12, 1, 2, 3), leaf_off_transparency=0.7)), hours
    )
    assert 0.3 * evergreen < winter_bare < evergreen


def test_in_leaf_and_bare_in_one_pass_equal_the_two_apart(hours):
    """Deciduous trees beside a neighbouring block: drawing the crowns over the rest's
    shadows gives exactly the points of the two separate computations."""
    from bipv_designer.shading.module_shading import shaded_points_in_leaf_and_bare

    trees = tree_line(leaf_off_months=(12, 1, 2), leaf_off_transparency=0.6)
    block = SiteObstacle(
        "n", "Neighbour", ObstacleShape.BOX, ((-30, 0), (-5, 0), (-5, 30), (-30, 30)), 25.0
    )
    project = open_hall(block, *trees)
    pick = hours.elevation > 2.0
    elevation, azimuth = hours.elevation[pick][::40], hours.azimuth[pick][::40]
    in_leaf, bare = shaded_points_in_leaf_and_bare(project, elevation, azimuth)
    apart_in_leaf = shaded_points(project, elevation, azimuth)
    apart_bare = shaded_points(project, elevation, azimuth, bare_trees=True)
    array_id = project.arrays[0].id
    assert np.array_equal(in_leaf[array_id], apart_in_leaf[array_id])
    assert np.array_equal(bare[array_id], apart_bare[array_id])
    assert (in_leaf[array_id] > bare[array_id]).any()  # the crowns shade something
    assert (bare[array_id] > 0).any()  # and so does the block
