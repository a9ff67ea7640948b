"""NSRDB typical meteorological year files: TMY3 (csv) and TMY2 (fixed width).

In both, each row holds the mean (the sum in Wh/m2) over the hour that ENDS at its
stamp, in local standard time: "radiation received during the 60 minutes prior to the
hour" (NSRDB TMY3 user manual, Wilcox & Marion 2008, NREL/TP-581-43156, section 1.4 and
table 1-2; TMY2 user manual, Marion & Urban 1995, section 3). The sun therefore goes at
the stamp - 30 min.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pvlib

from bipv_designer.weather.assemble import ParsedWeather, build_weather
from bipv_designer.weather.checks import Locator
from bipv_designer.weather.data import WeatherData, mid_interval_times
from bipv_designer.weather.places import station_metadata
from bipv_designer.weather.sources import read_text, run_reader
from bipv_designer.weather.timing import HOUR, fixed_offset, is_typical_year

PA_PER_MBAR = 100.0
"""Pascals in a millibar (hectopascal)."""

TMY3_COLUMNS = {
    "GHI (W/m^2)": "ghi",
    "DNI (W/m^2)": "dni",
    "DHI (W/m^2)": "dhi",
    "Dry-bulb (C)": "temp_air",
    "Wspd (m/s)": "wind_speed",
    "Alb (unitless)": "albedo",
    "Pressure (mbar)": "pressure",
    "Dew-point (C)": "temp_dew",
    "RHum (%)": "relative_humidity",
}
"""TMY3 column headers and the WeatherData columns they become."""

TMY3_HEADER_LINES = 2
"""Station line and column header line before the first hour (TMY3 user manual, 1.3)."""

TMY2_COLUMNS = {
    "GHI": "ghi",
    "DNI": "dni",
    "DHI": "dhi",
    "DryBulb": "temp_air",
    "Wspd": "wind_speed",
    "Pressure": "pressure",
    "DewPoint": "temp_dew",
    "RHum": "relative_humidity",
}
"""TMY2 fields (as pvlib names them) and the WeatherData columns they become."""

TMY2_TENTHS = ("temp_air", "wind_speed", "temp_dew")
"""TMY2 fields stored in tenths of their unit (TMY2 user manual, table 3-2)."""

TMY2_HEADER_LINES = 1
"""The station line before the first hour (TMY2 user manual, table 3-1)."""

HOUR_ENDING_LABEL = (
    "hour ending: each row is the mean over the hour that ends at its stamp, local "
    "standard time (UTC{offset:+g})"
)


def read_tmy3_file(path: Path) -> WeatherData:
    """Read an NSRDB TMY3 csv file.

    Returns
    -------
    WeatherData
        Index = stamp - 1 h (interval start) in the header's UTC offset; solar times =
        stamp - 30 min; the typical year is moved into ``TYPICAL_YEAR``; pressure in Pa.
    """
    text = read_text(path)
    data, meta = run_reader(
        pvlib.iotools.read_tmy3, path, "TMY3", io.StringIO(text), map_variables=False
    )
    utc_offset = float(meta["TZ"])
    record_times = _tmy3_record_times(data, utc_offset)
    frame = data.rename(columns=TMY3_COLUMNS).reset_index(drop=True)
    frame = frame[[c for c in TMY3_COLUMNS.values() if c in frame.columns]]
    if "pressure" in frame.columns:
        frame["pressure"] = pd.to_numeric(frame["pressure"], errors="coerce") * PA_PER_MBAR
    metadata = station_metadata(
        path,
        "tmy3",
        "TMY3",
        meta,
        name=str(meta["Name"]).strip().strip('"'),
        source_label=HOUR_ENDING_LABEL.format(offset=utc_offset),
    )
    locator = Locator(
        path.name,
        first_line=TMY3_HEADER_LINES + 1,
        header_line=TMY3_HEADER_LINES,
        labels={ours: theirs for theirs, ours in TMY3_COLUMNS.items()},
    )
    return build_weather(
        ParsedWeather(
            frame=frame,
            record_times=record_times,
            interval=HOUR,
            typical_year=is_typical_year(record_times.year),
            locator=locator,
            metadata=metadata,
        )
    )


def _tmy3_record_times(data: pd.DataFrame, utc_offset: float) -> pd.DatetimeIndex:
    """The middle of each row's hour, from the TMY3 date and hour-ending time columns.

    Built from the columns rather than from pvlib's index: pvlib moves every stamp that
    lands on 29 February to 1 March, so the last hour of 28 February of a leap year
    (stamped 24:00) would fall on 1 March.
    """
    dates = pd.to_datetime(data["Date (MM/DD/YYYY)"], format="%m/%d/%Y")
    clock = data["Time (HH:MM)"].str.split(":", expand=True).astype(int)
    ends = dates + pd.to_timedelta(clock[0], unit="h") + pd.to_timedelta(clock[1], unit="min")
    return pd.DatetimeIndex(ends - HOUR / 2).tz_localize(fixed_offset(utc_offset))


def read_tmy2_file(path: Path) -> WeatherData:
    """Read an NSRDB TMY2 fixed-width file.

    Returns
    -------
    WeatherData
        Index = stamp - 1 h (interval start) in the header's UTC offset; solar times =
        stamp - 30 min; the typical year is moved into ``TYPICAL_YEAR``; tenths scaled
        to C and m/s, pressure in Pa.
    """
    data, meta = run_reader(pvlib.iotools.read_tmy2, path, "TMY2", str(path))
    utc_offset = float(meta["TZ"])
    # pvlib stamps a TMY2 row with hour - 1 (its interval start) and gives every row the
    # first row's year; the per-row years stay in the "year" column.
    starts = pd.DatetimeIndex(data.index).tz_convert(fixed_offset(utc_offset))
    frame = data.rename(columns=TMY2_COLUMNS).reset_index(drop=True)
    frame = frame[list(TMY2_COLUMNS.values())]
    for column in TMY2_TENTHS:
        frame[column] = frame[column] / 10.0
    frame["pressure"] = frame["pressure"] * PA_PER_MBAR
    metadata = station_metadata(
        path,
        "tmy2",
        "TMY2",
        meta,
        name=str(meta["City"]).strip(),
        source_label=HOUR_ENDING_LABEL.format(offset=utc_offset),
    )
    locator = Locator(
        path.name,
        first_line=TMY2_HEADER_LINES + 1,
        labels={ours: theirs for theirs, ours in TMY2_COLUMNS.items()},
    )
    return build_weather(
        ParsedWeather(
            frame=frame,
            record_times=mid_interval_times(starts, HOUR),
            interval=HOUR,
            typical_year=is_typical_year(data["year"]),
            locator=locator,
            metadata=metadata,
        )
    )
