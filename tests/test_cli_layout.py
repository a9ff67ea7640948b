"""``layout``: figures per array and building, the string plan and its warnings; a
relayout and an automatic string plan saved headless."""

from __future__ import annotations

import json

import pytest
from msgspec.structs import replace

from bipv_designer.components.inverters import generic_inverter
from bipv_designer.layout.string_plan import with_array_inverters
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project, save_project
from bipv_designer.project.model import WeatherReference
from tests.test_cli import run


def test_the_demo_layout_in_figures():
    code, text = run("layout", str(DEMO_PROJECT), "--json")
    assert code == 0
    document = json.loads(text)
    arrays = document["arrays"]
    assert document["total"]["dc_kwp"] == pytest.approx(sum(a["dc_kwp"] for a in arrays))
    assert document["total"]["module_count"] == 4004
    by_building = {b["id"]: b for b in document["buildings"]}
    roofs = [b["roof"] for b in by_building.values() if "roof" in b]
    facades = [b["facade"] for b in by_building.values() if "facade" in b]
    assert sum(r["dc_kwp"] for r in roofs) + sum(f["dc_kwp"] for f in facades) == pytest.approx(
        document["total"]["dc_kwp"]
    )
    assert all(0 < r["coverage_pct"] < 100 for r in roofs)
    assert len(document["string_plan"]) == 14
    assert all(1.1 < use["dc_ac_ratio"] < 1.4 for use in document["string_plan"])
    assert document["design_temperatures"]["temp_cell_min"] < 5
    assert document["warnings"] == []
    code, text = run("layout", str(DEMO_PROJECT))
    assert "String plan:" in text
    assert "4 inputs: 2 x 18 of hall-a-south" in text


def _small_project_file(small_project, tmp_path, weather=None):
    inverter = generic_inverter(20_000.0)
    project = with_array_inverters(small_project, "a1", inverter, 1)
    if weather is not None:
        project = replace(project, weather=weather)
    path = tmp_path / "small.bipv.json"
    save_project(project, path)
    return path


def test_relayout_and_string_plan_saved_and_warned(small_project, tmp_path):
    path = _small_project_file(small_project, tmp_path)
    out = tmp_path / "planned.bipv.json"
    code, text = run(
        "layout", str(path), "--relayout", "--plan-strings", "--save", str(out), "--json"
    )
    assert code == 0
    document = json.loads(text)
    assert "saved" in document["notes"][-1]
    saved = load_project(out)
    # the small project's module has no datasheet: nothing can be planned, and it says so
    assert saved.string_plan == ()
    assert "no datasheet" in document["notes"][0]
    assert saved.arrays[0].module_count == len(saved.arrays[0].placements) > 0
    # 100 x 550 W on 20 kW: DC/AC 2.75
    assert [w["code"] for w in document["warnings"]] == ["dc_ac_ratio"]


def test_without_weather_the_strings_are_listed_unchecked_and_cannot_be_planned(
    small_project, tmp_path
):
    path = _small_project_file(
        small_project, tmp_path, WeatherReference(path="weather:absent.csv")
    )
    code, text = run("layout", str(path))
    assert code == 0
    assert "no weather, string voltages not checked" in text
    assert run("layout", str(path), "--plan-strings")[0] == 2
