"""The plain CSV weather format of BIPV Designer (documented in docs/weather-formats.md).

::

    # name: Nanjing site mast
    # latitude: 32.06
    # longitude: 118.80
    # timestamp_label: start
    timestamp,ghi,dni,dhi,temp_air,wind_speed
    2023-01-01T00:00+08:00,0,0,0,3.1,2.0
    ...

Leading ``# key: value`` comments give the location and what the stamps mean; one header
row names the columns; every stamp is ISO 8601 with a UTC offset (or the file gives
``# utc_offset: 8``). Any regular interval from 1 to 60 minutes; exactly one calendar
year of records; W/m2, C, m/s.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather.assemble import ParsedWeather, build_weather
from bipv_designer.weather.checks import Locator
from bipv_designer.weather.data import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    WeatherData,
    WeatherMetadata,
)
from bipv_designer.weather.places import format_location
from bipv_designer.weather.sources import read_text, run_reader
from bipv_designer.weather.timing import fixed_offset
from bipv_designer.words import N_

DEFAULT_TEMP_AIR = 20.0
"""Air temperature assumed when a CSV file has none [C] (a mild mean; with a warning)."""

DEFAULT_WIND_SPEED = 1.0
"""Wind speed assumed when a CSV file has none [m/s] (the PVWatts/SAM default; with a
warning)."""

INTERVALS_MIN = (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60)
"""Record lengths accepted [min]: whole minutes that divide an hour."""

LABEL_SHIFTS = {"start": 0.5, "end": -0.5, "instant": 0.0}
"""Where the sun goes relative to the stamp, in intervals, by ``timestamp_label``: the
middle of the interval that starts or ends at the stamp, or the stamp itself."""

SOURCE_LABELS = {
    "start": "interval start: each row is the mean over the interval that starts at its stamp",
    "end": "interval end: each row is the mean over the interval that ends at its stamp",
    "instant": "instantaneous sample at the stamp",
}

NUMBER_KEYS = {
    "latitude": (-90.0, 90.0),
    "longitude": (-180.0, 180.0),
    "altitude": (-500.0, 9000.0),
    "utc_offset": (-12.0, 14.0),
}
"""Numeric comment keys and their accepted range [degrees, degrees, m, h]."""

TEXT_KEYS = ("name", "description", "timestamp_label")

OFFSET_PATTERN = r"(?:Z|[+-]\d{2}(?::?\d{2})?)$"
"""A UTC offset at the end of an ISO 8601 stamp: Z, +08, +0800 or +08:00."""
OFFSET_LENGTH_MAX = 6
"""Characters of the longest offset :data:`OFFSET_PATTERN` matches (+08:00)."""


class _Settings(Struct, frozen=True):
    """What the comment lines of a plain CSV file say, and where."""

    numbers: dict[str, float]
    texts: dict[str, str]
    lines: dict[str, int]


def read_plain_csv(path: Path) -> WeatherData:
    """Read a weather file in BIPV Designer's plain CSV format.

    Returns
    -------
    WeatherData
        Index = interval starts in the stamps' UTC offset; solar times = mid-interval
        (or the stamps, for ``timestamp_label: instant``). Without DNI and DHI, GHI is
        split with the Erbs model at the solar times.
    """
    lines = read_text(path).splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    settings, header = _settings(lines, path)
    table = run_reader(
        pd.read_csv,
        path,
        "plain CSV",
        io.StringIO("\n".join(lines[header - 1 :])),
        dtype=str,
        skip_blank_lines=False,
    )
    table.columns = [str(column).strip().lower() for column in table.columns]
    locator = Locator(path.name, first_line=header + 1, header_line=header)
    if "timestamp" not in table.columns or "ghi" not in table.columns:
        raise locator.error(
            locator.table(),
            f"columns {', '.join(table.columns)}; expected at least 'timestamp' and 'ghi'",
        )
    if len(table) < 2:
        raise locator.error(locator.table(), "fewer than 2 records; expected one calendar year")
    has_beam = _has_beam_columns(table, settings, locator)

    stamps = _stamps(table["timestamp"], settings, locator)
    interval = _interval(stamps, locator)
    label = settings.texts.get("timestamp_label", "start")
    record_times = pd.DatetimeIndex(stamps + interval * LABEL_SHIFTS[label])

    table, warnings = _with_defaults(table)
    if not has_beam:
        warnings.append(
            N_(
                "Weather",
                "no 'dni' and 'dhi' columns: GHI split into DNI and DHI with the Erbs model",
            )
        )

    utc_offset = stamps[0].utcoffset() / pd.Timedelta(hours=1)
    metadata = _metadata(path, settings, utc_offset, label, tuple(warnings))
    required = tuple(c for c in REQUIRED_COLUMNS if has_beam or c not in ("dni", "dhi"))
    weather = build_weather(
        ParsedWeather(
            frame=table,
            record_times=record_times,
            interval=interval,
            typical_year=False,
            locator=locator,
            metadata=metadata,
            required=required,
        )
    )
    return weather if has_beam else _split_ghi(weather)


def _settings(lines: list[str], path: Path) -> tuple[_Settings, int]:
    """Parse the leading comments; return them and the 1-based line of the header row."""
    numbers: dict[str, float] = {}
    texts: dict[str, str] = {}
    where: dict[str, int] = {}
    header = None
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text and not text.startswith("#"):
            header = number
            break
        key, colon, value = text[1:].partition(":")
        key, value = key.strip().lower(), value.strip()
        if not colon or key not in (*NUMBER_KEYS, *TEXT_KEYS):
            continue
        where[key] = number
        if key in NUMBER_KEYS:
            numbers[key] = _setting_number(key, value, f"{path.name} line {number}")
        else:
            texts[key] = value
    if header is None:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name}: no header row; expected a line such as "
                "'timestamp,ghi,dni,dhi,temp_air,wind_speed' after the comments",
            ).format(
                name=path.name,
            )
        )
    label = texts.get("timestamp_label", "start")
    if label not in LABEL_SHIFTS:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name} line {where}: timestamp_label {label}; expected start, end or instant",
            ).format(
                name=path.name,
                where=where["timestamp_label"],
                label=repr(label),
            )
        )
    return _Settings(numbers, texts, where), header


def _setting_number(key: str, value: str, where: str) -> float:
    low, high = NUMBER_KEYS[key]
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not low <= number <= high:
        raise WeatherFileError(
            N_(
                "Errors",
                "{where}: {key} {value}; expected a number in {low:g}..{high:g}",
            ).format(
                where=where,
                key=key,
                value=repr(value),
                low=low,
                high=high,
            )
        )
    return number


def _has_beam_columns(table: pd.DataFrame, settings: _Settings, locator: Locator) -> bool:
    """True if DNI and DHI are given; raise if only one is, or if GHI cannot be split."""
    given = [column for column in ("dni", "dhi") if column in table.columns]
    if len(given) == 1:
        other = "dhi" if given == ["dni"] else "dni"
        raise locator.error(
            locator.table(), f"column {given[0]!r} without {other!r}; expected both or neither"
        )
    if not given and not {"latitude", "longitude"} <= settings.numbers.keys():
        raise locator.error(
            locator.table(),
            "no 'dni' and 'dhi' columns and no '# latitude:' and '# longitude:' comments; "
            "GHI can only be split into DNI and DHI at a known location",
        )
    return bool(given)


def _with_defaults(table: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The table with default air temperature and wind where missing, and the warnings."""
    warnings = []
    defaults = {"temp_air": (DEFAULT_TEMP_AIR, "C"), "wind_speed": (DEFAULT_WIND_SPEED, "m/s")}
    for column, (default, unit) in defaults.items():
        if column not in table.columns:
            table = table.assign(**{column: default})
            warnings.append(
                N_(
                    "Weather", "no {column} column: {default:g} {unit} assumed for every record"
                ).format(column=repr(column), default=default, unit=unit)
            )
    known = {"timestamp", *REQUIRED_COLUMNS, *OPTIONAL_COLUMNS}
    unknown = [column for column in table.columns if column not in known]
    if unknown:
        warnings.append(
            N_("Weather", "columns {names} ignored").format(names=", ".join(map(repr, unknown)))
        )
    return table, warnings


