"""Beam shading of modules over a year: the sun-direction table against the exact
per-hour computation, parapets casting shade, and an open roof without any loss."""

from __future__ import annotations

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.layout.apply import relaid
from bipv_designer.layout.obstacles import add_keep_out
from bipv_designer.project.layout_model import KeepOut, KeepOutShape
from bipv_designer.project.model import RoofType
from bipv_designer.shading.module_shading import (
    SunHours,
    annual_beam_losses,
    beam_factors,
)
from bipv_designer.shading.occluders import parapet_faces
from bipv_designer.weather.project_weather import station_year
from tests.factories import make_small_project


@pytest.fixture(scope="module")
def hours() -> SunHours:
    site = make_small_project().site
    weather = station_year(site, "nearest")
    return SunHours.from_weather(weather, site.latitude, site.longitude, site.altitude)


def roof_with_unit(parapet_m: float = 1.0):
    """The 60 m x 30 m hall, filled with modules, a 2 m tall unit in the middle."""
    project = make_small_project()
    hall = project.buildings[0]
    project = replace(
        project,
        buildings=(replace(hall, roof=replace(hall.roof, parapet_height_m=parapet_m)),),
    )
    roof = project.surfaces[0]
    unit = KeepOut(
        "unit", "HVAC", KeepOutShape.RECTANGLE, ((28.0, 13.0), (32.0, 17.0)), height_m=2.0
    )
    project = add_keep_out(project, roof.id, unit)
    return relaid(project, project.arrays[0].id)


def test_an_open_roof_without_parapet_loses_nothing(hours):
    project = make_small_project()
    project = replace(
        project,
        buildings=(
            replace(
                project.buildings[0],
                roof=replace(project.buildings[0].roof, parapet_height_m=0.0),
            ),
        ),
    )
    project = relaid(project, project.arrays[0].id)
    per_module, per_surface = annual_beam_losses(project, hours, beam_factors(project, hours))
    (surface,) = per_surface.values()
    assert (surface.area, surface.electrical) == (0.0, 0.0)
    assert (per_module[project.arrays[0].id].area == 0.0).all()
    assert (per_module[project.arrays[0].id].electrical == 0.0).all()


def test_parapets_are_walls_on_the_footprint_from_the_eaves_up():
    project = roof_with_unit(parapet_m=1.2)
    walls = parapet_faces(project)
    assert len(walls) == 4
    assert {float(z) for wall in walls for z in wall.points[:, 2]} == {12.0, 13.2}
    flat = replace(project.buildings[0].roof, roof_type=RoofType.GABLE, slope_deg=10)
    gable = replace(project, buildings=(replace(project.buildings[0], roof=flat),))
    assert parapet_faces(gable) == []


def test_the_table_agrees_with_the_exact_hours(hours):
    project = roof_with_unit()
    array_id = project.arrays[0].id
    table, table_surface = annual_beam_losses(project, hours, beam_factors(project, hours))
    exact, exact_surface = annual_beam_losses(
        project, hours, beam_factors(project, hours, exact=True)
    )

    def lost(losses):
        return losses.area + losses.electrical

    difference = np.abs(lost(table[array_id]) - lost(exact[array_id]))
    assert np.percentile(difference, 95) < 0.005  # 0.5 percentage points
    (surface_id,) = exact_surface
    assert abs(lost(table_surface[surface_id]) - lost(exact_surface[surface_id])) < 0.002
    assert exact_surface[surface_id].area > 0.003  # the unit and the parapet do shade
    assert exact_surface[surface_id].electrical > exact_surface[surface_id].area
    assert lost(exact[array_id]).max() > 0.05  # the modules right behind the unit


def test_the_shading_command_prints_surfaces_and_writes_one_row_per_module(tmp_path):
    import io
    import json

    from bipv_designer.cli import main
    from bipv_designer.project.io import save_project

    project = roof_with_unit()
    path = tmp_path / "hall.bipv.json"
    save_project(project, path)
    out = io.StringIO()
    csv = tmp_path / "modules.csv"
    assert main(["shading", str(path), "--json", "--module-csv", str(csv)], stdout=out) == 0
    (surface,) = json.loads(out.getvalue())["surfaces"]
    assert 0.3 < surface["near_shading_beam_pct"] < 8  # the weather moved to the site
    assert surface["shading_electrical_pct"] > surface["near_shading_beam_pct"]
    assert 0.5 < surface["near_shading_diffuse_pct"] < 10
    import pandas as pd

    table = pd.read_csv(csv)
    assert len(table) == project.arrays[0].module_count
    assert list(table.columns) == [
        "array_id",
        "module_index",
        "x_m",
        "y_m",
        "z_m",
        "beam_unshaded_kwh_m2",
        "beam_shaded_kwh_m2",
        "beam_loss_pct",
        "sky_view_factor",
    ]
    assert (table["z_m"] == 12.0).all()  # the flat roof at the eaves
    pooled = 1 - table["beam_shaded_kwh_m2"].sum() / table["beam_unshaded_kwh_m2"].sum()
    beam_lost = surface["near_shading_beam_pct"] + surface["shading_electrical_pct"]
    assert pooled * 100 == pytest.approx(beam_lost, rel=1e-9)
    assert table["sky_view_factor"].between(0.3, 1.0).all()
    assert table["sky_view_factor"].max() > 0.99  # the middle of the roof sees the whole sky


