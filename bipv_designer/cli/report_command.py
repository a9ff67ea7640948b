"""``report``: a project's PDF report, and on request its workbook, hourly CSV, DXF
layout and plan picture, headless, with a progress line on a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from bipv_designer.errors import BipvError


def add_parser(commands) -> None:
    """Register the command."""
    parser = commands.add_parser("report", help="write a project's PDF report and exports")
    parser.add_argument("project", type=Path, help="project file (.bipv.json)")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PDF",
        help="the report to write (.pdf)",
    )
    parser.add_argument("--xlsx", type=Path, metavar="OUT", help="write the results workbook")
    parser.add_argument(
        "--hourly-csv", type=Path, metavar="OUT", help="write the hourly results and park balance"
    )
    parser.add_argument("--dxf", type=Path, metavar="OUT", help="write the layout for CAD")
    parser.add_argument(
        "--plan", type=Path, metavar="OUT", help="write the site plan as a picture (.png or .svg)"
    )
    parser.add_argument("--weather", type=Path, help="weather file instead of the project's")
    parser.add_argument(
        "--lang",
        choices=("en", "zh"),
        default="en",
        help="language of the report and the exports' headings (default en)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Simulate the project, write the report and the exports asked for; exit 0."""
    from bipv_designer.cli import _weather, refuse_output_over_input
    from bipv_designer.cli.progress import progress_line
    from bipv_designer.project.io import load_project
    from bipv_designer.report.drawing_export import write_dxf, write_plan_picture
    from bipv_designer.report.exports import write_hourly_csv
    from bipv_designer.report.pdf_report import write_report
    from bipv_designer.report.project_run import run_project
    from bipv_designer.report.workbook import write_workbook
    from bipv_designer.words import Words

    outputs = {
        "--output": args.output,
        "--xlsx": args.xlsx,
        "--hourly-csv": args.hourly_csv,
        "--dxf": args.dxf,
        "--plan": args.plan,
    }
    refuse_output_over_input(outputs, {"project file": args.project, "weather file": args.weather})
    _check_suffixes(args)
    project = load_project(args.project)
    words = Words(args.lang)
    progress = progress_line(sys.stderr, words)
    weather = _weather(args, project, args.project)
    run_ = run_project(project, weather, args.project, progress=lambda f, m: progress(0.6 * f, m))
    written = [
        write_report(
            run_,
            args.output,
            args.project,
            progress=lambda f, m: progress(0.6 + 0.35 * f, m),
            words=words,
        )
    ]
    if args.xlsx is not None:
        written.append(write_workbook(run_, args.xlsx, words))
    if args.hourly_csv is not None:
        write_hourly_csv(run_.result, args.hourly_csv, run_.park, words)
        written.append(args.hourly_csv)
    if args.dxf is not None:
        written.append(write_dxf(project, args.dxf))
    if args.plan is not None:
        written.append(write_plan_picture(project, args.plan, run_.result.module_shading, words))
    progress(1.0, "done")
    out.writelines(f"wrote {path}\n" for path in written)
    return 0


def _check_suffixes(args: argparse.Namespace) -> None:
    expected = {
        "output": (".pdf",),
        "xlsx": (".xlsx",),
        "hourly_csv": (".csv",),
        "dxf": (".dxf",),
        "plan": (".png", ".svg"),
    }
    for name, suffixes in expected.items():
        path = getattr(args, name)
        if path is not None and path.suffix.lower() not in suffixes:
            option = "--output" if name == "output" else f"--{name.replace('_', '-')}"
            raise BipvError(f"{option} {path}: expected a file ending in {' or '.join(suffixes)}")
