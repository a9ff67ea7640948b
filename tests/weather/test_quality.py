"""Weather quality checks: each problem is found and reported with its numbers."""

from __future__ import annotations

import json

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.project.model import WeatherReference
from bipv_designer.weather.places import great_circle_km
from bipv_designer.weather.project_weather import read_project_weather
from bipv_designer.weather.quality import Severity, check_weather
from bipv_designer.weather.writer import write_plain_csv
from tests.factories import make_small_project
from tests.simulation.conftest import clear_sky_weather
from tests.test_cli import run


@pytest.fixture(scope="module")
def clear_year():
    return clear_sky_weather(32.06, 118.80, 8.0, altitude=10.0)


def finding(report, code):
    (found,) = [f for f in report.findings if f.code == code]
    return found


def with_data(weather, data):
    return replace(weather, data=data)


def test_a_good_file_passes_every_check(clear_year):
    report = check_weather(clear_year, 32.0, 118.9, 20.0, 8.0)
    assert report.warnings == ()
    assert "0 with the sun above 10° and zero GHI" in finding(report, "completeness").message


def test_stamps_shifted_by_one_hour_are_found_with_the_offset(clear_year):
    shifted = with_data(clear_year, clear_year.data.shift(1, fill_value=0.0))
    timing = finding(check_weather(shifted), "timing")
    assert timing.severity is Severity.WARNING
    minutes = float(timing.message.split(" min")[0].split()[-1])
    assert minutes == pytest.approx(60, abs=5)
    assert "after solar noon" in timing.message
    assert "shifted by about +1 h" in timing.message


def test_components_that_do_not_add_up_fail_closure_and_ghi_only_mends_them(clear_year, tmp_path):
    broken = with_data(clear_year, clear_year.data.assign(dhi=clear_year.data["dhi"] * 2.0))
    report = check_weather(broken)
    closure = finding(report, "closure")
    assert closure.severity is Severity.WARNING
    assert report.closure_failed()
    assert "median ratio 1." in closure.message
    path = tmp_path / "broken.csv"
    write_plain_csv(broken, path)
    site = make_small_project().site
    mended = read_project_weather(WeatherReference(str(path), "csv", ghi_only=True), ".", site)
    assert not check_weather(mended).closure_failed()
    assert any("GHI only" in w for w in mended.metadata.warnings)


def test_zeros_in_daylight_are_reported_as_gaps(clear_year):
    data = clear_year.data.copy()
    data.iloc[24 * 100 : 24 * 110, :3] = 0.0
    completeness = finding(check_weather(with_data(clear_year, data)), "completeness")
    assert completeness.severity is Severity.WARNING
    assert "probably gaps filled with zeros" in completeness.message


def test_a_file_far_from_the_site_warns_with_the_distance(clear_year):
    location = finding(check_weather(clear_year, 39.9, 116.4), "location")
    assert location.severity is Severity.WARNING
    expected = great_circle_km(32.06, 118.80, 39.9, 116.4)
    assert f"{expected:.0f} km from the site" in location.message


def test_utc_stamps_labelled_local_are_suspected(clear_year):
    meta = replace(clear_year.metadata, utc_offset_hours=0.0)
    zone = finding(check_weather(replace(clear_year, metadata=meta)), "time_zone")
    assert zone.severity is Severity.WARNING
    assert "may be UTC labelled as local time" in zone.message


def test_weather_check_command_prints_the_report_and_json(clear_year, tmp_path):
    path = tmp_path / "year.csv"
    write_plain_csv(clear_year, path)
    code, text = run("weather", "check", str(path), "--lat", "32.06", "--lon", "118.8")
    assert code == 0
    assert "0 warning(s)" in text
    code, text = run("weather", "check", str(path), "--json")
    document = json.loads(text)
    assert {f["code"] for f in document["findings"]} == {
        "timing",
        "closure",
        "completeness",
        "location",
        "time_zone",
    }
    assert np.isfinite(document["warnings"])
