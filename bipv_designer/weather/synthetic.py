"""A typical hourly year made from twelve monthly means (docs/weather-synthetic.md).

1. Daily clearness indices with the Bendt et al. (1981) distribution and AR(1)
   persistence (:mod:`bipv_designer.weather.daily_clearness`).
2. Hours: the Ineichen clear sky (pvlib, with its Linke turbidity climatology and the
   site's altitude) times a clear-sky index that wanders about the day's value as an
   hourly AR(1) sequence, most for half-clouded days and least for clear or overcast
   ones; each day is scaled to its daily total, each month to the input mean.
3. DNI and DHI from GHI with the DIRINT model (pvlib; Perez et al. 1992), the diffuse
   part scaled to the monthly diffuse fraction where it is given.
4. Air temperature: the monthly means, joined smoothly from month to month, with a
   daily cycle of the monthly range (lowest at sunrise, highest at 14:00 solar time),
   wider on clear days and narrower on cloudy ones.

The same inputs and seed give the same year, bit for bit.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
from msgspec import Struct

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather.climatology import MonthlyNormals
from bipv_designer.weather.daily_clearness import ar1, daily_clearness
from bipv_designer.weather.data import WeatherData, WeatherMetadata, mid_interval_times
from bipv_designer.weather.decompose import SUN_UP_ZENITH, dirint_parts
from bipv_designer.weather.plain_csv import DEFAULT_WIND_SPEED
from bipv_designer.weather.timing import fixed_offset
from bipv_designer.words import N_

METHOD = "Bendt-AR(1) days, AR(1) hours on the Ineichen clear sky, DIRINT split"
"""Short name of the method, shown in the label of every synthetic year."""
HOURLY_LAG1 = 0.7
"""Lag-one autocorrelation of the hourly clear-sky index about its daily value
(assumption within the 0.6-0.8 range of hourly clear-sky index series; Aguiar &
Collares-Pereira 1992 model hours as AR(1) too)."""
HOURLY_SPREAD = 0.3
"""Largest standard deviation of the hourly clear-sky index about the day's, reached on
half-clouded days (assumption; Aguiar & Collares-Pereira 1992 give 0.32 at most)."""
MAX_CLEAR_SKY_INDEX = 1.1
"""Hourly GHI stays below this multiple of the clear-sky GHI (cloud enhancement
allowed, assumption)."""
TEMPERATURE_PEAK_SOLAR_HOUR = 14.0
"""Solar time of the daily maximum air temperature [h] (typical of a dry-bulb cycle)."""
CLEAR_DAY_RANGE_WEIGHT = 0.5
"""Share of a day's temperature range that follows its clearness (assumption): the
range is ``A (1 - w + w Kt / mean Kt)``, so the monthly mean range is kept."""
MEAN_KT_RANGE = (0.07, 0.78)
"""Monthly mean clearness indices the Bendt et al. (1981) daily distribution covers [-]:
below 0.07 its highest daily value falls under its lowest; above 0.78 means are taken
as 0.78."""
DAYS = 365
DEFAULT_YEAR = 2023


class SyntheticSite(Struct, frozen=True):
    """Where the year is made for, and what the label says about its origin.

    Attributes
    ----------
    latitude, longitude : float  [degrees north, east]
    altitude : float  [m]
    utc_offset_hours : float  fixed offset of the time stamps [h]
    name : str  place name for the file
    origin : str  e.g. "from station 58238 (Nanjing), 17 km away"
    """

    latitude: float
    longitude: float
    altitude: float
    utc_offset_hours: float
    name: str
    origin: str


def synthesize_year(
    normals: MonthlyNormals, site: SyntheticSite, seed: int, year: int = DEFAULT_YEAR
) -> WeatherData:
    """An hourly year (365 days, interval starts) whose monthly GHI and air temperature
    equal ``normals``."""
    _check_normals(normals)
    rng = np.random.default_rng(seed)
    index = pd.date_range(
        f"{year}-01-01", periods=24 * DAYS, freq="h", tz=fixed_offset(site.utc_offset_hours)
    )
    interval = pd.Timedelta(hours=1)
    solar_times = mid_interval_times(index, interval)
    location = pvlib.location.Location(site.latitude, site.longitude, altitude=site.altitude)
    position = location.get_solarposition(solar_times)
    zenith = position["zenith"].to_numpy()
    clear = location.get_clearsky(solar_times, model="ineichen", solar_position=position)
    ghi_clear = clear["ghi"].to_numpy()
    extra = pvlib.irradiance.get_extra_radiation(solar_times).to_numpy()
    horizontal_extra = extra * np.clip(np.cos(np.radians(zenith)), 0.0, None)

    month = index.month.to_numpy() - 1
    day = np.arange(len(index)) // 24
    month_of_day = month[::24]
    ghi_target_wh = normals.ghi_kwh_m2_day * 1000.0
    h0_day = horizontal_extra.reshape(DAYS, 24).sum(axis=1)
    h0_month = np.bincount(month_of_day, h0_day) / np.bincount(month_of_day)
    mean_kt = ghi_target_wh / h0_month
    too_dark = np.flatnonzero(mean_kt < MEAN_KT_RANGE[0])
    if too_dark.size:
        month_number = int(too_dark[0]) + 1
        raise WeatherFileError(
            N_(
                "Errors",
                "month {month_number}: {ghi_kwh_m2_day:g} kWh/m2/day is a clearness "
                "index of {mean_kt:.3f} at this site; expected at least "
                "{mean_kt_range:g} (the darkest months anywhere stay above it)",
            ).format(
                month_number=month_number,
                ghi_kwh_m2_day=normals.ghi_kwh_m2_day[too_dark[0]],
                mean_kt=mean_kt[too_dark[0]],
                mean_kt_range=MEAN_KT_RANGE[0],
            )
        )
    mean_kt = np.minimum(mean_kt, MEAN_KT_RANGE[1])
    kt_day = daily_clearness(mean_kt[month_of_day], rng)
    month_totals_wh = ghi_target_wh * np.bincount(month_of_day)

    day_total_wh = _scaled_to_months(kt_day * h0_day, month_of_day, month_totals_wh)
    ghi = _scaled_to_months(_hourly_ghi(day_total_wh, ghi_clear, day, rng), month, month_totals_wh)
    ghi = np.minimum(ghi, horizontal_extra)
    dni, dhi = _split(ghi, zenith, solar_times, extra, normals.diffuse_fraction, month)
    temp_air = _temperatures(normals, kt_day, mean_kt, month_of_day, solar_times, site)

    data = pd.DataFrame(
        {
            "ghi": ghi,
            "dni": dni,
            "dhi": dhi,
            "temp_air": temp_air,
            "wind_speed": DEFAULT_WIND_SPEED,
        },
        index=index,
    )
    label = f"synthetic, {site.origin}, {METHOD}, seed {seed}"
    metadata = WeatherMetadata(
        source=label,
        file_format="synthetic",
        name=site.name,
        latitude=site.latitude,
        longitude=site.longitude,
        altitude=site.altitude,
        utc_offset_hours=site.utc_offset_hours,
        source_label="interval start: each row is the mean over the hour that starts at its stamp",
        description=label,
        warnings=(
            N_(
                "Weather", "no wind data: wind speed set to {speed:g} m/s (PVWatts/SAM default)"
            ).format(speed=DEFAULT_WIND_SPEED),
        ),
    )
    return WeatherData(data, interval, solar_times, metadata)


def _check_normals(normals: MonthlyNormals) -> None:
    for name in ("ghi_kwh_m2_day", "temp_air"):
        values = np.asarray(getattr(normals, name), dtype=float)
        if values.shape != (12,) or not np.all(np.isfinite(values)):
            raise WeatherFileError(
                N_(
                    "Errors",
                    "monthly {name}: expected 12 finite numbers, got {values}",
                ).format(
                    name=name,
                    values=values,
                )
            )
    if np.any(normals.ghi_kwh_m2_day <= 0) or np.any(normals.ghi_kwh_m2_day > 12):
        raise WeatherFileError(
            N_(
                "Errors",
                "monthly ghi_kwh_m2_day: expected values in (0, 12] kWh/m2/day, got "
                "{ghi_kwh_m2_day}",
            ).format(
                ghi_kwh_m2_day=normals.ghi_kwh_m2_day,
            )
        )


def _hourly_ghi(
    day_total_wh: np.ndarray, ghi_clear: np.ndarray, day: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Hourly GHI [W/m2]: the clear sky times a wandering clear-sky index, each day
    scaled to its total."""
    clear_day = np.bincount(day, ghi_clear, minlength=DAYS)
    index_day = np.clip(day_total_wh / np.where(clear_day > 0, clear_day, 1.0), 0.0, 1.0)
    spread = HOURLY_SPREAD * 4.0 * index_day * (1.0 - index_day)
    wander = ar1(len(day), HOURLY_LAG1, rng)
    clear_sky_index = np.clip(index_day[day] + spread[day] * wander, 0.01, MAX_CLEAR_SKY_INDEX)
    ghi = clear_sky_index * ghi_clear
    for _ in range(3):
        totals = np.bincount(day, ghi, minlength=DAYS)
        ghi = ghi * (day_total_wh / np.where(totals > 0, totals, 1.0))[day]
        ghi = np.minimum(ghi, MAX_CLEAR_SKY_INDEX * ghi_clear)
    return ghi


