"""NREL SPA for a year of instants at once, its slow terms computed once a day.

The Sun's geocentric right ascension and declination, the nutation part of sidereal time
and the Earth-Sun distance change slowly: they come from pvlib's SPA (Reda & Andreas
2004, ``pvlib.spa``) at midnight UTC of each day and a cubic spline between. The fast
part (mean sidereal time, hour angle, parallax, topocentric position, refraction) is
SPA's own functions at every instant. The result is within 1e-6 degrees (azimuth 1e-5) of
``pvlib.solarposition.get_solarposition`` (tests/simulation/test_solar_position.py) at
a fifth of its cost for hourly data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
from pvlib import spa
from scipy.interpolate import CubicSpline

DAY_S = 86_400.0
DELTA_T_S = 67.0
"""Difference between terrestrial and universal time [s] (pvlib's default for SPA)."""
TEMPERATURE_C = 12.0
"""Air temperature of the refraction correction [C] (pvlib's default)."""
REFRACTION_DEG = 0.5667
"""Refraction of the Sun at the horizon [degrees] (pvlib's default)."""


def solar_position(
    times: pd.DatetimeIndex, latitude: float, longitude: float, altitude: float
) -> pd.DataFrame:
    """Sun position at ``times`` (tz-aware), like ``get_solarposition`` with its default
    method: columns ``apparent_zenith``, ``zenith``, ``apparent_elevation``,
    ``elevation``, ``azimuth`` [degrees]."""
    unixtime = times.as_unit("ns").asi8 / 1e9
    first, last = np.floor(unixtime.min() / DAY_S), np.ceil(unixtime.max() / DAY_S)
    days = np.arange(first - 1.0, last + 2.0) * DAY_S
    slow = CubicSpline(days, _slow_terms(days), axis=0)(unixtime)
    alpha, delta, nutation, xi = slow.T
    julian_day = spa.julian_day(unixtime)
    sidereal = spa.mean_sidereal_time(julian_day, spa.julian_century(julian_day)) + nutation
    hour_angle = spa.local_hour_angle(sidereal, longitude, alpha % 360.0)
    u = spa.uterm(latitude)
    x = spa.xterm(u, latitude, altitude)
    y = spa.yterm(u, latitude, altitude)
    delta_alpha = spa.parallax_sun_right_ascension(x, xi, hour_angle, delta)
    delta_prime = spa.topocentric_sun_declination(delta, x, y, xi, delta_alpha, hour_angle)
    hour_angle_prime = spa.topocentric_local_hour_angle(hour_angle, delta_alpha)
    elevation = spa.topocentric_elevation_angle_without_atmosphere(
        latitude, delta_prime, hour_angle_prime
    )
    apparent_elevation = elevation + refraction_deg(elevation, altitude)
    gamma = spa.topocentric_astronomers_azimuth(hour_angle_prime, delta_prime, latitude)
    return pd.DataFrame(
        {
            "apparent_zenith": 90.0 - apparent_elevation,
            "zenith": 90.0 - elevation,
            "apparent_elevation": apparent_elevation,
            "elevation": elevation,
            "azimuth": spa.topocentric_azimuth_angle(gamma),
        },
        index=times,
    )


def refraction_deg(elevation: np.ndarray, altitude: float) -> np.ndarray:
    """SPA's atmospheric refraction of the true elevation ``elevation`` [degrees] at the
    standard pressure of ``altitude`` [m]."""
    pressure_mbar = pvlib.atmosphere.alt2pres(altitude) / 100.0
    return spa.atmospheric_refraction_correction(
        pressure_mbar, TEMPERATURE_C, elevation, REFRACTION_DEG
    )


def _slow_terms(unixtime: np.ndarray) -> np.ndarray:
    """Right ascension (unwrapped), declination, nutation of sidereal time and
    equatorial horizontal parallax [degrees] at ``unixtime`` (n, 4)."""
    julian_day = spa.julian_day(unixtime)
    jce = spa.julian_ephemeris_century(spa.julian_ephemeris_day(julian_day, DELTA_T_S))
    jme = spa.julian_ephemeris_millennium(jce)
    radius = spa.heliocentric_radius_vector(jme)
    theta = spa.geocentric_longitude(spa.heliocentric_longitude(jme))
    beta = spa.geocentric_latitude(spa.heliocentric_latitude(jme))
    arguments = (
        spa.mean_elongation(jce),
        spa.mean_anomaly_sun(jce),
        spa.mean_anomaly_moon(jce),
        spa.moon_argument_latitude(jce),
        spa.moon_ascending_longitude(jce),
    )
    nutation = np.empty((2, len(unixtime)))
    spa.longitude_obliquity_nutation(jce, *arguments, nutation)
    delta_psi, delta_epsilon = nutation
    epsilon = spa.true_ecliptic_obliquity(spa.mean_ecliptic_obliquity(jme), delta_epsilon)
    lamd = spa.apparent_sun_longitude(theta, delta_psi, spa.aberration_correction(radius))
    alpha = spa.geocentric_sun_right_ascension(lamd, epsilon, beta)
    delta = spa.geocentric_sun_declination(lamd, epsilon, beta)
    sidereal_nutation = delta_psi * np.cos(np.radians(epsilon))
    return np.column_stack(
        [
            np.unwrap(alpha, period=360.0),
            delta,
            sidereal_nutation,
            spa.equatorial_horizontal_parallax(radius),
        ]
    )
