"""Weather and horizon downloads, only ever on the user's request (docs/weather-downloads.md).

Every download has a timeout and a one-line message when the service cannot be reached;
answers are kept in the user's cache folder, so asking again works offline.

- PVGIS TMY (EC JRC, API 5.3): the raw JSON answer, read by the ``pvgis_json`` reader
  (pvlib's ``read_pvgis_tmy``); its UTC rows are put into the site's standard time when
  simulating.
- PVGIS horizon profile, through ``pvlib.iotools.get_pvgis_horizon``.
- NASA POWER hourly data (API v2, community RE) for one calendar year, written as plain
  CSV. pvlib's ``get_nasa_power`` takes no timeout, so the request is made here with the
  same parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pvlib
import requests

from bipv_designer.disk_cache import cache_folder
from bipv_designer.errors import DownloadError
from bipv_designer.files import write_text_atomically
from bipv_designer.weather.data import WeatherData, WeatherMetadata, mid_interval_times
from bipv_designer.weather.horizon_file import read_horizon_csv, write_horizon_csv
from bipv_designer.weather.places import format_location
from bipv_designer.weather.timing import HOUR
from bipv_designer.weather.writer import write_plain_csv
from bipv_designer.words import N_

PVGIS_API_URL = "https://re.jrc.ec.europa.eu/api/v5_3/"
"""PVGIS API, version 5.3 (explicit, so an answer does not change under us)."""
NASA_POWER_URL = "https://power.larc.nasa.gov/api/temporal/hourly/point"
TIMEOUT_S = 30.0
"""Seconds to wait for a service before giving up."""
NASA_POWER_PARAMETERS = {
    "ALLSKY_SFC_SW_DWN": "ghi",
    "ALLSKY_SFC_SW_DNI": "dni",
    "ALLSKY_SFC_SW_DIFF": "dhi",
    "T2M": "temp_air",
    "WS10M": "wind_speed",
}
"""POWER parameters and the WeatherData columns they become (W/m2, C, m/s)."""

Getter = Callable[..., Any]


def cache_dir() -> Path:
    """The folder downloads are kept in (created when needed)."""
    path = cache_folder("downloads")
    path.mkdir(parents=True, exist_ok=True)
    return path


def download_pvgis_tmy(
    latitude: float, longitude: float, *, refresh: bool = False, get: Getter | None = None
) -> Path:
    """The PVGIS typical year at a place, as PVGIS's JSON file in the cache."""
    path = cache_dir() / f"pvgis_tmy_{latitude:.3f}_{longitude:.3f}.json"
    if path.exists() and not refresh:
        return path
    params = {"lat": latitude, "lon": longitude, "outputformat": "json", "usehorizon": 1}
    answer = _get(get, PVGIS_API_URL + "tmy", params, "PVGIS")
    write_text_atomically(path, answer.text)
    return path


def download_pvgis_horizon(
    latitude: float, longitude: float, *, refresh: bool = False
) -> tuple[tuple[float, float], ...]:
    """The horizon profile PVGIS computes for a place from terrain data: (azimuth,
    elevation) pairs [degrees, azimuth 0 north, 90 east]."""
    path = cache_dir() / f"pvgis_horizon_{latitude:.3f}_{longitude:.3f}.csv"
    if not path.exists() or refresh:
        try:
            profile, _ = pvlib.iotools.get_pvgis_horizon(
                latitude, longitude, url=PVGIS_API_URL, timeout=TIMEOUT_S
            )
        except requests.RequestException as error:
            raise _unreachable("PVGIS", error) from error
        write_horizon_csv(path, tuple(zip(profile.index, profile.to_numpy(), strict=True)))
    return read_horizon_csv(path)


def download_nasa_power(
    latitude: float,
    longitude: float,
    year: int,
    *,
    refresh: bool = False,
    get: Getter | None = None,
) -> Path:
    """One calendar year of NASA POWER hourly data at a place, as plain CSV in the cache
    (UTC stamps; hourly means, stamped at the start of each hour)."""
    path = cache_dir() / f"nasa_power_{latitude:.3f}_{longitude:.3f}_{year}.csv"
    if path.exists() and not refresh:
        return path
    params = {
        "latitude": latitude,
        "longitude": longitude,
        "start": f"{year}0101",
        "end": f"{year}1231",
        "community": "re",
        "parameters": ",".join(NASA_POWER_PARAMETERS),
        "format": "json",
        "time-standard": "utc",
    }
    answer = _get(get, NASA_POWER_URL, params, "NASA POWER")
    write_plain_csv(nasa_power_weather(answer.json(), year), path)
    return path


def nasa_power_weather(document: dict, year: int) -> WeatherData:
    """A NASA POWER hourly answer as WeatherData (fill values become gaps refused)."""
    try:
        series = document["properties"]["parameter"]
        longitude, latitude, altitude = document["geometry"]["coordinates"][:3]
        fill = document["header"].get("fill_value", -999.0)
    except (KeyError, TypeError, ValueError) as error:
        raise DownloadError(
            N_(
                "Errors",
                "NASA POWER answer: missing {error}; expected an hourly point answer",
            ).format(
                error=error,
            )
        ) from None
    frame = pd.DataFrame({ours: series[theirs] for theirs, ours in NASA_POWER_PARAMETERS.items()})
    frame.index = pd.to_datetime(frame.index, format="%Y%m%d%H").tz_localize("UTC")
    frame = frame.sort_index()
    frame = frame[frame.index.year == year]
    missing = int((frame == fill).to_numpy().sum())
    if missing:
        raise DownloadError(
            N_(
                "Errors",
                "NASA POWER answer for {year}: {missing} missing values (fill value "
                "{fill}); try another year",
            ).format(
                year=year,
                missing=missing,
                fill=fill,
            )
        )
    metadata = WeatherMetadata(
        source=NASA_POWER_URL,
        file_format="csv",
        name="NASA POWER",
        latitude=float(latitude),
        longitude=float(longitude),
        altitude=float(altitude),
        utc_offset_hours=0.0,
        source_label="interval start: hourly means, UTC",
        description=f"NASA POWER hourly {year}, {format_location(latitude, longitude)}",
    )
    index = pd.DatetimeIndex(frame.index)
    return WeatherData(frame.astype(float), HOUR, mid_interval_times(index, HOUR), metadata)


def _get(get: Getter | None, url: str, params: dict, service: str):
    """``get`` (requests.get when None) with the timeout, errors turned into messages."""
    try:
        answer = (get or requests.get)(url, params=params, timeout=TIMEOUT_S)
    except requests.RequestException as error:
        raise _unreachable(service, error) from error
    if not answer.ok:
        try:
            reason = answer.json().get("message", answer.text[:200])
        except (ValueError, AttributeError):
            reason = answer.text[:200]
        raise DownloadError(
            N_(
                "Errors",
                "{service} refused the request (HTTP {status_code}): {reason}",
            ).format(
                service=service,
                status_code=answer.status_code,
                reason=reason,
            )
        )
    return answer


def _unreachable(service: str, error: Exception) -> DownloadError:
    kind = "did not answer" if isinstance(error, requests.Timeout) else "cannot be reached"
    return DownloadError(
        f"{service} {kind} within {TIMEOUT_S:.0f} s: check the internet connection "
        f"(downloads are the only part of BIPV Designer that needs it); {type(error).__name__}"
    )
