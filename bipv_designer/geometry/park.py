"""Edits of the park on the document: buildings in, out or changed, surfaces kept in step.

A building's roof planes and facades are derived from it (``derive.py``). When the
building changes they are derived again; what the user set on a surface that still
exists (same id) survives: its mounting, and its name if the user renamed it. Arrays on
surfaces that no longer exist are removed with them (the edit is undoable).
"""

from __future__ import annotations

from msgspec.structs import replace

from bipv_designer.geometry.derive import derive_surfaces
from bipv_designer.project.layout_model import plan_for_arrays
from bipv_designer.project.model import Building, Project, Surface


def place_building(project: Project, building: Building) -> Project:
    """The project with ``building`` added, or replacing the building with its id."""
    old = next((b for b in project.buildings if b.id == building.id), None)
    derived = derive_surfaces(building)
    if old is None:
        buildings = (*project.buildings, building)
        surfaces = (*project.surfaces, *derived)
    else:
        buildings = tuple(building if b.id == building.id else b for b in project.buildings)
        kept = _carry_user_settings(project, old, derived)
        surfaces = _replace_group(project.surfaces, building.id, kept)
    return _without_orphan_arrays(replace(project, buildings=buildings, surfaces=surfaces))


def remove_building(project: Project, building_id: str) -> Project:
    """The project without the building, its surfaces and the arrays on them."""
    return _without_orphan_arrays(
        replace(
            project,
            buildings=tuple(b for b in project.buildings if b.id != building_id),
            surfaces=tuple(s for s in project.surfaces if s.building_id != building_id),
        )
    )


def replace_surface(project: Project, surface: Surface) -> Project:
    """The project with one surface replaced (by id)."""
    return replace(
        project,
        surfaces=tuple(surface if s.id == surface.id else s for s in project.surfaces),
    )


def new_building_id(project: Project, stem: str = "building") -> str:
    """An id not used by any building of the project: ``building-1``, ``building-2`` ..."""
    used = {b.id for b in project.buildings}
    number = len(project.buildings) + 1
    while f"{stem}-{number}" in used:
        number += 1
    return f"{stem}-{number}"


def _carry_user_settings(
    project: Project, old: Building, derived: tuple[Surface, ...]
) -> tuple[Surface, ...]:
    current = {s.id: s for s in project.surfaces if s.building_id == old.id}
    old_derived_names = {s.id: s.name for s in derive_surfaces(old)}
    carried = []
    for surface in derived:
        before = current.get(surface.id)
        if before is None:
            carried.append(surface)
            continue
        renamed = before.name != old_derived_names.get(surface.id, before.name)
        carried.append(
            replace(
                surface,
                mounting=before.mounting,
                name=before.name if renamed else surface.name,
                excluded=before.excluded,
            )
        )
    return tuple(carried)


def _replace_group(
    surfaces: tuple[Surface, ...], building_id: str, group: tuple[Surface, ...]
) -> tuple[Surface, ...]:
    """Surfaces with those of one building replaced by ``group``, in place."""
    result: list[Surface] = []
    inserted = False
    for surface in surfaces:
        if surface.building_id == building_id:
            if not inserted:
                result.extend(group)
                inserted = True
        else:
            result.append(surface)
    if not inserted:
        result.extend(group)
    return tuple(result)


def _without_orphan_arrays(project: Project) -> Project:
    """Drop arrays, surface layouts and array layouts whose surface or array is gone,
    roof capacities of removed buildings and the strings of removed arrays."""
    surface_ids = {s.id for s in project.surfaces}
    arrays = tuple(a for a in project.arrays if a.surface_id in surface_ids)
    array_ids = {a.id for a in arrays}
    building_ids = {b.id for b in project.buildings}
    return replace(
        project,
        arrays=arrays,
        surface_layouts=tuple(
            layout for layout in project.surface_layouts if layout.surface_id in surface_ids
        ),
        array_layouts=tuple(
            layout for layout in project.array_layouts if layout.array_id in array_ids
        ),
        roof_capacities=tuple(c for c in project.roof_capacities if c.building_id in building_ids),
        string_plan=plan_for_arrays(project.string_plan, array_ids),
    )
