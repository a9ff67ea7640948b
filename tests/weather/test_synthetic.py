"""Synthetic typical years: monthly means kept, reproducible, realistic against real
typical years on the same yield chain, and readable back from the CSV written."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.errors import WeatherFileError
from bipv_designer.paths import pvlib_data_file
from bipv_designer.project.model import WeatherReference
from bipv_designer.simulation.run import simulate
from bipv_designer.weather.climatology import MonthlyNormals, station_normals
from bipv_designer.weather.daily_clearness import ar1, bendt_gamma, inverse_bendt, kt_max
from bipv_designer.weather.project_weather import read_project_weather
from bipv_designer.weather.readers import read_weather
from bipv_designer.weather.synthetic import SyntheticSite, synthesize_year
from bipv_designer.weather.writer import write_plain_csv
from tests.factories import make_small_project, with_surfaces

NANJING = SyntheticSite(
    31.93, 118.9, 36.4, 8.0, "Nanjing", "from station 58238 (Nanjing), 0 km away"
)
DAYS_IN_MONTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def monthly_normals_of(weather) -> MonthlyNormals:
    """The twelve monthly means a real typical year would give the generator."""
    data = weather.data
    month = data.index.month
    ghi = (data["ghi"].groupby(month).sum() / 1000.0).to_numpy() / DAYS_IN_MONTH
    daily = data["temp_air"].groupby(data.index.date).agg(lambda t: t.max() - t.min())
    amplitude = daily.groupby(pd.to_datetime(daily.index).month).mean().to_numpy()
    fraction = (data["dhi"].groupby(month).sum() / data["ghi"].groupby(month).sum()).to_numpy()
    return MonthlyNormals(
        ghi, data["temp_air"].groupby(month).mean().to_numpy(), amplitude, fraction
    )


def test_monthly_means_are_reproduced():
    normals = station_normals(58238)
    data = synthesize_year(normals, NANJING, seed=3).data
    month = data.index.month
    daily_ghi = (data["ghi"].groupby(month).sum() / 1000.0).to_numpy() / DAYS_IN_MONTH
    assert_allclose(daily_ghi, normals.ghi_kwh_m2_day, rtol=0.01)
    assert_allclose(data["temp_air"].groupby(month).mean(), normals.temp_air, atol=0.01)
    fraction = data["dhi"].groupby(month).sum() / data["ghi"].groupby(month).sum()
    assert_allclose(fraction, normals.diffuse_fraction, atol=0.01)
    daily = data["temp_air"].resample("D").agg(["max", "min"])
    day_range = (daily["max"] - daily["min"]).groupby(daily.index.month).mean()
    assert_allclose(day_range, normals.temp_amplitude, atol=0.6)


def test_physical_bounds_and_closure():
    data = synthesize_year(station_normals(58238), NANJING, seed=1).data
    assert len(data) == 8760
    assert (data[["ghi", "dni", "dhi"]] >= 0).all().all()
    assert data["ghi"].max() < 1150
    assert (data["dhi"] <= data["ghi"] + 1e-9).all()


def test_same_seed_same_year_other_seed_other_year():
    normals = station_normals(58238)
    first = synthesize_year(normals, NANJING, seed=7).data
    assert first.equals(synthesize_year(normals, NANJING, seed=7).data)
    assert not first.equals(synthesize_year(normals, NANJING, seed=8).data)


def test_ten_seeds_give_an_annual_yield_spread_under_one_and_a_half_percent():
    project = make_small_project()
    normals = station_normals(58238)
    yields = [
        simulate(project, synthesize_year(normals, NANJING, seed))
        .summary()
        .loc["total", "annual_ac_kwh"]
        for seed in range(10)
    ]
    assert (max(yields) - min(yields)) / np.mean(yields) < 0.015


@pytest.mark.parametrize(
    ("file_name", "timezone"), [("723170TYA.CSV", "Etc/GMT+5"), ("12839.tm2", "Etc/GMT+5")]
)
def test_a_synthetic_year_from_a_real_years_monthly_means_gives_the_same_plane_irradiation(
    file_name, timezone
):
    real = read_weather(pvlib_data_file(file_name))
    where = real.metadata
    site = SyntheticSite(
        where.latitude, where.longitude, where.altitude or 0.0, where.utc_offset_hours, "", "test"
    )
    project = make_small_project()
    project = replace(
        project,
        site=replace(
            project.site,
            latitude=where.latitude,
            longitude=where.longitude,
            altitude=where.altitude or 0.0,
            timezone=timezone,
        ),
    )
    project = with_surfaces(project, [(30, 180), (90, 180), (90, 90), (90, 270)])
    reference = simulate(project, real).summary()["poa_annual_kwh_m2"].to_numpy()[:4]
    synthetic = synthesize_year(monthly_normals_of(real), site, seed=1)
    poa = simulate(project, synthetic).summary()["poa_annual_kwh_m2"].to_numpy()[:4]
    deviation = np.abs(poa / reference - 1.0)
    assert deviation[0] < 0.03  # 30 degree south roof
    assert deviation[1] < 0.05  # south facade
    assert np.all(deviation[2:] < 0.08)  # east and west facades


def test_bendt_distribution_has_the_monthly_mean_and_its_bounds():
    u = (np.arange(20000) + 0.5) / 20000
    for mean in (0.3, 0.5, 0.65):
        kt = inverse_bendt(u, np.full(u.size, mean))
        assert kt.mean() == pytest.approx(mean, abs=1e-3)
        assert kt.min() >= 0.05
        assert kt.max() <= kt_max(mean) + 1e-12
    assert bendt_gamma(0.45) > 0 > bendt_gamma(0.3)


def test_daily_persistence_has_the_lag_one_autocorrelation_asked_for():
    z = ar1(200_000, 0.3, np.random.default_rng(0))
    assert z.std() == pytest.approx(1.0, abs=0.01)
    assert np.corrcoef(z[1:], z[:-1])[0, 1] == pytest.approx(0.3, abs=0.01)


def test_written_csv_reads_back_with_its_label(tmp_path):
    weather = synthesize_year(station_normals(58238), NANJING, seed=1)
    path = tmp_path / "nanjing.csv"
    write_plain_csv(weather, path)
    back = read_weather(path)
    assert back.metadata.description == weather.metadata.description
    assert back.metadata.description.startswith(
        "synthetic, from station 58238 (Nanjing), 0 km away"
    )
    assert back.solar_times.equals(weather.solar_times)
    assert_allclose(
        back.data[["ghi", "dni", "dhi"]], weather.data[["ghi", "dni", "dhi"]], atol=0.05
    )
    assert_allclose(back.data["temp_air"], weather.data["temp_air"], atol=0.005)


def test_a_project_with_only_a_location_gets_the_nearest_stations_year():
    site = make_small_project().site
    weather = read_project_weather(WeatherReference("station:nearest"), ".", site)
    assert weather.metadata.description.startswith(
        "synthetic, from station 58238 (Nanjing), 17 km away"
    )
    assert weather.data.index[0].utcoffset() == pd.Timedelta(hours=8)
    chosen = read_project_weather(WeatherReference("station:54511"), ".", site)
    assert "from station 54511 (Beijing)" in chosen.metadata.description
    assert any("more than 100 km" in w for w in chosen.metadata.warnings)


def test_outside_china_the_user_is_asked_for_weather():
    site = replace(
        make_small_project().site, latitude=48.1, longitude=11.6, timezone="Europe/Berlin"
    )
    with pytest.raises(WeatherFileError, match="no climatology station within 300 km"):
        read_project_weather(WeatherReference("station:nearest"), ".", site)
    with pytest.raises(WeatherFileError, match="expected a WMO station number"):
        read_project_weather(WeatherReference("station:Nanjing"), ".", site)


def test_monthly_values_out_of_range_are_refused():
    bad = MonthlyNormals(np.full(12, 15.0), np.full(12, 10.0))
    with pytest.raises(WeatherFileError, match=r"expected values in \(0, 12\]"):
        synthesize_year(bad, NANJING, seed=1)
    with pytest.raises(WeatherFileError, match="expected 12 finite numbers"):
        synthesize_year(MonthlyNormals(np.full(11, 3.0), np.full(12, 10.0)), NANJING, seed=1)