def _scaled_to_months(values: np.ndarray, month: np.ndarray, month_totals: np.ndarray):
    """``values`` scaled month by month so that each month sums to its total."""
    sums = np.bincount(month, values, minlength=12)
    return values * (month_totals / sums)[month]


def _split(ghi, zenith, times, extra, diffuse_fraction, month):
    """DNI and DHI [W/m2] from GHI: DIRINT, then the diffuse part scaled per month."""
    up = zenith < SUN_UP_ZENITH
    _, dhi = dirint_parts(ghi, zenith, times)
    if diffuse_fraction is not None:
        target = np.asarray(diffuse_fraction, dtype=float)
        ghi_month = np.bincount(month, ghi, minlength=12)
        for _ in range(5):
            factor = target * ghi_month / np.bincount(month, dhi, minlength=12)
            factor = np.where(np.isfinite(factor), factor, 1.0)
            dhi = np.where(up, np.minimum(dhi * factor[month], ghi), ghi)
    cos_zenith = np.cos(np.radians(zenith))
    dni = np.where(up, (ghi - dhi) / np.where(up, cos_zenith, 1.0), 0.0)
    dni = np.minimum(dni, extra)
    dhi = np.where(up, ghi - dni * np.clip(cos_zenith, 0.0, None), dhi)
    return dni, dhi


