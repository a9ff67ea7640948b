"""Names the program gives follow the language of the name they sit in: a building
named in Chinese gets Chinese roof and facade names, a project named in Chinese gets
Chinese names for new buildings, trees and arrays; English names stay English."""

from __future__ import annotations

from msgspec.structs import replace

from bipv_designer.edits import arrays, buildings, site_obstacles
from bipv_designer.geometry.derive import derive_surfaces
from bipv_designer.project.model import Building, ObstacleShape, Roof, RoofType
from tests.factories import make_small_project


def gable(name: str) -> Building:
    return Building(
        "b1",
        name,
        ((0.0, 0.0), (40.0, 0.0), (40.0, 20.0), (0.0, 20.0)),
        10.0,
        Roof(RoofType.GABLE, slope_deg=10.0, direction_deg=90.0),
    )


def test_a_chinese_building_gets_chinese_surface_names():
    names = {s.name for s in derive_surfaces(gable("1号厂房"))}
    assert {"1号厂房 屋面 南", "1号厂房 屋面 北", "1号厂房 立面 东"} <= names
    english = {s.name for s in derive_surfaces(gable("Hall A"))}
    assert {"Hall A roof S", "Hall A roof N", "Hall A facade E"} <= english


def test_a_chinese_project_names_new_buildings_trees_and_arrays_in_chinese():
    project = replace(make_small_project(), name="江宁园区")
    square = [(100.0, 100.0), (120.0, 100.0), (120.0, 120.0), (100.0, 120.0)]
    drawn = buildings.draw_building(project, square).project
    new = drawn.buildings[-1]
    assert new.name.startswith("建筑 ")
    assert any(s.name == f"{new.name} 立面 南" for s in drawn.surfaces)
    with_tree, _ = site_obstacles.draw_obstacle(drawn, ObstacleShape.TREE, [(150.0, 150.0)])
    assert with_tree.project.obstacles[-1].name.startswith("树木 ")
    roof = next(s for s in drawn.surfaces if s.building_id == new.id and s.kind == "roof")
    filled = arrays.fill_surface(drawn, roof.id).project
    assert filled.arrays[-1].name == f"{roof.name} 方阵"
    english = buildings.draw_building(make_small_project(), square).project
    assert english.buildings[-1].name.startswith("Building ")
