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
    position = pvlib.solarposition.get_solarposition(times, latitude, longitude, altitude)
    if sunrise_sunset_sun:
        times, position = _move_to_sunlit_midpoints(
            weather, times, position, latitude, longitude, altitude
        )
    result = position[["apparent_zenith", "zenith", "azimuth"]].copy()
    result["solar_time"] = times
    result.index = weather.data.index
    return result


HORIZON_MARGIN_DEG = 15.0
"""Records whose middle has the sun within this of the horizon may hold sunrise or sunset
(the sun's elevation changes by at most 15 degrees an hour) [degrees]."""


def _move_to_sunlit_midpoints(
    weather: WeatherData,
    times: pd.DatetimeIndex,
    position: pd.DataFrame,
    latitude: float,
    longitude: float,
    altitude: float,
) -> tuple[pd.DatetimeIndex, pd.DataFrame]:
    """Times and positions with sunrise and sunset records moved to their sunlit middle.

    Only records near the horizon are examined; the crossing instant is interpolated
    linearly in apparent elevation between the interval's ends.
    """
    near = np.flatnonzero(np.abs(position["apparent_elevation"].to_numpy()) < HORIZON_MARGIN_DEG)
    half = weather.interval / 2
    starts = times[near] - half
    ends = pd.DatetimeIndex(starts + weather.interval)
    edges = pvlib.solarposition.get_solarposition(
        starts.append(ends), latitude, longitude, altitude
    )["apparent_elevation"].to_numpy()
    before, after = edges[: len(near)], edges[len(near) :]
    rising = (before < 0) & (after > 0)
    setting = (before > 0) & (after < 0)
    crossing = np.divide(before, before - after, out=np.zeros_like(before), where=rising | setting)
    fraction_of_interval = np.where(rising, (crossing + 1.0) / 2.0, crossing / 2.0)
    moved = near[rising | setting]
    offsets = pd.to_timedelta(
        np.round(fraction_of_interval[rising | setting] * weather.interval.total_seconds()),
        unit="s",
    )
    new_times = pd.DatetimeIndex(starts[rising | setting] + offsets)
    all_times = pd.Series(times)
    all_times.iloc[moved] = new_times
    times = pd.DatetimeIndex(all_times)
    position = position.copy()
    position.iloc[moved] = pvlib.solarposition.get_solarposition(
        new_times, latitude, longitude, altitude
    ).to_numpy()
    return times, position