def _stamps(cells: pd.Series, settings: _Settings, locator: Locator) -> pd.DatetimeIndex:
    """Parse ISO 8601 stamps that share one fixed UTC offset."""
    cells = cells.str.strip()
    tails = cells.str.slice(-OFFSET_LENGTH_MAX)  # a year's stamps share a handful of tails
    offset_of_tail = {tail: _offset_text(tail) for tail in tails.dropna().unique()}
    offsets = tails.map(offset_of_tail)
    has_offset = offsets.notna().to_numpy(bool)
    comment_offset = settings.numbers.get("utc_offset")
    if has_offset.all():
        hours_of = {text: _offset_hours(text) for text in set(offset_of_tail.values())}
        hours = offsets.map(hours_of).to_numpy(dtype=float)
        differs = np.flatnonzero(hours != hours[0])
        if differs.size:
            row = int(differs[0])
            raise locator.error(
                locator.cell(row, "timestamp"),
                f"UTC offset {offsets.iloc[row]} differs from {offsets.iloc[0]} on the first "
                "row; expected one fixed offset",
            )
        if comment_offset is not None and comment_offset != hours[0]:
            raise locator.error(
                f"line {settings.lines['utc_offset']}",
                f"utc_offset {comment_offset:g} differs from the stamps' offset {offsets.iloc[0]}",
            )
        parsed = pd.to_datetime(cells, format="ISO8601", utc=True, errors="coerce")
        parsed = pd.DatetimeIndex(parsed).tz_convert(fixed_offset(float(hours[0])))
    elif comment_offset is not None and not has_offset.any():
        parsed = pd.DatetimeIndex(pd.to_datetime(cells, format="ISO8601", errors="coerce"))
        parsed = parsed.tz_localize(fixed_offset(comment_offset))
    else:
        row = int(np.flatnonzero(~has_offset)[0])
        found = "no time" if pd.isna(cells.iloc[row]) else repr(cells.iloc[row])
        raise locator.error(
            locator.cell(row, "timestamp"),
            f"{found} without a UTC offset; expected e.g. 2023-01-01T00:00+08:00 "
            "(or no offsets at all and a '# utc_offset: 8' comment)",
        )
    bad = np.flatnonzero(parsed.isna())
    if bad.size:
        row = int(bad[0])
        raise locator.error(
            locator.cell(row, "timestamp"),
            f"{cells.iloc[row]!r} is not an ISO 8601 time; expected e.g. 2023-01-01T00:00+08:00",
        )
    return parsed


