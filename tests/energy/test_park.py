"""The project's PV against its meters: the demo park, meters by building, and files."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from msgspec.structs import replace

from bipv_designer.energy.park import UNASSIGNED, park_balance
from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import (
    FactoryPattern,
    LoadFile,
    LoadMapping,
    Meter,
    ParkLoad,
    SyntheticLoad,
)
from bipv_designer.simulation.run import simulate
from tests.test_cli import run


def test_demo_json_has_the_park_balance_and_it_adds_up(demo_results):
    balance = demo_results["balance"]
    park = balance["park"]
    assert park["pv_kwh"] == pytest.approx(
        park["pv_used_kwh"]
        + park["export_kwh"]
        + park["curtailed_kwh"]
        + park["battery_charge_kwh"]
    )
    assert park["load_kwh"] == pytest.approx(2_250_000.0)
    assert set(balance["meters"]) == {"Hall A (production)", "Warehouse B and Office C"}
    assert 0 < park["self_sufficiency"] < 1


@pytest.fixture(scope="module")
def demo_results():
    from bipv_designer.paths import DEMO_PROJECT

    code, text = run("simulate", str(DEMO_PROJECT), "--json")
    assert code == 0
    return json.loads(text)


def test_a_meter_file_at_quarter_hours_and_pv_of_a_building_without_meter(
    small_project, nanjing_clear_sky, tmp_path
):
    stamps = pd.date_range("2023-01-01", periods=35040, freq="15min").strftime("%Y-%m-%d %H:%M")
    (tmp_path / "meter.csv").write_text(
        "time,kW\n" + "\n".join(f"{s},200" for s in stamps) + "\n", encoding="utf-8"
    )
    meter = Meter("m", "Office", (), file=LoadFile("meter.csv", LoadMapping("time", "kW")))
    project = replace(small_project, load=ParkLoad((meter,)))
    result = simulate(project, nanjing_clear_sky)
    park = park_balance(project, result, tmp_path / "park.bipv.json")
    table = park.balance.intervals
    assert park.balance.interval_hours == 0.25
    assert table["load_kwh"].sum() == pytest.approx(200.0 * 8760)
    assert table["pv_kwh"].sum() == pytest.approx(result.summary().loc["total", "annual_ac_kwh"])
    assert UNASSIGNED in park.balance.meters  # the hall's PV belongs to no meter
    assert park.balance.meters[UNASSIGNED]["shared_out_kwh"].sum() > 0


def test_a_meter_file_of_half_a_year_is_refused(small_project, nanjing_clear_sky, tmp_path):
    stamps = pd.date_range("2023-01-01", "2023-06-30", freq="h").strftime("%Y-%m-%d %H:%M")
    (tmp_path / "meter.csv").write_text("time,kW\n" + "\n".join(f"{s},5" for s in stamps) + "\n")
    meter = Meter("m", "Half", ("b1",), file=LoadFile("meter.csv", LoadMapping("time", "kW")))
    project = replace(small_project, load=ParkLoad((meter,)))
    result = simulate(project, nanjing_clear_sky)
    with pytest.raises(LoadFileError, match="meter 'Half': no load for"):
        park_balance(project, result, tmp_path / "park.bipv.json")


def test_no_load_no_balance(small_project, nanjing_clear_sky):
    assert park_balance(small_project, simulate(small_project, nanjing_clear_sky), ".") is None


def test_synthetic_meter_follows_the_building(small_project, nanjing_clear_sky):
    meter = Meter("m", "Hall", ("b1",), synthetic=SyntheticLoad(FactoryPattern(), annual_kwh=5e5))
    project = replace(small_project, load=ParkLoad((meter,), export_limit_kw=0.0))
    park = park_balance(project, simulate(project, nanjing_clear_sky), ".")
    assert list(park.balance.meters) == ["Hall"]
    assert park.balance.figures()["export_kwh"] == 0.0
    assert np.isclose(park.balance.intervals["load_kwh"].sum(), 5e5)
