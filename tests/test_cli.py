"""The headless commands: outputs on the demo, and one clear line for every bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from numpy.testing import assert_allclose

from bipv_designer.cli import main
from bipv_designer.paths import DEMO_PROJECT

ROOT = Path(__file__).resolve().parent.parent
FIGURE_KEYS = {
    "dc_kwp",
    "annual_ac_kwh",
    "specific_yield_kwh_per_kwp",
    "performance_ratio",
    "poa_annual_kwh_m2",
    "monthly_ac_kwh",
    "loss_factors",
}
QUICK = ["quick", "--lat", "32.06", "--lon", "118.8", "--tilt", "30", "--azimuth", "180"]


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def demo_results() -> dict:
    code, text = run("simulate", str(DEMO_PROJECT), "--json")
    assert code == 0
    return json.loads(text)


def test_simulate_json_has_every_figure_per_surface_and_total(demo_results):
    assert len(demo_results["surfaces"]) >= 4
    for figures in [*demo_results["surfaces"], demo_results["total"]]:
        assert set(figures) >= FIGURE_KEYS
        assert len(figures["monthly_ac_kwh"]) == 12
        assert_allclose(sum(figures["monthly_ac_kwh"]), figures["annual_ac_kwh"], rtol=1e-9)
        assert 0.5 < figures["performance_ratio"] < 0.95
    total = demo_results["total"]
    assert_allclose(
        sum(s["annual_ac_kwh"] for s in demo_results["surfaces"]), total["annual_ac_kwh"]
    )
    assert_allclose(sum(s["dc_kwp"] for s in demo_results["surfaces"]), total["dc_kwp"])


def test_simulate_text_table_lists_surfaces_and_total():
    code, text = run("simulate", str(DEMO_PROJECT))
    assert code == 0
    assert "kWh/kWp" in text
    assert "Total" in text
    assert "inverter_efficiency" in text


def test_simulate_writes_hourly_csv_with_readable_names_and_the_park_balance(
    tmp_path, demo_results
):
    out = tmp_path / "hourly.csv"
    code, _ = run("simulate", str(DEMO_PROJECT), "--hourly-csv", str(out), "--json")
    assert code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads names
    table = pd.read_csv(out, index_col="timestamp", encoding="utf-8-sig")
    assert len(table) == 8760
    surface = demo_results["surfaces"][0]["name"]
    assert {
        f"{surface} · POA irradiance [W/m²]",
        f"{surface} · AC power [kW]",
        "Total · AC power [kW]",
        "Park load [kW]",
        "Import from the grid [kW]",
    } <= set(table)
    assert_allclose(
        table["Total · AC power [kW]"].sum(), demo_results["total"]["annual_ac_kwh"], rtol=1e-5
    )
    assert_allclose(
        table["Export to the grid [kW]"].sum(),
        demo_results["balance"]["park"]["export_kwh"],
        rtol=1e-5,
    )


def test_quick_json_gives_the_headline_figures():
    code, text = run(*QUICK, "--kwp", "100", "--json")
    assert code == 0
    figures = json.loads(text)
    assert set(figures) >= FIGURE_KEYS
    assert figures["dc_kwp"] == pytest.approx(100.0)
    assert_allclose(figures["annual_ac_kwh"], 100 * figures["specific_yield_kwh_per_kwp"])


def test_quick_responds_to_losses_and_mounting():
    def yield_of(*extra: str) -> float:
        code, text = run(*QUICK, "--kwp", "10", "--json", *extra)
        assert code == 0
        return json.loads(text)["specific_yield_kwh_per_kwp"]

    default = yield_of()
    assert yield_of("--losses", "0") == pytest.approx(default / (1 - 0.1408), rel=0.01)
    assert yield_of("--mounting", "integrated") < yield_of("--mounting", "open_rack")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["simulate", "absent.bipv.json"], "absent.bipv.json: no such project file"),
        ([*QUICK, "--kwp", "-5"], "argument --kwp: expected a number in (0, 1e+06], got -5"),
        (
            [*QUICK[:2], "95", *QUICK[3:], "--kwp", "1"],
            "argument --lat: expected a number in [-90, 90]",
        ),
        ([*QUICK, "--kwp", "ten"], "argument --kwp: expected a number, got 'ten'"),
        ([*QUICK, "--kwp", "1", "--mounting", "glued"], "argument --mounting: invalid choice"),
        ([*QUICK, "--kwp", "1", "--weather", "nowhere.epw"], "nowhere.epw"),
        ([*QUICK, "--kwp", "1", "--timezone", "Mars/Olympus"], "expected an IANA time zone"),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_exit_code_2(args, message, tmp_path):
    completed = subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1, completed.stderr
    assert message in lines[0]
    assert "Traceback" not in completed.stderr


def test_broken_project_file_is_reported_with_its_json_path(tmp_path, capsys):
    project = json.loads(DEMO_PROJECT.read_text())
    project["surfaces"][0]["surface_tilt"] = "steep"
    path = tmp_path / "broken.bipv.json"
    path.write_text(json.dumps(project))
    assert main(["simulate", str(path)]) == 2
    assert "$.surfaces[0].surface_tilt: expected a finite number" in capsys.readouterr().err


def test_bad_weather_file_is_reported(tmp_path, capsys):
    weather = tmp_path / "bad.csv"
    weather.write_text("timestamp,ghi\n2023-01-01T00:00+08:00,abc\n")
    assert main(["simulate", str(DEMO_PROJECT), "--weather", str(weather)]) == 2
    assert "bad.csv" in capsys.readouterr().err


def test_a_headless_run_freezes_what_is_imported_before_the_command_runs(monkeypatch):
    """The process entry leaves the imported libraries out of the collector's full passes
    (gc.freeze) before the subcommand runs, with the collector on, and runs it with the
    arguments given."""
    import gc

    from bipv_designer import app, cli

    calls: list[object] = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(cli, "main", lambda args: calls.append(args) or 0)
    assert app.main(["simulate", "park.bipv.json", "--json"]) == 0
    assert calls == ["freeze", ["simulate", "park.bipv.json", "--json"]]
    assert gc.isenabled()
