"""Qt-free edits: each returns the new project and a text a user can read, and the
changes between two projects name exactly what an edit touched."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from bipv_designer.edits import arrays, buildings, obstacles, settings, surfaces
from bipv_designer.edits.changes import keep_out_key, project_changes
from bipv_designer.errors import BipvError, GeometryError, LayoutError
from bipv_designer.geometry.derive import derive_surfaces
from bipv_designer.layout.roof_fill import FillOptions, FlatRoofFill, default_fill_options
from bipv_designer.project.layout_model import KeepOutShape
from bipv_designer.project.model import RoofType
from tests.factories import make_small_project

HALL = ((0.0, 0.0), (120.0, 0.0), (120.0, 60.0), (0.0, 60.0))


def test_drawing_moving_turning_copying_and_deleting_name_the_building():
    project = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    project, text = buildings.draw_building(project, HALL)
    assert text == "Draw building 'Building 1'"
    (hall,) = project.buildings
    assert hall.roof.roof_type is RoofType.FLAT
    assert len([s for s in project.surfaces if s.building_id == hall.id]) == 5
    moved, text = buildings.move_building(project, hall.id, 5.0, -2.0)
    assert text == "Move building 'Building 1'"
    assert moved.building(hall.id).footprint[0] == (5.0, -2.0)
    copied, text = buildings.duplicate_building(project, hall.id)
    assert text == "Duplicate building 'Building 1'"
    assert copied.buildings[-1].footprint[0] == (130.0, 0.0)
    turned, text = buildings.rotate_building(project, hall.id)
    assert text == "Rotate building 'Building 1'"
    assert turned.building(hall.id).footprint != hall.footprint
    emptied, text = buildings.delete_buildings(copied, [b.id for b in copied.buildings])
    assert (emptied.buildings, emptied.surfaces, text) == ((), (), "Delete 2 buildings")


def test_a_new_saw_tooth_roof_gets_ten_metre_teeth_not_hundreds_of_planes():
    project, _ = buildings.draw_building(
        replace(make_small_project(), buildings=(), surfaces=(), arrays=()), HALL
    )
    hall = project.buildings[0]
    roof = buildings.roof_of_type(hall.roof, RoofType.SAW_TOOTH)
    assert (roof.tooth_width_m, roof.slope_deg) == (10.0, 20.0)
    saw_tooth = replace(hall, roof=replace(roof, direction_deg=0.0))
    changed, text = buildings.change_building(project, saw_tooth)
    assert text == "Change roof type of 'Building 1'"
    roofs = [s for s in derive_surfaces(saw_tooth) if s.kind == "roof"]
    assert len(roofs) == 12  # six teeth of 10 m across the 60 m depth: PV side and glazing
    assert len([s for s in changed.surfaces if s.kind == "roof"]) == 12
    gable = buildings.roof_of_type(hall.roof, RoofType.GABLE)
    assert gable.slope_deg == buildings.DEFAULT_PITCHED_SLOPE_DEG


def test_changes_name_the_building_surfaces_and_keep_outs_an_edit_touched():
    project = make_small_project()
    moved, _ = buildings.move_building(project, "b1", 1.0, 0.0)
    changes = project_changes(project, moved)
    assert changes.buildings.changed == {"b1"}
    assert changes.surfaces.changed == {s.id for s in project.surfaces}
    assert not changes.sections

    roof = next(s for s in project.surfaces if s.kind == "roof")
    (with_skylight, _), surface_id, keep_out_id = obstacles.draw_keep_out(
        project, KeepOutShape.RECTANGLE, ((10.0, 10.0), (14.0, 12.0)), 0.0
    )
    changes = project_changes(project, with_skylight)
    assert surface_id == roof.id
    assert changes.keep_outs.added == {keep_out_key(roof.id, keep_out_id)}
    assert changes.buildings.changed == {"b1"}
    assert changes.surfaces.changed == {roof.id}
    assert obstacles.delete_keep_out(with_skylight, surface_id, keep_out_id).text == (
        "Delete keep-out 'Skylight'"
    )

    renamed, text = settings.rename_project(project, "  Ordos park ")
    assert (renamed.name, text) == ("Ordos park", "Rename the project to 'Ordos park'")
    assert project_changes(project, renamed).sections == {"name"}
    assert not project_changes(project, project)


def test_edits_that_cannot_be_made_say_why():
    project = make_small_project()
    with pytest.raises(BipvError, match="empty name"):
        settings.rename_project(project, "   ")
    with pytest.raises(GeometryError, match="no roof under that point"):
        obstacles.draw_keep_out(project, KeepOutShape.CIRCLE, ((500.0, 500.0),), 1.0)
    (filled, text), left_out = arrays.fill_roofs(
        replace(project, arrays=(), array_layouts=()), default_fill_options()
    )
    assert (text, left_out) == ("Fill 1 roof with modules", [])
    with pytest.raises(LayoutError, match="already has modules"):
        arrays.fill_roofs(filled, default_fill_options())
    with pytest.raises(BipvError, match="no background image"):
        settings.move_background(project, 1.0, 1.0)


def test_surface_and_module_edits_read_as_the_user_did_them():
    project = make_small_project()
    roof = next(s for s in project.surfaces if s.kind == "roof")
    excluded, text = surfaces.change_surface(project, replace(roof, excluded=True))
    assert text == "Exclude 'Hall A roof'"
    assert excluded.surface(roof.id).excluded
    array = project.arrays[0]
    removed, text = arrays.remove_modules(project, array.id)
    assert text == f"Remove the modules of '{array.name}'"
    assert removed.arrays == ()
    assert arrays.fill_surface(removed, roof.id).text == "Fill 'Hall A roof' with modules"


def test_fill_every_roof_leaves_north_glazing_empty_and_racks_flat_roofs():
    project = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    project, _ = buildings.draw_building(project, HALL)
    hall = project.buildings[0]
    saw_tooth = replace(
        hall,
        roof=replace(buildings.roof_of_type(hall.roof, RoofType.SAW_TOOTH), direction_deg=0.0),
    )
    project, _ = buildings.change_building(project, saw_tooth)
    (filled, text), left_out = arrays.fill_roofs(project, default_fill_options())
    glazing = [s for s in project.surfaces if s.kind == "roof" and s.surface_tilt == 90.0]
    assert len(glazing) == 6
    assert text == "Fill 6 roofs with modules"
    assert len(left_out) == 6
    assert all("% of the horizontal's sun" in words for words in left_out)
    assert {a.surface_id for a in filled.arrays}.isdisjoint({g.id for g in glazing})

    flat, _ = buildings.draw_building(
        replace(make_small_project(), buildings=(), surfaces=(), arrays=()), HALL
    )
    for choice, layout in (
        (FlatRoofFill.SOUTH_RACKS, "south"),
        (FlatRoofFill.EAST_WEST, "east_west"),
    ):
        (racked, _), _ = arrays.fill_roofs(flat, FillOptions(0.7, choice))
        assert racked.array_layouts[0].racks.layout == layout
    (flush, _), _ = arrays.fill_roofs(flat, FillOptions(0.7, FlatRoofFill.FLUSH))
    assert flush.array_layouts[0].racks is None
    with pytest.raises(LayoutError, match="No empty roof gets 150 %"):
        arrays.fill_roofs(flat, FillOptions(1.5, FlatRoofFill.FLUSH))
