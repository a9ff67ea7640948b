"""``shading``: the annual near-shading losses of every surface and module of a project
(beam on shaded cells, sky diffuse hidden, beam of bypassed substrings)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from bipv_designer.shading.annual import AnnualShading

WH_PER_KWH = 1000.0


def add_parser(commands) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "shading",
        help="annual beam, diffuse and electrical shading losses of every surface and module",
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
    from bipv_designer.files import write_text_atomically
    from bipv_designer.project.io import load_project
    from bipv_designer.report.json_text import json_text
    from bipv_designer.shading.annual import annual_shading
    from bipv_designer.weather.project_weather import read_project_weather
    from bipv_designer.weather.relocate import weather_at_site

    refuse_output_over_input({"--module-csv": args.module_csv}, {"project file": args.project})
    project = load_project(args.project)
    site = project.site
    weather = weather_at_site(read_project_weather(project.weather, args.project, site), site)
    shading = annual_shading(project, weather, exact=args.exact)
    diffuse = shading.surface_diffuse_loss(project)
    method = "exact hours" if args.exact else "sun-direction table"
    surfaces = [
        {
            "surface_id": surface_id,
            "name": project.surface(surface_id).name,
            "near_shading_beam_pct": 100.0 * losses.area,
            "near_shading_diffuse_pct": 100.0 * diffuse[surface_id],
            "shading_electrical_pct": 100.0 * losses.electrical,
        }
        for surface_id, losses in shading.per_surface.items()
    ]
    if args.module_csv is not None:
        table = _module_table(project, shading)
        write_text_atomically(args.module_csv, table.to_csv(index=False))
    if args.json:
        out.write(json_text({"method": method, "surfaces": surfaces}) + "\n")
        return 0
    out.write(
        f"Annual shading losses ({method}): beam on shaded cells and sky diffuse hidden, "
        "as shares of each; electrical, the beam bypassed substrings lose on top\n"
    )
    out.write(f"  {'surface':<40} {'beam':>7} {'diffuse':>8} {'electr.':>8}\n")
    out.writelines(
        f"  {s['name']:<40} {s['near_shading_beam_pct']:6.2f}% "
        f"{s['near_shading_diffuse_pct']:7.2f}% {s['shading_electrical_pct']:7.2f}%\n"
        for s in surfaces
    )
    return 0


def _module_table(project, shading: AnnualShading) -> pd.DataFrame:
    """One row per module: centre, beam on its plane with and without shade, loss, sky
    view factor."""
    from bipv_designer.shading.module_shading import beam_on_modules, module_centres

    rows = []
    for array_id in shading.per_module:
        array = project.array(array_id)
        unshaded = float(beam_on_modules(project, array, shading.hours).sum()) / WH_PER_KWH
        table = module_centres(project, array_id)
        table.insert(0, "module_index", np.arange(len(table)))
        table.insert(0, "array_id", array_id)
        lost = shading.module_beam_loss(array_id)
        table["beam_unshaded_kwh_m2"] = unshaded
        table["beam_shaded_kwh_m2"] = unshaded * (1.0 - lost)
        table["beam_loss_pct"] = 100.0 * lost
        table["sky_view_factor"] = shading.sky[array_id].sky_view_factor
        rows.append(table)
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()
