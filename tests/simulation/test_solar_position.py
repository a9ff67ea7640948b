"""NREL SPA with its slow terms once a day equals pvlib's SPA at every instant."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
import pytest

from bipv_designer.simulation.solar_position import solar_position


@pytest.mark.parametrize(
    ("latitude", "longitude", "altitude", "times"),
    [
        (
            32.06,
            118.80,
            20.0,
            pd.date_range("2023-01-01 00:30", periods=8760, freq="h", tz="Asia/Shanghai"),
        ),
        (69.6, 18.9, 0.0, pd.date_range("2024-02-28", periods=3 * 1440, freq="min", tz="UTC")),
        (
            -33.9,
            151.2,
            40.0,
            pd.date_range("2023-03-01", periods=2000, freq="15min", tz="Australia/Sydney"),
        ),
        (
            0.5,
            -170.0,
            3000.0,
            pd.DatetimeIndex(["2030-06-21 12:00", "2030-06-21 12:07"], tz="Etc/GMT+11"),
        ),
    ],
)
def test_within_a_millionth_of_a_degree_of_pvlib_spa(latitude, longitude, altitude, times):
    expected = pvlib.solarposition.get_solarposition(times, latitude, longitude, altitude)
    found = solar_position(times, latitude, longitude, altitude)
    assert found.index.equals(times)
    for column in ("apparent_zenith", "zenith", "apparent_elevation", "elevation"):
        assert np.abs(found[column] - expected[column]).max() < 1e-6
    turned = (found["azimuth"] - expected["azimuth"] + 180.0) % 360.0 - 180.0
    assert np.abs(turned).max() < 1e-5
