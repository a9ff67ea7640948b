"""Write a computed layout into the project: an array's settings, its surface's limits,
and the placements and count of its modules."""

from __future__ import annotations

from collections import Counter

import numpy as np
import shapely
from msgspec.structs import replace

from bipv_designer.components.library import (
    GENERIC_FACADE_MODULE_ID,
    GENERIC_MODULE_ID,
    generic_module,
)
from bipv_designer.errors import LayoutError
from bipv_designer.geometry.frames import polygon_area
from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.layout.arrange import layout_array
from bipv_designer.layout.defaults import default_array_layout, tolerance_m
from bipv_designer.layout.figures import (
    LayoutFigures,
    check_roof_load,
    combined_figures,
    module_mass_kg_per_m2,
)
from bipv_designer.layout.obstacles import surface_layout, with_surface_layout
from bipv_designer.layout.planes import array_layout
from bipv_designer.layout.warnings import LayoutWarning
from bipv_designer.project.ids import free_id
from bipv_designer.project.layout_model import (
    ArrayLayout,
    ModuleDatasheet,
    RackSettings,
    SurfaceLayout,
    plan_for_arrays,
)
from bipv_designer.project.model import Array, Module, Point2, Project, SurfaceKind
from bipv_designer.words import N_, naming_words


def relaid(
    project: Project,
    array_id: str,
    settings: ArrayLayout | None = None,
    limits: SurfaceLayout | None = None,
) -> Project:
    """The project with the array laid out anew from its (or the given) settings and its
    surface's (or the given) setbacks, keep-outs and openings."""
    array = project.array(array_id)
    settings = settings or array_layout(project, array_id)
    limits = limits or surface_layout(project, array.surface_id)
    layout = layout_array(
        project.surface(array.surface_id),
        project.module(array.module_id),
        limits,
        settings,
        latitude=project.site.latitude,
    )
    placed = replace(array, placements=layout.placements(), module_count=layout.count)
    others = tuple(s for s in project.array_layouts if s.array_id != array_id)
    project = replace(
        project,
        arrays=tuple(placed if a.id == array_id else a for a in project.arrays),
        array_layouts=(*others, settings),
    )
    return with_surface_layout(project, limits)


def toggled_modules(project: Project, array_id: str, corners: list[Point2]) -> Project:
    """The project with the modules at these corners removed, or restored when they were
    removed already (one edit for a click or a rubber-band selection)."""
    settings = array_layout(project, array_id)
    tolerance = tolerance_m()
    removed = list(settings.removed)
    for corner in corners:
        near = [
            r
            for r in removed
            if abs(r[0] - corner[0]) <= tolerance and abs(r[1] - corner[1]) <= tolerance
        ]
        if near:
            removed = [r for r in removed if r not in near]
        else:
            removed.append((float(corner[0]), float(corner[1])))
    return relaid(project, array_id, replace(settings, removed=tuple(removed)))


def array_figures(project: Project, array_id: str) -> LayoutFigures:
    """Count, kWp, areas, coverage and added mass of an array as placed."""
    array = project.array(array_id)
    module = project.module(array.module_id)
    datasheet = project.datasheet(module.id)
    covered = float(np.sum(shapely.area(shapely.polygons(placement_outlines_uv(project, array)))))
    module_area = array.module_count * module.area_m2
    mounting = array_layout(project, array_id).mounting_mass_kg_per_m2
    return LayoutFigures(
        module_count=array.module_count,
        dc_kwp=array.module_count * module.pdc0_w / 1000.0,
        module_area_m2=module_area,
        covered_area_m2=covered if array.placements else module_area,
        reference_area_m2=polygon_area(project.surface(array.surface_id).outline),
        added_mass_kg=module_area * (module_mass_kg_per_m2(module, datasheet) + mounting),
    )


