"""Row pitch by the winter-solstice rule and GCR; racked layouts on a flat roof."""

from __future__ import annotations

import math

import numpy as np
import pvlib
import pytest
import shapely
from msgspec.structs import replace

from bipv_designer.errors import LayoutError
from bipv_designer.layout.arrange import layout_array
from bipv_designer.layout.pitch import row_pitch_gcr, row_pitch_winter_solstice, shadow_ratio
from bipv_designer.project.layout_model import (
    PitchRule,
    RackLayout,
    RackSettings,
    Setback,
    SurfaceLayout,
)
from bipv_designer.project.model import Mounting, Surface, SurfaceKind
from tests.layout.conftest import array_layout, flat_roof

SOUTH_RACKS = RackSettings(
    layout=RackLayout.SOUTH,
    surface_tilt=10.0,
    modules_up=1,
    pitch_rule=PitchRule.WINTER_SOLSTICE,
    gcr=0.6,
)


def _analytic_pitch(latitude: float, slope: float, tilt: float) -> float:
    """Pitch from the sun's elevation and azimuth at 9:00 solar time, by spherical
    trigonometry: sin(alt) = sin(lat) sin(dec) + cos(lat) cos(dec) cos(45 deg);
    cos(az from south) = (sin(alt) sin(lat) - sin(dec)) / (cos(alt) cos(lat));
    the shadow behind a row per metre of height is cos(az) / tan(alt)."""
    lat, dec, hour = math.radians(latitude), math.radians(-23.44), math.radians(45.0)
    alt = math.asin(math.sin(lat) * math.sin(dec) + math.cos(lat) * math.cos(dec) * math.cos(hour))
    cos_az = (math.sin(alt) * math.sin(lat) - math.sin(dec)) / (math.cos(alt) * math.cos(lat))
    beta = math.radians(tilt)
    return slope * math.cos(beta) + slope * math.sin(beta) * cos_az / math.tan(alt)


@pytest.mark.parametrize("latitude", [22.0, 32.0, 40.0])
def test_winter_solstice_pitch_equals_the_analytic_value(latitude):
    pitch = row_pitch_winter_solstice(2.278, 10.0, latitude, 180.0)
    assert pitch == pytest.approx(_analytic_pitch(latitude, 2.278, 10.0), rel=1e-9)


@pytest.mark.parametrize("latitude", [22.0, 32.0, 40.0])
def test_shadow_ratio_agrees_with_pvlib_analytic_sun_position(latitude):
    # pvlib's own analytic zenith and azimuth at hour angles -45 and +45 degrees
    hour_angle = np.radians([-45.0, 45.0])
    declination = np.radians(-23.44)
    lat = math.radians(latitude)
    zenith = pvlib.solarposition.solar_zenith_analytical(lat, hour_angle, declination)
    azimuth = pvlib.solarposition.solar_azimuth_analytical(lat, hour_angle, declination, zenith)
    behind = -np.cos(azimuth) * np.tan(zenith)  # shadow northwards per metre of height
    assert shadow_ratio(latitude, 180.0) == pytest.approx(behind.max(), rel=1e-9)


def test_pitch_grows_with_latitude_and_tilt():
    pitches = [row_pitch_winter_solstice(2.0, 15.0, lat, 180.0) for lat in (22.0, 32.0, 40.0)]
    assert pitches[0] < pitches[1] < pitches[2]
    assert row_pitch_winter_solstice(2.0, 0.0, 40.0, 180.0) == pytest.approx(2.0)


def test_southern_hemisphere_rows_face_north():
    assert shadow_ratio(-32.0, 0.0) == pytest.approx(shadow_ratio(32.0, 180.0), rel=1e-12)


def test_sun_below_the_horizon_is_an_error():
    with pytest.raises(LayoutError, match="below the horizon"):
        shadow_ratio(75.0, 180.0)


def test_gcr_pitch():
    assert row_pitch_gcr(2.278, 0.5) == pytest.approx(4.556)
    with pytest.raises(LayoutError, match="gcr"):
        row_pitch_gcr(2.278, 0.0)


def test_south_racks_fill_rows_at_the_solstice_pitch(module_550):
    # 58 m x 28 m usable: 50 columns; rows at the pitch, the last row's depth must fit
    pitch = _analytic_pitch(32.0, 2.278, 10.0)
    depth = 2.278 * math.cos(math.radians(10.0))
    rows = math.floor((28.0 - depth) / pitch) + 1
    layout = layout_array(
        flat_roof(),
        module_550,
        SurfaceLayout("roof", Setback(uniform_m=1.0)),
        array_layout(racks=SOUTH_RACKS),
        latitude=32.0,
    )
    assert layout.count == 50 * rows
    np.testing.assert_allclose(np.diff(np.unique(layout.v)), pitch, rtol=1e-9)
    np.testing.assert_allclose(layout.size_v_m, depth)
    assert set(layout.surface_tilt) == {10.0}
    assert set(layout.surface_azimuth) == {180.0}


def test_two_modules_up_stack_on_one_rack(module_550):
    racks = replace(SOUTH_RACKS, modules_up=2, pitch_rule=PitchRule.GCR, gcr=0.5)
    layout = layout_array(
        flat_roof(),
        module_550,
        SurfaceLayout("roof", Setback(uniform_m=1.0)),
        array_layout(racks=racks),
    )
    face = 2 * 2.278 + 0.02
    pitch = face / 0.5
    rows = math.floor((28.0 - face * math.cos(math.radians(10.0))) / pitch) + 1
    assert layout.count == 50 * rows * 2


