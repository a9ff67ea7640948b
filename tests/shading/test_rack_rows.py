"""Rows of racks shading each other: the shade up each face against the geometry of the
row in front, rows at the winter-solstice pitch unshaded 9:00-15:00 on 21 December, and
which way each module of an east-west tent faces."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pvlib
import pytest
import shapely
from msgspec.structs import replace

from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.layout.apply import relaid
from bipv_designer.layout.planes import array_layout
from bipv_designer.project.layout_model import PitchRule, RackLayout, RackSettings
from bipv_designer.shading.rack_rows import rack_faces
from bipv_designer.shading.substrings import substring_points
from tests.factories import make_small_project


def racked(racks: RackSettings, portrait: bool = True):
    project = make_small_project()
    array = project.arrays[0]
    settings = replace(array_layout(project, array.id), racks=racks, portrait=portrait)
    project = relaid(replace(project, array_layouts=(settings,)), array.id)
    array = project.arrays[0]
    points = substring_points(placement_outlines_uv(project, array))
    return project, rack_faces(project, array, points)


@pytest.mark.parametrize("portrait", [True, False])
@pytest.mark.parametrize(("elevation", "azimuth"), [(15.0, 180.0), (18.0, 150.0), (10.0, 220.0)])
def test_the_shade_up_a_face_is_where_the_row_in_front_blocks_the_sun(
    portrait, elevation, azimuth
):
    """Cross-section across the rows: a point s up the face stands s sin(t) high, s cos(t)
    behind the face's lower edge; the row in front has its top edge W sin(t) high at
    pitch - W cos(t) in front. The point is shaded when the ray to the sun, rising at the
    profile angle, passes below that edge."""
    racks = RackSettings(RackLayout.SOUTH, 20.0, 2, PitchRule.GCR, 0.6)
    _project, faces = racked(racks, portrait)
    tilt = math.radians(racks.surface_tilt)
    width, pitch = faces.section.face_slope_m, faces.section.pitch_m
    profile = math.atan(
        math.tan(math.radians(elevation)) / math.cos(math.radians(azimuth - 180.0))
    )
    s = faces.slope_position_m
    point_x = -s * math.cos(tilt)
    top_x, top_z = pitch - width * math.cos(tilt), width * math.sin(tilt)
    ray_height = s * math.sin(tilt) + (top_x - point_x) * math.tan(profile)
    expected = (ray_height < top_z) & faces.row_in_front[:, None, None]
    shaded = faces.shaded(elevation, azimuth)
    assert expected.any()
    assert not expected.all()
    assert (shaded == expected).mean() > 0.999  # points on the shadow line may round
    assert (s >= -1e-9).all()
    assert (s <= width + 1e-9).all()


def test_the_front_row_has_no_row_shade_and_each_rack_holds_its_modules_up():
    racks = RackSettings(RackLayout.SOUTH, 20.0, 2, PitchRule.GCR, 0.6)
    project, faces = racked(racks)
    outlines = placement_outlines_uv(project, project.arrays[0])
    lower_edge = outlines[:, :, 1].min(axis=1)
    front_row = np.isclose(lower_edge, lower_edge.min())
    assert not faces.row_in_front[front_row].any()
    assert faces.row_in_front[lower_edge > lower_edge.min() + faces.section.pitch_m].all()
    lowest_point = faces.slope_position_m.min(axis=(1, 2))
    module_slope = faces.section.module_slope_m
    assert set(np.round(lowest_point / faces.section.step_up_m).astype(int)) == {0, 1}
    assert lowest_point.max() < faces.section.step_up_m + module_slope / 2


def test_rows_at_the_winter_solstice_pitch_are_unshaded_from_9_to_15_on_21_december():
    """GB 50797-2012: no row shades the next between 9:00 and 15:00 solar time on the
    winter solstice; the sun here comes from pvlib, the pitch from the layout's rule."""
    racks = RackSettings(RackLayout.SOUTH, 25.0, 2, PitchRule.WINTER_SOLSTICE, 0.5)
    project, faces = racked(racks)
    site = project.site
    hours = pd.date_range("2025-12-21 06:00", "2025-12-21 18:00", freq="10min", tz="UTC")
    position = pvlib.solarposition.get_solarposition(hours, site.latitude, site.longitude)
    equation_of_time = pvlib.solarposition.equation_of_time_spencer71(hours.dayofyear)
    solar_hour = (
        hours.hour + hours.minute / 60 + site.longitude / 15 + np.asarray(equation_of_time) / 60
    ) % 24
    shaded = np.array(
        [
            faces.shaded(e, a).any()
            for e, a in zip(position["apparent_elevation"], position["azimuth"], strict=True)
        ]
    )
    window = (solar_hour >= 9.0) & (solar_hour <= 15.0)
    assert not shaded[window].any()
    assert shaded[(solar_hour < 8.5) & (position["apparent_elevation"] > 2)].all()


