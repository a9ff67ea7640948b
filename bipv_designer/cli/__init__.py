"""Headless subcommands: ``simulate`` a project, ``quick`` one-surface estimate, ``layout``
figures and string plan; each
further command group lives in its own module of this package and registers itself here.

Bad input ends with a one-line reason on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from bipv_designer import __version__
from bipv_designer.cli import (
    batch_command,
    layout_report,
    report_command,
    screen_command,
    shading_report,
    weather_check,
    weather_download,
    weather_synthesize,
)
from bipv_designer.cli.arguments import ALTITUDE_M, bounded
from bipv_designer.errors import BipvError
from bipv_designer.project.model import Mounting, Project, WeatherReference
from bipv_designer.weather.data import WeatherData

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
"""Exit status after Ctrl-C (128 + SIGINT), as shells report it."""
QUICK_WEATHER = WeatherReference(path="station:nearest")
"""Weather of ``quick`` without ``--weather``: a synthetic year from the nearest
climatology station (China); elsewhere the user is asked for a weather file."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface (also used by ``main.py`` to tell GUI from headless)."""
    parser = _Parser(prog="bipv-designer", description="BIPV Designer, headless.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    simulate = commands.add_parser("simulate", help="simulate a project file for a year")
    simulate.add_argument("project", type=Path, help="project file (.bipv.json)")
    simulate.add_argument("--weather", type=Path, help="weather file instead of the project's")
    simulate.add_argument("--json", action="store_true", help="print the results as JSON")
    simulate.add_argument("--hourly-csv", type=Path, metavar="OUT", help="write hourly results")
    simulate.add_argument(
        "--quote-csv", type=Path, metavar="OUT", help="write the quote (needs a tariff)"
    )
    simulate.set_defaults(run=_run_simulate)

    quick = commands.add_parser("quick", help="one-surface estimate without drawing")
    quick.add_argument("--lat", type=bounded("--lat", -90, 90), required=True)
    quick.add_argument("--lon", type=bounded("--lon", -180, 180), required=True)
    quick.add_argument("--tilt", type=bounded("--tilt", 0, 180), required=True)
    quick.add_argument("--azimuth", type=bounded("--azimuth", 0, 360), required=True)
    quick.add_argument("--kwp", type=bounded("--kwp", 0, 1e6, low_open=True), required=True)
    quick.add_argument(
        "--mounting", choices=[m.value for m in Mounting], default=Mounting.OPEN_RACK.value
    )
    quick.add_argument(
        "--losses",
        type=bounded("--losses", 0, 99.9),
        metavar="PCT",
        help="total system losses in percent (default: PVWatts' 14.08 %%)",
    )
    quick.add_argument("--timezone", help="IANA time zone (default: from the longitude)")
    quick.add_argument(
        "--altitude",
        type=bounded("--altitude", *ALTITUDE_M),
        default=0.0,
        help="site altitude [m]",
    )
    quick.add_argument("--weather", type=Path, help="weather file")
    quick.add_argument("--json", action="store_true", help="print the results as JSON")
    quick.set_defaults(run=_run_quick)

    layout_report.add_parser(commands)
    shading_report.add_parser(commands)
    report_command.add_parser(commands)
    batch_command.add_parser(commands)
    screen_command.add_parser(commands)

    weather = commands.add_parser("weather", help="make, check and download weather")
    weather_commands = weather.add_subparsers(
        dest="weather_command", required=True, parser_class=_Parser
    )
    weather_synthesize.add_parser(weather_commands)
    weather_check.add_parser(weather_commands)
    weather_download.add_parser(weather_commands)
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run one subcommand; return the process exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")  # e.g. an emoji on a GBK console
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        return args.run(args, out)
    except BipvError as error:
        sys.stderr.write(f"bipv-designer: error: {error}\n")
        return EXIT_BAD_INPUT
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        sys.stderr.write(f"bipv-designer: error: {where}{error.strerror or error}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write("\nbipv-designer: stopped (Ctrl-C); nothing more was written\n")
        return EXIT_INTERRUPTED


def _run_simulate(args: argparse.Namespace, out: TextIO) -> int:
    from bipv_designer.project.io import load_project

    refuse_output_over_input(
        {"--hourly-csv": args.hourly_csv, "--quote-csv": args.quote_csv},
        {"project file": args.project, "weather file": args.weather},
    )
    project = load_project(args.project)
    weather = _weather(args, project, args.project)
    return _simulate_and_print(project, weather, args, out, project_path=args.project)


def refuse_output_over_input(
    outputs: dict[str, Path | None], inputs: dict[str, Path | None]
) -> None:
    """BipvError when an output file named on the command line is one of its inputs (a
    CSV written over the project file would lose it)."""
    from bipv_designer.files import same_file

    for option, output in outputs.items():
        for what, source in inputs.items():
            if output is not None and source is not None and same_file(output, source):
                raise BipvError(
                    f"{option} {output}: that is the {what}; choose another output file"
                )


def _run_quick(args: argparse.Namespace, out: TextIO) -> int:
    from bipv_designer.project.validate import validate_project
    from bipv_designer.simulation.quick import quick_project

    project = validate_project(
        quick_project(
            args.lat,
            args.lon,
            args.tilt,
            args.azimuth % 360.0,
            args.kwp,
            mounting=Mounting(args.mounting),
            losses_pct=args.losses,
            timezone=args.timezone,
            altitude=args.altitude,
            weather=QUICK_WEATHER,
        )
    )
    return _simulate_and_print(project, _weather(args, project, "."), args, out, single=True)


def _weather(args: argparse.Namespace, project: Project, project_path) -> WeatherData:
    """The ``--weather`` file, or the weather the project refers to, with the same quality
    warnings either way."""
    from bipv_designer.weather.project_weather import read_project_weather, with_quality_warnings
    from bipv_designer.weather.readers import read_weather

    if args.weather is not None:
        return with_quality_warnings(read_weather(args.weather))
    return read_project_weather(project.weather, project_path, project.site)


def _simulate_and_print(
    project: Project,
    weather: WeatherData,
    args: argparse.Namespace,
    out: TextIO,
    *,
    single: bool = False,
    project_path: Path | str = ".",
) -> int:
    import pandas as pd

    from bipv_designer.errors import TariffError
    from bipv_designer.files import write_text_atomically
    from bipv_designer.report.balance import balance_json, balance_text
    from bipv_designer.report.exports import figures, weather_json, write_hourly_csv
    from bipv_designer.report.json_text import json_text
    from bipv_designer.report.money import money_text
    from bipv_designer.report.project_run import run_project
    from bipv_designer.report.text import results_table
    from bipv_designer.simulation.result import TOTAL

    run = run_project(project, weather, project_path)
    result, park, money, carbon = run.result, run.park, run.money, run.carbon
    if getattr(args, "quote_csv", None) is not None:
        if money is None:
            raise TariffError("--quote-csv: the project has no tariff and costs")
        write_text_atomically(args.quote_csv, pd.DataFrame(money["quote"]).to_csv(index=False))
    if getattr(args, "hourly_csv", None) is not None:
        write_hourly_csv(result, args.hourly_csv, park)
    if args.json:
        if single:
            document = {"weather": weather_json(result), **figures(result, TOTAL)}
            if park is not None:
                document["balance"] = balance_json(park)
        else:
            document = run.document()
        out.write(json_text(document) + "\n")
    else:
        out.write(results_table(result, project.name))
        if park is not None:
            out.write(balance_text(park))
        if not single:
            out.write(money_text(money, carbon))
    return 0
