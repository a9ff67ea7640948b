"""Modules on surfaces: fill, relay, change the module, remove; inverters and strings."""

from __future__ import annotations

from msgspec.structs import replace

from bipv_designer.components.bundled import library_record
from bipv_designer.components.panond import ModuleRecord
from bipv_designer.edits.edit import Edit
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
from bipv_designer.words import N_

LIBRARY_PREFIX = "library:"
"""Module ids of the layout panel that name a bundled library module."""


def fill_surface(project: Project, surface_id: str) -> Edit:
    """A new array filling the surface with the usual module."""
    name = project.surface(surface_id).name
    return Edit(
        add_array(project, surface_id),
        N_("Edits", "Fill '{name}' with modules").format(name=name),
    )


def fill_roofs(project: Project, options: FillOptions) -> tuple[Edit, list[str]]:
    """Every included roof plane without modules that faces the sun enough filled (flat
    roofs as ``options.flat_roofs`` says), and the words for the roofs left empty because
    they face away from the sun (LayoutError when no roof is left to fill)."""
    roofs = empty_roofs(project)
    if not roofs:
        raise LayoutError(N_("Edits", "Every roof already has modules (or is excluded)."))
    sunny, shaded = sunny_and_shaded(project, roofs, options.min_share_of_horizontal)
    left_out = [
        N_("Edits", "'{name}' ({share:.0f} % of the horizontal's sun)").format(
            name=roof.name, share=100 * share
        )
        for roof, share in shaded
    ]
    if not sunny:
        raise LayoutError(
            N_(
                "Edits", "No empty roof gets {share:.0f} % of the horizontal's sun: {roofs}"
            ).format(share=100 * options.min_share_of_horizontal, roofs=tuple(left_out))
        )
    for roof in sunny:
        project = add_array(project, roof.id, racks=racks_for(roof, options.flat_roofs))
    text = (
        N_("Edits", "Fill 1 roof with modules")
        if len(sunny) == 1
        else N_("Edits", "Fill {count} roofs with modules").format(count=len(sunny))
    )
    return Edit(project, text), left_out


def remove_modules(project: Project, array_id: str) -> Edit:
    """The array taken off its surface with its layout settings and strings."""
    name = project.array(array_id).name
    return Edit(
        remove_array(project, array_id),
        N_("Edits", "Remove the modules of '{name}'").format(name=name),
    )


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
        N_("Edits", "Change the layout of '{name}'").format(name=array.name),
    )


def use_module(project: Project, array_id: str, record: ModuleRecord) -> Edit:
    """The array made of ``record``'s module (CEC library, PAN file) and laid out anew."""
    return Edit(
        with_module(project, array_id, record.module, record.datasheet),
        N_("Edits", "Use {module} on '{name}'").format(
            module=record.module.name, name=project.array(array_id).name
        ),
    )


def set_setback(project: Project, array_id: str, setback: Setback) -> Edit:
    """The array's surface keeps ``setback`` from its edges; the array is laid out anew."""
    surface_id = project.array(array_id).surface_id
    limits = replace(surface_layout(project, surface_id), setback=setback)
    return Edit(
        relaid(project, array_id, limits=limits),
        N_("Edits", "Change the setback of '{name}'").format(
            name=project.surface(surface_id).name
        ),
    )


def toggle_modules(project: Project, array_id: str, corners: list[Point2]) -> Edit:
    """Modules at these plane corners [m] removed, or restored where they were removed."""
    name = project.array(array_id).name
    return Edit(
        toggled_modules(project, array_id, corners),
        (
            N_("Edits", "Remove or restore 1 module of '{name}'")
            if len(corners) == 1
            else N_("Edits", "Remove or restore {count} modules of '{name}'")
        ).format(count=len(corners), name=name),
    )


def set_inverters(project: Project, array_id: str, inverter: Inverter | None, count: int) -> Edit:
    """``count`` inverters of type ``inverter`` serve the array (None: sized by DC/AC)."""
    return Edit(
        with_array_inverters(project, array_id, inverter, count),
        N_("Edits", "Choose the inverters of '{name}'").format(name=project.array(array_id).name),
    )


def plan_strings(project: Project, temperatures: DesignTemperatures) -> tuple[Edit, list[str]]:
    """The string plan of every array from its chosen inverters, and the arrays left out
    with the reason (LayoutError when nothing could be planned)."""
    plan, skipped = auto_string_plan(project, temperatures)
    if not plan:
        raise LayoutError(
            N_(
                "Edits", "No array has a chosen inverter and a module with a datasheet.{reasons}"
            ).format(reasons="".join(f"\n{reason}" for reason in skipped))
        )
    edit = Edit(replace(project, string_plan=plan), N_("Edits", "Plan the strings"))
    return edit, list(skipped)


def set_string_plan(project: Project, plan: tuple[InverterUse, ...]) -> Edit:
    """The string plan as typed in its table."""
    return Edit(replace(project, string_plan=plan), N_("Edits", "Change the string plan"))
