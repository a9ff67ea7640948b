"""Component library: CEC search, PAN/OND import, bundled library, generic inverter."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from bipv_designer.components.bundled import bundled_library, library_record
from bipv_designer.components.catalogue import (
    cec_datasheet,
    cec_inverter,
    search_inverters,
    search_modules,
)
from bipv_designer.components.datasheets import fit_single_diode
from bipv_designer.components.inverters import generic_inverter
from bipv_designer.components.library import cec_module, generic_module
from bipv_designer.components.panond import read_ond, read_pan
from bipv_designer.errors import ComponentError
from bipv_designer.project.model import DcModel
from bipv_designer.project.single_diode import single_diode_stc_power

PAN = """PVObject_=pvModule
  Version=7.2

  PVObject_Commercial=pvCommercial
    Manufacturer=Acme Solar
    Model=AS-550M
    Width=1.134
    Height=2.278
    Depth=0.035
    Weight=27.500
  End of PVObject pvCommercial

  Technol=mtSiMono
  NCelS=72
  NCelP=2
  GRef=1000
  TRef=25.0
  PNom=550.0
  Isc=13.98
  Voc=49.90
  Imp=13.13
  Vmp=41.90
  muISC=6.71
  muVocSpec=-139.7
  muPmpReq=-0.350
  VMaxIEC=1500
End of PVObject pvModule
"""

OND = """PVObject_=pvGInverter
  Version=7.2

  PVObject_Commercial=pvCommercial
    Manufacturer=Acme Power
    Model=AP-110K
  End of PVObject pvCommercial

  Converter=TConverter
    PNomConv=110.000
    PMaxOUT=121.000
    VMppMin=180
    VMPPMax=1000
    VAbsMax=1100
    EfficMax=98.70
    EfficEuro=98.40
    IMaxDC=300.0
    NbMPPT=10
  End of TConverter
  NbInputs=20
