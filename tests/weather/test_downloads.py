"""Downloads on request: cached, timed out, one clear line when offline; answers stand in
for the services (tests/data/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import requests

from bipv_designer.disk_cache import CACHE_ENVIRONMENT
from bipv_designer.errors import DownloadError, WeatherFileError
from bipv_designer.weather import downloads
from bipv_designer.weather.horizon_file import read_horizon_csv
from bipv_designer.weather.readers import read_weather
from tests.test_cli import run
from tests.weather.writers import clear_sky_samples, pvgis_json_document

DATA = Path(__file__).resolve().parent.parent / "data"


class Answer:
    """What requests.get returns, enough for the code under test."""

    def __init__(self, document=None, status: int = 200, text: str | None = None):
        self._document = document
        self.status_code = status
        self.ok = status < 400
        self.text = text if text is not None else json.dumps(document)

    def json(self):
        if self._document is None:
            raise ValueError("not json")
        return self._document


class Service:
    """A stand-in for requests.get that records its calls."""

    def __init__(self, answer):
        self.answer = answer
        self.calls: list[tuple[str, dict, float]] = []

    def __call__(self, url, params=None, timeout=None, **kwargs):
        self.calls.append((url, params, timeout))
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENVIRONMENT, str(tmp_path / "cache"))
    return tmp_path / "cache" / "downloads"


@pytest.fixture(scope="module")
def pvgis_answer():
    return Answer(pvgis_json_document(clear_sky_samples(45.0, 8.0, 250.0)))


def nasa_power_document(year: int) -> dict:
    """A NASA POWER hourly point answer (API v2 layout) with a clear-sky year."""
    samples = clear_sky_samples(31.93, 118.82, 20.0)
    stamps = pd.date_range(f"{year}-01-01", periods=len(samples), freq="h").strftime("%Y%m%d%H")
    columns = {
        "ghi": "ALLSKY_SFC_SW_DWN",
        "dni": "ALLSKY_SFC_SW_DNI",
        "dhi": "ALLSKY_SFC_SW_DIFF",
        "temp_air": "T2M",
        "wind_speed": "WS10M",
    }
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [118.82, 31.93, 20.0]},
        "properties": {
            "parameter": {
                theirs: dict(
                    zip(stamps, np.round(samples[ours].to_numpy(), 2).tolist(), strict=True)
                )
                for ours, theirs in columns.items()
            }
        },
        "header": {"title": "NASA/POWER Hourly", "fill_value": -999.0},
        "times": {"data": 1.0, "process": 0.1},
        "parameters": {},
    }


def test_pvgis_tmy_is_asked_of_api_5_3_cached_and_read_as_pvgis_json(pvgis_answer, cache):
    service = Service(pvgis_answer)
    path = downloads.download_pvgis_tmy(45.0, 8.0, get=service)
    url, params, timeout = service.calls[0]
    assert url == "https://re.jrc.ec.europa.eu/api/v5_3/tmy"
    assert (params["lat"], params["lon"], params["outputformat"]) == (45.0, 8.0, "json")
    assert timeout == downloads.TIMEOUT_S
    assert path.parent == cache
    weather = read_weather(path)
    assert weather.metadata.file_format == "pvgis_json"
    assert len(weather.data) == 8760
    assert downloads.download_pvgis_tmy(45.0, 8.0, get=service) == path
    assert len(service.calls) == 1  # the second time from the cache


def test_offline_or_refused_downloads_say_so_in_one_line():
    offline = Service(requests.ConnectionError("no route"))
    with pytest.raises(
        DownloadError, match=r"PVGIS cannot be reached within 30 s: check the internet"
    ):
        downloads.download_pvgis_tmy(45.0, 8.0, get=offline)
    slow = Service(requests.Timeout("slow"))
    with pytest.raises(DownloadError, match="NASA POWER did not answer within 30 s"):
        downloads.download_nasa_power(31.9, 118.8, 2020, get=slow)
    refused = Service(Answer({"message": "Location over the sea"}, status=400))
    with pytest.raises(DownloadError, match=r"HTTP 400\): Location over the sea"):
        downloads.download_pvgis_tmy(0.0, -30.0, get=refused)


def test_nasa_power_year_becomes_a_checked_csv_in_utc(cache):
    service = Service(Answer(nasa_power_document(2021)))
    path = downloads.download_nasa_power(31.93, 118.82, 2021, get=service)
    _, params, _ = service.calls[0]
    assert params["time-standard"] == "utc"
    assert params["start"] == "20210101"
    weather = read_weather(path)
    assert weather.index[0] == pd.Timestamp("2021-01-01 00:00", tz="UTC")
    assert weather.data["ghi"].max() > 800
    assert weather.metadata.description.startswith("NASA POWER hourly 2021")


def test_nasa_power_fill_values_are_refused():
    document = nasa_power_document(2021)
    first = next(iter(document["properties"]["parameter"]["T2M"]))
    document["properties"]["parameter"]["T2M"][first] = -999.0
    with pytest.raises(DownloadError, match="1 missing values"):
        downloads.download_nasa_power(31.93, 118.82, 2021, get=Service(Answer(document)))


def test_pvgis_horizon_through_pvlib_in_north_based_azimuths(monkeypatch):
    answer = Answer(json.loads((DATA / "pvgis_horizon_answer.json").read_text()))
    service = Service(answer)
    monkeypatch.setattr(requests, "get", service)
    profile = downloads.download_pvgis_horizon(31.93, 118.82)
    assert service.calls[0][0] == "https://re.jrc.ec.europa.eu/api/v5_3/printhorizon"
    assert service.calls[0][2] == downloads.TIMEOUT_S
    by_azimuth = dict(profile)
    # PVGIS gives A = -45 (from south, east negative): azimuth 180 - 45 = 135 from north
    assert by_azimuth[135.0] == 12.0
    assert min(by_azimuth) == 0.0
    assert max(by_azimuth) < 360.0


def test_horizon_csv_errors_name_the_line(tmp_path):
    path = tmp_path / "horizon.csv"
    path.write_text("azimuth,elevation\n0,5\n90,abc\n")
    with pytest.raises(
        WeatherFileError, match=r"horizon.csv line 3: expected 'azimuth,elevation'"
    ):
        read_horizon_csv(path)
    path.write_text("0,5\n90,95\n")
    with pytest.raises(WeatherFileError, match="line 2: azimuth 90, elevation 95"):
        read_horizon_csv(path)


def test_download_command_writes_the_file(monkeypatch, pvgis_answer, tmp_path):
    monkeypatch.setattr(requests, "get", Service(pvgis_answer))
    out = tmp_path / "tmy.json"
    code, text = run(
        "weather", "download", "pvgis-tmy", "--lat", "45", "--lon", "8", "-o", str(out)
    )
    assert code == 0
    assert out.exists()
    assert "Wrote" in text


@pytest.mark.network
def test_pvgis_horizon_live():
    profile = downloads.download_pvgis_horizon(31.93, 118.82, refresh=True)
    assert len(profile) > 10


@pytest.mark.network
def test_pvgis_tmy_live(tmp_path):
    weather = read_weather(downloads.download_pvgis_tmy(31.93, 118.82, refresh=True))
    assert len(weather.data) == 8760
