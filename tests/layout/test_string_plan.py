"""The project's string plan: design temperatures, the automatic plan by hand, table rows,
and the warnings a designer sees."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from bipv_designer.layout.string_plan import (
    DesignTemperatures,
    PlanRow,
    auto_string_plan,
    design_temperatures,
    plan_from_rows,
    plan_rows,
    string_plan_warnings,
)
from bipv_designer.project.layout_model import Inverter, ModuleDatasheet
from bipv_designer.project.validate import validate_project
from tests.factories import with_surfaces
from tests.simulation.conftest import clear_sky_weather

AT_STC = DesignTemperatures(25.0, 25.0)

# Temperature coefficients zero: every voltage is its STC value, so the limits are
# max = min(1100 / 50, 1500 / 50, 1000 / 40) = 22 and min = ceil(200 / 40) = 5.
DATASHEET = ModuleDatasheet(
    module_id="m550",
    technology="mono-Si",
    cells_in_series=72,
    v_oc_ref=50.0,
    i_sc_ref=10.0,
    v_mp_ref=40.0,
    i_mp_ref=9.5,
    alpha_sc=0.0,
    beta_voc=0.0,
    weight_kg=27.5,
    max_system_voltage_v=1500.0,
)
INVERTER = Inverter(
    id="inv",
    name="Test 24 kW",
    paco_w=24_000.0,
    vdc_max_v=1100.0,
    mppt_low_v=200.0,
    mppt_high_v=1000.0,
    idc_max_a=30.0,
    mppt_count=2,
    strings_per_mppt=3,
    efficiency=0.98,
)


def _project(small_project, orientations=((30, 180),), count=2):
    project = with_surfaces(small_project, orientations, inverter_id="inv", inverter_count=count)
    gamma = replace(project.modules[0], gamma_pdc=-0.004)
    return replace(
        project, modules=(gamma,), module_datasheets=(DATASHEET,), inverters=(INVERTER,)
    )


def test_design_temperatures_are_the_coldest_sunny_hour_and_the_hottest_hour_plus_30_k():
    weather = clear_sky_weather(32.06, 118.8, 8.0, days=2, temp_air=10.0)
    data = weather.data.copy()
    sunny_hour = data.index[(data["ghi"] > 300).to_numpy()][0]
    night_hour = data.index[(data["ghi"] == 0).to_numpy()][0]
    data.loc[sunny_hour, "temp_air"] = -5.0
    data.loc[night_hour, "temp_air"] = -20.0
    data.loc[night_hour + weather.interval, "temp_air"] = 38.0
    weather = replace(weather, data=data)
    assert design_temperatures(weather) == DesignTemperatures(-5.0, 68.0)


def test_the_automatic_plan_by_hand(small_project):
    # 100 modules: lengths 5..22; 20, 10 and 5 all string every module, 20 is longest.
    # 5 strings over 2 inverters: 3 and 2; over 2 inputs each: (2, 1) and (1, 1).
    # DC/AC 33 kW / 24 kW = 1.375 and 22 / 24 = 0.917, both within 0.9-1.5.
    project = _project(small_project)
    plan, skipped = auto_string_plan(project, AT_STC)
    assert skipped == ()
    assert [use.inverter_id for use in plan] == ["inv", "inv"]
    counts = [[sum(g.string_count for g in m.strings) for m in use.mppts] for use in plan]
    assert counts == [[2, 1], [1, 1]]
    assert {g.modules_per_string for use in plan for m in use.mppts for g in m.strings} == {20}
    planned = validate_project(replace(project, string_plan=plan))
    assert string_plan_warnings(planned, AT_STC) == ()


def test_an_odd_module_count_leaves_the_fewest_modules_out(small_project):
    project = _project(small_project)
    array = replace(project.arrays[0], module_count=97)
    project = replace(project, arrays=(array,))
    plan, _ = auto_string_plan(project, AT_STC)
    groups = [g for use in plan for m in use.mppts for g in m.strings]
    # 97 is prime: the best is 96 modules, as 16 x 6 (longest of 6x16, 8x12, 12x8, 16x6...)
    assert {g.modules_per_string for g in groups} == {16}
    assert sum(g.string_count for g in groups) == 6
    warnings = string_plan_warnings(replace(project, string_plan=plan), AT_STC)
    assert [w.code for w in warnings] == ["unstrung_modules"]


def test_arrays_without_datasheet_or_fitting_length_are_skipped_with_a_reason(small_project):
    project = _project(small_project)
    no_sheet = replace(project, module_datasheets=())
    plan, skipped = auto_string_plan(no_sheet, AT_STC)
    assert plan == ()
    assert "no datasheet" in skipped[0]
    narrow = replace(INVERTER, mppt_low_v=900.0, mppt_high_v=950.0)
    plan, skipped = auto_string_plan(replace(project, inverters=(narrow,)), AT_STC)
    assert plan == ()
    assert "no string length fits" in skipped[0]


def test_two_orientations_on_one_input_are_warned(small_project):
    project = _project(small_project, orientations=((90, 90), (90, 270)), count=1)
    plan, _ = auto_string_plan(project, AT_STC)
    rows = plan_rows(plan)
    assert plan_from_rows(plan, rows) == plan
    west = [r for r in rows if r.array_id == "a1"]
    moved = tuple(replace(r, use_id=plan[0].id, mppt=1) if r.array_id == "a1" else r for r in rows)
    assert west
    assert moved != rows
    mixed = replace(project, string_plan=plan_from_rows(plan, moved))
    codes = {w.code for w in string_plan_warnings(mixed, AT_STC)}
    assert "mppt_mixed_orientation" in codes
    apart = replace(project, string_plan=plan)
    assert "mppt_mixed_orientation" not in {w.code for w in string_plan_warnings(apart, AT_STC)}


def test_rows_name_new_inputs_and_too_long_strings_are_warned(small_project):
    project = _project(small_project, count=1)
    plan, _ = auto_string_plan(project, AT_STC)
    rows = (PlanRow(plan[0].id, 3, "a0", 25, 4),)
    changed = plan_from_rows(plan, rows)
    assert len(changed[0].mppts) == 3
    assert changed[0].mppts[2].strings[0].modules_per_string == 25
    warnings = string_plan_warnings(replace(project, string_plan=changed), AT_STC)
    codes = {w.code for w in warnings}
    assert {"string_too_long", "mppt_count", "strings_per_mppt", "mppt_current"} <= codes
    assert "25 modules" in next(w.message for w in warnings if w.code == "string_too_long")


@pytest.mark.parametrize("count", [1, 3])
def test_every_module_is_strung_once_when_the_count_divides(small_project, count):
    project = _project(small_project, count=count)
    plan, _ = auto_string_plan(project, AT_STC)
    strung = sum(
        g.modules_per_string * g.string_count for use in plan for m in use.mppts for g in m.strings
    )
    assert strung == 100
    assert len(plan) == count