def _temperatures(normals, kt_day, mean_kt, month_of_day, solar_times, site) -> np.ndarray:
    """Hourly air temperature [C] with the monthly means and daily ranges."""
    month_of_hour = np.repeat(month_of_day, 24)
    daily_mean = _smooth_monthly(normals.temp_air, month_of_day)
    amplitude = np.full(12, np.nan) if normals.temp_amplitude is None else normals.temp_amplitude
    amplitude = np.where(np.isfinite(amplitude), amplitude, 0.0)
    relative = kt_day / mean_kt[month_of_day]
    relative /= (np.bincount(month_of_day, relative) / np.bincount(month_of_day))[month_of_day]
    day_range = amplitude[month_of_day] * (
        1.0 - CLEAR_DAY_RANGE_WEIGHT + CLEAR_DAY_RANGE_WEIGHT * relative
    )
    shape = _daily_shape(solar_times, site)
    shape -= shape.reshape(DAYS, 24).mean(axis=1).repeat(24)
    hourly = daily_mean.repeat(24) + day_range.repeat(24) * shape
    hourly_month_mean = np.bincount(month_of_hour, hourly) / np.bincount(month_of_hour)
    return hourly + (normals.temp_air - hourly_month_mean)[month_of_hour]


def _smooth_monthly(monthly: np.ndarray, month_of_day: np.ndarray) -> np.ndarray:
    """Daily values joining the monthly means linearly between mid-months (wrapping
    round the year)."""
    days_in_month = np.bincount(month_of_day, minlength=12)
    middles = np.cumsum(days_in_month) - days_in_month / 2.0
    xs = np.concatenate([middles - DAYS, middles, middles + DAYS])
    ys = np.tile(monthly, 3)
    return np.interp(np.arange(DAYS) + 0.5, xs, ys)


def _daily_shape(solar_times: pd.DatetimeIndex, site: SyntheticSite) -> np.ndarray:
    """A daily cycle from -0.5 at sunrise up to +0.5 at the peak hour and back down at
    the next sunrise (half cosines), by solar time."""
    day_of_year = solar_times.dayofyear.to_numpy()
    declination = pvlib.solarposition.declination_spencer71(day_of_year)
    cos_hour_angle = -np.tan(np.radians(site.latitude)) * np.tan(declination)
    sunrise = 12.0 - np.degrees(np.arccos(np.clip(cos_hour_angle, -0.97, 0.97))) / 15.0
    hour_angle = pvlib.solarposition.hour_angle(
        solar_times, site.longitude, pvlib.solarposition.equation_of_time_spencer71(day_of_year)
    )
    solar_hour = (12.0 + np.asarray(hour_angle) / 15.0) % 24.0
    peak = TEMPERATURE_PEAK_SOLAR_HOUR
    rising = (solar_hour >= sunrise) & (solar_hour < peak)
    after = np.where(solar_hour >= peak, solar_hour - peak, solar_hour + 24.0 - peak)
    falling_span = sunrise + 24.0 - peak
    return np.where(
        rising,
        -0.5 * np.cos(np.pi * (solar_hour - sunrise) / (peak - sunrise)),
        0.5 * np.cos(np.pi * np.clip(after / falling_span, 0.0, 1.0)),
    )
