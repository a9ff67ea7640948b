"""Carbon: reference cases, the zero-carbon park indicator, refusals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from bipv_designer.carbon.accounting import ElectricityMethod, avoided, park_indicator
from bipv_designer.carbon.factors import grid_factor, hourly_profile_factor
from bipv_designer.errors import TariffError


def test_a_park_on_grid_electricity_only_is_about_4_4_t_per_tce():
    figures = park_indicator(100_000_000.0, {}, grid_factor("national_2022"))
    # 0.5366 kgCO2/kWh over 0.1229 kgce/kWh (china-facts 2.3)
    assert figures["before"]["intensity_t_per_tce"] == pytest.approx(0.5366 / 0.1229)
    assert figures["before"]["intensity_t_per_tce"] == pytest.approx(4.37, abs=0.01)
    coal = park_indicator(
        100_000_000.0, {}, grid_factor("national_2022"), method=ElectricityMethod.COAL_CONSUMPTION
    )
    assert coal["before"]["intensity_t_per_tce"] == pytest.approx(0.5366 / 0.3055)


def test_pv_lowers_the_intensity_and_the_gap_to_the_threshold_closes_it():
    factor = grid_factor("national_2022")
    grid_kwh = 2.0e9  # 245,800 tce at 0.1229 kgce/kWh: the 0.2 band
    pv = 3.0e8
    figures = park_indicator(grid_kwh, {"natural_gas_m3": 1.0e7}, factor, pv_self_consumed_kwh=pv)
    assert figures["threshold_t_per_tce"] == 0.2
    assert figures["energy_tce"] == pytest.approx(2.0e9 * 0.1229 / 1000 + 1.0e7 * 1.2143 / 1000)
    assert figures["after"]["co2_t"] == pytest.approx(
        figures["before"]["co2_t"] - pv * 0.5366 / 1000
    )
    assert not figures["meets_threshold"]
    more = figures["more_green_electricity_kwh"]
    closed = park_indicator(
        grid_kwh, {"natural_gas_m3": 1.0e7}, factor, pv_self_consumed_kwh=pv + more
    )
    assert closed["after"]["intensity_t_per_tce"] == pytest.approx(0.2, rel=1e-9)
    assert figures["green_share"] == pytest.approx(0.15)


def test_co2_avoided_counts_exports_only_when_asked():
    factor = grid_factor("custom:0.5")
    years = np.full(25, 0.98)
    with_exports = avoided(800_000.0, 200_000.0, factor, years)
    without = avoided(800_000.0, 200_000.0, factor, years, count_exports=False)
    assert with_exports.co2_t_first_year == pytest.approx(1_000_000 * 0.5 / 1000 * 0.98)
    assert without.co2_t_first_year == pytest.approx(800_000 * 0.5 / 1000 * 0.98)
    assert with_exports.co2_t_lifetime == pytest.approx(500.0 * 0.98 * 25)
    assert with_exports.coal_t_calorific_first_year == pytest.approx(122.9)
    assert with_exports.coal_t_coal_consumption_first_year == pytest.approx(305.5)


def test_bad_carbon_inputs_are_refused():
    with pytest.raises(TariffError, match="grid factor 'national_1999': not bundled"):
        grid_factor("national_1999")
    with pytest.raises(TariffError, match="expected custom:VALUE"):
        grid_factor("custom:abc")
    with pytest.raises(TariffError, match="energy carrier 'peat'"):
        park_indicator(1.0, {"peat": 5.0}, grid_factor("national_2022"))
    with pytest.raises(TariffError, match="must lie between 0 and the park's electricity"):
        park_indicator(1.0, {}, grid_factor("national_2022"), pv_self_consumed_kwh=5.0)


def test_an_hourly_profile_weights_the_factor_by_the_pvs_hours():
    index = pd.date_range("2023-06-01", periods=48, freq="h", tz="Asia/Shanghai")
    replaced = pd.Series(np.where((index.hour >= 10) & (index.hour < 14), 100.0, 0.0), index=index)
    profile = [0.8] * 24
    profile[10:14] = [0.3, 0.3, 0.4, 0.4]
    factor = hourly_profile_factor(profile, replaced)
    assert factor.kg_per_kwh == pytest.approx(0.35)
    with pytest.raises(TariffError, match="expected 24 values"):
        hourly_profile_factor([0.5] * 23, replaced)