def test_the_simulation_applies_near_shading_as_its_own_loss_step():
    from bipv_designer.project.model import ShadingSettings
    from bipv_designer.simulation.run import simulate

    project = roof_with_unit()
    weather = station_year(project.site, "nearest")
    off = simulate(project, weather)
    on = simulate(replace(project, shading=ShadingSettings(near_shading=True)), weather)
    surface_id = project.surfaces[0].id
    steps = ["near_shading_diffuse", "near_shading_beam", "shading_electrical"]
    assert (off.loss_factors().loc[steps, surface_id] == 1.0).all()
    for step in steps:
        assert 0.9 < on.loss_factors().loc[step, surface_id] < 0.999
    assert on.summary().loc["total", "annual_ac_kwh"] < off.summary().loc["total", "annual_ac_kwh"]
    assert any("flat shading loss of 3" in w for w in off.warnings)
    assert any("flat shading loss of 3" in w for w in off.warnings)


def test_under_beam_only_light_the_simulation_loses_what_the_shading_command_says():
    """With all light as beam (DHI 0, so no circumsolar either), the irradiation the
    simulation's near-shading step takes from the flat roof is the shading command's
    beam loss, computed another way (module nodes gathered, not hourly array means)."""
    import pvlib

    from bipv_designer.project.model import ShadingSettings
    from bipv_designer.simulation.run import simulate

    project = replace(roof_with_unit(), shading=ShadingSettings(near_shading=True))
    weather = station_year(project.site, "nearest")
    site = project.site
    sun = pvlib.solarposition.get_solarposition(
        weather.solar_times, site.latitude, site.longitude, site.altitude
    )
    cos_zenith = np.clip(np.cos(np.radians(sun["zenith"].to_numpy())), 0.0, None)
    data = weather.data.copy()
    data["dhi"] = 0.0
    data["ghi"] = data["dni"] * cos_zenith
    beam_only = replace(weather, data=data)
    result = simulate(project, beam_only)
    surface_id = project.surfaces[0].id
    factors = result.loss_factors()[surface_id]
    assert factors["near_shading_diffuse"] == 1.0  # no sky diffuse to hide
    hours = SunHours.from_weather(beam_only, site.latitude, site.longitude, site.altitude)
    _, per_surface = annual_beam_losses(project, hours, beam_factors(project, hours))
    expected = per_surface[surface_id]
    assert 1.0 - factors["near_shading_beam"] == pytest.approx(expected.area, rel=0.02)
    after_area = factors["near_shading_beam"] * factors["shading_electrical"]
    assert 1.0 - after_area == pytest.approx(expected.area + expected.electrical, rel=0.02)


def test_near_shading_stops_when_cancelled(hours):
    from bipv_designer.errors import Cancelled

    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled, match="near shading cancelled"):
        beam_factors(roof_with_unit(), hours, cancel=cancel)


def test_the_bitmap_agrees_with_exact_point_in_polygon_tests(hours):
    """The shaded points counted from the bitmap against shapely's point-in-polygon on
    the same shadows, for 40 suns of the year: the bitmap may differ only for points
    within about a pixel of a shadow's edge."""
    from bipv_designer.geometry.module_outlines import placement_outlines_uv
    from bipv_designer.shading.module_shading import shaded_points
    from bipv_designer.shading.occluders import occluders
    from bipv_designer.shading.plane_shadows import PlaneShaders, points_in_shadow
    from bipv_designer.shading.substrings import substring_points

    project = roof_with_unit(parapet_m=1.0)
    array = project.arrays[0]
    pick = np.linspace(0, len(hours.dni) - 1, 40).astype(int)
    directions = hours.directions()[pick]
    counts = shaded_points(project, hours.elevation[pick], hours.azimuth[pick])[array.id]
    shaders = PlaneShaders(occluders(project), project.surface(array.surface_id))
    points = substring_points(placement_outlines_uv(project, array))
    exact = np.stack([points_in_shadow(shaders.shadows(d), points) for d in directions])
    assert exact.sum() > 1000  # the suns do cast shade
    flips = (counts > 0) != (exact > 0)  # what the string model sees
    assert flips.mean() < 0.005
    assert counts.sum() == pytest.approx(exact.sum(), rel=0.02)


