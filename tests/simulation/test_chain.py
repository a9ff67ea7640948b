"""The yield chain: analytic identities of every step, exact loss accounting, timing."""

from __future__ import annotations

import numpy as np
import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.components.inverters import generic_inverter
from bipv_designer.components.library import cec_module, cec_table
from bipv_designer.errors import Cancelled, SimulationError
from bipv_designer.layout.defaults import default_array_layout, default_rack_settings
from bipv_designer.project.defaults import default_losses
from bipv_designer.project.losses import total_loss_pct
from bipv_designer.project.model import Mounting
from bipv_designer.project.single_diode import single_diode_stc_power
from bipv_designer.simulation.chain import run_chain
from bipv_designer.simulation.parameters import (
    DEFAULT_OPTIONS,
    ChainOptions,
    TemperatureModel,
    thermal_parameters,
)
from bipv_designer.simulation.run import simulate
from bipv_designer.simulation.systems import system_table
from tests.factories import with_surfaces
from tests.simulation.conftest import clear_sky_weather


def chain(project, weather, options=DEFAULT_OPTIONS):
    site = project.site
    return run_chain(
        weather,
        site.latitude,
        site.longitude,
        site.altitude,
        site.albedo,
        system_table(project),
        project.losses,
        options,
    )


def test_horizontal_poa_is_beam_plus_diffuse(small_project, nanjing_clear_sky):
    # Perez on a horizontal plane: circumsolar + isotropic = DHI for zenith < 85 deg,
    # horizon band and ground terms vanish, so POA = DNI cos z + DHI = GHI.
    output = chain(with_surfaces(small_project, [(0, 180)]), nanjing_clear_sky)
    ghi = nanjing_clear_sky.data["ghi"].to_numpy()
    high_sun = ghi > 300
    assert high_sun.sum() > 1000
    assert_allclose(output.poa_global[high_sun, 0], ghi[high_sun], rtol=1e-9)


@pytest.mark.parametrize("mounting", list(Mounting))
def test_cell_temperature_follows_the_pvsyst_balance(small_project, nanjing_clear_sky, mounting):
    # T_cell = T_air + alpha G (1 - eta) / (u_c + u_v w)  (PVsyst; Faiman 2008)
    project = with_surfaces(small_project, [(30, 180)], mounting=mounting)
    output = chain(project, nanjing_clear_sky)
    p = thermal_parameters(ChainOptions().temperature_model, mounting)
    efficiency = project.modules[0].efficiency
    expected = 20.0 + p["alpha_absorption"] * output.poa_global[:, 0] * (1 - efficiency) / (
        p["u_c"] + p["u_v"] * 1.0
    )
    assert_allclose(output.temp_cell[:, 0], expected, rtol=1e-12)


def test_open_rack_is_cooler_than_integrated(small_project, nanjing_clear_sky):
    rack = chain(with_surfaces(small_project, [(30, 180)], Mounting.OPEN_RACK), nanjing_clear_sky)
    bipv = chain(with_surfaces(small_project, [(30, 180)], Mounting.INTEGRATED), nanjing_clear_sky)
    assert bipv.temp_cell.max() - rack.temp_cell.max() > 10.0
    assert bipv.dc_module.sum() < rack.dc_module.sum()


def test_dc_follows_pvwatts_and_the_system_losses(small_project, nanjing_clear_sky):
    output = chain(with_surfaces(small_project, [(30, 180)]), nanjing_clear_sky)
    pdc0 = 100 * 550.0
    expected = output.poa_effective / 1000 * pdc0 * (1 - 0.0035 * (output.temp_cell - 25.0))
    assert_allclose(output.dc_module, expected, rtol=1e-12)
    assert_allclose(output.loss_factor, 1 - total_loss_pct(default_losses()) / 100, rtol=1e-12)
    assert_allclose(output.dc_power, output.dc_module * output.loss_factor, rtol=1e-12)


def test_iam_loses_a_few_percent_and_nothing_at_night(small_project, nanjing_clear_sky):
    output = chain(with_surfaces(small_project, [(30, 180), (90, 90)]), nanjing_clear_sky)
    ratio = output.poa_effective.sum(axis=0) / output.poa_global.sum(axis=0)
    assert np.all((ratio > 0.93) & (ratio < 0.99))
    night = nanjing_clear_sky.data["ghi"].to_numpy() == 0
    assert not output.ac_power[night].any()
    assert not output.poa_global[night].any()