def test_east_west_tents_have_two_faces(module_550):
    racks = replace(
        SOUTH_RACKS,
        layout=RackLayout.EAST_WEST,
        pitch_rule=PitchRule.GCR,
        gcr=0.9,
        ridge_gap_m=0.1,
    )
    layout = layout_array(
        flat_roof(),
        module_550,
        SurfaceLayout("roof", Setback(uniform_m=1.0)),
        array_layout(racks=racks),
    )
    # tent depth 2 x 2.278 cos 10 + 0.1 = 4.587 m at a pitch of 2 x 2.278 / 0.9 = 5.062 m:
    # floor((58 - 4.587) / 5.062) + 1 = 11 tents; floor(28.02 / 1.154) = 24 modules along v
    assert layout.count == 11 * 24 * 2
    assert sorted(set(layout.surface_azimuth)) == [90.0, 270.0]
    west = layout.surface_azimuth == 270.0
    assert np.all(layout.u[west] < layout.u[~west])


def _sloped_roof() -> Surface:
    return replace(flat_roof(), surface_tilt=20.0, mounting=Mounting.ROOF_PARALLEL)


@pytest.mark.parametrize(
    ("surface", "layout_changes", "latitude", "match"),
    [
        ("sloped", {"racks": SOUTH_RACKS}, 32.0, "racks stand on roofs up to"),
        ("flat", {"racks": SOUTH_RACKS}, None, "needs the site latitude"),
        (
            "flat",
            {"racks": replace(SOUTH_RACKS, layout=RackLayout.EAST_WEST)},
            32.0,
            "ground-coverage ratio",
        ),
        (
            "flat",
            {"racks": replace(SOUTH_RACKS, pitch_rule=PitchRule.GCR, gcr=1.0)},
            32.0,
            None,
        ),
        ("flat", {"racks": replace(SOUTH_RACKS, modules_up=0)}, 32.0, "modules_up"),
        ("flat", {"racks": replace(SOUTH_RACKS, surface_tilt=95.0)}, 32.0, "tilt"),
        ("flat", {"gap_u_m": -0.01}, 32.0, "gap_u_m"),
    ],
)
def test_bad_rack_settings(module_550, surface, layout_changes, latitude, match):
    roof = _sloped_roof() if surface == "sloped" else flat_roof()
    call = lambda: layout_array(  # noqa: E731
        roof,
        module_550,
        SurfaceLayout("roof", Setback(uniform_m=1.0)),
        array_layout(**layout_changes),
        latitude=latitude,
    )
    if match is None:  # GCR 1 is allowed: rows touch at 10 degrees (pitch > depth)
        assert call().count > 0
        return
    with pytest.raises(LayoutError, match=match):
        call()


def test_east_west_gcr_too_high_is_an_error(module_550):
    racks = replace(
        SOUTH_RACKS,
        layout=RackLayout.EAST_WEST,
        pitch_rule=PitchRule.GCR,
        gcr=1.0,
        ridge_gap_m=0.5,
    )
    with pytest.raises(LayoutError, match="closer than"):
        layout_array(
            flat_roof(), module_550, SurfaceLayout("roof", Setback()), array_layout(racks=racks)
        )


def test_a_facade_is_not_a_flat_roof_for_racks(module_550):
    facade = Surface(
        id="f",
        name="F",
        kind=SurfaceKind.FACADE,
        building_id="b1",
        outline=((0.0, 0.0), (10.0, 0.0), (10.0, 5.0), (0.0, 5.0)),
        origin=(0.0, 0.0, 0.0),
        surface_tilt=90.0,
        surface_azimuth=180.0,
        mounting=Mounting.VENTILATED_FACADE,
    )
    with pytest.raises(LayoutError, match="racks"):
        layout_array(
            facade,
            module_550,
            SurfaceLayout("f", Setback()),
            array_layout(racks=SOUTH_RACKS),
            latitude=32.0,
        )


@pytest.mark.parametrize("layout", [RackLayout.SOUTH, RackLayout.EAST_WEST])
@pytest.mark.parametrize("portrait", [True, False])
def test_placed_rack_modules_are_drawn_as_the_layout_laid_them(layout, portrait):
    """The outlines drawn and shaded from a project's placements are the footprints the
    rack layout made (east-west tents slope along u, so their footprint shrinks along u)."""
    from bipv_designer.geometry.module_outlines import placement_outlines_uv
    from bipv_designer.layout.apply import relaid
    from bipv_designer.layout.planes import array_layout as project_array_layout
    from tests.factories import make_small_project

    project = make_small_project()
    array = project.arrays[0]
    racks = replace(SOUTH_RACKS, layout=layout, pitch_rule=PitchRule.GCR, gcr=0.7, ridge_gap_m=0.1)
    settings = replace(project_array_layout(project, array.id), racks=racks, portrait=portrait)
    project = relaid(replace(project, array_layouts=(settings,)), array.id)
    outlines = placement_outlines_uv(project, project.arrays[0])
    footprints = shapely.polygons(outlines)
    assert len(outlines) > 100
    assert shapely.area(shapely.union_all(footprints)) == pytest.approx(
        shapely.area(footprints).sum()
    )  # no two overlap
    module = project.module(array.module_id)
    slope = module.length_m if portrait else module.width_m
    depth = slope * math.cos(math.radians(racks.surface_tilt))
    across = module.width_m if portrait else module.length_m
    sizes = np.ptp(outlines[0], axis=0)
    if layout is RackLayout.EAST_WEST:
        assert sizes == pytest.approx([depth, across])
    else:
        assert sizes == pytest.approx([across, depth])
