"""Where the sun is for each weather record."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib

from bipv_designer.weather.data import WeatherData


def sun_positions(
    weather: WeatherData,
    latitude: float,
    longitude: float,
    altitude: float,
    *,
    sunrise_sunset_sun: bool = True,
) -> pd.DataFrame:
    """Sun position for each record, indexed like ``weather.data``.

    Parameters
    ----------
    weather : WeatherData
        Its ``solar_times`` give the instant of each record.
    latitude, longitude : float  [degrees]
    altitude : float  [m]
    sunrise_sunset_sun : bool
        If True, a record whose interval contains sunrise (sunset) gets the sun at
        the middle of the part of the interval after sunrise (before sunset).

    Returns
    -------
    pandas.DataFrame
        Columns ``apparent_zenith``, ``zenith``, ``azimuth`` [degrees] and
        ``solar_time`` (the instant used).

    Notes
    -----
    NREL SAM places the sun this way in sunrise and sunset hours; with the plain
    midpoint a record whose midpoint is before sunrise loses its (small) irradiance.
    The crossing instant is interpolated linearly in apparent elevation between the
    interval's ends. Positions come from pvlib's NREL SPA (numpy) implementation
    (Reda & Andreas 2004).
    """
    times = weather.solar_times
    if sunrise_sunset_sun:
        times = _sunlit_midpoints(weather, latitude, longitude, altitude)
    position = pvlib.solarposition.get_solarposition(times, latitude, longitude, altitude)
    result = position[["apparent_zenith", "zenith", "azimuth"]].copy()
    result["solar_time"] = times
    result.index = weather.data.index
    return result


def _sunlit_midpoints(
    weather: WeatherData, latitude: float, longitude: float, altitude: float
) -> pd.DatetimeIndex:
    starts = weather.solar_times - weather.interval / 2
    edges = starts.append(pd.DatetimeIndex([starts[-1] + weather.interval]))
    elevation = pvlib.solarposition.get_solarposition(edges, latitude, longitude, altitude)[
        "apparent_elevation"
    ].to_numpy()
    before, after = elevation[:-1], elevation[1:]
    rising = (before < 0) & (after > 0)
    setting = (before > 0) & (after < 0)
    crossing = before / (before - np.where(rising | setting, after, before - 1.0))
    step_ns = weather.interval.value
    offset_ns = np.full(len(starts), step_ns / 2)
    offset_ns[rising] = (crossing[rising] + 1.0) / 2.0 * step_ns
    offset_ns[setting] = crossing[setting] / 2.0 * step_ns
    return pd.DatetimeIndex(starts + pd.to_timedelta(np.round(offset_ns), unit="ns"))