def test_east_west_tents_face_away_from_their_ridge():
    racks = RackSettings(RackLayout.EAST_WEST, 10.0, 1, PitchRule.GCR, 0.8, ridge_gap_m=0.2)
    project, faces = racked(racks)
    outlines = placement_outlines_uv(project, project.arrays[0])
    centre_u = outlines[:, :, 0].mean(axis=1)
    tent = np.floor((centre_u - centre_u.min() + 0.5) / faces.section.pitch_m)
    for k in np.unique(tent):
        in_tent = tent == k
        middle = centre_u[in_tent].mean()
        west = in_tent & (centre_u < middle)
        east = in_tent & (centre_u > middle)
        assert set(faces.facing_azimuth[west]) == {270.0}
        assert set(faces.facing_azimuth[east]) == {90.0}
    morning = faces.shaded(5.0, 100.0)
    assert morning[faces.facing_azimuth == 90.0].any()
    assert not morning[faces.facing_azimuth == 270.0].any()


@pytest.mark.parametrize(("elevation", "azimuth"), [(12.0, 180.0), (20.0, 140.0), (8.0, 235.0)])
def test_the_3d_projection_of_a_row_agrees_with_pvlib_shaded_fraction1d(elevation, azimuth):
    """Independent of the rack code: the shadow the 3-D engine casts from one long row
    onto the plane of the row behind it, as a share of that row's slope, against
    pvlib's infinite-row formula (Anderson & Jensen 2024)."""
    from bipv_designer.project.model import Mounting, Surface, SurfaceKind
    from bipv_designer.shading.plane_shadows import shadow_on_surface
    from bipv_designer.shading.scene3d import Face, SunPosition

    tilt, width, pitch, length = 25.0, 2.3, 4.0, 400.0
    rise, depth = width * math.sin(math.radians(tilt)), width * math.cos(math.radians(tilt))

    def row(y_front: float) -> np.ndarray:
        """A south-facing row, its lower edge along x at y_front, rising to the north."""
        return np.array(
            [
                [-length / 2, y_front, 0.0],
                [length / 2, y_front, 0.0],
                [length / 2, y_front + depth, rise],
                [-length / 2, y_front + depth, rise],
            ]
        )

    front = Face("front", SurfaceKind.ROOF, row(0.0), False)
    behind = Surface(
        id="behind",
        name="Row behind",
        kind=SurfaceKind.ROOF,
        building_id=None,
        outline=((-length / 2, 0.0), (length / 2, 0.0), (length / 2, width), (-length / 2, width)),
        origin=(0.0, pitch, 0.0),
        surface_tilt=tilt,
        surface_azimuth=180.0,
        mounting=Mounting.OPEN_RACK,
    )
    shadow = shadow_on_surface([front], behind, SunPosition(elevation, azimuth).direction)
    middle = shapely.LineString([(0.0, 0.0), (0.0, width)])  # across the row's middle
    covered = shapely.intersection(shadow, middle).length / width
    expected = pvlib.shading.shaded_fraction1d(
        90.0 - elevation, azimuth, 90.0, tilt, collector_width=width, pitch=pitch
    )
    assert covered == pytest.approx(float(expected), abs=1e-6)
    assert 0.0 < covered < 1.0
