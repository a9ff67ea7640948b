"""The park balance: identities for every interval, and cases checked by hand."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from bipv_designer.energy.balance import balance
from bipv_designer.energy.resample import pv_to_intervals
from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import Battery, Dispatch

TOL = 1e-9


def hours(n: int, freq: str = "h") -> pd.DatetimeIndex:
    return pd.date_range("2023-06-01", periods=n, freq=freq, tz="Asia/Shanghai")


def frame(values, index, names=("m1",)) -> pd.DataFrame:
    return pd.DataFrame(
        np.asarray(values, dtype=float).reshape(len(index), -1), index=index, columns=list(names)
    )


def check_identities(result) -> None:
    t = result.intervals
    scale = max(1.0, float(t[["pv_kwh", "load_kwh"]].to_numpy().max()))
    assert_allclose(
        t["pv_kwh"],
        t["pv_used_kwh"] + t["export_kwh"] + t["curtailed_kwh"] + t["battery_charge_kwh"],
        rtol=TOL,
        atol=TOL * scale,
    )
    assert_allclose(
        t["load_kwh"],
        t["pv_used_kwh"] + t["battery_discharge_kwh"] + t["import_kwh"],
        rtol=TOL,
        atol=TOL * scale,
    )
    assert (
        (t[["export_kwh", "curtailed_kwh", "import_kwh", "pv_used_kwh"]] >= -TOL * scale)
        .all()
        .all()
    )


def test_flat_100_kw_load_against_a_rectangular_pv_day():
    index = hours(24)
    pv = np.where((index.hour >= 8) & (index.hour < 16), 150.0, 0.0)  # 150 kWh in each of 8 hours
    result = balance(frame(pv, index), frame(np.full(24, 100.0), index))
    check_identities(result)
    figures = result.figures()
    # by hand: 8 h of 100 kWh used, 8 h of 50 kWh exported, 16 h of 100 kWh imported
    assert figures["pv_used_kwh"] == pytest.approx(800.0)
    assert figures["export_kwh"] == pytest.approx(400.0)
    assert figures["import_kwh"] == pytest.approx(1600.0)
    assert figures["self_consumption_ratio"] == pytest.approx(800 / 1200)
    assert figures["self_sufficiency"] == pytest.approx(800 / 2400)
    assert figures["peak_import_kw"] == pytest.approx(100.0)
    assert figures["export_hours"] == pytest.approx(8.0)


def test_zero_export_curtails_the_surplus():
    index = hours(24)
    pv = np.where((index.hour >= 8) & (index.hour < 16), 150.0, 0.0)
    result = balance(frame(pv, index), frame(np.full(24, 100.0), index), export_limit_kw=0.0)
    check_identities(result)
    assert result.figures()["export_kwh"] == 0.0
    assert result.figures()["curtailed_kwh"] == pytest.approx(400.0)
    limited = balance(frame(pv, index), frame(np.full(24, 100.0), index), export_limit_kw=20.0)
    assert limited.figures()["export_kwh"] == pytest.approx(8 * 20.0)
    assert limited.figures()["curtailed_kwh"] == pytest.approx(8 * 30.0)


def test_a_battery_over_three_days_by_hand():
    # every day: 4 h of 60 kWh surplus, then 6 h needing 40 kWh; a 100 kWh battery,
    # 50 kW both ways, 81 % round trip (90 % each way), window 0..1, starting empty
    index = hours(72)
    hour = index.hour
    pv = np.where((hour >= 10) & (hour < 14), 60.0, 0.0)
    load = np.where((hour >= 18), 40.0, 0.0)
    battery = Battery(
        100.0, 50.0, 50.0, round_trip_efficiency=0.81, soc_min=0.0, soc_max=1.0, soc_start=0.0
    )
    result = balance(frame(pv, index), frame(load, index), battery=battery)
    check_identities(result)
    t = result.intervals
    day1 = t.iloc[:24]
    # charging: 50 kWh per hour (power limit) stores 45; the 3rd hour fills to 100 (10/0.9 in)
    assert_allclose(day1["battery_charge_kwh"].iloc[10:14], [50.0, 50.0, 10.0 / 0.9, 0.0])
    assert_allclose(day1["export_kwh"].iloc[10:14], [10.0, 10.0, 60.0 - 10.0 / 0.9, 60.0])
    # discharging 40 kWh a day takes 40/0.9 from the store: 100 kWh covers 2.25 such hours
    delivered = day1["battery_discharge_kwh"].iloc[18:24].to_numpy()
    assert_allclose(delivered, [40.0, 40.0, 10.0, 0.0, 0.0, 0.0])
    assert (t["soc_kwh"] >= -TOL).all()
    assert (t["soc_kwh"] <= 100.0 + TOL).all()
    assert t["soc_kwh"].iloc[23] == pytest.approx(0.0, abs=1e-9)


def test_peak_dispatch_waits_for_peak_hours_and_says_when_there_is_no_tariff():
    index = hours(24)
    pv = np.where(index.hour == 10, 50.0, 0.0)
    load = np.where(index.hour >= 16, 10.0, 0.0)
    battery = Battery(100.0, 100.0, 100.0, 1.0, 0.0, 1.0, 0.0, Dispatch.PEAK_SHAVING)
    peak = pd.Series(index.hour >= 19, index=index)
    result = balance(frame(pv, index), frame(load, index), battery=battery, peak_hours=peak)
    discharge = result.intervals["battery_discharge_kwh"]
    assert discharge[index.hour < 19].sum() == 0.0
    assert discharge[index.hour >= 19].sum() == pytest.approx(50.0)
    fallback = balance(frame(pv, index), frame(load, index), battery=battery)
    assert "no tariff" in fallback.notes[0]


def test_surplus_shared_between_meters_or_not():
    index = hours(2)
    pv = frame([[100.0, 0.0], [0.0, 0.0]], index, ("hall", "office"))
    load = frame([[20.0, 50.0], [10.0, 10.0]], index, ("hall", "office"))
    shared = balance(pv, load, share_surplus=True)
    alone = balance(pv, load, share_surplus=False)
    check_identities(shared)
    check_identities(alone)
    assert shared.intervals["pv_used_kwh"].iloc[0] == pytest.approx(70.0)
    assert alone.intervals["pv_used_kwh"].iloc[0] == pytest.approx(20.0)
    assert shared.meters["office"]["shared_in_kwh"].iloc[0] == pytest.approx(50.0)


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    share=st.booleans(),
    limit=st.one_of(st.none(), st.floats(0, 50)),
    with_battery=st.booleans(),
)
def test_identities_hold_for_random_parks(seed, share, limit, with_battery):
    rng = np.random.default_rng(seed)
    index = hours(96, "15min")
    pv = frame(rng.gamma(0.5, 20.0, (96, 3)), index, ("a", "b", "c"))
    load = frame(rng.gamma(2.0, 10.0, (96, 3)), index, ("a", "b", "c"))
    battery = Battery(200.0, 60.0, 80.0, 0.88, 0.1, 0.9, 0.5) if with_battery else None
    result = balance(pv, load, share_surplus=share, export_limit_kw=limit, battery=battery)
    check_identities(result)
    soc = result.intervals["soc_kwh"]
    if with_battery:
        assert soc.min() >= 200.0 * 0.1 - TOL
        assert soc.max() <= 200.0 * 0.9 + TOL


def test_pv_split_into_quarter_hours_keeps_every_hours_energy():
    index = hours(24)
    hourly = frame(
        np.where(
            (index.hour >= 6) & (index.hour < 18), np.sin(np.pi * (index.hour - 6) / 12) * 100, 0.0
        ),
        index,
    )
    quarters = pv_to_intervals(hourly, pd.Timedelta(minutes=15))
    assert len(quarters) == 96
    assert quarters.index[1] - quarters.index[0] == pd.Timedelta(minutes=15)
    assert_allclose(
        quarters.to_numpy().reshape(24, 4).sum(axis=1), hourly.to_numpy()[:, 0], rtol=1e-12
    )
    assert (quarters.to_numpy() >= 0).all()
    with pytest.raises(LoadFileError, match="expected 5, 15, 30 or 60 minutes"):
        pv_to_intervals(hourly, pd.Timedelta(minutes=7))


def test_mismatched_meters_are_refused():
    index = hours(2)
    with pytest.raises(LoadFileError, match="must match"):
        balance(frame([1, 2], index, ("a",)), frame([1, 2], index, ("b",)))
