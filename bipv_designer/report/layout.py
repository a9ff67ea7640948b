"""The layout of a project in figures: per array, per building, the string plan and the
warnings a designer should see (``python main.py layout``)."""

from __future__ import annotations

import itertools
from typing import Any

from bipv_designer.layout.apply import array_figures, building_figures, roof_load_warnings
from bipv_designer.layout.figures import LayoutFigures
from bipv_designer.layout.string_plan import (
    DesignTemperatures,
    array_inverter_warnings,
    planned_dc_ac_ratios,
    string_plan_warnings,
)
from bipv_designer.project.model import Project


def layout_json(project: Project, temperatures: DesignTemperatures | None) -> dict[str, Any]:
    """Figures and warnings as JSON-ready values; string checks need the design
    temperatures (None: the plan is listed, its voltages are not checked)."""
    arrays = []
    for array in project.arrays:
        inverter = project.chosen_inverter(array)
        arrays.append(
            {
                "id": array.id,
                "name": array.name,
                "surface_id": array.surface_id,
                "module_id": array.module_id,
                **_figures(array_figures(project, array.id)),
                "inverter": None
                if inverter is None
                else {"id": inverter.id, "name": inverter.name, "count": array.inverter_count},
            }
        )
    buildings = [
        {
            "id": building.id,
            "name": building.name,
            **{
                kind.value: _figures(f)
                for kind, f in building_figures(project, building.id).items()
            },
        }
        for building in project.buildings
    ]
    warnings = [w for a in project.arrays for w in roof_load_warnings(project, a.id)]
    warnings += array_inverter_warnings(project)
    ratios = planned_dc_ac_ratios(project)
    plan = []
    for use in project.string_plan:
        plan.append(
            {
                "id": use.id,
                "name": use.name,
                "inverter_id": use.inverter_id,
                "dc_ac_ratio": ratios[use.id],
                "mppts": [
                    [
                        {
                            "array_id": g.array_id,
                            "modules_per_string": g.modules_per_string,
                            "string_count": g.string_count,
                        }
                        for g in m.strings
                    ]
                    for m in use.mppts
                ],
            }
        )
    if temperatures is not None:
        warnings += string_plan_warnings(project, temperatures)
    return {
        "project": project.name,
        "total": {
            "module_count": sum(a["module_count"] for a in arrays),
            "dc_kwp": sum(a["dc_kwp"] for a in arrays),
            "module_area_m2": sum(a["module_area_m2"] for a in arrays),
        },
        "arrays": arrays,
        "buildings": buildings,
        "design_temperatures": None
        if temperatures is None
        else {
            "temp_cell_min": temperatures.temp_cell_min,
            "temp_cell_max": temperatures.temp_cell_max,
        },
        "string_plan": plan,
        "warnings": [
            {"code": w.code, "subject": w.subject, "message": w.message} for w in warnings
        ],
    }


def _figures(figures: LayoutFigures) -> dict[str, float]:
    return {
        "module_count": figures.module_count,
        "dc_kwp": figures.dc_kwp,
        "module_area_m2": figures.module_area_m2,
        "coverage_pct": figures.coverage_pct,
        "added_load_kg_per_m2": figures.added_load_kg_per_m2,
    }


def layout_text(document: dict[str, Any]) -> str:
    """The JSON of :func:`layout_json` as a terminal table."""
    lines = [f"Project: {document['project']}", ""]
    header = f"{'array':<28} {'modules':>8} {'kWp':>9} {'m2':>8} {'cover %':>8} {'kg/m2':>6}"
    lines += [header, "-" * len(header)]
    for a in document["arrays"]:
        lines.append(_row(a["name"], a))
    lines.append("-" * len(header))
    total = document["total"]
    lines.append(
        f"{'total':<28} {total['module_count']:8d} {total['dc_kwp']:9.1f} "
        f"{total['module_area_m2']:8.0f}"
    )
    lines += ["", "Buildings (roofs / facades against their whole area):"]
    for b in document["buildings"]:
        for kind in ("roof", "facade"):
            if kind in b:
                lines.append(_row(f"{b['name']} {kind}s", b[kind]))
    temperatures = document["design_temperatures"]
    lines += ["", "String plan:"]
    if not document["string_plan"]:
        lines.append("  none: each array feeds its own inverters")
    for use in document["string_plan"]:
        ratio = use["dc_ac_ratio"]
        described = [
            " + ".join(
                f"{g['string_count']} x {g['modules_per_string']} of {g['array_id']}" for g in m
            )
            or "empty"
            for m in use["mppts"]
        ]
        runs = [(words, len(list(same))) for words, same in itertools.groupby(described)]
        inputs = "; ".join(
            f"{count} input{'s' if count > 1 else ''}: {words}" for words, count in runs
        )
        lines.append(f"  {use['name']} ({use['inverter_id']}, DC/AC {ratio:.2f}): {inputs}")
    if temperatures is None:
        lines.append("  (no weather: string voltages not checked)")
    else:
        lines.append(
            f"  design cell temperatures {temperatures['temp_cell_min']:.0f} to "
            f"{temperatures['temp_cell_max']:.0f} C"
        )
    lines += ["", "Warnings:" if document["warnings"] else "No warnings."]
    lines += [f"  {w['message']}" for w in document["warnings"]]
    return "\n".join(lines) + "\n"


def _row(name: str, figures: dict[str, Any]) -> str:
    return (
        f"{name[:28]:<28} {figures['module_count']:8d} {figures['dc_kwp']:9.1f} "
        f"{figures['module_area_m2']:8.0f} {figures['coverage_pct']:8.1f} "
        f"{figures['added_load_kg_per_m2']:6.1f}"
    )
