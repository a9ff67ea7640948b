"""Synthetic weather for the chain's unit tests."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pvlib
import pytest

from bipv_designer.weather.data import WeatherData, WeatherMetadata, mid_interval_times


def clear_sky_weather(
    latitude: float,
    longitude: float,
    utc_offset_hours: float,
    start: str = "2023-01-01",
    days: int = 365,
    temp_air: float = 20.0,
    wind_speed: float = 1.0,
    altitude: float = 0.0,
) -> WeatherData:
    """Hourly Ineichen clear-sky weather whose GHI closes exactly (GHI = DNI cos z + DHI)."""
    zone = dt.timezone(dt.timedelta(hours=utc_offset_hours))
    index = pd.date_range(start, periods=24 * days, freq="h", tz=zone)
    interval = pd.Timedelta(hours=1)
    times = mid_interval_times(index, interval)
    location = pvlib.location.Location(latitude, longitude, altitude=altitude)
    sky = location.get_clearsky(times)
    zenith = location.get_solarposition(times)["apparent_zenith"].to_numpy()
    dni = np.where(zenith < 90, sky["dni"].to_numpy(), 0.0)
    dhi = np.where(zenith < 90, sky["dhi"].to_numpy(), 0.0)
    ghi = dni * np.cos(np.radians(np.minimum(zenith, 90))) + dhi
    data = pd.DataFrame(
        {"ghi": ghi, "dni": dni, "dhi": dhi, "temp_air": temp_air, "wind_speed": wind_speed},
        index=index,
    )
    metadata = WeatherMetadata(
        source="synthetic clear sky",
        file_format="synthetic",
        latitude=latitude,
        longitude=longitude,
        altitude=altitude,
        utc_offset_hours=utc_offset_hours,
    )
    return WeatherData(data, interval, times, metadata)


@pytest.fixture(scope="session")
def nanjing_clear_sky() -> WeatherData:
    """A clear-sky year at the small project's site (Nanjing, 10 m) in China standard time."""
    return clear_sky_weather(32.06, 118.80, 8.0, altitude=10.0)
