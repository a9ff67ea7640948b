"""Where the sun is for each weather record."""

from __future__ import annotations

import numpy as np
import pandas as pd

from bipv_designer.simulation.solar_position import refraction_deg, solar_position
from bipv_designer.weather.data import WeatherData

STENCIL = np.arange(-2, 3)
"""Steps of the records around each record whose sun positions interpolate within it."""


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
    Positions come from one run of NREL SPA (Reda & Andreas 2004; pvlib's functions,
    :mod:`solar_position`) at the records' instants and two steps beyond each end. Within a
    record the sun's true elevation and azimuth are interpolated through the five
    records around it (Lagrange; within 0.005 degrees of SPA at the same instant,
    tests/simulation/test_sun.py) and refracted as SPA refracts them; the crossing of
    apparent elevation 0 is interpolated linearly between the interval's ends.
    """
    times = weather.solar_times
    nanoseconds = times.as_unit("ns").asi8
    stencil = nanoseconds[:, None] + weather.interval.as_unit("ns").value * STENCIL[None, :]
    instants = np.unique(stencil if sunrise_sunset_sun else nanoseconds)  # sorted
    position = solar_position(_instants(instants, times.tz), latitude, longitude, altitude)
    where = np.searchsorted(instants, nanoseconds)
    result = pd.DataFrame(
        {
            "apparent_zenith": position["apparent_zenith"].to_numpy()[where],
            "zenith": position["zenith"].to_numpy()[where],
            "azimuth": position["azimuth"].to_numpy()[where],
            "solar_time": times,
        },
        index=weather.data.index,
    )
    if sunrise_sunset_sun:
        _move_to_sunlit_midpoints(
            result, position, np.searchsorted(instants, stencil), weather.interval, altitude
        )
    return result


def _move_to_sunlit_midpoints(
    result: pd.DataFrame,
    position: pd.DataFrame,
    stencil: np.ndarray,
    interval: pd.Timedelta,
    altitude: float,
) -> None:
    """Move sunrise and sunset records of ``result`` to their sunlit middle, in place.

    ``stencil`` (N, 5) indexes ``position`` at each record and the two records on
    either side of it."""
    elevation = 90.0 - position["zenith"].to_numpy()[stencil]

    def refracted(true_elevation: np.ndarray) -> np.ndarray:
        return true_elevation + refraction_deg(true_elevation, altitude)

    start = refracted(_midpoint(elevation[:, :4]))
    end = refracted(_midpoint(elevation[:, 1:]))
    rising = (start < 0) & (end > 0)
    setting = (start > 0) & (end < 0)
    moved = np.flatnonzero(rising | setting)
    if not moved.size:
        return
    start, end, rising = start[moved], end[moved], rising[moved]
    crossing = start / (start - end)
    fraction_of_interval = np.where(rising, (crossing + 1.0) / 2.0, crossing / 2.0)
    offset_s = np.round((fraction_of_interval - 0.5) * interval.total_seconds())
    steps = offset_s / interval.total_seconds()
    weights = _lagrange_weights(steps)
    zenith = (weights * (90.0 - elevation[moved])).sum(axis=1)
    azimuth = position["azimuth"].to_numpy()[stencil[moved]]
    turned = (azimuth - azimuth[:, 2:3] + 180.0) % 360.0 - 180.0
    columns = [result.columns.get_loc(name) for name in ("apparent_zenith", "zenith", "azimuth")]
    result.iloc[moved, columns] = np.column_stack(
        [
            90.0 - refracted(90.0 - zenith),
            zenith,
            (azimuth[:, 2] + (weights * turned).sum(axis=1)) % 360.0,
        ]
    )
    times = pd.DatetimeIndex(result["solar_time"])
    nanoseconds = times.as_unit("ns").asi8.copy()
    nanoseconds[moved] += (offset_s * 1e9).astype(np.int64)
    result["solar_time"] = _instants(nanoseconds, times.tz)


def _instants(nanoseconds: np.ndarray, zone) -> pd.DatetimeIndex:
    """Instants from nanoseconds since the epoch (UTC), shown in ``zone``."""
    return (
        pd.DatetimeIndex(nanoseconds.astype("datetime64[ns]")).tz_localize("UTC").tz_convert(zone)
    )


def _midpoint(values: np.ndarray) -> np.ndarray:
    """Value halfway between the middle two of four equally spaced values (N, 4)
    (cubic interpolation)."""
    return (-values[:, 0] + 9.0 * values[:, 1] + 9.0 * values[:, 2] - values[:, 3]) / 16.0


def _lagrange_weights(steps: np.ndarray) -> np.ndarray:
    """Weights (N, 5) of the values at :data:`STENCIL` for the point ``steps`` (N,)
    records from the middle one."""
    weights = np.ones((len(steps), len(STENCIL)))
    for k, node in enumerate(STENCIL):
        for other in STENCIL:
            if other != node:
                weights[:, k] *= (steps - other) / (node - other)
    return weights
