"""Synthetic factory loads: totals exact, shifts, weekends, holidays and shutdowns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from bipv_designer.energy.calendar import working_days
from bipv_designer.energy.synthetic_load import synthetic_factory_load
from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import FactoryPattern, WorkingWeek

YEAR_15_MIN = pd.date_range("2023-01-01", periods=35040, freq="15min", tz="Asia/Shanghai")


def test_the_annual_total_is_exact_and_production_hours_carry_the_load():
    load = synthetic_factory_load(
        YEAR_15_MIN, FactoryPattern(shifts=1, cooling_share=0.0), annual_kwh=2.0e6
    )
    assert load.sum() == pytest.approx(2.0e6, rel=1e-12)
    wednesday = load["2023-03-01"]
    assert wednesday.between_time("09:00", "11:45").nunique() == 1
    night = wednesday.loc["2023-03-01 03:00"]
    assert wednesday.loc["2023-03-01 10:00"] == pytest.approx(night / 0.3)
    assert wednesday.loc["2023-03-01 12:15"] == pytest.approx(night)


def test_monthly_bills_are_matched_month_by_month():
    bills = tuple(float(v) for v in np.linspace(80_000, 120_000, 12))
    load = synthetic_factory_load(YEAR_15_MIN, FactoryPattern(), monthly_kwh=bills)
    assert np.allclose(load.groupby(load.index.month).sum().to_numpy(), bills, rtol=1e-12)


def test_holidays_exchanged_weekend_days_and_the_spring_festival_shutdown():
    days = pd.DatetimeIndex(
        ["2023-01-24", "2023-01-28", "2023-02-02", "2023-02-10", "2023-10-03", "2023-10-07"],
        tz="Asia/Shanghai",
    )
    worked = working_days(days, WorkingWeek.MONDAY_TO_FRIDAY)
    # Spring Festival; an exchanged Saturday (worked); an ordinary Thursday and Friday;
    # National Day; an exchanged Saturday
    assert worked.tolist() == [False, True, True, True, False, True]
    shut = working_days(days, WorkingWeek.MONDAY_TO_FRIDAY, shutdown_days_around_spring_festival=7)
    # a week's shutdown after the festival closes the exchanged Saturday and Thursday too
    assert shut.tolist() == [False, False, False, True, False, True]
    no_holidays = working_days(days, WorkingWeek.MONDAY_TO_FRIDAY, public_holidays=False)
    assert no_holidays.tolist() == [True, False, True, True, True, False]


def test_three_shifts_run_round_the_clock_on_working_days_only():
    load = synthetic_factory_load(
        YEAR_15_MIN,
        FactoryPattern(shifts=3, cooling_share=0.0, working_week=WorkingWeek.MONDAY_TO_FRIDAY),
        annual_kwh=1e6,
    )
    assert load["2023-03-01"].nunique() == 1
    assert load["2023-03-04"].iloc[0] == pytest.approx(load["2023-03-01"].iloc[0] * 0.3)


def test_cooling_follows_the_air_temperature():
    temp = pd.Series(np.where(YEAR_15_MIN.month == 7, 32.0, 15.0), index=YEAR_15_MIN)
    pattern = FactoryPattern(
        cooling_share=0.5,
        base_load_fraction=1.0,
        public_holidays=False,
        working_week=WorkingWeek.EVERY_DAY,
    )
    load = synthetic_factory_load(YEAR_15_MIN, pattern, annual_kwh=1e6, temp_air=temp)
    monthly = load.groupby(load.index.month).sum()
    assert monthly[7] == pytest.approx(0.5e6 * 31 / 365 + 0.5e6, rel=1e-9)


@pytest.mark.parametrize(
    ("pattern", "kwargs", "message"),
    [
        (FactoryPattern(shifts=4), {"annual_kwh": 1.0}, "shifts: expected 1, 2 or 3"),
        (FactoryPattern(base_load_fraction=1.5), {"annual_kwh": 1.0}, "base_load_fraction"),
        (FactoryPattern(), {}, "give an annual kWh or 12 monthly kWh"),
        (FactoryPattern(), {"monthly_kwh": (1.0,) * 11}, "expected 12 values"),
        (FactoryPattern(), {"annual_kwh": -5.0}, "expected kWh >= 0"),
    ],
)
def test_bad_settings_are_refused(pattern, kwargs, message):
    with pytest.raises(LoadFileError, match=message):
        synthetic_factory_load(YEAR_15_MIN[:96], pattern, **kwargs)


def test_a_year_without_holiday_data_is_named():
    index = pd.date_range("2031-01-01", periods=96, freq="15min", tz="Asia/Shanghai")
    with pytest.raises(LoadFileError, match="public holidays of 2031"):
        synthetic_factory_load(index, FactoryPattern(), annual_kwh=1.0)
