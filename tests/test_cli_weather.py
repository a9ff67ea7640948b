"""``weather synthesize`` and the default weather of ``quick`` and ``simulate``."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bipv_designer.weather.readers import read_weather
from tests.test_cli import QUICK, run


def test_synthesize_a_station_year_at_a_site(tmp_path):
    out = tmp_path / "site.csv"
    code, text = run(
        "weather",
        "synthesize",
        "--station",
        "58238",
        "--lat",
        "31.95",
        "--lon",
        "118.8",
        "--seed",
        "4",
        "-o",
        str(out),
    )
    assert code == 0
    assert "synthetic, from station 58238 (Nanjing)" in text
    weather = read_weather(out)
    assert len(weather.data) == 8760
    assert weather.metadata.latitude == pytest.approx(31.95)
    assert weather.metadata.description.endswith("seed 4")


def test_synthesize_from_typed_monthly_means(tmp_path):
    out = tmp_path / "typed.csv"
    ghi = [2.0, 2.5, 3.5, 4.5, 5.0, 5.0, 5.2, 5.0, 4.0, 3.2, 2.4, 1.9]
    temp = [3, 5, 10, 16, 21, 25, 28, 27, 23, 17, 11, 5]
    code, _ = run(
        "weather",
        "synthesize",
        "--lat",
        "30.5",
        "--lon",
        "114.3",
        "--monthly-ghi",
        *map(str, ghi),
        "--monthly-temp",
        *map(str, temp),
        "-o",
        str(out),
    )
    assert code == 0
    data = read_weather(out).data
    days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    monthly = data["ghi"].groupby(data.index.month).sum().to_numpy() / 1000 / days
    np.testing.assert_allclose(monthly, ghi, rtol=0.01)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--station", "1"], "station 1: no such station"),
        (["--lat", "31"], "give --station WMO, or --lat and --lon"),
        (["--lat", "31", "--lon", "118", "--monthly-ghi", "1", "2"], "expected 12 values each"),
        (
            ["--lat", "31", "--lon", "118", "--monthly-ghi", *["3"] * 12],
            "give both or neither",
        ),
        (["--lat", "48.1", "--lon", "11.6"], "no climatology station within 300 km"),
    ],
)
def test_bad_synthesize_input_is_refused(args, message, tmp_path, capsys):
    code, _ = run("weather", "synthesize", *args, "-o", str(tmp_path / "x.csv"))
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_quick_without_weather_uses_the_nearest_station_year():
    code, text = run(*QUICK, "--kwp", "10", "--json")
    assert code == 0
    assert json.loads(text)["weather"]["description"].startswith(
        "synthetic, from station 58238 (Nanjing)"
    )
