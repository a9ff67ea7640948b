"""BIPV Designer's plain CSV weather format (docs/weather-formats.md)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather import read_weather
from bipv_designer.weather.checks import solar_noon_offset_hours
from bipv_designer.weather.plain_csv import DEFAULT_TEMP_AIR, DEFAULT_WIND_SPEED
from tests.weather.writers import copy_of, edit_lines, set_cell, write_plain_csv

LOCATION = {"latitude": 36.1, "longitude": -79.95}
HALF_HOUR = pd.Timedelta(minutes=30)


@pytest.fixture(scope="session")
def quarter_hours(hourly_means: pd.DataFrame) -> pd.DataFrame:
    """Each hourly mean spread over its four quarter hours."""
    index = pd.date_range(hourly_means.index[0], periods=4 * len(hourly_means), freq="15min")
    return pd.DataFrame(np.repeat(hourly_means.to_numpy(), 4, axis=0), index, hourly_means.columns)


def read_error(path) -> str:
    with pytest.raises(WeatherFileError) as caught:
        read_weather(path)
    return str(caught.value)


def test_comments_give_location_and_name(plain_csv_file, weather_of):
    weather = weather_of(plain_csv_file)
    meta = weather.metadata
    assert (meta.name, meta.latitude, meta.longitude, meta.altitude) == (
        "Greensboro mast",
        36.1,
        -79.95,
        None,
    )
    assert meta.description == "CSV Greensboro mast, 36.10 N, 79.95 W"
    assert meta.source_label.startswith("interval start")
    assert meta.utc_offset_hours == -5.0


@pytest.mark.parametrize("label", ["start", "end"])
def test_interval_labels_give_the_same_records(tmp_path, hourly_means, label):
    comments = {"timestamp_label": label}
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, comments=comments, label=label)
    weather = read_weather(path)
    assert weather.index.equals(hourly_means.index)
    assert (weather.solar_times == weather.index + HALF_HOUR).all()


def test_instant_label_puts_the_sun_at_the_stamp(tmp_path, hourly_means):
    comments = {"timestamp_label": "instant"}
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, comments=comments, label="instant")
    weather = read_weather(path)
    assert weather.solar_times.equals(hourly_means.index + HALF_HOUR)
    assert weather.index.equals(hourly_means.index)
    assert weather.metadata.source_label.startswith("instantaneous sample")


def test_naive_stamps_take_the_utc_offset_comment(tmp_path, hourly_means):
    path = write_plain_csv(
        tmp_path / "w.csv", hourly_means, comments={"utc_offset": -5}, naive=True
    )
    weather = read_weather(path)
    assert weather.index.equals(hourly_means.index)
    assert weather.index[0].utcoffset() == dt.timedelta(hours=-5)


def test_quarter_hours_without_beam_are_split_with_erbs(tmp_path, quarter_hours):
    path = write_plain_csv(tmp_path / "w.csv", quarter_hours, comments=LOCATION, columns=("ghi",))
    weather = read_weather(path)
    assert weather.interval == pd.Timedelta(minutes=15)
    assert len(weather.data) == 4 * 8760
    assert weather.data.columns.tolist() == ["ghi", "dni", "dhi", "temp_air", "wind_speed"]
    assert (weather.data["temp_air"] == DEFAULT_TEMP_AIR).all()
    assert (weather.data["wind_speed"] == DEFAULT_WIND_SPEED).all()
    assert weather.metadata.warnings == (
        "no 'temp_air' column: 20 C assumed for every record",
        "no 'wind_speed' column: 1 m/s assumed for every record",
        "no 'dni' and 'dhi' columns: GHI split into DNI and DHI with the Erbs model",
    )
    data = weather.data
    assert (data["dhi"] <= data["ghi"] + 1e-9).all()
    assert data["dni"].max() > 500.0
    assert abs(solar_noon_offset_hours(weather)) < 0.05


def test_unknown_columns_are_ignored_with_a_warning(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means)
    edit_lines(path, lambda lines: [line + ",x" for line in lines])
    weather = read_weather(path)
    assert "x" not in weather.data.columns
    assert weather.metadata.warnings == ("columns 'x' ignored",)


def test_optional_columns_are_read(tmp_path, hourly_means):
    columns = ("ghi", "dni", "dhi", "temp_air", "wind_speed", "pressure", "relative_humidity")
    weather = read_weather(write_plain_csv(tmp_path / "w.csv", hourly_means, columns=columns))
    assert_allclose(weather.data["pressure"].to_numpy(), 98_700.0)
    assert_allclose(weather.data["relative_humidity"].to_numpy(), 65.0)


def test_naive_stamps_without_an_offset_are_an_error(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, naive=True)
    assert read_error(path) == (
        "w.csv line 2, column 'timestamp': '2023-01-01T00:00' without a UTC offset; expected "
        "e.g. 2023-01-01T00:00+08:00 (or no offsets at all and a '# utc_offset: 8' comment)"
    )


def test_offsets_must_not_change(plain_csv_file, tmp_path):
    path = set_cell(copy_of(plain_csv_file, tmp_path), 10, 0, "2023-01-01T05:00-04:00")
    assert read_error(path) == (
        "site.csv line 10, column 'timestamp': UTC offset -04:00 differs from -05:00 on the "
        "first row; expected one fixed offset"
    )


def test_unreadable_stamp(plain_csv_file, tmp_path):
    path = set_cell(copy_of(plain_csv_file, tmp_path), 10, 0, "2023-01-01T5h-05:00")
    assert read_error(path) == (
        "site.csv line 10, column 'timestamp': '2023-01-01T5h-05:00' is not an ISO 8601 time; "
        "expected e.g. 2023-01-01T00:00+08:00"
    )


def test_offset_comment_must_match_the_stamps(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, comments={"utc_offset": 8})
    assert read_error(path) == "w.csv line 1: utc_offset 8 differs from the stamps' offset -05:00"


def test_unknown_timestamp_label(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, comments={"timestamp_label": "mid"})
    assert read_error(path) == (
        "w.csv line 1: timestamp_label 'mid'; expected start, end or instant"
    )


def test_latitude_out_of_range(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, comments={"latitude": 95})
    assert read_error(path) == "w.csv line 1: latitude '95'; expected a number in -90..90"


def test_dni_without_dhi(tmp_path, hourly_means):
    columns = ("ghi", "dni", "temp_air", "wind_speed")
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, columns=columns)
    assert read_error(path) == "w.csv line 1: column 'dni' without 'dhi'; expected both or neither"


def test_ghi_alone_needs_a_location(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, columns=("ghi",))
    assert read_error(path).startswith(
        "w.csv line 1: no 'dni' and 'dhi' columns and no '# latitude:' and '# longitude:'"
    )


def test_missing_ghi(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means, columns=("dni", "dhi"))
    assert read_error(path) == (
        "w.csv line 1: columns timestamp, dni, dhi; expected at least 'timestamp' and 'ghi'"
    )


def test_half_a_year_is_not_a_year(tmp_path, hourly_means):
    path = write_plain_csv(tmp_path / "w.csv", hourly_means.iloc[:4380])
    assert read_error(path) == (
        "w.csv lines 2..4381: 4380 records from 2023-01-01 00:00 to 2023-07-02 12:00; expected "
        "one calendar year of 1 h records (8760, or 8784 in a leap year)"
    )


def test_a_year_that_does_not_start_in_january_is_not_a_calendar_year(tmp_path, hourly_means):
    rolled = hourly_means.set_axis(hourly_means.index + pd.Timedelta(days=181))
    message = read_error(write_plain_csv(tmp_path / "w.csv", rolled))
    assert message.startswith("w.csv lines 2..8761: 8760 records from 2023-07-01 00:00 to")


def test_irregular_interval(tmp_path, hourly_means):
    seven = hourly_means.set_axis(pd.date_range("2023-01-01", periods=8760, freq="7min"))
    path = write_plain_csv(tmp_path / "w.csv", seven.tz_localize("UTC"))
    assert read_error(path) == (
        "w.csv lines 2..8761: records every 7 min; expected a regular interval of "
        "1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60 min"
    )