def roof_load_warnings(project: Project, array_id: str) -> tuple[LayoutWarning, ...]:
    """The roof-load warning of the array's building, when it has a roof capacity."""
    array = project.array(array_id)
    building_id = project.surface(array.surface_id).building_id
    capacity = next((c for c in project.roof_capacities if c.building_id == building_id), None)
    if capacity is None:
        return ()
    return check_roof_load(array_figures(project, array_id), capacity)


def building_figures(project: Project, building_id: str) -> dict[SurfaceKind, LayoutFigures]:
    """Figures of the arrays on a building's roofs and on its facades, each set against
    the area of all its surfaces of that kind; a kind without arrays is left out."""
    surfaces = [s for s in project.surfaces if s.building_id == building_id]
    found = {}
    for kind in SurfaceKind:
        of_kind = {s.id for s in surfaces if s.kind is kind}
        arrays = [a.id for a in project.arrays if a.surface_id in of_kind]
        if arrays:
            found[kind] = combined_figures(
                [array_figures(project, a) for a in arrays],
                sum(polygon_area(s.outline) for s in surfaces if s.kind is kind),
            )
    return found


def with_module(
    project: Project,
    array_id: str,
    module: Module,
    datasheet: ModuleDatasheet | None = None,
    settings: ArrayLayout | None = None,
    limits: SurfaceLayout | None = None,
) -> Project:
    """The project with the array made of ``module`` and laid out anew; a module type
    (and its datasheet) the project lacks joins it, and stays when no array uses it any
    more (a user's imported module is not lost by trying another)."""
    if module.id not in {m.id for m in project.modules}:
        project = replace(
            project,
            modules=(*project.modules, module),
            module_datasheets=(*project.module_datasheets, *([datasheet] if datasheet else [])),
        )
    arrays = tuple(
        replace(a, module_id=module.id) if a.id == array_id else a for a in project.arrays
    )
    return relaid(replace(project, arrays=arrays), array_id, settings, limits)


def add_array(
    project: Project,
    surface_id: str,
    module: Module | None = None,
    racks: RackSettings | None = None,
) -> Project:
    """The project with a new array filling the surface with modules (default layout
    settings, on ``racks`` when given). Without ``module``: the one most arrays on
    surfaces of the same kind use, else the generic default of that kind (a 550 W module
    on roofs, a glass-glass BIPV element on facades); a module type the project lacks
    joins it."""
    surface = project.surface(surface_id)
    if surface.excluded:
        raise LayoutError(
            N_(
                "Errors",
                "surface {name} is excluded from layout and simulation",
            ).format(
                name=repr(surface.name),
            )
        )
    if module is None:
        module = _usual_module(project, surface.kind)
    array_id, number = free_id("array", {a.id for a in project.arrays})
    array = Array(
        id=array_id,
        name=naming_words(surface.name)(
            N_("Names", "{surface} array")
            if number == 1
            else N_("Names", "{surface} array {number}")
        ).format(surface=surface.name, number=number),
        surface_id=surface_id,
        module_id=module.id,
        module_count=0,
    )
    return with_module(
        replace(project, arrays=(*project.arrays, array)),
        array_id,
        module,
        settings=default_array_layout(array_id, racks),
    )


def remove_array(project: Project, array_id: str) -> Project:
    """The project without the array, its layout settings and its strings."""
    project.array(array_id)
    kept = {a.id for a in project.arrays if a.id != array_id}
    return replace(
        project,
        arrays=tuple(a for a in project.arrays if a.id != array_id),
        array_layouts=tuple(s for s in project.array_layouts if s.array_id != array_id),
        string_plan=plan_for_arrays(project.string_plan, kept),
    )


def _usual_module(project: Project, kind: SurfaceKind) -> Module:
    kinds = {s.id: s.kind for s in project.surfaces}
    used = Counter(a.module_id for a in project.arrays if kinds[a.surface_id] is kind)
    if used:
        return project.module(used.most_common(1)[0][0])
    return generic_module(
        GENERIC_FACADE_MODULE_ID if kind is SurfaceKind.FACADE else GENERIC_MODULE_ID
    )