def test_on_the_demo_park_the_table_agrees_with_the_exact_hours():
    """Acceptance: within 0.5 percentage points of annual beam per module at the 95th
    percentile, and 0.2 points for each surface's total (string inverters)."""
    from bipv_designer.paths import DEMO_PROJECT
    from bipv_designer.project.io import load_project
    from bipv_designer.weather.project_weather import read_project_weather
    from bipv_designer.weather.relocate import weather_at_site

    project = load_project(DEMO_PROJECT)
    site = project.site
    weather = weather_at_site(read_project_weather(project.weather, DEMO_PROJECT, site), site)
    hours = SunHours.from_weather(weather, site.latitude, site.longitude, site.altitude)
    table, table_surface = annual_beam_losses(project, hours, beam_factors(project, hours))
    exact, exact_surface = annual_beam_losses(
        project, hours, beam_factors(project, hours, exact=True)
    )

    def lost(losses):
        return losses.area + losses.electrical

    difference = np.concatenate([np.abs(lost(table[a]) - lost(exact[a])) for a in exact])
    assert np.percentile(difference, 95) < 0.005
    for surface_id, losses in exact_surface.items():
        assert abs(lost(table_surface[surface_id]) - lost(losses)) < 0.002
    assert lost(exact_surface["office-c/facade-1"]) > 0.02  # the park does shade


