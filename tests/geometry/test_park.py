"""Park edits: derived surfaces follow their building; user settings survive; orphans go."""

from __future__ import annotations

from msgspec.structs import replace

from bipv_designer.geometry.derive import derive_surfaces
from bipv_designer.geometry.park import (
    new_building_id,
    place_building,
    remove_building,
    replace_surface,
)
from bipv_designer.project.layout_model import ArrayLayout, RoofCapacity, Setback, SurfaceLayout
from bipv_designer.project.model import Building, Mounting, Roof, RoofType
from tests.factories import make_small_project

BOX = ((0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0))


def test_new_building_brings_its_roof_and_facades():
    project = make_small_project()
    building = Building(new_building_id(project), "Hall B", BOX, 8.0, Roof(RoofType.FLAT))
    assert building.id == "building-2"
    placed = place_building(project, building)
    assert placed.buildings[-1] == building
    ids = [s.id for s in placed.surfaces if s.building_id == building.id]
    assert ids == ["building-2/roof-1", *(f"building-2/facade-{k}" for k in range(1, 5))]


def test_changing_the_roof_rederives_and_keeps_user_settings():
    project = place_building(make_small_project(), make_small_project().buildings[0])
    roof = project.surface("b1/roof-1")
    facade = project.surface("b1/facade-1")
    project = replace_surface(project, replace(roof, name="Main roof"))
    project = replace_surface(project, replace(facade, mounting=Mounting.INTEGRATED))
    project = replace_surface(project, replace(project.surface("b1/facade-2"), excluded=True))
    gable = replace(
        project.buildings[0], roof=Roof(RoofType.GABLE, slope_deg=10.0, direction_deg=90.0)
    )
    changed = place_building(project, gable)
    assert [s.surface_tilt for s in changed.surfaces if s.kind == "roof"] == [10.0, 10.0]
    assert changed.surface("b1/roof-1").name == "Main roof"
    assert changed.surface("b1/roof-2").name == derive_surfaces(gable)[1].name
    assert changed.surface("b1/facade-1").mounting is Mounting.INTEGRATED
    assert changed.surface("b1/facade-2").excluded
    assert not changed.surface("b1/facade-3").excluded
    assert changed.arrays == project.arrays


def test_arrays_leave_with_their_surface():
    project = place_building(make_small_project(), make_small_project().buildings[0])
    gable = replace(
        project.buildings[0], roof=Roof(RoofType.GABLE, slope_deg=10.0, direction_deg=90.0)
    )
    with_north_array = replace(
        place_building(project, gable),
        arrays=(replace(project.arrays[0], surface_id="b1/roof-2"),),
    )
    flat_again = place_building(with_north_array, project.buildings[0])
    assert flat_again.arrays == ()
    assert remove_building(project, "b1").surfaces == ()
    assert remove_building(project, "b1").arrays == ()


def test_layouts_and_roof_capacity_leave_with_their_surface_and_building():
    project = place_building(make_small_project(), make_small_project().buildings[0])
    project = replace(
        project,
        surface_layouts=(SurfaceLayout("b1/roof-1", Setback(1.0)),),
        array_layouts=(ArrayLayout("a1", True, 0.02, 0.02, True, 12.0),),
        roof_capacities=(RoofCapacity("b1", 25.0),),
    )
    assert place_building(project, project.buildings[0]) == project
    removed = remove_building(project, "b1")
    assert removed.surface_layouts == removed.array_layouts == removed.roof_capacities == ()
