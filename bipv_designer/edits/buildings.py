"""Buildings drawn, moved, reshaped, turned, copied, changed and deleted."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from msgspec.structs import replace

from bipv_designer.edits.edit import Edit
from bipv_designer.geometry import drawing
from bipv_designer.geometry.park import new_building_id, place_building, remove_building
from bipv_designer.project.layout_model import RoofCapacity
from bipv_designer.project.model import Building, Project, Roof, RoofType
from bipv_designer.project.points import Point2
from bipv_designer.words import N_, Text, naming_words

NEW_BUILDING_HEIGHT_M = 10.0
"""Eaves height of a newly drawn building, for the user to type over [m]."""
DUPLICATE_GAP_M = 10.0
"""Gap between a duplicated building and its original [m]."""
DEFAULT_PITCHED_SLOPE_DEG = 5.0
"""Slope given to a roof switched to a pitched type while its slope is 0 [degrees]: a
starting value shown for the user to correct, not an engineering default."""
DEFAULT_SAW_TOOTH_SLOPE_DEG = 20.0
"""Slope of the PV side of a new saw-tooth roof [degrees]: a starting value within the
15-30 degrees of common north-light factory roofs, for the user to correct."""
DEFAULT_TOOTH_WIDTH_M = 10.0
"""Tooth width of a new saw-tooth roof [m]: a starting value of the order of one
structural bay of a factory hall (8-12 m), for the user to correct. A narrow tooth makes
hundreds of roof planes on a large hall."""


def roof_of_type(roof: Roof, roof_type: RoofType) -> Roof:
    """``roof`` switched to ``roof_type``, with starting values where the new type needs
    one the old roof did not have (a slope, a tooth width)."""
    changed = replace(roof, roof_type=roof_type)
    if roof_type is RoofType.SAW_TOOTH:
        if changed.tooth_width_m <= 0.0:
            changed = replace(changed, tooth_width_m=DEFAULT_TOOTH_WIDTH_M)
        if changed.slope_deg <= 0.0:
            changed = replace(changed, slope_deg=DEFAULT_SAW_TOOTH_SLOPE_DEG)
    elif roof_type is not RoofType.FLAT and changed.slope_deg <= 0.0:
        changed = replace(changed, slope_deg=DEFAULT_PITCHED_SLOPE_DEG)
    return changed


def draw_building(project: Project, footprint: Sequence[Point2]) -> Edit:
    """A new flat-roofed building with this footprint [m] (made counter-clockwise)."""
    building = Building(
        id=new_building_id(project),
        name=naming_words(project.name)(N_("Names", "Building {number}")).format(
            number=len(project.buildings) + 1
        ),
        footprint=drawing.counter_clockwise(list(footprint)),
        height_m=NEW_BUILDING_HEIGHT_M,
        roof=Roof(RoofType.FLAT),
    )
    return Edit(
        place_building(project, building),
        N_("Edits", "Draw building '{name}'").format(name=building.name),
    )


def move_building(project: Project, building_id: str, dx: float, dy: float) -> Edit:
    """The building moved by (dx, dy) [m]."""
    building = project.building(building_id)
    moved = replace(building, footprint=drawing.translate(building.footprint, dx, dy))
    return Edit(
        place_building(project, moved),
        N_("Edits", "Move building '{name}'").format(name=building.name),
    )


def move_corner(project: Project, building_id: str, index: int, point: Point2) -> Edit:
    """Corner ``index`` of the building's footprint moved to ``point`` [m]."""
    return _reshape(
        project,
        building_id,
        drawing.move_vertex,
        N_("Edits", "Move a corner of '{name}'"),
        index,
        point,
    )


def insert_corner(project: Project, building_id: str, edge: int, point: Point2) -> Edit:
    """A new corner at ``point`` [m] on edge ``edge`` of the footprint."""
    return _reshape(
        project,
        building_id,
        drawing.insert_vertex,
        N_("Edits", "Add a corner to '{name}'"),
        edge,
        point,
    )


def delete_corner(project: Project, building_id: str, index: int) -> Edit:
    """Corner ``index`` of the footprint removed."""
    return _reshape(
        project,
        building_id,
        drawing.delete_vertex,
        N_("Edits", "Delete a corner of '{name}'"),
        index,
    )


def rotate_building(project: Project, building_id: str, angle_deg: float = 90.0) -> Edit:
    """The building turned counter-clockwise about its centroid by ``angle_deg``."""
    building = project.building(building_id)
    turned = drawing.rotate(building.footprint, angle_deg, drawing.centroid(building.footprint))
    return Edit(
        place_building(project, replace(building, footprint=turned)),
        N_("Edits", "Rotate building '{name}'").format(name=building.name),
    )


def duplicate_building(project: Project, building_id: str) -> Edit:
    """A copy of the building beside it: east, one width and ``DUPLICATE_GAP_M`` further.

    The copy is the project's last building.
    """
    building = project.building(building_id)
    xs = [x for x, _ in building.footprint]
    copy = replace(
        building,
        id=new_building_id(project),
        name=naming_words(building.name)(N_("Names", "{name} (copy)")).format(name=building.name),
        footprint=drawing.translate(building.footprint, max(xs) - min(xs) + DUPLICATE_GAP_M, 0),
    )
    return Edit(
        place_building(project, copy),
        N_("Edits", "Duplicate building '{name}'").format(name=building.name),
    )


def delete_buildings(project: Project, building_ids: Sequence[str]) -> Edit:
    """The buildings removed with their surfaces, arrays and strings."""
    names = [project.building(i).name for i in building_ids]
    for building_id in building_ids:
        project = remove_building(project, building_id)
    text = (
        N_("Edits", "Delete building '{name}'").format(name=names[0])
        if len(names) == 1
        else N_("Edits", "Delete {count} buildings").format(count=len(names))
    )
    return Edit(project, text)


def change_building(project: Project, building: Building) -> Edit:
    """The building replaced by ``building`` (same id); the text names what changed."""
    before = project.building(building.id)
    return Edit(
        place_building(project, building),
        _changed_field(before, building).format(name=building.name),
    )


def set_roof_capacity(project: Project, building_id: str, capacity_kg_per_m2: float) -> Edit:
    """The load the building's roof can still carry [kg/m2]; 0 forgets it."""
    name = project.building(building_id).name
    others = tuple(c for c in project.roof_capacities if c.building_id != building_id)
    added = (RoofCapacity(building_id, capacity_kg_per_m2),) if capacity_kg_per_m2 > 0 else ()
    return Edit(
        replace(project, roof_capacities=others + added),
        N_("Edits", "Change the roof load capacity of '{name}'").format(name=name),
    )


def _reshape(
    project: Project, building_id: str, edit: Callable[..., list[Point2]], verb: Text, *args
) -> Edit:
    building = project.building(building_id)
    footprint = drawing.counter_clockwise(edit(building.footprint, *args))
    return Edit(
        place_building(project, replace(building, footprint=footprint)),
        verb.format(name=building.name),
    )


def _changed_field(before: Building, after: Building) -> Text:
    """What an edit of a building changed, in words (``{name}`` is the building's)."""
    if before.name != after.name:
        return N_("Edits", "Change name of '{name}'")
    if before.height_m != after.height_m:
        return N_("Edits", "Change height of '{name}'")
    if before.roof.roof_type != after.roof.roof_type:
        return N_("Edits", "Change roof type of '{name}'")
    return N_("Edits", "Change roof of '{name}'")
