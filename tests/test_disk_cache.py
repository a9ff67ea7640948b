"""Results kept between runs: the store itself, the weather read from a reference and
the single-diode power tables."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.disk_cache import CACHE_ENVIRONMENT, cache_folder, keep, prune, read_kept
from bipv_designer.paths import DEMO_PROJECT, WEATHER
from bipv_designer.project.io import load_project
from bipv_designer.project.model import WeatherReference


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENVIRONMENT, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_kept_value_is_read_back_and_a_broken_one_is_not(tmp_path):
    path = tmp_path / "kind" / "entry.pickle"
    assert read_kept(path) is None
    keep(path, {"a": np.arange(3)}, max_bytes=10_000)
    assert read_kept(path)["a"].tolist() == [0, 1, 2]
    path.write_bytes(b"\x80\x05 truncated")
    assert read_kept(path) is None


def test_pruning_drops_the_least_recently_used_files(tmp_path):
    for age, name in enumerate(["new", "middle", "old"]):
        path = tmp_path / name
        path.write_bytes(b"x" * 100)
        os.utime(path, (1_000_000 - age * 10, 1_000_000 - age * 10))
    prune(tmp_path, max_bytes=250)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["middle", "new"]


def test_each_kind_has_its_folder_under_the_cache_environment(cache):
    assert cache_folder("weather") == cache / "weather"


def test_weather_is_read_once_and_again_when_its_file_or_reference_changes(cache, monkeypatch):
    from bipv_designer.weather import project_weather

    project = load_project(DEMO_PROJECT)
    reads: list[str] = []
    original = project_weather.read_weather
    monkeypatch.setattr(
        project_weather, "read_weather", lambda *a: reads.append("read") or original(*a)
    )
    folder = cache.parent / "project"
    folder.mkdir()
    source = WEATHER / project.weather.path.removeprefix("weather:")
    shutil.copy(source, folder / "weather.csv")
    reference = WeatherReference("weather.csv", "csv")
    project_path = folder / "park.bipv.json"

    first = project_weather.read_project_weather(reference, project_path, project.site)
    again = project_weather.read_project_weather(reference, project_path, project.site)
    assert reads == ["read"]
    assert again.data.equals(first.data)
    assert again.metadata == first.metadata

    text = (folder / "weather.csv").read_text()
    warmer = text.replace(
        "2023-12-31T23:00+08:00,0.0,0.0,0.0,2.42", "2023-12-31T23:00+08:00,0.0,0.0,0.0,3.42"
    )
    (folder / "weather.csv").write_text(warmer)  # same size, one value changed
    changed = project_weather.read_project_weather(reference, project_path, project.site)
    assert reads == ["read", "read"]
    assert changed.data["temp_air"].iloc[-1] == 3.42

    ghi_only = replace(reference, ghi_only=True)
    project_weather.read_project_weather(ghi_only, project_path, project.site)
    assert reads == ["read", "read", "read"]


def test_a_missing_weather_file_is_reported_not_kept(cache):
    from bipv_designer.errors import WeatherFileError
    from bipv_designer.weather.project_weather import read_project_weather

    project = load_project(DEMO_PROJECT)
    with pytest.raises(WeatherFileError, match="no such weather file"):
        read_project_weather(WeatherReference("absent.csv"), cache / "p.json", project.site)
    assert not (cache / "weather").exists()


def test_a_power_table_is_made_once_per_machine(cache, monkeypatch):
    from bipv_designer.project import single_diode

    (cec,) = {m.cec for m in load_project(DEMO_PROJECT).modules if m.cec is not None}
    cec = replace(cec, r_s=cec.r_s * 1.01)  # a module no other test tabulated
    single_diode.power_table.cache_clear()
    made = single_diode.power_table(cec)[2]
    assert len(list((cache / "single-diode").iterdir())) == 1

    single_diode.power_table.cache_clear()
    monkeypatch.setattr(single_diode, "_solved", lambda *a: pytest.fail("solved again"))
    np.testing.assert_array_equal(single_diode.power_table(cec)[2], made)
    single_diode.power_table.cache_clear()


def test_a_synthetic_year_is_made_again_when_the_climatology_changes(cache, tmp_path, monkeypatch):
    from bipv_designer.weather import climatology, project_weather

    project = load_project(DEMO_PROJECT)
    made: list[str] = []
    original = project_weather.station_year
    monkeypatch.setattr(
        project_weather, "station_year", lambda *a: made.append("made") or original(*a)
    )
    reference = WeatherReference("station:nearest")
    project_weather.read_project_weather(reference, DEMO_PROJECT, project.site)
    project_weather.read_project_weather(reference, DEMO_PROJECT, project.site)
    assert made == ["made"]
    edited = tmp_path / "climatology.csv"
    edited.write_bytes(climatology.CLIMATOLOGY_FILE.read_bytes() + b"\n")
    monkeypatch.setattr(climatology, "CLIMATOLOGY_FILE", edited)
    project_weather.read_project_weather(reference, DEMO_PROJECT, project.site)
    assert made == ["made", "made"]


def test_the_fingerprint_covers_the_data_files_the_code_reads(tmp_path, monkeypatch):
    from bipv_designer import disk_cache
    from bipv_designer.shading import plane_cache

    assert ("layout", "defaults.json") in plane_cache.SHADING_DATA
    data = tmp_path / "defaults.json"
    data.write_text("{}", encoding="utf-8")
    monkeypatch.setattr(disk_cache, "resource", lambda *parts: tmp_path / parts[-1])
    disk_cache.source_digest.cache_clear()
    before = disk_cache.source_digest(("layout",), (("layout", "defaults.json"),))
    data.write_text('{"tolerance_m": 0.02}', encoding="utf-8")
    disk_cache.source_digest.cache_clear()
    after = disk_cache.source_digest(("layout",), (("layout", "defaults.json"),))
    disk_cache.source_digest.cache_clear()
    assert after != before