def test_inverter_clips_at_its_ac_rating(small_project, nanjing_clear_sky):
    project = with_surfaces(small_project, [(30, 180)], dc_ac_ratio=1.6)
    output = chain(project, nanjing_clear_sky)
    rating = 100 * 550.0 / 1.6
    assert output.ac_power.max() == pytest.approx(rating, rel=1e-12)
    assert (output.dc_inverter_input < output.dc_power).any()
    assert output.ac_power.min() >= 0.0


def test_inverter_efficiency_follows_the_pvwatts_curve(small_project, nanjing_clear_sky):
    # PVWatts v5 inverter (Dobos 2014, eq. 11): eta = eta_nom / 0.9637 *
    # (-0.0162 z - 0.0059 / z + 0.9858), z = P_dc / P_dc0: eta_nom at z = 1 and a peak
    # of eta_nom / 0.9637 * (0.9858 - 2 sqrt(0.0162 * 0.0059)) at z = sqrt(0.0059 / 0.0162).
    output = chain(with_surfaces(small_project, [(30, 180)], dc_ac_ratio=1.6), nanjing_clear_sky)
    lit = output.dc_inverter_input > 0
    efficiency = output.ac_power[lit] / output.dc_inverter_input[lit]
    at_rated = output.dc_inverter_input[lit] == output.dc_inverter_input.max()
    assert_allclose(efficiency[at_rated], 0.96, rtol=1e-12)
    peak = 0.96 / 0.9637 * (0.9858 - 2 * np.sqrt(0.0162 * 0.0059))
    assert efficiency.max() == pytest.approx(peak, abs=2e-5)


def test_cec_module_gives_its_datasheet_power_at_stc():
    table = cec_table()
    for name in table.columns[::4000]:
        module = cec_module(name)
        assert_allclose(
            single_diode_stc_power(module.cec),
            float(table[name]["I_mp_ref"] * table[name]["V_mp_ref"]),
            rtol=0.01,
        )


def test_cec_array_is_scaled_to_nameplate_and_loses_at_low_light(small_project, nanjing_clear_sky):
    module = replace(cec_module(cec_table().columns[1000]), id="m550")
    project = replace(with_surfaces(small_project, [(30, 180)]), modules=(module,))
    output = chain(project, nanjing_clear_sky)
    nominal = output.poa_effective[:, 0] / 1000 * 100 * module.pdc0_w
    at_25c = output.dc_stc_temperature[:, 0]
    bright = (output.poa_effective[:, 0] > 950) & (output.poa_effective[:, 0] < 1050)
    dim = (output.poa_effective[:, 0] > 100) & (output.poa_effective[:, 0] < 200)
    assert_allclose(at_25c[bright] / nominal[bright], 1.0, atol=0.01)
    assert np.all(at_25c[dim] / nominal[dim] < 0.995)


def test_arrays_together_equal_arrays_alone(small_project, nanjing_clear_sky):
    orientations = [(0, 180), (30, 180), (90, 90), (90, 270), (15, 45)]
    together = chain(with_surfaces(small_project, orientations), nanjing_clear_sky)
    for i, orientation in enumerate(orientations):
        alone = chain(with_surfaces(small_project, [orientation]), nanjing_clear_sky)
        assert_allclose(together.ac_power[:, i], alone.ac_power[:, 0], rtol=1e-9)


def test_loss_steps_multiply_exactly_to_the_performance_ratio(small_project, nanjing_clear_sky):
    project = with_surfaces(small_project, [(30, 180), (90, 270)], dc_ac_ratio=1.5)
    result = simulate(project, nanjing_clear_sky)
    factors = result.loss_factors()
    summary = result.summary()
    for column in ("s0", "s1", "total"):
        assert_allclose(
            factors[column].prod(), summary.loc[column, "performance_ratio"], rtol=1e-12
        )
    energy = result.loss_energy_kwh["total"]
    assert_allclose(energy.iloc[-1], summary.loc["total", "annual_ac_kwh"], rtol=1e-12)
    assert factors.loc["inverter_clipping", "s0"] < 1.0


