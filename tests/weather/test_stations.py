"""Climatology stations: distances, nearest, names, blends, filled temperatures."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather.climatology import (
    LAPSE_RATE_K_PER_M,
    station_normals,
    station_table,
)
from bipv_designer.weather.places import great_circle_km
from bipv_designer.weather.stations import (
    blended_normals,
    nearest_stations,
    search_stations,
    station,
    station_match,
)


def test_great_circle_distance_of_known_city_pairs_and_arrays():
    # Beijing (39.9042 N, 116.4074 E) to Shanghai (31.2304 N, 121.4737 E): 1067 km by
    # the haversine formula on the mean Earth radius (hand computation)
    assert great_circle_km(39.9042, 116.4074, 31.2304, 121.4737) == pytest.approx(1067.3, abs=0.5)
    # one degree of latitude is pi R / 180
    assert great_circle_km(0, 0, 1, 0) == pytest.approx(np.pi * 6371.0088 / 180)
    assert_allclose(
        great_circle_km(0, 0, np.array([1, 0]), np.array([0, 1])), [111.195] * 2, rtol=1e-4
    )


def test_the_table_has_every_station_and_the_readme_sanity_values():
    table = station_table()
    assert len(table) == 1042
    nanjing = station_normals(58238)
    days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    assert (nanjing.ghi_kwh_m2_day * days).sum() == pytest.approx(1302, abs=1)
    assert (nanjing.temp_air[0], nanjing.temp_air[6]) == (2.2, 28.6)


def test_a_station_without_temperatures_takes_its_neighbours_at_its_own_altitude():
    table = station_table()
    row = table.loc[50425]
    donors = [int(i) for i in row["temperature_from"].split()]
    assert len(donors) == 3
    distances = np.array(
        [
            great_circle_km(
                row.latitude_deg,
                row.longitude_deg,
                *table.loc[d, ["latitude_deg", "longitude_deg"]],
            )
            for d in donors
        ]
    )
    weights = distances**-2 / (distances**-2).sum()
    expected = sum(
        w
        * (
            table.loc[d, "tair_01"]
            - LAPSE_RATE_K_PER_M * (row.altitude_m - table.loc[d, "altitude_m"])
        )
        for w, d in zip(weights, donors, strict=True)
    )
    assert row["tair_01"] == pytest.approx(expected, abs=0.05)
    assert table["tair_07"].notna().all()
    assert table.loc[58238, "temperature_from"] == ""


def test_nearest_station_to_a_nanjing_park_and_warnings_far_away_or_high_up():
    (match,) = nearest_stations(31.95, 118.80, altitude=20.0)
    assert match.station.wmo_id == 58238
    assert match.distance_km == pytest.approx(
        great_circle_km(31.95, 118.80, 31.9333, 118.9), rel=1e-9
    )
    assert match.warnings == ()
    (sea,) = nearest_stations(25.0, 128.0)
    assert sea.distance_km > 100
    assert "more than 100 km" in sea.warnings[0]
    high = station_match(58238, 31.95, 118.80, altitude=800.0)
    assert "lower than the site" in high.warnings[0]


def test_search_by_english_or_chinese_name_or_id():
    assert [s.wmo_id for s in search_stations("nanjing")][:1] == [58238]
    assert [s.wmo_id for s in search_stations("南京")] == [58238]
    assert 58238 in [s.wmo_id for s in search_stations("58238")]
    assert search_stations("") == []
    assert search_stations("no such place") == []


def test_an_unknown_station_is_refused():
    with pytest.raises(WeatherFileError, match="station 12345: no such station"):
        station(12345)


def test_a_blend_at_a_station_is_that_station_and_between_stations_lies_between():
    at_nanjing, matches = blended_normals(31.9333, 118.9)
    assert matches[0].station.wmo_id == 58238
    assert_allclose(at_nanjing.ghi_kwh_m2_day, station_normals(58238).ghi_kwh_m2_day, rtol=1e-4)
    between, matches = blended_normals(31.5, 119.3)
    values = np.vstack([station_normals(m.station.wmo_id).ghi_kwh_m2_day for m in matches])
    assert np.all(between.ghi_kwh_m2_day >= values.min(axis=0) - 1e-9)
    assert np.all(between.ghi_kwh_m2_day <= values.max(axis=0) + 1e-9)
