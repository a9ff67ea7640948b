"""``read_weather``: any supported weather file in, one checked WeatherData out.

The format is told from the file's first lines (and, failing that, its extension);
each format family has its own small module. See docs/weather-formats.md for the
formats and their time conventions.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather.data import WeatherData
from bipv_designer.weather.epw import read_epw_file
from bipv_designer.weather.plain_csv import read_plain_csv
from bipv_designer.weather.pvgis import (
    PVGIS_TIME_COLUMN,
    is_pvgis_epw,
    read_pvgis_csv,
    read_pvgis_epw,
    read_pvgis_json,
)
from bipv_designer.weather.sources import head_text, unreadable
from bipv_designer.weather.tmy import read_tmy2_file, read_tmy3_file
from bipv_designer.words import N_

FORMATS = ("epw", "pvgis_epw", "tmy3", "tmy2", "pvgis_csv", "pvgis_json", "csv")
"""Names of the formats read, as in ``WeatherMetadata.file_format``."""

_TMY2_STATION = re.compile(r"^\s*\d{5} .{20,}$")
"""TMY2 line 1: a 5-digit WBAN number, then city, state, zone and coordinates."""


def read_weather(path: str | os.PathLike[str], file_format: str | None = None) -> WeatherData:
    """Read a weather file of any supported format.

    Parameters
    ----------
    path : str or path-like
        The weather file.
    file_format : str, optional
        One of :data:`FORMATS`; told from the file's content when None. An EPW file
        whose header shows it was written by PVGIS is read as ``pvgis_epw`` even when
        ``"epw"`` is given, since its rows are UTC (with a warning saying so).

    Returns
    -------
    WeatherData
        Index = interval starts (tz-aware, the file's fixed UTC offset), solar times =
        where the sun goes for each record, columns ``ghi``, ``dni``, ``dhi`` [W/m2],
        ``temp_air`` [C], ``wind_speed`` [m/s] and any of ``albedo`` [-], ``pressure``
        [Pa], ``temp_dew`` [C], ``relative_humidity`` [%].

    Raises
    ------
    WeatherFileError
        If the file is missing, of no known format, or fails a check; the message names
        the file and, where it applies, the line (or JSON path) and the column.
    """
    path = Path(path)
    if not path.is_file():
        raise WeatherFileError(
            N_(
                "Errors",
                "{path}: no such weather file",
            ).format(
                path=path,
            )
        )
    try:
        head = head_text(path)
        file_format = file_format or detect_format(path, head)
        return _reader(file_format, path, head)(path)
    except OSError as exc:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name}: cannot be read ({value})",
            ).format(
                name=path.name,
                value=exc.strerror or exc,
            )
        ) from exc
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        # The readers report every problem they know of with its place in the file; this
        # keeps a content they did not foresee from ending in a traceback.
        raise unreadable(path, file_format, exc) from exc


def detect_format(path: Path, head: str) -> str:
    """The format of a weather file, from its first lines or its extension.

    Parameters
    ----------
    path : pathlib.Path
        The file (its extension settles files whose content is not conclusive).
    head : str
        The beginning of the file's text.
    """
    lines = head.lstrip().splitlines() or [""]
    first, second = lines[0], lines[1] if len(lines) > 1 else ""
    suffix = path.suffix.lower()
    if first.startswith("LOCATION,"):
        return "pvgis_epw" if is_pvgis_epw(head) else "epw"
    if first.startswith("{") or suffix == ".json":
        return "pvgis_json"
    if first.startswith("Latitude (decimal degrees)") or PVGIS_TIME_COLUMN in head:
        return "pvgis_csv"
    if second.startswith("Date (MM/DD/YYYY)"):
        return "tmy3"
    if first.startswith("#") or first.strip().lower().startswith("timestamp"):
        return "csv"
    if _TMY2_STATION.match(first) or suffix in (".tm2", ".tmy2"):
        return "tmy2"
    raise WeatherFileError(
        N_(
            "Errors",
            "{name}: cannot tell the weather format from its first lines "
            "({first}); expected one of {join}",
        ).format(
            name=path.name,
            first=repr(first[:40]),
            join=", ".join(FORMATS),
        )
    )


def _reader(file_format: str, path: Path, head: str) -> Callable[[Path], WeatherData]:
    """The reading function for a format name."""
    if file_format == "epw" and is_pvgis_epw(head):
        note = (
            "read as a PVGIS EPW file (rows in UTC) although 'epw' was given: its header "
            "shows PVGIS wrote it"
        )
        return lambda p: read_pvgis_epw(p, warnings=(note,))
    readers: dict[str, Callable[[Path], WeatherData]] = {
        "epw": read_epw_file,
        "pvgis_epw": read_pvgis_epw,
        "tmy3": read_tmy3_file,
        "tmy2": read_tmy2_file,
        "pvgis_csv": read_pvgis_csv,
        "pvgis_json": read_pvgis_json,
        "csv": read_plain_csv,
    }
    if file_format not in readers:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name}: unknown weather format {file_format}; expected one of {join}",
            ).format(
                name=path.name,
                file_format=repr(file_format),
                join=", ".join(FORMATS),
            )
        )
    return readers[file_format]
