"""Tariffs: flat = energy x price; a time-of-use bill equals the hand sum per period,
holidays included; bad tariffs are refused with the reason."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from msgspec.structs import replace

from bipv_designer.economics.tariff import (
    bill,
    check_tariff,
    export_revenue,
    flat_tariff,
    peak_mask,
    periods,
    tariff_preset,
)
from bipv_designer.errors import TariffError
from bipv_designer.paths import RESOURCES
from bipv_designer.project.money_model import Tariff, TouBands, TouPeriod

HOURS = pd.date_range("2023-01-01", periods=8760, freq="h", tz="Asia/Shanghai")


def weekday_tariff() -> Tariff:
    """Peak 8-20 on working days at 1.0, valley otherwise at 0.3; weekends and holidays
    all valley."""
    return Tariff(
        "test",
        "CNY",
        (TouPeriod("peak", 1.0), TouPeriod("valley", 0.3, export_price_per_kwh=0.1)),
        (
            TouBands(
                tuple(range(1, 13)),
                "working",
                (("valley", 0, 8), ("peak", 8, 20), ("valley", 20, 24)),
            ),
            TouBands(tuple(range(1, 13)), "holiday", (("valley", 0, 24),)),
        ),
        export_price_per_kwh=0.4,
        demand_charge_per_kw_month=30.0,
    )


def test_a_flat_tariff_bill_is_energy_times_price():
    load = pd.Series(np.random.default_rng(1).uniform(0, 100, len(HOURS)), index=HOURS)
    tariff = flat_tariff(0.65)
    names = periods(tariff, HOURS)
    assert bill(tariff, load, names, 1.0)["total"] == pytest.approx(load.sum() * 0.65)


def test_time_of_use_bill_equals_the_hand_sum_with_holidays():
    load = pd.Series(10.0, index=HOURS)
    tariff = weekday_tariff()
    names = periods(tariff, HOURS)
    # by hand: working days of 2023 (Mon-Fri, minus public holidays, plus exchanged days)
    days = pd.date_range("2023-01-01", "2023-12-31", freq="D")
    table = json.loads((RESOURCES / "holidays" / "china.json").read_text())["years"]["2023"]
    off = set(table["holidays"]) | set(table["spring_festival"])
    on = set(table["working_weekend_days"])
    working = sum(
        1 for d in days if (d.day_of_week < 5 or str(d.date()) in on) and str(d.date()) not in off
    )
    peak_hours = working * 12
    expected_energy = peak_hours * 10 * 1.0 + (8760 - peak_hours) * 10 * 0.3
    result = bill(tariff, load, names, 1.0)
    assert result["energy_peak"] == pytest.approx(peak_hours * 10.0)
    assert result["total"] - result["demand_charge"] == pytest.approx(expected_energy)
    assert result["demand_charge"] == pytest.approx(12 * 10.0 * 30.0)
    assert names.loc["2023-01-23 10:00"] == "valley"  # Spring Festival
    assert names.loc["2023-01-28 10:00"] == "peak"  # an exchanged Saturday


def test_export_prices_per_period_or_fixed():
    tariff = weekday_tariff()
    names = periods(tariff, HOURS)
    export = pd.Series(1.0, index=HOURS)
    peak_count = int((names == "peak").sum())
    assert export_revenue(tariff, export, names) == pytest.approx(
        peak_count * 0.4 + (8760 - peak_count) * 0.1
    )
    assert peak_mask(tariff, names).sum() == peak_count


def test_the_guangdong_preset_has_its_critical_peak_in_summer_only():
    tariff = tariff_preset("guangdong")
    names = periods(tariff, HOURS)
    assert names.loc["2023-07-12 11:00"] == "critical_peak"
    assert names.loc["2023-03-15 11:00"] == "peak"
    assert names.loc["2023-03-15 03:00"] == "valley"
    assert tariff.currency == "CNY"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"hours": (("valley", 0, 9), ("peak", 8, 20), ("valley", 20, 24))},
            "hour 8:00 is in both 'valley' and 'peak'",
        ),
        (
            {"hours": (("valley", 0, 8), ("peak", 8, 20))},
            "hours 20:00, 21:00, 22:00, 23:00 belong to no period",
        ),
        ({"hours": (("shoulder", 0, 24),)}, "period 'shoulder' is not one of"),
    ],
)
def test_overlapping_missing_or_unknown_hours_are_refused(change, message):
    tariff = weekday_tariff()
    bands = (replace(tariff.bands[0], **change), tariff.bands[1])
    with pytest.raises(TariffError, match=message):
        check_tariff(replace(tariff, bands=bands))


def test_negative_prices_and_missing_months_are_refused():
    tariff = weekday_tariff()
    with pytest.raises(TariffError, match=r"period 'peak': price -1\.0; expected a price >= 0"):
        check_tariff(replace(tariff, periods=(TouPeriod("peak", -1.0), tariff.periods[1])))
    summer_only = (replace(tariff.bands[0], months=(7, 8)), tariff.bands[1])
    with pytest.raises(TariffError, match="no bands for month 1 on working days"):
        check_tariff(replace(tariff, bands=summer_only))
    with pytest.raises(TariffError, match="tariff preset 'atlantis': not bundled"):
        tariff_preset("atlantis")
