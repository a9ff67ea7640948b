"""PVGIS typical meteorological year files: csv, json and epw.

PVGIS stamps each TMY row ``YYYYMMDD:HHMM`` in UTC, and its irradiance is an
instantaneous-like sample at that time, not an hourly mean (PVGIS user manual, "TMY
generator": "time(UTC)"; the satellite image behind a SARAH value is taken some minutes
after the stamp, which the file states as its "irradiance time offset"). The sun
therefore goes at the stamp itself, and each record stands for the hour centred on it:
index = stamp - 30 min, in UTC.

The EPW that PVGIS writes keeps these UTC rows (EPW hour h = the sample at h-1:00 UTC)
but puts a local time zone in its LOCATION line, so general EPW readers place every
record ``utc_offset`` hours off. Such files are recognised by the PVGIS marks in their
header (:data:`PVGIS_EPW_MARKS`) and read as UTC.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pandas as pd
import pvlib

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather.assemble import ParsedWeather, build_weather
from bipv_designer.weather.checks import Locator
from bipv_designer.weather.data import WeatherData, WeatherMetadata
from bipv_designer.weather.epw import EPW_HEADER_LINES, epw_frame, epw_locator, parse_epw
from bipv_designer.weather.places import format_location
from bipv_designer.weather.sources import read_text, run_reader
from bipv_designer.weather.timing import HOUR, is_typical_year
from bipv_designer.words import N_

PVGIS_COLUMNS = {
    "G(h)": "ghi",
    "Gb(n)": "dni",
    "Gd(h)": "dhi",
    "T2m": "temp_air",
    "WS10m": "wind_speed",
    "SP": "pressure",
    "RH": "relative_humidity",
}
"""PVGIS TMY variables and the WeatherData columns they become (PVGIS user manual)."""

PVGIS_TIME_COLUMN = "time(UTC)"
PVGIS_TIME_FORMAT = "%Y%m%d:%H%M"
PVGIS_JSON_RECORDS = "outputs.tmy_hourly"

PVGIS_EPW_MARKS = ("PVGIS", "Irradiance Time Offset", "ECMWF/ERA")
"""Text found in the header of PVGIS EPW files and not in others: the data source field
of the LOCATION line ("ECMWF/ERA") and the COMMENTS lines."""

SAMPLE_LABEL = "instantaneous sample at the stamp, UTC"

_LABELS = {ours: theirs for theirs, ours in PVGIS_COLUMNS.items()} | {"time": PVGIS_TIME_COLUMN}


def is_pvgis_epw(header_text: str) -> bool:
    """True if the header lines of an EPW file were written by PVGIS."""
    head = "\n".join(header_text.splitlines()[:EPW_HEADER_LINES])
    return any(mark in head for mark in PVGIS_EPW_MARKS)


def read_pvgis_csv(path: Path) -> WeatherData:
    """Read a PVGIS TMY csv file.

    Notes
    -----
    pvlib's ``read_pvgis_tmy`` reads exactly 8760 rows and converts the whole table at
    once, so it cannot say where a file is short or which cell is bad; the table is
    read here with pandas from the ``time(UTC)`` header line to the first blank line.
    """
    lines = read_text(path).splitlines()
    header = next((n for n, line in enumerate(lines) if line.startswith(PVGIS_TIME_COLUMN)), None)
    if header is None:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name}: no line starts with {pvgis_time_column}; expected the "
                "column header of a PVGIS TMY csv file",
            ).format(
                name=path.name,
                pvgis_time_column=repr(PVGIS_TIME_COLUMN),
            )
        )
    end = next((n for n in range(header + 1, len(lines)) if not lines[n].strip()), len(lines))
    table = run_reader(
        pd.read_csv,
        path,
        "PVGIS TMY csv",
        io.StringIO("\n".join(lines[header:end])),
        dtype=str,
        skip_blank_lines=False,
    )
    locator = Locator(path.name, first_line=header + 2, header_line=header + 1, labels=_LABELS)
    if PVGIS_TIME_COLUMN not in table.columns:
        raise locator.error(
            locator.table(),
            f"{lines[header][:40]!r} has no column {PVGIS_TIME_COLUMN!r}; expected "
            "comma-separated columns starting with it",
        )
    samples = pd.to_datetime(
        table[PVGIS_TIME_COLUMN], format=PVGIS_TIME_FORMAT, utc=True, errors="coerce"
    )
    bad = samples.isna().to_numpy()
    if bad.any():
        row = int(bad.argmax())
        raise locator.error(
            locator.cell(row, "time"),
            f"{table[PVGIS_TIME_COLUMN].iloc[row]!r} is not a PVGIS time; expected "
            "YYYYMMDD:HHMM in UTC",
        )
    head = lines[:header]
    latitude = _header_number(head, "latitude", path)
    longitude = _header_number(head, "longitude", path)
    metadata = _metadata(
        path,
        "pvgis_csv",
        latitude,
        longitude,
        altitude=_header_number(head, "elevation", path),
        time_offset=_header_number(head, "irradiance time offset", path),
        source_name="",
    )
    frame = table.rename(columns=PVGIS_COLUMNS)
    return _build(frame, pd.DatetimeIndex(samples), locator, metadata)


def read_pvgis_json(path: Path) -> WeatherData:
    """Read a PVGIS TMY json file (with pvlib's ``read_pvgis_tmy``)."""
    text = read_text(path)
    data, meta = run_reader(
        pvlib.iotools.read_pvgis_tmy,
        path,
        "PVGIS TMY json",
        io.StringIO(text),
        pvgis_format="json",
        map_variables=False,
    )
    inputs = _section(meta, "inputs")
    location, meteo = _section(inputs, "location"), _section(inputs, "meteo_data")
    metadata = _metadata(
        path,
        "pvgis_json",
        _number(location.get("latitude")),
        _number(location.get("longitude")),
        altitude=_number(location.get("elevation")),
        time_offset=_number(location.get("irradiance_time_offset")),
        source_name=str(meteo.get("radiation_db", "")),
    )
    locator = Locator(path.name, json_records=PVGIS_JSON_RECORDS, labels=_LABELS)
    frame = data.rename(columns=PVGIS_COLUMNS).reset_index(drop=True)
    return _build(frame, pd.DatetimeIndex(data.index), locator, metadata)


def read_pvgis_epw(path: Path, warnings: tuple[str, ...] = ()) -> WeatherData:
    """Read an EPW file written by PVGIS: its rows are UTC samples at EPW hour - 1.

    Parameters
    ----------
    path : pathlib.Path
        The ``.epw`` file.
    warnings : tuple of str
        Notes from the caller to keep with the result.
    """
    data, meta = parse_epw(path)
    # pvlib's stamp is "hour - 1" in the header's zone; its wall-clock time is the
    # sample's time in UTC.
    samples = pd.DatetimeIndex(data.index).tz_localize(None).tz_localize(dt.UTC)
    header_offset = float(meta["TZ"])
    metadata = _metadata(
        path,
        "pvgis_epw",
        float(meta["latitude"]),
        float(meta["longitude"]),
        altitude=float(meta["altitude"]),
        time_offset=None,
        source_name="",
        label=(
            f"{SAMPLE_LABEL}: EPW hour h is the sample at h-1:00 UTC (PVGIS writes UTC rows; "
            f"the header's time zone UTC{header_offset:+g} does not apply)"
        ),
        warnings=warnings,
    )
    return _build(epw_frame(data), samples, epw_locator(path), metadata)


def _build(
    frame: pd.DataFrame, samples: pd.DatetimeIndex, locator: Locator, metadata: WeatherMetadata
) -> WeatherData:
    return build_weather(
        ParsedWeather(
            frame=frame,
            record_times=samples,
            interval=HOUR,
            typical_year=is_typical_year(samples.year),
            locator=locator,
            metadata=metadata,
        )
    )


def _metadata(
    path: Path,
    file_format: str,
    latitude: float | None,
    longitude: float | None,
    *,
    altitude: float | None,
    time_offset: float | None,
    source_name: str,
    label: str = SAMPLE_LABEL,
    warnings: tuple[str, ...] = (),
) -> WeatherMetadata:
    if time_offset is not None:
        label += f" (the file gives an irradiance time offset of {time_offset:.2f} h, not applied)"
    where = (
        f", {format_location(latitude, longitude)}"
        if latitude is not None and longitude is not None
        else ""
    )
    source = f" ({source_name})" if source_name else ""
    return WeatherMetadata(
        source=str(path),
        file_format=file_format,
        latitude=latitude,
        longitude=longitude,
        altitude=altitude,
        utc_offset_hours=0.0,
        source_label=label,
        description=f"PVGIS TMY{source}{where}",
        warnings=warnings,
    )


def _header_number(lines: list[str], key: str, path: Path) -> float | None:
    """The number after "Key (unit):" in the lines above a PVGIS csv table, if any."""
    for number, line in enumerate(lines, start=1):
        name, colon, value = line.partition(":")
        if colon and name.strip().lower().startswith(key):
            parsed = _number(value)
            if parsed is None:
                raise WeatherFileError(
                    N_(
                        "Errors",
                        "{name} line {number}: {strip} is not a number; expected the {key}",
                    ).format(
                        name=path.name,
                        number=number,
                        strip=repr(value.strip()),
                        key=key,
                    )
                )
            return parsed
    return None


def _section(parent: Any, key: str) -> dict[str, Any]:
    """A JSON object's member that is itself an object, or an empty one."""
    child = parent.get(key) if isinstance(parent, dict) else None
    return child if isinstance(child, dict) else {}


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
