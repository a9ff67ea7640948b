"""Each reader puts every record at the right time: index, solar times, year, offset."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
import pytest
from numpy.testing import assert_allclose

from bipv_designer.weather import WeatherData, read_weather
from bipv_designer.weather.checks import solar_noon_offset_hours
from bipv_designer.weather.readers import detect_format
from bipv_designer.weather.sources import head_text
from bipv_designer.weather.timing import TYPICAL_LEAP_YEAR, TYPICAL_YEAR
from tests.weather.conftest import SITE
from tests.weather.writers import write_epw, write_pvgis_epw, write_tmy3

PVLIB_DATA = Path(pvlib.__file__).parent / "data"
UTC_MINUS_5 = dt.timezone(dt.timedelta(hours=-5))
HOUR = pd.Timedelta(hours=1)
COLUMNS = ["ghi", "dni", "dhi", "temp_air", "wind_speed"]

HOURLY_MEANS = ["epw_file", "tmy3_file", "tmy2_file", "plain_csv_file"]
PVGIS_SAMPLES = ["pvgis_csv_file", "pvgis_json_file", "pvgis_epw_file"]
FORMATS = {
    "epw_file": "epw",
    "tmy3_file": "tmy3",
    "tmy2_file": "tmy2",
    "plain_csv_file": "csv",
    "pvgis_csv_file": "pvgis_csv",
    "pvgis_json_file": "pvgis_json",
    "pvgis_epw_file": "pvgis_epw",
}


@pytest.mark.parametrize("fixture", HOURLY_MEANS)
def test_hourly_means_are_indexed_by_interval_start_in_the_files_offset(
    fixture, request, weather_of
):
    weather = weather_of(request.getfixturevalue(fixture))
    assert weather.metadata.file_format == FORMATS[fixture]
    assert weather.interval == HOUR
    assert len(weather.data) == 8760
    assert weather.index[0] == pd.Timestamp("2023-01-01 00:00", tz=UTC_MINUS_5)
    assert weather.index[-1] == pd.Timestamp("2023-12-31 23:00", tz=UTC_MINUS_5)
    assert weather.index[0].utcoffset() == dt.timedelta(hours=-5)
    assert weather.index.is_monotonic_increasing
    assert (weather.solar_times - weather.index == pd.Timedelta(minutes=30)).all()
    assert weather.metadata.utc_offset_hours == -5.0
    assert weather.metadata.warnings == ()


@pytest.mark.parametrize("fixture", HOURLY_MEANS)
def test_hourly_formats_give_back_the_table_they_were_written_from(
    fixture, request, weather_of, hourly_means
):
    weather = weather_of(request.getfixturevalue(fixture))
    assert weather.index.equals(hourly_means.index)
    assert_allclose(weather.data[COLUMNS].to_numpy(), hourly_means[COLUMNS].to_numpy())


@pytest.mark.parametrize("fixture", PVGIS_SAMPLES)
def test_pvgis_samples_are_utc_and_stand_for_the_hour_centred_on_them(
    fixture, request, weather_of, pvgis_samples
):
    weather = weather_of(request.getfixturevalue(fixture))
    assert weather.metadata.file_format == FORMATS[fixture]
    assert weather.metadata.utc_offset_hours == 0.0
    assert weather.index[0].utcoffset() == dt.timedelta(0)
    assert weather.solar_times.equals(pvgis_samples.index)
    assert weather.index[0] == pd.Timestamp("2022-12-31 23:30", tz="UTC")
    assert (weather.solar_times - weather.index == pd.Timedelta(minutes=30)).all()
    assert_allclose(weather.data[COLUMNS].to_numpy(), pvgis_samples[COLUMNS].to_numpy())
    assert weather.data["pressure"].iloc[0] == pytest.approx(98_700.0)
    assert weather.metadata.latitude == 45.0
    assert weather.metadata.longitude == 8.0
    assert weather.metadata.description.startswith("PVGIS TMY")
    assert "0.18 h" in weather.metadata.source_label or fixture == "pvgis_epw_file"


@pytest.mark.parametrize("fixture", [*HOURLY_MEANS, *PVGIS_SAMPLES])
def test_irradiance_is_centred_on_solar_noon_when_read_right(fixture, request, weather_of):
    weather = weather_of(request.getfixturevalue(fixture))
    assert abs(solar_noon_offset_hours(weather)) < 0.05


@pytest.mark.parametrize(("roll", "side"), [(1, "after"), (-1, "before")])
def test_a_file_shifted_by_one_hour_is_one_hour_off_solar_noon(tmp_path, hourly_means, roll, side):
    shifted = hourly_means.copy()
    shifted[:] = np.roll(hourly_means.to_numpy(), roll, axis=0)
    weather = read_weather(write_epw(tmp_path / "shifted.epw", shifted, **SITE))
    assert solar_noon_offset_hours(weather) == pytest.approx(roll, abs=0.1)
    assert any(f"h {side} solar noon" in warning for warning in weather.metadata.warnings)


def test_pvgis_epw_is_read_as_utc_even_when_called_epw(pvgis_epw_file, pvgis_csv_file, weather_of):
    as_utc = read_weather(pvgis_epw_file, "epw")
    assert as_utc.metadata.file_format == "pvgis_epw"
    assert "UTC" in as_utc.metadata.source_label
    assert any("PVGIS" in warning for warning in as_utc.metadata.warnings)
    from_csv = weather_of(pvgis_csv_file)
    assert as_utc.index.equals(from_csv.index)
    assert_allclose(as_utc.data[COLUMNS].to_numpy(), from_csv.data[COLUMNS].to_numpy())


def test_pvgis_rows_read_with_the_header_time_zone_land_half_an_hour_early(
    tmp_path, pvgis_samples
):
    unmarked = write_pvgis_epw(tmp_path / "edited.epw", pvgis_samples, marks=False)
    weather = read_weather(unmarked)
    assert weather.metadata.file_format == "epw"
    assert solar_noon_offset_hours(weather) == pytest.approx(-0.5, abs=0.1)
    assert any("before solar noon" in warning for warning in weather.metadata.warnings)


def test_single_year_files_keep_their_year(tmp_path, hourly_means):
    zone = hourly_means.index.tz
    year_2019 = hourly_means.set_axis(pd.date_range("2019-01-01", periods=8760, freq="h", tz=zone))
    weather = read_weather(write_epw(tmp_path / "2019.epw", year_2019, **SITE, typical=False))
    assert weather.index[0] == pd.Timestamp("2019-01-01 00:00", tz=zone)
    assert weather.index[-1] == pd.Timestamp("2019-12-31 23:00", tz=zone)


def test_a_leap_year_has_8784_records(tmp_path, hourly_means):
    zone = hourly_means.index.tz
    index = pd.date_range("2020-01-01", periods=8784, freq="h", tz=zone)
    table = pd.DataFrame(
        np.resize(hourly_means.to_numpy(), (8784, 8)), index, hourly_means.columns
    )
    weather = read_weather(write_tmy3(tmp_path / "2020.csv", table, **SITE, typical=False))
    assert len(weather.data) == 8784
    assert weather.index[-1] == pd.Timestamp("2020-12-31 23:00", tz=zone)


def test_a_typical_year_with_29_february_goes_into_the_leap_reference_year(tmp_path, hourly_means):
    zone = hourly_means.index.tz
    index = pd.date_range("2024-01-01", periods=8784, freq="h", tz=zone)
    table = pd.DataFrame(
        np.resize(hourly_means.to_numpy(), (8784, 8)), index, hourly_means.columns
    )
    weather = read_weather(write_epw(tmp_path / "leap.epw", table, **SITE))
    assert weather.index[0].year == TYPICAL_LEAP_YEAR
    assert weather.index.is_monotonic_increasing
    assert len(weather.data) == 8784


def test_typical_years_are_moved_into_the_reference_year(epw_file, weather_of):
    weather = weather_of(epw_file)
    assert set(weather.index.year) == {TYPICAL_YEAR}


@pytest.mark.parametrize(
    ("name", "file_format", "where", "first_ghi_hour"),
    [
        ("723170TYA.CSV", "tmy3", "GREENSBORO PIEDMONT TRIAD INT, 36.10 N, 79.95 W", -5),
        ("703165TY.csv", "tmy3", "SAND POINT, 55.32 N, 160.52 W", -9),
        ("12839.tm2", "tmy2", "MIAMI, 25.80 N, 80.27 W", -5),
    ],
)
def test_pvlibs_bundled_files(name, file_format, where, first_ghi_hour):
    weather = read_weather(PVLIB_DATA / name)
    zone = dt.timezone(dt.timedelta(hours=first_ghi_hour))
    assert weather.metadata.file_format == file_format
    assert weather.metadata.description == f"{file_format.upper()} {where}"
    assert weather.index[0] == pd.Timestamp("2023-01-01 00:00", tz=zone)
    assert weather.index[-1] == pd.Timestamp("2023-12-31 23:00", tz=zone)
    assert abs(solar_noon_offset_hours(weather)) < 0.1
    assert weather.metadata.warnings == ()


def test_greensboro_values_come_through_in_file_order():
    raw, _ = pvlib.iotools.read_tmy3(PVLIB_DATA / "723170TYA.CSV")
    weather = read_weather(PVLIB_DATA / "723170TYA.CSV")
    assert_allclose(weather.data["ghi"].to_numpy(), raw["ghi"].to_numpy())
    assert_allclose(weather.data["pressure"].to_numpy(), raw["pressure"].to_numpy() * 100.0)
    assert "albedo" not in weather.data.columns  # 0 everywhere: not measured


@pytest.mark.parametrize("fixture", list(FORMATS))
def test_format_is_told_from_content(fixture, request):
    path = request.getfixturevalue(fixture)
    assert detect_format(path, head_text(path)) == FORMATS[fixture]


def test_read_weather_returns_weather_data(epw_file):
    weather = read_weather(str(epw_file))
    assert isinstance(weather, WeatherData)
    assert weather.metadata.source == str(epw_file)
    assert weather.metadata.description == "EPW TESTVILLE, 36.10 N, 79.95 W"
    assert weather.data.columns[:5].tolist() == COLUMNS
