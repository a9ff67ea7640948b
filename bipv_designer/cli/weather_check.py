"""``weather check``: the quality report of a weather file (docs/weather-checks.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from bipv_designer.cli.arguments import ALTITUDE_M, bounded
from bipv_designer.weather.readers import FORMATS


def add_parser(weather_commands) -> None:
    """Register the command under ``weather``."""
    parser = weather_commands.add_parser(
        "check",
        help="check a weather file: timing, closure, location, time zone, completeness",
    )
    parser.add_argument("file", type=Path, help="weather file")
    parser.add_argument("--format", choices=FORMATS, help="reader (default: detected)")
    parser.add_argument("--lat", type=bounded("--lat", -90, 90), help="site latitude")
    parser.add_argument("--lon", type=bounded("--lon", -180, 180), help="site longitude")
    parser.add_argument(
        "--altitude", type=bounded("--altitude", *ALTITUDE_M), help="site altitude [m]"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Print the report; exit 0 when the file could be read, warnings or not."""
    from bipv_designer.report.json_text import json_text
    from bipv_designer.weather.places import timezone_at
    from bipv_designer.weather.quality import check_weather
    from bipv_designer.weather.readers import read_weather
    from bipv_designer.weather.timing import standard_utc_offset_hours

    weather = read_weather(args.file, args.format)
    site_offset = None
    if args.lat is not None and args.lon is not None:
        site_offset = standard_utc_offset_hours(timezone_at(args.lat, args.lon))
    report = check_weather(weather, args.lat, args.lon, args.altitude, site_offset)
    if args.json:
        document = report.as_json() | {"reading_warnings": list(weather.metadata.warnings)}
        out.write(json_text(document) + "\n")
        return 0
    out.write(report.text())
    for warning in weather.metadata.warnings:
        out.write(f"reading: {warning}\n")
    return 0