def test_east_and_west_facades_mirror_each_other(small_project):
    # At 120 E in UTC+8 the sun is symmetric about 12:00 (up to the equation of time),
    # so a timing error of one hour would split east and west by 20 % or more.
    weather = clear_sky_weather(30.0, 120.0, 8.0)
    project = replace(
        with_surfaces(small_project, [(90, 90), (90, 270)]),
        site=replace(small_project.site, latitude=30.0, longitude=120.0),
    )
    summary = simulate(project, weather).summary()
    east, west = summary.loc["s0", "annual_ac_kwh"], summary.loc["s1", "annual_ac_kwh"]
    assert abs(east / west - 1) < 0.02


def test_monthly_energy_adds_up_to_the_annual(small_project, nanjing_clear_sky):
    result = simulate(with_surfaces(small_project, [(30, 180)]), nanjing_clear_sky)
    monthly = result.monthly_ac_kwh()
    assert list(monthly.index) == list(range(1, 13))
    assert_allclose(monthly["total"].sum(), result.summary().loc["total", "annual_ac_kwh"])
    assert monthly.loc[6, "total"] > monthly.loc[12, "total"]


def test_cancel_stops_the_run(small_project, nanjing_clear_sky):
    site = small_project.site
    with pytest.raises(Cancelled):
        run_chain(
            nanjing_clear_sky,
            site.latitude,
            site.longitude,
            site.altitude,
            site.albedo,
            system_table(small_project),
            small_project.losses,
            cancel=lambda: True,
        )


def test_progress_is_reported_up_to_one(small_project, nanjing_clear_sky):
    seen = []
    site = small_project.site
    run_chain(
        nanjing_clear_sky,
        site.latitude,
        site.longitude,
        site.altitude,
        site.albedo,
        system_table(small_project),
        small_project.losses,
        progress=lambda fraction, message: seen.append(fraction),
    )
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)


def test_noct_model_keeps_an_unlit_plane_at_air_temperature(small_project, nanjing_clear_sky):
    # A plane facing straight down over black ground receives nothing; SAM's NOCT model
    # divides by the POA irradiance, which must not turn into NaN energy.
    project = with_surfaces(small_project, [(180, 180), (90, 0)])
    project = replace(project, site=replace(project.site, albedo=0.0))
    options = ChainOptions(temperature_model=TemperatureModel.NOCT_SAM)
    output = chain(project, nanjing_clear_sky, options)
    assert np.isfinite(output.temp_cell).all()
    assert np.isfinite(output.ac_power).all()
    assert_allclose(output.temp_cell[:, 0], 20.0)
    assert output.ac_power[:, 0].max() == 0.0


def test_arrays_on_excluded_surfaces_are_left_out(small_project):
    roof = small_project.surfaces[0]
    wall = replace(roof, id="b1/wall", surface_tilt=90.0)
    wall_array = replace(small_project.arrays[0], id="a2", surface_id=wall.id)
    project = replace(
        small_project,
        surfaces=(roof, wall),
        arrays=(small_project.arrays[0], wall_array),
    )
    assert system_table(project).surface_ids == (roof.id, wall.id)
    wall_excluded = replace(project, surfaces=(roof, replace(wall, excluded=True)))
    assert system_table(wall_excluded).surface_ids == (roof.id,)
    all_excluded = replace(
        project, surfaces=tuple(replace(s, excluded=True) for s in project.surfaces)
    )
    with pytest.raises(SimulationError, match="no array with modules on an included surface"):
        system_table(all_excluded)


def test_a_chosen_inverter_clips_at_its_ac_rating_with_its_efficiency(
    small_project, nanjing_clear_sky
):
    inverter = generic_inverter(20_000.0)
    array = replace(small_project.arrays[0], inverter_id=inverter.id, inverter_count=1)
    project = replace(small_project, arrays=(array,), inverters=(inverter,))
    table = system_table(project)
    assert table.banks.paco_w.tolist() == [20_000.0]
    assert table.banks.efficiency.tolist() == [inverter.efficiency]
    result = simulate(project, nanjing_clear_sky)
    assert result.ac_power.to_numpy().max() == pytest.approx(20_000.0, rel=1e-9)
    unknown = replace(array, inverter_id="nowhere")
    with pytest.raises(SimulationError, match="inverter 'nowhere' is not among"):
        system_table(replace(project, arrays=(unknown,)))


def test_modules_on_south_racks_are_simulated_at_the_rack_tilt(small_project):
    racks = replace(default_rack_settings(), surface_tilt=15.0)
    project = replace(small_project, array_layouts=(default_array_layout("a1", racks),))
    assert system_table(project).plane_tilt.tolist() == [15.0]
    assert system_table(small_project).plane_tilt.tolist() == [0.0]