End of PVObject pvGinverter
"""


def test_search_cec_modules_by_maker_and_power():
    found = search_modules("canadian solar", pdc0_min_w=300.0, pdc0_max_w=320.0, limit=None)
    assert len(found) > 0
    assert found["name"].str.lower().str.contains("canadian solar").all()
    assert found["pdc0_w"].between(300.0, 320.0).all()
    assert found["pdc0_w"].is_monotonic_decreasing
    assert search_modules("no such maker anywhere").empty


def test_a_found_module_and_its_datasheet_agree():
    name = search_modules("canadian CS5P 220M", limit=1)["name"].iloc[0]
    module = cec_module(name)
    datasheet = cec_datasheet(name)
    assert datasheet.module_id == module.id
    assert datasheet.v_mp_ref * datasheet.i_mp_ref == pytest.approx(module.pdc0_w, rel=0.01)


def test_search_and_read_cec_inverters():
    found = search_inverters("sma america", paco_min_w=20_000.0, paco_max_w=30_000.0)
    assert (found["maker"] == "SMA America").all()
    inverter = cec_inverter(found["name"].iloc[0])
    assert inverter.paco_w == pytest.approx(found["paco_w"].iloc[0])
    assert inverter.sandia is not None
    assert inverter.sandia.pvlib_parameters()["Paco"] == inverter.paco_w
    assert inverter.mppt_low_v < inverter.mppt_high_v <= inverter.vdc_max_v
    with pytest.raises(ComponentError, match="no inverter"):
        cec_inverter("Nobody: nothing")


def test_read_pan_converts_pvsyst_units(tmp_path):
    path = tmp_path / "acme.pan"
    path.write_text(PAN, encoding="utf-8")
    record = read_pan(path)
    module, datasheet = record.module, record.datasheet
    assert module.name == "Acme Solar AS-550M"
    assert (module.length_m, module.width_m, module.pdc0_w) == (2.278, 1.134, 550.0)
    assert module.gamma_pdc == pytest.approx(-0.0035)
    assert datasheet.alpha_sc == pytest.approx(0.00671)  # 6.71 mA/K
    assert datasheet.beta_voc == pytest.approx(-0.1397)  # -139.7 mV/K
    assert datasheet.weight_kg == 27.5
    assert datasheet.max_system_voltage_v == 1500.0
    assert module.dc_model is DcModel.CEC
    # the fitted single-diode model gives the datasheet's maximum power at STC
    assert single_diode_stc_power(module.cec) == pytest.approx(41.9 * 13.13, rel=1e-3)


def test_read_pan_errors(tmp_path):
    path = tmp_path / "bad.pan"
    path.write_text(PAN.replace("  Voc=49.90\n", ""), encoding="utf-8")
    with pytest.raises(ComponentError, match="number for Voc"):
        read_pan(path)
    path.write_text(PAN.replace("muVocSpec=-139.7", "muVocSpec=0.0"), encoding="utf-8")
    with pytest.raises(ComponentError, match="muVocSpec"):
        read_pan(path)
    path.write_text("nothing here\n", encoding="utf-8")
    with pytest.raises(ComponentError, match="PVObject_"):
        read_pan(path)
    with pytest.raises(ComponentError, match="cannot read"):
        read_pan(tmp_path / "missing.pan")


def test_read_ond(tmp_path):
    path = tmp_path / "acme.ond"
    path.write_text(OND, encoding="utf-8")
    inverter = read_ond(path)
    assert inverter.name == "Acme Power AP-110K"
    assert inverter.paco_w == 110_000.0
    assert (inverter.mppt_low_v, inverter.mppt_high_v, inverter.vdc_max_v) == (180, 1000, 1100)
    assert inverter.idc_max_a == pytest.approx(30.0)  # 300 A over 10 MPPT inputs
    assert (inverter.mppt_count, inverter.strings_per_mppt) == (10, 2)
    assert inverter.efficiency == pytest.approx(0.984)
    path.write_text(OND.replace("    PNomConv=110.000\n", ""), encoding="utf-8")
    with pytest.raises(ComponentError, match="PNomConv"):
        read_ond(path)


def test_bundled_library_entries_are_consistent():
    records = bundled_library()
    assert len({r.module.id for r in records}) == len(records)
    for record in records:
        module, datasheet = record.module, record.datasheet
        assert record.module.source
        assert record.datasheet.source
        # nameplate equals Vmp x Imp within 1 %, efficiency within the 2024 range
        assert datasheet.v_mp_ref * datasheet.i_mp_ref == pytest.approx(module.pdc0_w, rel=0.01)
        assert 0.09 < module.efficiency < 0.25
        if module.dc_model is DcModel.CEC:
            assert single_diode_stc_power(module.cec) == pytest.approx(module.pdc0_w, rel=0.01)
    lightweight = library_record("lib-longi-himo-x10-guardian-560")
    # 16.3 kg on 1.990 x 1.134 m: 7.2 kg/m2 as cited
    assert lightweight.datasheet.weight_kg / lightweight.module.area_m2 == pytest.approx(
        7.2, abs=0.05
    )
    with pytest.raises(ComponentError, match="bundled library"):
        library_record("nope")


def test_generic_library_keeps_its_ids():
    assert generic_module().id == "generic-550-mono"
    assert generic_module("generic-bipv-glass-glass-250").pdc0_w == 250.0


def test_generic_inverter_scales_with_rating():
    inverter = generic_inverter(110_000.0)
    assert inverter.paco_w == 110_000.0
    assert inverter.mppt_count == 10  # one per 11 kW
    with pytest.raises(ComponentError, match="AC rating"):
        generic_inverter(0.0)


def test_unfittable_datasheet_is_an_error():
    datasheet = library_record("lib-550-perc-144").datasheet
    with pytest.raises(ComponentError, match="no single-diode parameters"):
        fit_single_diode(replace(datasheet, v_mp_ref=60.0))
