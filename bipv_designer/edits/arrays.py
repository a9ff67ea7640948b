"""Modules on surfaces: fill, relay, change the module, remove; inverters and strings."""

from __future__ import annotations

import dataclasses

from bipv_designer.components.bundled import library_record
from bipv_designer.components.panond import ModuleRecord
from bipv_designer.edits.edit import Edit, plural
from bipv_designer.errors import LayoutError
from bipv_designer.layout.apply import (
    add_array,
    relaid,
    remove_array,
    toggled_modules,
    with_module,
)
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.layout.roof_fill import FillOptions, empty_roofs, racks_for, sunny_and_shaded
from bipv_designer.layout.string_plan import (
    DesignTemperatures,
    auto_string_plan,
    with_array_inverters,
)
from bipv_designer.project.layout_model import (
    ArrayLayout,
    Inverter,
    InverterUse,
    Setback,
    SurfaceLayout,
)
from bipv_designer.project.model import Project
from bipv_designer.project.points import Point2

LIBRARY_PREFIX = "library:"
"""Module ids of the layout panel that name a bundled library module."""


def fill_surface(project: Project, surface_id: str) -> Edit:
    """A new array filling the surface with the usual module."""
    name = project.surface(surface_id).name
    return Edit(add_array(project, surface_id), f"Fill '{name}' with modules")


def fill_roofs(project: Project, options: FillOptions) -> tuple[Edit, list[str]]:
    """Every included roof plane without modules that faces the sun enough filled (flat
    roofs as ``options.flat_roofs`` says), and the words for the roofs left empty because
    they face away from the sun (LayoutError when no roof is left to fill)."""
    roofs = empty_roofs(project)
    if not roofs:
        raise LayoutError("Every roof already has modules (or is excluded).")
    sunny, shaded = sunny_and_shaded(project, roofs, options.min_share_of_horizontal)
    left_out = [
        f"'{roof.name}' ({100 * share:.0f} % of the horizontal's sun)" for roof, share in shaded
    ]
    if not sunny:
        raise LayoutError(
            "No empty roof gets "
            f"{100 * options.min_share_of_horizontal:.0f} % of the horizontal's sun: "
            + ", ".join(left_out)
        )
    for roof in sunny:
        project = add_array(project, roof.id, racks=racks_for(roof, options.flat_roofs))
    return Edit(project, f"Fill {plural(len(sunny), 'roof')} with modules"), left_out


def remove_modules(project: Project, array_id: str) -> Edit:
    """The array taken off its surface with its layout settings and strings."""
    name = project.array(array_id).name
    return Edit(remove_array(project, array_id), f"Remove the modules of '{name}'")


def change_layout(
    project: Project,
    array_id: str,
    module_id: str,
    settings: ArrayLayout | None,
    limits: SurfaceLayout | None,
) -> Edit:
    """The array made of ``module_id`` (a project module, or ``library:NAME`` of the
    bundled library, whose datasheet joins the project) and laid out anew with
    ``settings`` within ``limits``."""
    array = project.array(array_id)
    if module_id.startswith(LIBRARY_PREFIX):
        record = library_record(module_id.removeprefix(LIBRARY_PREFIX))
        module, datasheet = record.module, record.datasheet
    else:
        module, datasheet = project.module(module_id), None
    return Edit(
        with_module(project, array_id, module, datasheet, settings, limits),
        f"Change the layout of '{array.name}'",
    )


def use_module(project: Project, array_id: str, record: ModuleRecord) -> Edit:
    """The array made of ``record``'s module (CEC library, PAN file) and laid out anew."""
    return Edit(
        with_module(project, array_id, record.module, record.datasheet),
        f"Use {record.module.name} on '{project.array(array_id).name}'",
    )


def set_setback(project: Project, array_id: str, setback: Setback) -> Edit:
    """The array's surface keeps ``setback`` from its edges; the array is laid out anew."""
    surface_id = project.array(array_id).surface_id
    limits = dataclasses.replace(surface_layout(project, surface_id), setback=setback)
    return Edit(
        relaid(project, array_id, limits=limits),
        f"Change the setback of '{project.surface(surface_id).name}'",
    )


def toggle_modules(project: Project, array_id: str, corners: list[Point2]) -> Edit:
    """Modules at these plane corners [m] removed, or restored where they were removed."""
    name = project.array(array_id).name
    return Edit(
        toggled_modules(project, array_id, corners),
        f"Remove or restore {plural(len(corners), 'module')} of '{name}'",
    )


def set_inverters(project: Project, array_id: str, inverter: Inverter | None, count: int) -> Edit:
    """``count`` inverters of type ``inverter`` serve the array (None: sized by DC/AC)."""
    return Edit(
        with_array_inverters(project, array_id, inverter, count),
        f"Choose the inverters of '{project.array(array_id).name}'",
    )


def plan_strings(project: Project, temperatures: DesignTemperatures) -> tuple[Edit, list[str]]:
    """The string plan of every array from its chosen inverters, and the arrays left out
    with the reason (LayoutError when nothing could be planned)."""
    plan, skipped = auto_string_plan(project, temperatures)
    if not plan:
        raise LayoutError(
            "No array has a chosen inverter and a module with a datasheet."
            + "".join(f"\n{reason}" for reason in skipped)
        )
    return Edit(dataclasses.replace(project, string_plan=plan), "Plan the strings"), list(skipped)


def set_string_plan(project: Project, plan: tuple[InverterUse, ...]) -> Edit:
    """The string plan as typed in its table."""
    return Edit(dataclasses.replace(project, string_plan=plan), "Change the string plan")