def _offset_text(tail: str) -> str | None:
    """The UTC offset at the end of a stamp's tail, None without one."""
    found = re.search(OFFSET_PATTERN, tail)
    return None if found is None else found.group(0)


def _offset_hours(text: str) -> float:
    """Hours east of UTC of an ISO 8601 offset such as Z, +08, +0530 or -05:00."""
    if text == "Z":
        return 0.0
    sign = -1.0 if text[0] == "-" else 1.0
    digits = re.sub(r"\D", "", text)
    minutes = int(digits[2:]) if len(digits) > 2 else 0
    return sign * (int(digits[:2]) + minutes / 60.0)


def _interval(stamps: pd.DatetimeIndex, locator: Locator) -> pd.Timedelta:
    """The most common step between stamps, which must be one of :data:`INTERVALS_MIN`."""
    steps = pd.Series(stamps[1:] - stamps[:-1])
    step = steps.mode().iloc[0]
    minutes = step / pd.Timedelta(minutes=1)
    if minutes not in INTERVALS_MIN:
        allowed = ", ".join(map(str, INTERVALS_MIN))
        raise locator.error(
            locator.records(0, len(stamps) - 1),
            f"records every {minutes:g} min; expected a regular interval of {allowed} min",
        )
    return pd.Timedelta(minutes=minutes)


def _metadata(
    path: Path, settings: _Settings, utc_offset: float, label: str, warnings: tuple[str, ...]
) -> WeatherMetadata:
    name = settings.texts.get("name", "")
    latitude = settings.numbers.get("latitude")
    longitude = settings.numbers.get("longitude")
    where = (
        f", {format_location(latitude, longitude)}"
        if latitude is not None and longitude is not None
        else ""
    )
    return WeatherMetadata(
        source=str(path),
        file_format="csv",
        name=name,
        latitude=latitude,
        longitude=longitude,
        altitude=settings.numbers.get("altitude"),
        utc_offset_hours=utc_offset,
        source_label=f"{SOURCE_LABELS[label]} (UTC{utc_offset:+g})",
        description=settings.texts.get("description") or f"CSV {name or path.name}{where}",
        warnings=warnings,
    )


def _split_ghi(weather: WeatherData) -> WeatherData:
    """Add DNI and DHI from GHI with the Erbs model at the solar times.

    Notes
    -----
    Erbs, Klein & Duffie (1982), "Estimation of the diffuse radiation fraction for hourly,
    daily and monthly-average global radiation", Solar Energy 28(4) 293-302, as
    implemented in ``pvlib.irradiance.erbs``; sun position from pvlib's NREL SPA.
    """
    meta = weather.metadata
    position = pvlib.solarposition.get_solarposition(
        weather.solar_times, meta.latitude, meta.longitude, meta.altitude or 0.0
    )
    parts = pvlib.irradiance.erbs(
        weather.data["ghi"].to_numpy(),
        position["zenith"].to_numpy(),
        weather.solar_times.day_of_year.to_numpy(),
    )
    data = weather.data.assign(dni=parts["dni"], dhi=parts["dhi"])
    order = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)
    return replace(weather, data=data[[c for c in order if c in data.columns]])
