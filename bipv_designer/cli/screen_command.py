"""``screen``: building footprints (GeoJSON) made into projects, filled with modules,
simulated on the batch engine and ranked by specific yield (docs/scale.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from msgspec.structs import replace

from bipv_designer.cli.arguments import bounded, whole
from bipv_designer.errors import BipvError

RANKING_COLUMNS = (
    "rank",
    "project",
    "latitude",
    "longitude",
    "status",
    "DC [kWp]",
    "AC energy [MWh/yr]",
    "specific yield [kWh/kWp]",
    "simple payback [yr]",
    "error",
)
"""Columns of the ranking, best roof first."""


def add_parser(commands) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "screen", help="rank building roofs of a GeoJSON file by their PV yield"
    )
    parser.add_argument("footprints", type=Path, help="GeoJSON FeatureCollection of buildings")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="CSV", help="ranking (.csv)"
    )
    parser.add_argument(
        "--lat", type=bounded("--lat", -90, 90), help="site latitude: footprints in metres"
    )
    parser.add_argument(
        "--lon", type=bounded("--lon", -180, 180), help="site longitude (with --lat)"
    )
    parser.add_argument("--weather", type=Path, help="one weather file for every building")
    parser.add_argument("--template", type=Path, help="project whose settings each building takes")
    parser.add_argument(
        "--workers", type=whole("--workers", 1, 1024), metavar="N", help="worker processes"
    )
    parser.add_argument("--scheduler", metavar="ADDRESS", help="a running Dask scheduler")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Screen every footprint; 0 when all ran, 1 when some could not."""
    from bipv_designer.batch.engine import CANCELLED, run_batch
    from bipv_designer.batch.jobs import BatchJob, JobResult
    from bipv_designer.batch.screening import footprint_project, read_footprints
    from bipv_designer.cli import EXIT_INTERRUPTED

    if args.output.suffix.lower() != ".csv":
        raise BipvError(f"--output {args.output}: expected a file ending in .csv")
    if (args.lat is None) != (args.lon is None):
        raise BipvError("--lat and --lon: expected both (footprints in metres) or neither")
    template = _template(args)
    site_given = args.lat is not None
    footprints = read_footprints(args.footprints)
    weather = _shared_weather(args)
    jobs, refused, places = [], {}, {}
    for footprint in footprints:
        name = footprint.name
        try:
            if footprint.error:
                raise BipvError(footprint.error)
            project = footprint_project(footprint, template, site_given)
            places[name] = (project.site.latitude, project.site.longitude)
            job_weather = weather or _weather(project)
            jobs.append(BatchJob(name, str(args.footprints), project, job_weather, {}))
        except BipvError as error:
            refused[name] = JobResult(name, str(args.footprints), None, str(error))
    ran = {r.name: r for r in run_batch(jobs, workers=args.workers, scheduler=args.scheduler)}
    results = [ran.get(f.name) or refused[f.name] for f in footprints]
    _write_ranking(results, places, args.output)
    failed = [r for r in results if r.document is None]
    out.write(f"wrote {args.output}: {len(results) - len(failed)} roofs ranked\n")
    out.writelines(f"{r.name}: {r.error}\n" for r in failed)
    if any(r.error == CANCELLED for r in results):
        return EXIT_INTERRUPTED
    return 1 if failed else 0


def _template(args: argparse.Namespace):
    """The project each building starts from: ``--template``, else a new project."""
    from bipv_designer.project.defaults import DEFAULT_ALBEDO, new_project
    from bipv_designer.project.io import load_project
    from bipv_designer.project.model import Site
    from bipv_designer.weather.places import timezone_at

    if args.template is not None:
        template = load_project(args.template)
    else:
        template = new_project("screening", Site("site", 0.0, 0.0, 0.0, "UTC", DEFAULT_ALBEDO))
    if args.lat is None:
        return template
    site = Site("site", args.lat, args.lon, 0.0, timezone_at(args.lat, args.lon), DEFAULT_ALBEDO)
    return replace(template, site=site)


def _shared_weather(args: argparse.Namespace):
    """The ``--weather`` file for every building, or None (each its nearest station)."""
    if args.weather is None:
        return None
    from bipv_designer.weather.project_weather import with_quality_warnings
    from bipv_designer.weather.readers import read_weather

    return with_quality_warnings(read_weather(args.weather))


def _weather(project):
    from bipv_designer.weather.project_weather import read_project_weather

    return read_project_weather(project.weather, Path("."), project.site)


def _write_ranking(results, places, path: Path) -> None:
    """Ranked by specific yield, then size, best first; roofs that could not be screened
    last (payback only when the template has a tariff and costs)."""
    import pandas as pd

    from bipv_designer.batch.summary import summary_table
    from bipv_designer.files import write_bytes_atomically

    table = summary_table(results)
    table.insert(2, "latitude", [places.get(r.name, (None, None))[0] for r in results])
    table.insert(3, "longitude", [places.get(r.name, (None, None))[1] for r in results])
    table[["latitude", "longitude"]] = table[["latitude", "longitude"]].astype(float).round(6)
    table = table.sort_values(
        ["status", "specific yield [kWh/kWp]", "DC [kWp]"],
        ascending=[False, False, False],
        na_position="last",
    )
    table.insert(0, "rank", range(1, len(table) + 1))
    table["rank"] = table["rank"].astype("Int64").where(table["status"] == "ok", pd.NA)
    text = table[list(RANKING_COLUMNS)].to_csv(index=False)
    write_bytes_atomically(path, ("\ufeff" + text).encode("utf-8"))
