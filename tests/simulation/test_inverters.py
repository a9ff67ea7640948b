"""The AC side: Sandia and PVWatts inverters, shared inverters of a string plan, modules
left out of it, and east-west tents as two orientations."""

from __future__ import annotations

import numpy as np
import pvlib
import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.components.catalogue import cec_inverter, search_inverters
from bipv_designer.components.inverters import generic_inverter
from bipv_designer.layout.defaults import default_array_layout, default_rack_settings
from bipv_designer.project.layout_model import InverterUse, MpptInput, RackLayout, StringGroup
from bipv_designer.simulation.inverters import inverter_banks, inverter_output
from bipv_designer.simulation.run import simulate
from bipv_designer.simulation.systems import system_table
from tests.factories import with_surfaces
from tests.simulation.test_chain import chain


def _sandia_inverter_near(paco_w):
    name = search_inverters(paco_min_w=paco_w * 0.9, paco_max_w=paco_w * 1.1).iloc[0]["name"]
    return cec_inverter(name)


def test_a_library_inverter_follows_pvlibs_sandia_model_at_its_fitted_voltage(small_project):
    inverter = _sandia_inverter_near(25_000.0)
    array = replace(small_project.arrays[0], inverter_id=inverter.id, inverter_count=2)
    project = replace(small_project, arrays=(array,), inverters=(inverter,))
    banks, warnings = inverter_banks(project, list(project.arrays), np.array([55_000.0]))
    assert warnings == ()
    dc = np.linspace(0.0, 70_000.0, 50)[:, None]
    dc_in, ac = inverter_output(dc, banks)
    parameters = inverter.sandia.pvlib_parameters()
    per_inverter = np.minimum(dc[:, 0] / 2, parameters["Pdco"])
    one = pvlib.inverter.sandia(parameters["Vdco"], per_inverter, parameters)
    expected = 2 * np.maximum(one, 0.0)
    assert_allclose(ac[:, 0], expected, rtol=1e-12)
    assert_allclose(dc_in[:, 0], 2 * per_inverter, rtol=1e-12)
    assert ac.max() == pytest.approx(2 * inverter.paco_w, rel=1e-9)


def _two_walls_on_one_inverter(small_project, strung_west=10):
    inverter = generic_inverter(50_000.0)
    project = with_surfaces(small_project, [(90, 90), (90, 270)])
    plan = InverterUse(
        id="inv1",
        name="Inverter 1",
        inverter_id=inverter.id,
        mppts=(
            MpptInput((StringGroup("a0", 20, 5),)),
            MpptInput((StringGroup("a1", 20, strung_west // 2),) if strung_west else ()),
        ),
    )
    return replace(project, inverters=(inverter,), string_plan=(plan,))


def test_arrays_sharing_an_inverter_share_its_rating_in_proportion_to_their_dc(
    small_project, nanjing_clear_sky
):
    project = _two_walls_on_one_inverter(small_project)
    project = replace(project, inverters=(replace(project.inverters[0], paco_w=20_000.0),))
    output = chain(project, nanjing_clear_sky)
    total_ac = output.ac_power.sum(axis=1)
    assert total_ac.max() == pytest.approx(20_000.0, rel=1e-9)
    busy = total_ac > 1000
    ratio = output.ac_power[busy] / output.dc_power[busy]
    assert_allclose(ratio[:, 0], ratio[:, 1], rtol=1e-9)


def test_modules_left_out_of_the_string_plan_deliver_nothing_and_are_reported(
    small_project, nanjing_clear_sky
):
    full = _two_walls_on_one_inverter(small_project)
    half = _two_walls_on_one_inverter(small_project, strung_west=4)
    full_output, half_output = chain(full, nanjing_clear_sky), chain(half, nanjing_clear_sky)
    west = 1
    assert half_output.dc_inverter_input[:, west].sum() == pytest.approx(
        0.4 * full_output.dc_inverter_input[:, west].sum(), rel=1e-9
    )
    result = simulate(half, nanjing_clear_sky)
    assert any("60 of its 100 modules are in no string" in w for w in result.warnings)
    none = _two_walls_on_one_inverter(small_project, strung_west=0)
    assert "a1" in system_table(none).array_ids
    assert chain(none, nanjing_clear_sky).ac_power[:, west].max() > 0.0


def test_a_string_plan_wiring_more_modules_than_an_array_has_is_scaled_and_reported(
    small_project,
):
    project = _two_walls_on_one_inverter(small_project, strung_west=20)
    table = system_table(project)
    assert table.banks.share.sum(axis=1).tolist() == [1.0, 1.0]
    assert any("wires 200 modules of its 100" in w for w in table.warnings)


def test_east_west_tents_are_the_mean_of_an_east_and_a_west_plane(
    small_project, nanjing_clear_sky
):
    racks = replace(default_rack_settings(), layout=RackLayout.EAST_WEST, surface_tilt=10.0)
    tents = replace(
        with_surfaces(small_project, [(0, 180)]),
        array_layouts=(default_array_layout("a0", racks),),
    )
    table = system_table(tents)
    assert sorted(table.plane_azimuth.tolist()) == [90.0, 270.0]
    faces = with_surfaces(small_project, [(10, 90), (10, 270)])
    tent_output, face_output = chain(tents, nanjing_clear_sky), chain(faces, nanjing_clear_sky)
    for name in ("poa_global", "dc_module", "dc_power"):
        assert_allclose(
            getattr(tent_output, name)[:, 0],
            getattr(face_output, name).mean(axis=1),
            rtol=1e-9,
            atol=1e-9,
        )


def test_the_grouped_inverter_step_equals_the_share_matrix_products():
    """Arrays split over banks by a random share table (some arrays on two banks, one
    bank fed by nobody): bank DC, clipping and AC equal the dense matrix products."""
    from bipv_designer.simulation.inverters import (
        PVWATTS_INVERTER_REFERENCE_EFFICIENCY,
        InverterBanks,
    )

    rng = np.random.default_rng(7)
    arrays, banks_count = 9, 5
    share = np.zeros((arrays, banks_count))
    share[np.arange(arrays), rng.integers(0, banks_count - 1, arrays)] = 1.0
    share[2] = [0.0, 0.3, 0.0, 0.7, 0.0]
    banks = InverterBanks(
        share=share,
        count=np.full(banks_count, 2.0),
        paco_w=np.full(banks_count, 3000.0),
        efficiency=np.full(banks_count, 0.96),
        sandia=(None,) * banks_count,
    )
    dc_power = rng.uniform(0.0, 5000.0, (48, arrays))
    delivered, ac = inverter_output(dc_power, banks)
    per_inverter = dc_power @ share / banks.count
    clipped = np.minimum(per_inverter, banks.dc_limit_w)
    bank_ac = pvlib.inverter.pvwatts(
        clipped,
        banks.dc_limit_w,
        eta_inv_nom=0.96,
        eta_inv_ref=PVWATTS_INVERTER_REFERENCE_EFFICIENCY,
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        kept = np.where(per_inverter > 0, clipped / per_inverter, 0.0)
        converted = np.where(per_inverter > 0, np.maximum(bank_ac, 0.0) / per_inverter, 0.0)
    assert_allclose(delivered, dc_power * (kept @ share.T), rtol=1e-12)
    assert_allclose(ac, dc_power * (converted @ share.T), rtol=1e-12)
    assert (delivered < dc_power).any()  # some banks clip
