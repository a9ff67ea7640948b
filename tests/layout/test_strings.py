"""String sizing checked by hand, and warnings of string plans."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from bipv_designer.errors import LayoutError
from bipv_designer.layout.strings import (
    StringedArray,
    check_inverter_use,
    check_strung_modules,
    dc_ac_ratio,
    module_operating_point,
    string_limits,
)
from bipv_designer.project.layout_model import (
    Inverter,
    InverterUse,
    ModuleDatasheet,
    MpptInput,
    StringGroup,
)
from bipv_designer.project.model import Module

MODULE = Module(
    id="m550", name="550 W", length_m=2.278, width_m=1.134, pdc0_w=550.0, gamma_pdc=-0.0035
)
DATASHEET = ModuleDatasheet(
    module_id="m550",
    technology="mono-Si PERC",
    cells_in_series=72,
    v_oc_ref=49.9,
    i_sc_ref=14.0,
    v_mp_ref=41.9,
    i_mp_ref=13.13,
    alpha_sc=0.007,  # 0.05 %/K of 14 A
    beta_voc=-0.14,  # about -0.28 %/K of 49.9 V
    weight_kg=27.5,
    max_system_voltage_v=1500.0,
)
INVERTER = Inverter(
    id="inv110",
    name="110 kW",
    paco_w=110_000.0,
    vdc_max_v=1100.0,
    mppt_low_v=200.0,
    mppt_high_v=1000.0,
    idc_max_a=30.0,
    mppt_count=10,
    strings_per_mppt=2,
    efficiency=0.985,
)


def test_voltages_at_design_temperatures_by_hand():
    # -10 C: Voc = 49.9 - 0.14 x (-35) = 54.8 V; gamma_vmp = -0.0035 - 0.007 / 14 = -0.004
    # so Vmp = 41.9 x (1 + 0.004 x 35) = 47.766 V; Isc = 14 - 0.007 x 35 = 13.755 A
    cold = module_operating_point(MODULE, DATASHEET, -10.0)
    assert cold.v_oc == pytest.approx(54.8)
    assert cold.v_mp == pytest.approx(47.766)
    assert cold.i_sc == pytest.approx(13.755)
    hot = module_operating_point(MODULE, DATASHEET, 70.0)
    # 70 C: Vmp = 41.9 x (1 - 0.004 x 45) = 34.358 V; Isc = 14 + 0.007 x 45 = 14.315 A
    assert hot.v_mp == pytest.approx(34.358)
    assert hot.i_sc == pytest.approx(14.315)


def test_string_limits_by_hand():
    # longest: 1100 / 54.8 = 20.07, 1500 / 54.8 = 27.4, 1000 / 47.766 = 20.9 -> 20 (inverter)
    # shortest: 200 / 34.358 = 5.82 -> 6; strings: 30 / 14.315 = 2.1 -> 2 (2 connectors)
    limits = string_limits(MODULE, DATASHEET, INVERTER, -10.0, 70.0)
    assert (limits.min_modules, limits.max_modules) == (6, 20)
    assert limits.limited_by == "inverter maximum DC voltage"
    assert limits.max_strings_per_mppt == 2


def test_colder_sites_allow_shorter_strings_only():
    # -30 C: Voc = 49.9 + 0.14 x 55 = 57.6 V -> 1100 / 57.6 = 19.1 -> 19
    assert string_limits(MODULE, DATASHEET, INVERTER, -30.0, 70.0).max_modules == 19


def test_mppt_range_can_set_the_longest_string():
    inverter = replace(INVERTER, vdc_max_v=1500.0, mppt_high_v=800.0)
    # 800 / 47.766 = 16.7 -> 16
    limits = string_limits(MODULE, DATASHEET, inverter, -10.0, 70.0)
    assert limits.max_modules == 16
    assert limits.limited_by == "MPPT upper voltage"


def test_design_temperatures_in_the_wrong_order_are_an_error():
    with pytest.raises(LayoutError, match="minimum <= maximum"):
        string_limits(MODULE, DATASHEET, INVERTER, 70.0, -10.0)


def _arrays() -> dict[str, StringedArray]:
    south = StringedArray("south", MODULE, DATASHEET, 10.0, 180.0, 200)
    east = StringedArray("east", MODULE, DATASHEET, 10.0, 90.0, 40)
    return {"south": south, "east": east}


def _use(*mppts: tuple[StringGroup, ...]) -> InverterUse:
    return InverterUse("u1", "Inverter 1", "inv110", tuple(MpptInput(m) for m in mppts))


def test_a_good_plan_has_no_warnings():
    use = _use(*[(StringGroup("south", 20, 2),)] * 5)
    # 5 x 2 x 20 x 550 W = 110 kW on 110 kW AC
    pdc0 = {array_id: a.module.pdc0_w for array_id, a in _arrays().items()}
    assert dc_ac_ratio(use, INVERTER, pdc0) == pytest.approx(1.0)
    assert check_inverter_use(use, INVERTER, _arrays(), -10.0, 70.0) == ()


def test_plan_warnings():
    use = _use(
        (StringGroup("south", 21, 1), StringGroup("east", 20, 1)),
        (StringGroup("south", 5, 3),),
    )
    codes = {w.code for w in check_inverter_use(use, INVERTER, _arrays(), -10.0, 70.0)}
    assert codes == {
        "string_too_long",
        "mppt_mixed_orientation",
        "mppt_mixed_length",
        "string_too_short",
        "strings_per_mppt",
        "mppt_current",
        "dc_ac_ratio",
    }


def test_too_many_mppts_and_unknown_arrays():
    use = _use(*[(StringGroup("south", 20, 1),)] * 11)
    codes = {w.code for w in check_inverter_use(use, INVERTER, _arrays(), -10.0, 70.0)}
    assert "mppt_count" in codes
    with pytest.raises(LayoutError, match="unknown array"):
        check_inverter_use(_use((StringGroup("nope", 20, 1),)), INVERTER, _arrays(), -10.0, 70.0)
    with pytest.raises(LayoutError, match="names inverter"):
        check_inverter_use(replace(use, inverter_id="other"), INVERTER, _arrays(), -10.0, 70.0)


def test_strung_module_counts():
    use = _use((StringGroup("south", 20, 2),), (StringGroup("east", 20, 3),))
    warnings = {w.subject: w.code for w in check_strung_modules([use], _arrays())}
    assert warnings == {"south": "unstrung_modules", "east": "overstrung_modules"}
