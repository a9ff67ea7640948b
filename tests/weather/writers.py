"""Synthetic clear-sky years and writers of every weather format, for the reader tests.

Every writer takes the same table and writes it the way its format's documentation
says: EPW / TMY3 / TMY2 rows as hour-ending means in local standard time, PVGIS rows as
samples at HH:00 UTC, plain CSV as the docs describe. A reader that gets a convention
wrong shows it as an hour's (or half an hour's) offset of the irradiance from solar noon.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib

GREENSBORO = {"latitude": 36.1, "longitude": -79.95, "altitude": 273.0, "utc_offset": -5.0}
PVGIS_SITE = {"latitude": 45.0, "longitude": 8.0, "altitude": 250.0}

MIXED_YEARS = {
    1: 2005,
    2: 2012,  # a leap year's February without its 29th, as typical years have
    3: 2009,
    4: 2013,
    5: 2008,
    6: 2006,
    7: 2011,
    8: 2010,
    9: 2020,
    10: 2006,
    11: 2007,
    12: 2016,
}
"""Source year of each month of the synthetic typical years."""

SUBSTEPS = 6
"""Clear-sky evaluations per record when averaging over an interval."""


def _clear_sky(times: pd.DatetimeIndex, latitude: float, longitude: float, altitude: float):
    location = pvlib.location.Location(latitude, longitude, altitude=altitude)
    position = location.get_solarposition(times)
    sky = location.get_clearsky(
        times, model="ineichen", solar_position=position, linke_turbidity=3.0
    )
    zenith = position["apparent_zenith"].to_numpy()
    up = zenith < 90.0
    dni = np.where(up, sky["dni"].to_numpy(), 0.0)
    dhi = np.where(up, sky["dhi"].to_numpy(), 0.0)
    ghi = dni * np.cos(np.radians(np.minimum(zenith, 90.0))) + dhi
    return ghi, dni, dhi


def _weather_table(index: pd.DatetimeIndex, ghi, dni, dhi) -> pd.DataFrame:
    day = index.day_of_year.to_numpy()
    hour = index.hour.to_numpy()
    temp_air = (
        15.0
        + 10.0 * np.sin(2 * np.pi * (day - 110) / 365)
        + 4.0 * np.sin(2 * np.pi * (hour - 9) / 24)
    )
    return pd.DataFrame(
        {
            "ghi": np.round(ghi),
            "dni": np.round(dni),
            "dhi": np.round(dhi),
            "temp_air": np.round(temp_air, 1),
            "wind_speed": np.round(3.0 + np.sin(2 * np.pi * day / 365), 1),
            "temp_dew": np.round(temp_air - 6.0, 1),
            "relative_humidity": 65.0,
            "pressure": 98_700.0,
        },
        index=index,
    )


def clear_sky_means(
    latitude: float,
    longitude: float,
    utc_offset: float,
    altitude: float = 0.0,
    interval_minutes: int = 60,
    year: int = 2023,
) -> pd.DataFrame:
    """A year of interval means, indexed by interval start in local standard time."""
    zone = dt.timezone(dt.timedelta(hours=utc_offset))
    start = pd.Timestamp(f"{year}-01-01", tz=zone)
    end = pd.Timestamp(f"{year + 1}-01-01", tz=zone)
    step = pd.Timedelta(minutes=interval_minutes)
    index = pd.date_range(start, end, freq=step, inclusive="left")
    sub = step / SUBSTEPS
    fine = pd.date_range(start + sub / 2, end, freq=sub, inclusive="left")
    parts = _clear_sky(fine, latitude, longitude, altitude)
    ghi, dni, dhi = (p.reshape(-1, SUBSTEPS).mean(axis=1) for p in parts)
    return _weather_table(index, ghi, dni, dhi)


def clear_sky_samples(latitude: float, longitude: float, altitude: float = 0.0) -> pd.DataFrame:
    """A year of instantaneous samples at HH:00 UTC, as PVGIS gives them."""
    index = pd.date_range("2023-01-01", "2024-01-01", freq="h", tz="UTC", inclusive="left")
    return _weather_table(index, *_clear_sky(index, latitude, longitude, altitude))


def _year(timestamp: pd.Timestamp, typical: bool) -> int:
    return MIXED_YEARS[timestamp.month] if typical else timestamp.year


# ---------------------------------------------------------------- EPW


def _epw_header(city: str, source: str, latitude, longitude, zone, altitude, comments) -> str:
    return "\n".join(
        [
            f"LOCATION,{city},-,USA,{source},723170,{latitude:.3f},{longitude:.3f},{zone:g},"
            f"{altitude:g}",
            "DESIGN CONDITIONS,0",
            "TYPICAL/EXTREME PERIODS,0",
            "GROUND TEMPERATURES,0",
            "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0",
            f"COMMENTS 1,{comments[0]}",
            f"COMMENTS 2,{comments[1]}",
            "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31",
        ]
    )


def _epw_row(year, month, day, hour, minute, row) -> str:
    fields = [
        year, month, day, hour, minute, "?9?9?9?9E0?9?9?9?9?9?9?9?9?9?9?9?9?9?9*9*9?9?9?9",
        f"{row.temp_air:.1f}", f"{row.temp_dew:.1f}", f"{row.relative_humidity:.0f}",
        f"{row.pressure:.0f}", 9999, 9999, 300, f"{row.ghi:.0f}", f"{row.dni:.0f}",
        f"{row.dhi:.0f}", 999999, 999999, 999999, 9999, 180, f"{row.wind_speed:.1f}",
        5, 5, 9999, 99999, 9, 999999999, 999, 0.999, 999, 99, 0.2, 999, 99,
    ]  # fmt: skip
    return ",".join(map(str, fields))


def write_epw(
    path: Path,
    table: pd.DataFrame,
    *,
    latitude: float,
    longitude: float,
    utc_offset: float,
    altitude: float,
    typical: bool = True,
) -> Path:
    """EnergyPlus weather: hour h (1..24) is the mean over h-1..h, local standard time."""
    header = _epw_header(
        "TESTVILLE", "TMY3", latitude, longitude, utc_offset, altitude, ("test", "test")
    )
    rows = [
        _epw_row(_year(start, typical), start.month, start.day, start.hour + 1, 60, row)
        for start, row in zip(table.index, table.itertuples(), strict=True)
    ]
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return path


def write_pvgis_epw(
    path: Path, samples: pd.DataFrame, *, header_zone: float = 1.0, marks: bool = True
) -> Path:
    """An EPW as PVGIS writes it: hour h is the sample at h-1:00 UTC, whatever the header says.

    ``marks=False`` leaves out PVGIS's marks from the header, as after an edit.
    """
    header = _epw_header(
        "unknown" if marks else "TESTVILLE",
        "ECMWF/ERA" if marks else "TMY3",
        PVGIS_SITE["latitude"],
        PVGIS_SITE["longitude"],
        header_zone,
        PVGIS_SITE["altitude"],
        (("PVGIS-SARAH3 TMY", "Irradiance Time Offset (h):0.1761") if marks else ("test", "test")),
    )
    rows = [
        _epw_row(_year(sample, True), sample.month, sample.day, sample.hour + 1, 0, row)
        for sample, row in zip(samples.index, samples.itertuples(), strict=True)
    ]
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return path


# ---------------------------------------------------------------- TMY3 and TMY2

TMY3_HEADER = (
    "Date (MM/DD/YYYY),Time (HH:MM),GHI (W/m^2),GHI source,DNI (W/m^2),DNI source,"
    "DHI (W/m^2),DHI source,Dry-bulb (C),Dew-point (C),RHum (%),Pressure (mbar),"
    "Wspd (m/s),Alb (unitless)"
)


def write_tmy3(
    path: Path,
    table: pd.DataFrame,
    *,
    latitude: float,
    longitude: float,
    utc_offset: float,
    altitude: float,
    typical: bool = True,
) -> Path:
    """NSRDB TMY3: each row is the mean over the hour ENDING at its stamp (01:00..24:00)."""
    lines = [
        f'723170,"TESTVILLE TEST AIRPORT",NC,{utc_offset:.1f},{latitude:.3f},{longitude:.3f},'
        f"{altitude:g}",
        TMY3_HEADER,
    ]
    for start, row in zip(table.index, table.itertuples(), strict=True):
        date = f"{start.month:02d}/{start.day:02d}/{_year(start, typical)}"
        lines.append(
            f"{date},{start.hour + 1:02d}:00,{row.ghi:.0f},1,{row.dni:.0f},1,{row.dhi:.0f},1,"
            f"{row.temp_air:.1f},{row.temp_dew:.1f},{row.relative_humidity:.0f},"
            f"{row.pressure / 100:.0f},{row.wind_speed:.1f},0.20"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


TMY2_FIELDS = (
    ("year", 2), ("month", 2), ("day", 2), ("hour", 2), ("ETR", 4), ("ETRN", 4),
    ("GHI", 4), ("s", 1), ("u", 1), ("DNI", 4), ("s", 1), ("u", 1), ("DHI", 4), ("s", 1),
    ("u", 1), ("GHillum", 4), ("s", 1), ("u", 1), ("DNillum", 4), ("s", 1), ("u", 1),
    ("DHillum", 4), ("s", 1), ("u", 1), ("Zenithlum", 4), ("s", 1), ("u", 1), ("TotCld", 2),
    ("s", 1), ("u", 1), ("OpqCld", 2), ("s", 1), ("u", 1), ("DryBulb", 4), ("s", 1),
    ("u", 1), ("DewPoint", 4), ("s", 1), ("u", 1), ("RHum", 3), ("s", 1), ("u", 1),
    ("Pressure", 4), ("s", 1), ("u", 1), ("Wdir", 3), ("s", 1), ("u", 1), ("Wspd", 3),
    ("s", 1), ("u", 1), ("Hvis", 4), ("s", 1), ("u", 1), ("CeilHgt", 5), ("s", 1), ("u", 1),
    ("PresentWeather", 10), ("Pwat", 3), ("s", 1), ("u", 1), ("AOD", 3), ("s", 1), ("u", 1),
    ("SnowDepth", 3), ("s", 1), ("u", 1), ("LastSnowfall", 2), ("s", 1), ("u", 1),
)  # fmt: skip
"""TMY2 data record: element and width in characters (TMY2 user manual, table 3-2)."""


def _tmy2_line(values: dict) -> str:
    parts = []
    for name, width in TMY2_FIELDS:
        if name == "s":
            parts.append("A")
        elif name == "u":
            parts.append("7")
        else:
            parts.append(f"{int(values.get(name, 0)):0{width}d}")
    return " " + "".join(parts)


def write_tmy2(
    path: Path,
    table: pd.DataFrame,
    *,
    latitude: float,
    longitude: float,
    utc_offset: float,
    altitude: float,
    typical: bool = True,
) -> Path:
    """NSRDB TMY2: fixed width; hour 1..24 ends the hour; temperatures and wind in tenths."""

    def degrees_minutes(value: float) -> str:
        whole = int(abs(value))
        return f"{whole:3d} {round((abs(value) - whole) * 60):02d}"

    north = "N" if latitude >= 0 else "S"
    east = "E" if longitude >= 0 else "W"
    lines = [
        f" 13723 TESTVILLE              NC {utc_offset:3.0f} {north}{degrees_minutes(latitude)}"
        f" {east}{degrees_minutes(longitude)} {altitude:5.0f}"
    ]
    for start, row in zip(table.index, table.itertuples(), strict=True):
        lines.append(
            _tmy2_line(
                {
                    "year": _year(start, typical) % 100,
                    "month": start.month,
                    "day": start.day,
                    "hour": start.hour + 1,
                    "GHI": row.ghi,
                    "DNI": row.dni,
                    "DHI": row.dhi,
                    "DryBulb": round(row.temp_air * 10),
                    "DewPoint": round(row.temp_dew * 10),
                    "RHum": row.relative_humidity,
                    "Pressure": round(row.pressure / 100),
                    "Wspd": round(row.wind_speed * 10),
                }
            )
        )
    path.write_text("\n".join(lines) + "\n")
    return path


# ---------------------------------------------------------------- PVGIS csv and json


def _pvgis_stamp(sample: pd.Timestamp) -> str:
    return f"{_year(sample, True)}{sample:%m%d:%H%M}"


def write_pvgis_csv(path: Path, samples: pd.DataFrame) -> Path:
    """A PVGIS TMY csv: samples at HH:00 UTC, months from different years."""
    lines = [
        f"Latitude (decimal degrees): {PVGIS_SITE['latitude']:.3f}",
        f"Longitude (decimal degrees): {PVGIS_SITE['longitude']:.3f}",
        f"Elevation (m): {PVGIS_SITE['altitude']:.1f}",
        "Irradiance Time Offset (h): 0.1761",
        "month,year",
        *(f"{month},{year}" for month, year in MIXED_YEARS.items()),
        "time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP",
    ]
    for sample, row in zip(samples.index, samples.itertuples(), strict=True):
        lines.append(
            f"{_pvgis_stamp(sample)},{row.temp_air},{row.relative_humidity},{row.ghi},"
            f"{row.dni},{row.dhi},300.0,{row.wind_speed},180.0,{row.pressure}"
        )
    lines += ["", "T2m: 2-m air temperature (degree Celsius)", "G(h): Global irradiance"]
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def pvgis_json_document(samples: pd.DataFrame) -> dict:
    """The structure of a PVGIS TMY json answer."""
    records = [
        {
            "time(UTC)": _pvgis_stamp(sample),
            "T2m": row.temp_air,
            "RH": row.relative_humidity,
            "G(h)": row.ghi,
            "Gb(n)": row.dni,
            "Gd(h)": row.dhi,
            "IR(h)": 300.0,
            "WS10m": row.wind_speed,
            "WD10m": 180.0,
            "SP": row.pressure,
        }
        for sample, row in zip(samples.index, samples.itertuples(), strict=True)
    ]
    return {
        "inputs": {
            "location": {
                "latitude": PVGIS_SITE["latitude"],
                "longitude": PVGIS_SITE["longitude"],
                "elevation": PVGIS_SITE["altitude"],
                "irradiance_time_offset": 0.1761,
            },
            "meteo_data": {"radiation_db": "PVGIS-SARAH3", "meteo_db": "ERA5"},
        },
        "outputs": {
            "months_selected": [{"month": m, "year": y} for m, y in MIXED_YEARS.items()],
            "tmy_hourly": records,
        },
        "meta": {"inputs": {}, "outputs": {}},
    }


def write_pvgis_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document))
    return path


# ---------------------------------------------------------------- plain CSV


def write_plain_csv(
    path: Path,
    table: pd.DataFrame,
    *,
    comments: dict | None = None,
    label: str = "start",
    columns: tuple[str, ...] = ("ghi", "dni", "dhi", "temp_air", "wind_speed"),
    naive: bool = False,
) -> Path:
    """BIPV Designer's plain CSV; ``table`` is indexed by interval start."""
    interval = table.index[1] - table.index[0]
    shift = {"start": pd.Timedelta(0), "end": interval, "instant": interval / 2}[label]
    stamps = table.index + shift
    if naive:
        stamps = stamps.tz_localize(None)
    lines = [f"# {key}: {value}" for key, value in (comments or {}).items()]
    lines.append(",".join(("timestamp", *columns)))
    cells = table[list(columns)].to_numpy()
    lines += [
        ",".join((stamp.isoformat(timespec="minutes"), *(f"{value:g}" for value in row)))
        for stamp, row in zip(stamps, cells, strict=True)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


# ---------------------------------------------------------------- edits


def copy_of(path: Path, folder: Path) -> Path:
    """A copy of a file in ``folder``, free to edit."""
    return Path(shutil.copy(path, folder / path.name))


def edit_lines(path: Path, edit) -> Path:
    """Rewrite a file's lines with ``edit(lines) -> lines`` (lines 1-based as lines[n - 1])."""
    newline = "\r\n" if b"\r\n" in path.read_bytes() else "\n"
    lines = path.read_text().splitlines()
    path.write_text(newline.join(edit(lines)) + newline)
    return path


def set_cell(path: Path, line: int, field: int, value: str) -> Path:
    """Put ``value`` in comma-separated field ``field`` (0-based) of text line ``line``."""

    def edit(lines: list[str]) -> list[str]:
        cells = lines[line - 1].split(",")
        cells[field] = value
        lines[line - 1] = ",".join(cells)
        return lines

    return edit_lines(path, edit)
