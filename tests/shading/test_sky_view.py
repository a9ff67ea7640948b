"""Sky view of modules: Tregenza's patches, an open roof, and a parapet's share of the
sky against the view factor of a long wall."""

from __future__ import annotations

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.layout.apply import relaid
from bipv_designer.shading.sky_view import sky_views, tregenza_patches
from bipv_designer.shading.substrings import substring_points
from tests.factories import make_small_project


def hall(parapet_m: float):
    project = make_small_project()
    building = project.buildings[0]
    roof = replace(building.roof, parapet_height_m=parapet_m)
    project = replace(project, buildings=(replace(building, roof=roof),))
    return relaid(project, project.arrays[0].id)


def test_the_145_patches_cover_the_sky_and_give_a_horizontal_plane_pi():
    patches = tregenza_patches()
    assert len(patches.elevation) == 145
    assert patches.solid_angle.sum() == pytest.approx(2 * np.pi)
    horizontal = (patches.solid_angle * np.sin(np.radians(patches.elevation))).sum()
    assert horizontal == pytest.approx(np.pi, rel=0.01)


def test_an_open_roof_sees_its_whole_sky():
    project = hall(parapet_m=0.0)
    (view,) = sky_views(project).values()
    assert (view.isotropic == 1.0).all()
    assert (view.horizon_band == 1.0).all()
    assert view.sky_view_factor == pytest.approx(1.0, abs=0.01)


def test_a_parapet_hides_the_sky_a_long_wall_would():
    """A horizontal point at distance d from a long wall of height h loses the view
    factor (1 - cos a) / 2 of its sky, a = atan(h / d) (a differential strip facing an
    infinite strip; e.g. Modest, Radiative Heat Transfer, view factor tables). The
    modules along the middle of the south parapet, against the mean over their points."""
    height = 1.0
    project = hall(parapet_m=height)
    array = project.arrays[0]
    (view,) = sky_views(project).values()
    points = substring_points(placement_outlines_uv(project, array)).reshape(
        len(array.placements), -1, 2
    )
    roof = project.surfaces[0]
    outline = np.asarray(roof.outline)
    south, north = outline[:, 1].min(), outline[:, 1].max()

    def wall_share(distance):
        return (1.0 - np.cos(np.arctan(height / distance))) / 2.0

    expected = 1.0 - (wall_share(points[..., 1] - south) + wall_share(north - points[..., 1]))
    centre_u = points[..., 0].mean(axis=1)
    middle = (centre_u > outline[:, 0].min() + 20) & (centre_u < outline[:, 0].max() - 20)
    near_south = middle & (points[..., 1].min(axis=1) < south + 1.0)
    assert near_south.sum() > 10
    assert view.isotropic[near_south] == pytest.approx(expected[near_south].mean(axis=1), abs=0.01)
    assert view.isotropic[near_south].mean() < 0.9


def facade_across_a_yard(yard_m: float, wall_m: float):
    """A 60 m x 16 m office 20 m high with modules on its south facade, and a long wall
    ``wall_m`` high across a yard ``yard_m`` wide to the south."""
    from bipv_designer.geometry.park import place_building
    from bipv_designer.layout.apply import add_array
    from bipv_designer.project.model import (
        Building,
        ObstacleShape,
        Roof,
        RoofType,
        SiteObstacle,
    )

    empty = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    footprint = ((0.0, 0.0), (60.0, 0.0), (60.0, 16.0), (0.0, 16.0))
    project = place_building(
        empty, Building("office", "Office", footprint, 20.0, Roof(RoofType.FLAT))
    )
    (facade,) = [s for s in project.surfaces if s.kind == "facade" and s.surface_azimuth == 180]
    wall = SiteObstacle(
        "wall",
        "Wall",
        ObstacleShape.BOX,
        ((-400.0, -yard_m - 2.0), (460.0, -yard_m - 2.0), (460.0, -yard_m), (-400.0, -yard_m)),
        wall_m,
    )
    project = add_array(replace(project, obstacles=(wall,)), facade.id)
    return project, facade


def test_a_wall_across_a_yard_hides_the_ground_and_the_low_sky_as_view_factors_say():
    """A vertical point z high, a long wall H high d away: in the cross-section it sees
    the ground only below the angle atan(z / d), keeping 1 - z / sqrt(z^2 + d^2) of its
    ground view, and the sky only above atan((H - z) / d), keeping 1 - sin of that angle
    (the view factors of infinite strips)."""
    from bipv_designer.geometry.frames import plane_to_site

    yard, height = 8.0, 30.0
    project, facade = facade_across_a_yard(yard, height)
    array = project.arrays[0]
    (view,) = sky_views(project).values()
    uv = substring_points(placement_outlines_uv(project, array)).reshape(-1, 2)
    z = plane_to_site(uv, facade.origin, facade.surface_tilt, facade.surface_azimuth)[:, 2]
    z = z.reshape(len(array.placements), -1)
    ground = (1.0 - z / np.hypot(z, yard)).mean(axis=1)
    sky = (1.0 - np.sin(np.arctan2(height - z, yard))).mean(axis=1)
    assert view.ground == pytest.approx(ground, abs=0.03)
    assert view.isotropic == pytest.approx(sky, abs=0.03)
    assert view.ground.min() < 0.3  # the upper modules see little ground
