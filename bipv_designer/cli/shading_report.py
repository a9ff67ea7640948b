"""``shading``: the annual beam shading loss of every surface and module of a project
(near shading by buildings, parapets and roof objects; string inverters)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

import numpy as np
import pandas as pd

from bipv_designer.files import write_text_atomically
from bipv_designer.project.io import load_project
from bipv_designer.report.json_text import json_text
from bipv_designer.shading.module_shading import (
    SunHours,
    annual_beam_loss,
    beam_factors,
    module_centres,
)
from bipv_designer.weather.project_weather import read_project_weather

WH_PER_KWH = 1000.0


def add_parser(commands) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "shading", help="annual beam shading loss of every surface and module of a project"
    )
    parser.add_argument("project", type=Path, help="project file (.bipv.json)")
    parser.add_argument(
        "--exact", action="store_true", help="every hour's own sun instead of the sun table"
    )
    parser.add_argument("--json", action="store_true", help="print the losses as JSON")
    parser.add_argument("--module-csv", type=Path, metavar="OUT", help="write one row per module")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Print the losses per surface (and write the module table when asked); exit 0."""
    from bipv_designer.cli import refuse_output_over_input

    refuse_output_over_input({"--module-csv": args.module_csv}, {"project file": args.project})
    project = load_project(args.project)
    weather = read_project_weather(project.weather, args.project, project.site)
    site = project.site
    hours = SunHours.from_weather(weather, site.latitude, site.longitude, site.altitude)
    factors = beam_factors(project, hours, exact=args.exact)
    per_module, per_surface = annual_beam_loss(project, hours, factors)
    method = "exact hours" if args.exact else "sun-direction table"
    surfaces = [
        {
            "surface_id": surface_id,
            "name": project.surface(surface_id).name,
            "near_shading_beam_pct": 100.0 * loss,
        }
        for surface_id, loss in per_surface.items()
    ]
    if args.module_csv is not None:
        write_text_atomically(
            args.module_csv, _module_table(project, hours, per_module).to_csv(index=False)
        )
    if args.json:
        out.write(json_text({"method": method, "surfaces": surfaces}) + "\n")
        return 0
    out.write(f"Beam shading loss, string inverters ({method}):\n")
    out.writelines(f"  {s['name']:<40} {s['near_shading_beam_pct']:6.2f} %\n" for s in surfaces)
    return 0


def _module_table(project, hours: SunHours, per_module: dict) -> pd.DataFrame:
    """One row per module: centre, beam on its plane with and without shade, loss."""
    from bipv_designer.geometry.frames import plane_axes

    rows = []
    directions = hours.directions()
    for array_id, loss in per_module.items():
        surface = project.surface(project.array(array_id).surface_id)
        _, _, normal = plane_axes(surface.surface_tilt, surface.surface_azimuth)
        unshaded = float((hours.dni * np.clip(directions @ normal, 0.0, None)).sum()) / WH_PER_KWH
        table = module_centres(project, array_id)
        table.insert(0, "module_index", np.arange(len(table)))
        table.insert(0, "array_id", array_id)
        table["beam_unshaded_kwh_m2"] = unshaded
        table["beam_shaded_kwh_m2"] = unshaded * (1.0 - loss)
        table["beam_loss_pct"] = 100.0 * loss
        rows.append(table)
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()
