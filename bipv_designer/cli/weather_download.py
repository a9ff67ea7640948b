"""``weather download``: PVGIS TMY, NASA POWER hourly year, or PVGIS horizon profile
(the only commands that use the internet; answers are cached)."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from typing import TextIO

from bipv_designer.cli.arguments import bounded, whole
from bipv_designer.errors import DownloadError

SOURCES = ("pvgis-tmy", "nasa-power", "horizon")


def add_parser(weather_commands) -> None:
    """Register the command under ``weather``."""
    parser = weather_commands.add_parser(
        "download",
        help="download a PVGIS typical year, a NASA POWER year or a PVGIS horizon",
        description=(
            "Downloads are cached in $BIPV_DESIGNER_CACHE or the user's cache folder; "
            "--refresh asks again."
        ),
    )
    parser.add_argument("source", choices=SOURCES)
    parser.add_argument("--lat", type=bounded("--lat", -90, 90), required=True)
    parser.add_argument("--lon", type=bounded("--lon", -180, 180), required=True)
    parser.add_argument(
        "--year", type=whole("--year", 1981, 2100), help="calendar year (nasa-power)"
    )
    parser.add_argument("--refresh", action="store_true", help="ignore the cache")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Download (or take from the cache) and write ``--output``."""
    from bipv_designer.weather.downloads import (
        download_nasa_power,
        download_pvgis_horizon,
        download_pvgis_tmy,
    )
    from bipv_designer.weather.horizon_file import write_horizon_csv

    if args.source == "horizon":
        profile = download_pvgis_horizon(args.lat, args.lon, refresh=args.refresh)
        write_horizon_csv(args.output, profile)
        highest = max(elevation for _, elevation in profile)
        out.write(
            f"Wrote {args.output}: PVGIS horizon, {len(profile)} directions, "
            f"highest {highest:.1f}°\n"
        )
        return 0
    if args.source == "pvgis-tmy":
        cached = download_pvgis_tmy(args.lat, args.lon, refresh=args.refresh)
    else:
        if args.year is None:
            raise DownloadError("nasa-power: expected --year YYYY (a calendar year)")
        cached = download_nasa_power(args.lat, args.lon, args.year, refresh=args.refresh)
    shutil.copyfile(cached, args.output)
    out.write(f"Wrote {args.output} (cached as {cached})\n")
    return 0
