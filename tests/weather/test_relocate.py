"""A weather file used as a proxy climate keeps its records' solar time at the site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
import pytest
from msgspec.structs import replace

from bipv_designer.weather import WeatherData, read_weather, relocate
from bipv_designer.weather.checks import solar_noon_offset_hours
from bipv_designer.weather.places import great_circle_km

GREENSBORO_TMY3 = Path(pvlib.__file__).parent / "data" / "723170TYA.CSV"
NANJING = (32.06, 118.80, 8.0)


@pytest.fixture(scope="module")
def greensboro() -> WeatherData:
    return read_weather(GREENSBORO_TMY3)


def _pretend_nanjing(weather: WeatherData) -> WeatherData:
    """The same wall-clock records labelled as Nanjing's (UTC+8, 118.80 E)."""
    zone = dt.timezone(dt.timedelta(hours=8))
    index = weather.index.tz_localize(None).tz_localize(zone)
    return replace(
        weather,
        data=weather.data.set_axis(index),
        solar_times=weather.solar_times.tz_localize(None).tz_localize(zone),
        metadata=replace(weather.metadata, name="NANJING", latitude=32.06, longitude=118.8),
    )


def test_us_file_for_a_nanjing_site(greensboro):
    moved = relocate(greensboro, *NANJING)
    distance = great_circle_km(36.1, -79.95, 32.06, 118.8)
    assert moved.metadata.warnings == (
        f"weather is for GREENSBORO PIEDMONT TRIAD INT (36.10 N, 79.95 W), {distance:,.0f} km "
        "from the site; its records were moved by -13 h to keep their solar time",
    )
    assert 12_000 < distance < 12_400
    assert moved.index[0] == pd.Timestamp(
        "2023-01-01 00:00", tz=dt.timezone(dt.timedelta(hours=8))
    )
    assert moved.index[-1].hour == 23
    assert (moved.solar_times - moved.index == pd.Timedelta(minutes=30)).all()
    assert (moved.metadata.latitude, moved.metadata.longitude) == (36.1, -79.95)
    assert abs(solar_noon_offset_hours(moved, NANJING[1])) < 0.5


@pytest.mark.parametrize(
    ("site", "moved_hours", "roll"),
    [
        ((32.06, 118.80, 8.0), -13, 0),
        ((35.0, 150.0, 9.0), -15, -1),
        ((43.8, 87.6, 8.0), -11, 2),
        ((40.0, -100.0, -5.0), 1, 1),
        ((36.0, -60.0, -4.0), -1, 0),
    ],
)
def test_both_signs_of_the_shift_keep_solar_noon(greensboro, site, moved_hours, roll):
    latitude, longitude, utc_offset = site
    moved = relocate(greensboro, latitude, longitude, utc_offset)
    assert f"moved by {moved_hours:+d} h" in moved.metadata.warnings[-1]
    assert abs(solar_noon_offset_hours(moved, longitude)) < 0.5
    assert abs(solar_noon_offset_hours(greensboro, longitude)) > 0.5 or moved_hours == 0
    expected = np.roll(greensboro.data.to_numpy(), roll, axis=0)
    np.testing.assert_array_equal(moved.data.to_numpy(), expected)
    assert moved.index[0].utcoffset() == dt.timedelta(hours=utc_offset)
    assert (moved.solar_times - moved.index == pd.Timedelta(minutes=30)).all()


def test_nanjing_weather_for_a_us_site_moves_the_other_way(greensboro):
    nanjing = _pretend_nanjing(greensboro)
    moved = relocate(nanjing, 36.1, -79.95, -5.0)
    assert "moved by +13 h" in moved.metadata.warnings[-1]
    assert abs(solar_noon_offset_hours(moved, -79.95)) < 0.5


def test_utc_samples_roll_across_the_new_year(pvgis_epw_file, weather_of):
    pvgis = weather_of(pvgis_epw_file)
    moved = relocate(pvgis, *NANJING)
    assert "moved by -7 h" in moved.metadata.warnings[-1]
    np.testing.assert_array_equal(moved.data.to_numpy(), np.roll(pvgis.data.to_numpy(), 1, 0))
    assert (moved.solar_times - moved.index == pd.Timedelta(minutes=30)).all()
    assert abs(solar_noon_offset_hours(moved, NANJING[1])) < 0.5


def test_same_time_zone_nearby_is_unchanged(greensboro):
    assert relocate(greensboro, 36.0, -80.5, -5.0) is greensboro


def test_same_solar_hour_far_away_only_warns(greensboro):
    moved = relocate(greensboro, 42.0, -83.0, -5.0)
    assert moved.data is greensboro.data
    assert moved.metadata.warnings == (
        "weather is for GREENSBORO PIEDMONT TRIAD INT (36.10 N, 79.95 W), "
        f"{great_circle_km(36.1, -79.95, 42.0, -83.0):,.0f} km from the site",
    )


def test_weather_without_longitude_is_unchanged(greensboro):
    unknown = replace(greensboro, metadata=replace(greensboro.metadata, longitude=None))
    assert relocate(unknown, *NANJING) is unknown


def test_great_circle_distances_on_the_mean_sphere():
    quarter_circle = np.pi / 2 * 6371.0088
    assert great_circle_km(0.0, 0.0, 90.0, 0.0) == pytest.approx(quarter_circle, rel=1e-12)
    assert great_circle_km(0.0, -45.0, 0.0, 45.0) == pytest.approx(quarter_circle, rel=1e-12)
    # Across the date line, against the spherical law of cosines.
    phi, dlambda = np.radians(10.0), np.radians(20.0)
    angle = np.arccos(np.sin(phi) ** 2 + np.cos(phi) ** 2 * np.cos(dlambda))
    assert great_circle_km(10.0, 170.0, 10.0, -170.0) == pytest.approx(angle * 6371.0088)


def test_utc_weather_at_the_site_is_put_in_site_time_without_moving_in_absolute_time(greensboro):
    # the Greensboro year as a PVGIS-like file would hold it: a typical year in UTC
    index = pd.date_range("2023-01-01", periods=len(greensboro.data), freq="h", tz="UTC")
    in_utc = replace(
        greensboro,
        data=pd.DataFrame(
            np.roll(greensboro.data.to_numpy(), 5, axis=0),
            index=index,
            columns=greensboro.data.columns,
        ),
        solar_times=pd.DatetimeIndex(index + pd.Timedelta(minutes=30)),
    )
    meta = greensboro.metadata
    local = relocate(in_utc, meta.latitude, meta.longitude, -5.0)
    assert local.index.equals(greensboro.index)
    assert local.solar_times.equals(greensboro.solar_times)
    assert np.array_equal(local.data.to_numpy(), greensboro.data.to_numpy())
    assert local.metadata.warnings == greensboro.metadata.warnings
