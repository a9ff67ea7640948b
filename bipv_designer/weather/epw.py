"""EnergyPlus weather (EPW) files.

An EPW file has 8 header lines (LOCATION, DESIGN CONDITIONS, ..., DATA PERIODS) and then
one line per hour. The hour field runs 1..24 in local standard time (the LOCATION
line's time zone) and each row holds the mean, or the sum in Wh/m2, over the hour that
ENDS at that hour (EnergyPlus Auxiliary Programs, "Weather Converter Program", EPW data
dictionary). pvlib's ``read_epw`` already stamps each row with ``hour - 1``, the start
of its interval, so the sun goes at that stamp + 30 min.

PVGIS writes EPW files whose rows are in UTC although the header names a local time
zone; those are read by :mod:`bipv_designer.weather.pvgis`, reusing :func:`parse_epw`.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pandas as pd
import pvlib

from bipv_designer.weather.assemble import ParsedWeather, build_weather
from bipv_designer.weather.checks import Locator
from bipv_designer.weather.data import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    WeatherData,
    mid_interval_times,
)
from bipv_designer.weather.places import station_metadata
from bipv_designer.weather.sources import read_text, run_reader
from bipv_designer.weather.timing import HOUR, fixed_offset, is_typical_year

EPW_HEADER_LINES = 8
"""Header lines before the first hour (EnergyPlus Auxiliary Programs, EPW format)."""


def parse_epw(path: Path) -> tuple[pd.DataFrame, dict[str, Any]]:
    """pvlib's reading of an EPW file: rows indexed by ``hour - 1`` in the header's zone."""
    text = read_text(path)
    return run_reader(pvlib.iotools.read_epw, path, "EPW", io.StringIO(text))


def epw_frame(data: pd.DataFrame) -> pd.DataFrame:
    """The WeatherData columns of pvlib's EPW table, one row per line, in file order."""
    frame = data.rename(columns={"atmospheric_pressure": "pressure"}).reset_index(drop=True)
    return frame[[c for c in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS) if c in frame.columns]]


def epw_locator(path: Path) -> Locator:
    """Rows of an EPW file start on the line after its header."""
    return Locator(path.name, first_line=EPW_HEADER_LINES + 1)


def read_epw_file(path: Path) -> WeatherData:
    """Read an EPW file whose rows are hour-ending means in local standard time.

    Parameters
    ----------
    path : pathlib.Path
        The ``.epw`` file.

    Returns
    -------
    WeatherData
        Index = start of each hour in the header's UTC offset; solar times = index +
        30 min; a typical year is moved into ``TYPICAL_YEAR``.
    """
    data, meta = parse_epw(path)
    utc_offset = float(meta["TZ"])
    starts = pd.DatetimeIndex(data.index).tz_convert(fixed_offset(utc_offset))
    record_times = mid_interval_times(starts, HOUR)
    metadata = station_metadata(
        path,
        "epw",
        "EPW",
        meta,
        name=str(meta["city"]).strip(),
        source_label=(
            "hour ending: EPW hour h is the mean over the hour from h-1 to h, local "
            f"standard time (UTC{utc_offset:+g})"
        ),
    )
    return build_weather(
        ParsedWeather(
            frame=epw_frame(data),
            record_times=record_times,
            interval=HOUR,
            typical_year=is_typical_year(record_times.year),
            locator=epw_locator(path),
            metadata=metadata,
        )
    )
