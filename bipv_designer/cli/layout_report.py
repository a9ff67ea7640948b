"""``layout``: a project's layout figures, string plan and warnings; optionally laid out
anew, strings planned automatically, and the result saved (docs/layout.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from msgspec.structs import replace

from bipv_designer.errors import BipvError


def add_parser(commands) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "layout", help="layout figures, string plan and warnings of a project"
    )
    parser.add_argument("project", type=Path, help="project file (.bipv.json)")
    parser.add_argument(
        "--relayout", action="store_true", help="lay out every array anew from its settings"
    )
    parser.add_argument(
        "--plan-strings",
        action="store_true",
        help="plan the strings of every array from its chosen inverters",
    )
    parser.add_argument("--save", type=Path, metavar="OUT", help="save the project to OUT")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Print the figures (and save the project when asked); exit 0."""
    from bipv_designer.layout.apply import relaid
    from bipv_designer.layout.string_plan import auto_string_plan, design_temperatures
    from bipv_designer.project.io import load_project, save_project
    from bipv_designer.report.json_text import json_text
    from bipv_designer.report.layout import layout_json, layout_text
    from bipv_designer.weather.project_weather import read_project_weather

    project = load_project(args.project)
    try:
        weather = read_project_weather(project.weather, args.project, project.site)
        temperatures, weather_problem = design_temperatures(weather), None
    except (BipvError, OSError) as error:
        temperatures, weather_problem = None, str(error)
    if args.relayout:
        for array in project.arrays:
            project = relaid(project, array.id)
    notes = []
    if args.plan_strings:
        if temperatures is None:
            raise BipvError(f"cannot plan strings without the weather: {weather_problem}")
        plan, skipped = auto_string_plan(project, temperatures)
        project = replace(project, string_plan=plan)
        notes += [f"not planned: {reason}" for reason in skipped]
    if args.save is not None:
        save_project(project, args.save)
        notes.append(f"saved {args.save}")
    document = layout_json(project, temperatures)
    if weather_problem is not None:
        notes.append(f"no weather, string voltages not checked: {weather_problem}")
    if args.json:
        out.write(json_text(document | {"notes": notes}))
        out.write("\n")
        return 0
    out.write(layout_text(document))
    out.writelines(f"{note}\n" for note in notes)
    return 0
