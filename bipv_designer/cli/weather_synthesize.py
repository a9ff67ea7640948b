"""``weather synthesize``: a typical hourly year from station climatology or typed
monthly means, written as plain CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

import numpy as np

from bipv_designer.cli.arguments import ALTITUDE_M, SEED_RANGE, bounded, whole
from bipv_designer.errors import WeatherFileError
from bipv_designer.project.model import Site
from bipv_designer.weather.climatology import MonthlyNormals
from bipv_designer.weather.places import format_location, timezone_at
from bipv_designer.weather.project_weather import DEFAULT_SEED, NEAREST, station_year
from bipv_designer.weather.stations import station
from bipv_designer.weather.synthetic import SyntheticSite, synthesize_year
from bipv_designer.weather.timing import standard_utc_offset_hours
from bipv_designer.weather.writer import write_plain_csv


def add_parser(weather_commands) -> None:
    """Register the command under ``weather``."""
    parser = weather_commands.add_parser(
        "synthesize",
        help="write a typical hourly year from station climatology or monthly means",
        description=(
            "A synthetic typical year (docs/weather-synthetic.md). --station takes the "
            "climate of a station (its place, unless --lat/--lon give the site); "
            "--lat/--lon alone take the nearest station; --monthly-ghi and "
            "--monthly-temp replace the station's values."
        ),
    )
    parser.add_argument("--station", type=int, metavar="WMO", help="climatology station")
    parser.add_argument("--lat", type=bounded("--lat", -90, 90), help="site latitude")
    parser.add_argument("--lon", type=bounded("--lon", -180, 180), help="site longitude")
    parser.add_argument(
        "--altitude", type=bounded("--altitude", *ALTITUDE_M), help="site altitude [m]"
    )
    parser.add_argument("--timezone", help="IANA time zone (default: from the location)")
    parser.add_argument(
        "--monthly-ghi",
        type=bounded("--monthly-ghi", 0, 15),
        nargs="+",
        metavar="KWH",
        help="12 values, kWh/m2/day",
    )
    parser.add_argument(
        "--monthly-temp",
        type=bounded("--monthly-temp", -60, 60),
        nargs="+",
        metavar="C",
        help="12 values",
    )
    parser.add_argument(
        "--seed", type=whole("--seed", *SEED_RANGE), default=DEFAULT_SEED, help="random seed"
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Write the year and say what it is."""
    typed = (args.monthly_ghi, args.monthly_temp)
    if any(v is not None and len(v) != 12 for v in typed):
        raise WeatherFileError(
            "--monthly-ghi and --monthly-temp: expected 12 values each (January first)"
        )
    if (args.monthly_ghi is None) != (args.monthly_temp is None):
        raise WeatherFileError("--monthly-ghi and --monthly-temp: give both or neither")
    if args.station is None and (args.lat is None or args.lon is None):
        raise WeatherFileError("give --station WMO, or --lat and --lon of the site")
    if args.monthly_ghi is not None:
        weather = _from_monthly_values(args)
    else:
        weather = station_year(_site(args), str(args.station or NEAREST), args.seed)
    write_plain_csv(weather, args.output)
    out.write(f"Wrote {args.output}: {weather.metadata.description}\n")
    for warning in weather.metadata.warnings:
        out.write(f"warning: {warning}\n")
    return 0


def _site(args: argparse.Namespace) -> Site:
    if args.lat is None or args.lon is None:
        found = station(args.station)
        latitude, longitude = found.latitude, found.longitude
        altitude = found.altitude if args.altitude is None else args.altitude
        name = found.name_en
    else:
        latitude, longitude = args.lat, args.lon
        altitude = args.altitude or 0.0
        name = format_location(latitude, longitude)
    zone = args.timezone or timezone_at(latitude, longitude)
    return Site(name, latitude, longitude, altitude, zone, 0.2)


def _from_monthly_values(args: argparse.Namespace):
    if args.lat is None or args.lon is None:
        raise WeatherFileError("--monthly-ghi needs --lat and --lon of the site")
    zone = args.timezone or timezone_at(args.lat, args.lon)
    site = SyntheticSite(
        latitude=args.lat,
        longitude=args.lon,
        altitude=args.altitude or 0.0,
        utc_offset_hours=standard_utc_offset_hours(zone),
        name=format_location(args.lat, args.lon),
        origin="from typed monthly means",
    )
    normals = MonthlyNormals(
        ghi_kwh_m2_day=np.array(args.monthly_ghi), temp_air=np.array(args.monthly_temp)
    )
    return synthesize_year(normals, site, args.seed)
