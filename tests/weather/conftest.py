"""Synthetic clear-sky years and weather files written from them.

The files are written once per session and must not be changed; a test that edits one
works on a copy (:func:`copy_of`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from bipv_designer.weather import WeatherData, read_weather
from tests.weather.writers import (
    GREENSBORO,
    PVGIS_SITE,
    clear_sky_means,
    clear_sky_samples,
    pvgis_json_document,
    write_epw,
    write_plain_csv,
    write_pvgis_csv,
    write_pvgis_epw,
    write_pvgis_json,
    write_tmy2,
    write_tmy3,
)

SITE = {key: GREENSBORO[key] for key in ("latitude", "longitude", "utc_offset", "altitude")}


@pytest.fixture(scope="session")
def hourly_means() -> pd.DataFrame:
    """Clear-sky hourly means at Greensboro, indexed by hour start (UTC-5)."""
    return clear_sky_means(**SITE)


@pytest.fixture(scope="session")
def pvgis_samples() -> pd.DataFrame:
    """Clear-sky samples at HH:00 UTC at 45 N, 8 E."""
    return clear_sky_samples(**PVGIS_SITE)


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the session's weather files."""
    return tmp_path_factory.mktemp("weather")


@pytest.fixture(scope="session")
def epw_file(files: Path, hourly_means: pd.DataFrame) -> Path:
    return write_epw(files / "weather.epw", hourly_means, **SITE)


@pytest.fixture(scope="session")
def tmy3_file(files: Path, hourly_means: pd.DataFrame) -> Path:
    return write_tmy3(files / "723170TY.csv", hourly_means, **SITE)


@pytest.fixture(scope="session")
def tmy2_file(files: Path, hourly_means: pd.DataFrame) -> Path:
    return write_tmy2(files / "13723.tm2", hourly_means, **SITE)


@pytest.fixture(scope="session")
def pvgis_csv_file(files: Path, pvgis_samples: pd.DataFrame) -> Path:
    return write_pvgis_csv(files / "tmy_45.000_8.000.csv", pvgis_samples)


@pytest.fixture(scope="session")
def pvgis_json_file(files: Path, pvgis_samples: pd.DataFrame) -> Path:
    return write_pvgis_json(files / "tmy_45.000_8.000.json", pvgis_json_document(pvgis_samples))


@pytest.fixture(scope="session")
def pvgis_epw_file(files: Path, pvgis_samples: pd.DataFrame) -> Path:
    return write_pvgis_epw(files / "tmy_45.000_8.000.epw", pvgis_samples)


@pytest.fixture(scope="session")
def plain_csv_file(files: Path, hourly_means: pd.DataFrame) -> Path:
    comments = {"name": "Greensboro mast", "latitude": 36.1, "longitude": -79.95}
    return write_plain_csv(files / "site.csv", hourly_means, comments=comments)


@pytest.fixture(scope="session")
def read_once() -> dict[Path, WeatherData]:
    """Weather read from the session's files, by path (read-only tests share it)."""
    return {}


@pytest.fixture
def weather_of(read_once: dict[Path, WeatherData]):
    """``weather_of(path)``: the file read once per session."""

    def read(path: Path) -> WeatherData:
        if path not in read_once:
            read_once[path] = read_weather(path)
        return read_once[path]

    return read
