"""Project files: round trip, atomic save, and a clear error for every kind of bad file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from msgspec.structs import replace

from bipv_designer.errors import ProjectFileError
from bipv_designer.geometry import derive_surfaces
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.energy_model import (
    Battery,
    FactoryPattern,
    Meter,
    ParkLoad,
    SyntheticLoad,
)
from bipv_designer.project.io import (
    load_project,
    project_to_json,
    resolve_weather_path,
    save_project,
)
from bipv_designer.project.layout_model import KeepOut, KeepOutShape, Setback, SurfaceLayout
from bipv_designer.project.migrations import SCHEMA_VERSION
from bipv_designer.project.model import BackgroundImage, ModulePlacement, Mounting

FIXTURES = Path(__file__).parent / "fixtures"


def write_json(path: Path, document) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_save_and_load_round_trip(small_project, tmp_path):
    array = replace(
        small_project.arrays[0],
        module_count=2,
        placements=(ModulePlacement(1.0, 1.0), ModulePlacement(3.0, 1.0, portrait=False)),
    )
    meter = Meter(
        "m1",
        "Hall A meter",
        ("b1",),
        synthetic=SyntheticLoad(FactoryPattern(shifts=3), monthly_kwh=(1e5,) * 12),
    )
    load = ParkLoad((meter,), export_limit_kw=0.0, battery=Battery(500.0, 250.0, 250.0))
    project = replace(small_project, arrays=(array,), load=load)
    path = tmp_path / "park.bipv.json"
    save_project(project, path)
    assert load_project(path) == project
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION


def test_layout_values_and_background_survive_a_round_trip(small_project, tmp_path):
    surface_id = small_project.arrays[0].surface_id
    layout = SurfaceLayout(
        surface_id,
        Setback(uniform_m=1.2, per_edge_m=(1.0, 2.0, 1.0, 2.0)),
        keep_outs=(
            KeepOut("k1", "Smoke vent", KeepOutShape.CIRCLE, ((10.0, 5.0),), radius_m=0.8),
            KeepOut("k2", "Skylight", KeepOutShape.RECTANGLE, ((20.0, 3.0), (24.0, 9.0))),
        ),
    )
    project = replace(
        small_project,
        site=replace(small_project.site, plan_north_deg=-12.5),
        surfaces=tuple(replace(s, excluded=True) for s in small_project.surfaces[1:2])
        + small_project.surfaces[:1]
        + small_project.surfaces[2:],
        background=BackgroundImage("plan.png", x=-5.0, y=3.0, metres_per_pixel=0.25, opacity=0.3),
        surface_layouts=(layout,),
    )
    path = tmp_path / "park.bipv.json"
    save_project(project, path)
    assert load_project(path) == project


def test_a_version_1_file_gets_the_version_2_defaults():
    project = load_project(FIXTURES / "schema_v1.bipv.json")
    assert project.site.plan_north_deg == 0.0
    assert not any(s.excluded for s in project.surfaces)
    assert project.background is None
    assert project.surface_layouts == project.array_layouts == project.inverters == ()


def test_a_layout_naming_an_unknown_surface_is_refused(small_project, tmp_path):
    document = project_to_json(small_project)
    document["surface_layouts"] = [{"surface_id": "nowhere", "setback": {}}]
    path = write_json(tmp_path / "park.bipv.json", document)
    with pytest.raises(ProjectFileError, match=r"\$\.surface_layouts\[0\]\.surface_id: 'nowhere'"):
        load_project(path)


@pytest.mark.parametrize(
    ("group", "inverter_id", "message"),
    [
        (
            {"array_id": "nowhere", "modules_per_string": 10, "string_count": 1},
            "inv",
            r"\$\.string_plan\[0\]\.mppts\[0\]\.strings\[0\]\.array_id: 'nowhere'",
        ),
        (
            {"array_id": "a1", "modules_per_string": 0, "string_count": 1},
            "inv",
            r"strings\[0\]\.modules_per_string: expected >= 1, got 0",
        ),
        (
            {"array_id": "a1", "modules_per_string": 10, "string_count": 1},
            "absent",
            r"\$\.string_plan\[0\]\.inverter_id: 'absent' is not the id of any inverter",
        ),
    ],
)
def test_a_broken_string_plan_is_refused_with_its_path(
    small_project, tmp_path, group, inverter_id, message
):
    from bipv_designer.components.inverters import generic_inverter
    from bipv_designer.project.codec import encode

    document = project_to_json(small_project)
    document["inverters"] = [encode(replace(generic_inverter(50e3), id="inv"))]
    document["string_plan"] = [
        {"id": "u1", "name": "INV-01", "inverter_id": inverter_id, "mppts": [{"strings": [group]}]}
    ]
    path = write_json(tmp_path / "park.bipv.json", document)
    with pytest.raises(ProjectFileError, match=message):
        load_project(path)


def test_background_opacity_outside_zero_to_one_is_refused(small_project, tmp_path):
    document = project_to_json(small_project)
    document["background"] = {"path": "plan.png", "opacity": 1.5}
    path = write_json(tmp_path / "park.bipv.json", document)
    with pytest.raises(ProjectFileError, match=r"\$\.background\.opacity"):
        load_project(path)


def test_demo_project_loads_and_its_surfaces_are_derived_from_its_buildings():
    project = load_project(DEMO_PROJECT)
    assert len(project.buildings) >= 2
    assert {b.roof.roof_type for b in project.buildings} >= {"flat", "gable"}
    carrying = {project.surface(a.surface_id).kind for a in project.arrays}
    assert carrying == {"roof", "facade"}
    for building in project.buildings:
        derived = derive_surfaces(building)
        stored = [s for s in project.surfaces if s.building_id == building.id]
        assert [replace(s, mounting=Mounting.OPEN_RACK) for s in stored] == [
            replace(s, mounting=Mounting.OPEN_RACK) for s in derived
        ]


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5, 6])
def test_every_past_schema_version_loads(version):
    project = load_project(FIXTURES / f"schema_v{version}.bipv.json")
    assert project.arrays


def test_save_is_atomic_when_the_rename_fails(small_project, tmp_path, monkeypatch):
    path = tmp_path / "park.bipv.json"
    save_project(small_project, path)
    before = path.read_bytes()

    def broken_replace(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_project(replace(small_project, name="Changed"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["park.bipv.json"]


def test_missing_file(tmp_path):
    with pytest.raises(ProjectFileError, match="no such project file"):
        load_project(tmp_path / "absent.bipv.json")


def test_broken_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.bipv.json"
    path.write_text('{\n  "format": "bipv-designer-project",\n  "schema_version": 1,,\n}')
    with pytest.raises(
        ProjectFileError, match=r"broken.bipv.json line 3, column 23: not valid JSON"
    ):
        load_project(path)


def test_foreign_json_is_refused(tmp_path):
    path = write_json(tmp_path / "other.json", {"type": "FeatureCollection", "features": []})
    with pytest.raises(ProjectFileError, match="not a BIPV Designer project"):
        load_project(path)


def test_newer_schema_is_refused(small_project, tmp_path):
    document = project_to_json(small_project) | {"schema_version": 99}
    path = write_json(tmp_path / "new.bipv.json", document)
    with pytest.raises(ProjectFileError, match=r"schema_version is 99: .* newer BIPV Designer"):
        load_project(path)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: d["surfaces"][0].update(surface_tilt="steep"),
            r"\$\.surfaces\[0\]\.surface_tilt: expected a finite number, got 'steep'",
        ),
        (
            lambda d: d["surfaces"][0].update(mounting="glued"),
            r"\$\.surfaces\[0\]\.mounting: expected one of 'open_rack'",
        ),
        (lambda d: d["site"].pop("latitude"), r"\$\.site: missing field 'latitude'"),
        (lambda d: d["site"].update(colour="red"), r"\$\.site: unknown field 'colour'"),
        (
            lambda d: d["arrays"][0].update(module_count=2.5),
            r"\$\.arrays\[0\]\.module_count: expected a whole number",
        ),
        (
            lambda d: d["buildings"][0]["footprint"][1].append(3.0),
            r"\$\.buildings\[0\]\.footprint\[1\]: expected an array of 2 values, got 3",
        ),
        (
            lambda d: d["site"].update(latitude=95.0),
            r"\$\.site\.latitude: expected a value in \[-90, 90\], got 95",
        ),
        (
            lambda d: d["site"].update(timezone="Mars/Olympus"),
            r"\$\.site\.timezone: expected an IANA",
        ),
        (
            lambda d: d["arrays"][0].update(surface_id="nowhere"),
            r"\$\.arrays\[0\]\.surface_id: 'nowhere' is not the id of any surface",
        ),
        (
            lambda d: d["arrays"].append(dict(d["arrays"][0])),
            r"\$\.arrays\[1\]\.id: 'a1' is used twice",
        ),
        (
            lambda d: d["losses"].update(soiling_pct=120.0),
            r"\$\.losses\.soiling_pct: expected a value in \[0, 100\)",
        ),
        (
            lambda d: d["obstacles"].append(
                {
                    "id": "t",
                    "name": "Tree",
                    "shape": "tree",
                    "outline": [[1, 2]],
                    "height_m": 8,
                    "radius_m": 3,
                    "crown_base_m": 9,
                }
            ),
            r"\$\.obstacles\[0\]\.crown_base_m: expected a value in \[0, 8\)",
        ),
        (
            lambda d: d["obstacles"].append(
                {
                    "id": "t",
                    "name": "Tree",
                    "shape": "tree",
                    "outline": [[1, 2]],
                    "height_m": 8,
                    "radius_m": 3,
                    "leaf_off_months": [13],
                }
            ),
            r"\$\.obstacles\[0\]\.leaf_off_months: expected months 1 to 12, got 13",
        ),
        (
            lambda d: d["obstacles"].append(
                {
                    "id": "n",
                    "name": "Neighbour",
                    "shape": "box",
                    "outline": [[0, 0], [10, 10], [10, 0], [0, 10]],
                    "height_m": 8,
                }
            ),
            r"\$\.obstacles\[0\]\.outline: expected a simple polygon with an area",
        ),
        (
            lambda d: d["obstacles"].append(
                {
                    "id": "c",
                    "name": "Tank",
                    "shape": "cylinder",
                    "outline": [[0, 0], [1, 1]],
                    "height_m": 8,
                    "radius_m": 2,
                }
            ),
            r"\$\.obstacles\[0\]\.outline: a cylinder is given by its centre, one point",
        ),
        (
            lambda d: d["obstacles"].append(
                {
                    "id": "c",
                    "name": "Tank",
                    "shape": "cylinder",
                    "outline": [[0, 0]],
                    "height_m": 8,
                }
            ),
            r"\$\.obstacles\[0\]\.radius_m: expected a value in \(0, 500\]",
        ),
    ],
)
def test_bad_field_names_the_json_path(small_project, tmp_path, edit, message):
    document = json.loads(json.dumps(project_to_json(small_project)))
    edit(document)
    path = write_json(tmp_path / "bad.bipv.json", document)
    with pytest.raises(ProjectFileError, match=message) as caught:
        load_project(path)
    assert str(caught.value).startswith(str(path))


def test_not_a_number_is_refused(small_project, tmp_path):
    text = json.dumps(project_to_json(small_project)).replace('"albedo": 0.2', '"albedo": NaN')
    path = tmp_path / "nan.bipv.json"
    path.write_text(text)
    with pytest.raises(ProjectFileError, match="NaN is not allowed"):
        load_project(path)


@pytest.mark.parametrize("number", ["1e999", "-1e999"])
def test_a_number_beyond_any_float_is_refused(small_project, tmp_path, number):
    """JSON reads 1e999 as infinity (no NaN or Infinity literal needed)."""
    text = json.dumps(project_to_json(small_project)).replace(
        '"albedo": 0.2', f'"albedo": {number}'
    )
    path = tmp_path / "huge.bipv.json"
    path.write_text(text)
    with pytest.raises(ProjectFileError, match=f"{number} is not allowed.*finite number"):
        load_project(path)


def test_weather_path_is_relative_to_the_project(small_project, tmp_path):
    reference = replace(small_project.weather, path="../weather/site.epw")
    assert resolve_weather_path(reference, tmp_path / "projects" / "p.json") == (
        tmp_path / "weather" / "site.epw"
    )
    assert resolve_weather_path(small_project.weather, tmp_path / "p.json").name == "723170TYA.CSV"


def test_a_meter_of_an_unknown_building_is_refused(small_project, tmp_path):
    document = project_to_json(small_project)
    document["load"] = {
        "meters": [
            {
                "id": "m1",
                "name": "M",
                "building_ids": ["nowhere"],
                "synthetic": {"pattern": {}, "annual_kwh": 1000.0},
            }
        ]
    }
    path = write_json(tmp_path / "park.bipv.json", document)
    with pytest.raises(ProjectFileError, match=r"\$\.load\.meters\[0\]\.building_ids: 'nowhere'"):
        load_project(path)


def test_a_version_2_load_placeholder_is_refused_with_the_reason(small_project, tmp_path):
    document = json.loads((FIXTURES / "schema_v2.bipv.json").read_text())
    document["load"] = {"kind": "later"}
    path = write_json(tmp_path / "old.bipv.json", document)
    with pytest.raises(ProjectFileError, match=r"\$\.load: a version-2 placeholder"):
        load_project(path)


def test_version_4_grids_stay_along_u_after_the_upgrade():
    project = load_project(FIXTURES / "schema_v4.bipv.json")
    (settings,) = project.array_layouts
    assert settings.grid_angle_deg == 0.0
    assert {p.angle_deg for p in project.arrays[0].placements} == {0.0}