def test_strings_lose_more_than_modules_with_module_level_electronics():
    """The same shaded roof: strung to string inverters the bypassed substrings cost
    extra (the electrical step below 1); with microinverters only the shaded area counts
    (the electrical step exactly 1), so they yield more."""
    from bipv_designer.project.layout_model import Inverter, InverterUse, MpptInput, StringGroup
    from bipv_designer.project.model import ShadingSettings
    from bipv_designer.simulation.run import simulate

    project = replace(roof_with_unit(), shading=ShadingSettings(near_shading=True))
    array = project.arrays[0]
    weather = station_year(project.site, "nearest")

    def strung(module_level: bool):
        inverter = Inverter(
            "inv", "Test", 1e6, 1500.0, 10.0, 1500.0, 1e4, 1, 1000, 0.98, module_level=module_level
        )
        length = 1 if module_level else 16
        strings = StringGroup(array.id, length, array.module_count // length)
        plan = (InverterUse("i1", "Inverter 1", "inv", (MpptInput((strings,)),)),)
        return replace(project, inverters=(inverter,), string_plan=plan)

    string_result = simulate(strung(False), weather)
    micro_result = simulate(strung(True), weather)
    surface_id = array.surface_id
    assert string_result.loss_factors().loc["shading_electrical", surface_id] < 0.999
    assert micro_result.loss_factors().loc["shading_electrical", surface_id] == 1.0
    beam = [
        r.loss_factors().loc["near_shading_beam", surface_id]
        for r in (string_result, micro_result)
    ]
    assert beam[0] == pytest.approx(beam[1], rel=1e-12)


def test_moving_a_keep_out_recomputes_only_the_roofs_it_can_shade(hours, monkeypatch):
    """Two halls 200 m apart: a unit moved on one leaves the other's result cached, and
    the cached results equal a fresh computation."""
    from bipv_designer.edits import obstacles
    from bipv_designer.geometry.park import place_building
    from bipv_designer.layout.apply import add_array
    from bipv_designer.project.model import Building, Roof
    from bipv_designer.shading import module_shading
    from bipv_designer.shading.plane_cache import MemoryCache

    project = roof_with_unit()
    far = Building(
        "far",
        "Far hall",
        ((300.0, 0.0), (360.0, 0.0), (360.0, 30.0), (300.0, 30.0)),
        12.0,
        Roof(RoofType.FLAT),
    )
    project = add_array(place_building(project, far), "far/roof-1")
    computed: list[int] = []
    original = module_shading._plane_points
    monkeypatch.setattr(
        module_shading,
        "_plane_points",
        lambda base, crowns, arrays, *rest: (
            computed.append(len(arrays)) or original(base, crowns, arrays, *rest)
        ),
    )
    cache = MemoryCache()
    beam_factors(project, hours, cache=cache)
    assert len(computed) == 2
    roof_id = project.surfaces[0].id
    unit = obstacles.keep_out_of(project, roof_id, "unit")
    moved = obstacles.change_keep_out(
        project, roof_id, replace(unit, points=((40.0, 13.0), (44.0, 17.0)))
    ).project
    computed.clear()
    cached = beam_factors(moved, hours, cache=cache)
    assert len(computed) == 1  # only the roof the unit stands on
    fresh = beam_factors(moved, hours)
    for array_id, points in fresh.node_points.items():
        assert np.array_equal(cached.node_points[array_id], points)


def test_a_second_simulation_takes_the_shading_from_the_disk_cache(tmp_path, monkeypatch):
    """The same project simulated twice: the second run computes no plane and gives the
    same yield; a cache folder that cannot be read is computed around."""
    from bipv_designer.disk_cache import CACHE_ENVIRONMENT
    from bipv_designer.project.model import ShadingSettings
    from bipv_designer.shading import module_shading
    from bipv_designer.simulation.run import simulate

    monkeypatch.setenv(CACHE_ENVIRONMENT, str(tmp_path))
    project = replace(roof_with_unit(), shading=ShadingSettings(near_shading=True))
    weather = station_year(project.site, "nearest")
    first = simulate(project, weather)
    computed: list[int] = []
    original = module_shading._plane_points
    monkeypatch.setattr(
        module_shading,
        "_plane_points",
        lambda *args: computed.append(1) or original(*args),
    )
    second = simulate(project, weather)
    assert computed == []
    assert list(tmp_path.rglob("*.npz"))
    total = "total"
    assert (
        second.summary().loc[total, "annual_ac_kwh"] == first.summary().loc[total, "annual_ac_kwh"]
    )
    for entry in tmp_path.rglob("*.*"):
        entry.write_bytes(b"not a cache entry")
    third = simulate(project, weather)
    assert computed  # broken entries are computed again
    assert (
        third.summary().loc[total, "annual_ac_kwh"] == first.summary().loc[total, "annual_ac_kwh"]
    )


def test_an_unchanged_geometry_reuses_the_whole_hourly_result(tmp_path, monkeypatch):
    """A second simulation of the same geometry (here with a new name and tariff) takes
    the hourly shading from the cache unchanged; a moved unit computes it again."""
    from bipv_designer.edits import obstacles
    from bipv_designer.project.model import ShadingSettings
    from bipv_designer.shading import module_shading
    from bipv_designer.shading import near_shade as near_shade_module
    from bipv_designer.shading.plane_cache import DiskCache

    project = replace(roof_with_unit(), shading=ShadingSettings(near_shading=True))
    weather = station_year(project.site, "nearest")
    array_ids = tuple(a.id for a in project.arrays)
    cache = DiskCache(tmp_path)
    fresh = near_shade_module.near_shade(project, weather, array_ids)
    near_shade_module.near_shade(project, weather, array_ids, cache=cache)
    computed: list[int] = []
    original = module_shading.beam_factors
    monkeypatch.setattr(
        module_shading,
        "beam_factors",
        lambda *args, **kwargs: computed.append(1) or original(*args, **kwargs),
    )
    renamed = replace(project, name="Renamed", tariff=None)
    cached = near_shade_module.near_shade(renamed, weather, array_ids, cache=cache)
    assert computed == []
    assert np.array_equal(cached.beam_area, fresh.beam_area)
    for found, expected in zip(cached.strings, fresh.strings, strict=True):
        assert np.array_equal(found.shares, expected.shares)
        assert np.array_equal(found.counts, expected.counts)
        assert np.array_equal(found.rows, expected.rows)
    assert cached.module_beam_loss.keys() == fresh.module_beam_loss.keys()
    for array_id, losses in fresh.module_beam_loss.items():
        assert np.array_equal(cached.module_beam_loss[array_id], losses)
    roof_id = project.surfaces[0].id
    unit = obstacles.keep_out_of(project, roof_id, "unit")
    moved = obstacles.change_keep_out(
        project, roof_id, replace(unit, points=((40.0, 13.0), (44.0, 17.0)))
    ).project
    shifted = near_shade_module.near_shade(moved, weather, array_ids, cache=cache)
    assert computed == [1]
    assert not np.array_equal(
        shifted.module_beam_loss[array_ids[0]], fresh.module_beam_loss[array_ids[0]]
    )
