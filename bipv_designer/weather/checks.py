"""Plausibility checks shared by every weather reader.

A check that fails raises :class:`~bipv_designer.errors.WeatherFileError` whose message
names the file, where in it (1-based text line, or JSON path), the column, the value
found and what was expected, e.g. ``weather.epw line 57, column 'dni': 9999 is outside
0..1500 W/m2``. Missing-value markers (9999 in EPW and TMY2, -9900 in TMY3) fail the
bounds check like any other impossible value. Checks that find something odd but
harmless return a warning text instead.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
from msgspec import Struct, field

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather.data import WeatherData, WeatherMetadata
from bipv_designer.weather.timing import HOUR
from bipv_designer.words import N_

IRRADIANCE_COLUMNS = ("ghi", "dni", "dhi")

BOUNDS: Mapping[str, tuple[float, float, str]] = {
    "ghi": (0.0, 1500.0, "W/m2"),
    "dni": (0.0, 1500.0, "W/m2"),
    "dhi": (0.0, 1500.0, "W/m2"),
    "temp_air": (-90.0, 65.0, "C"),
    "wind_speed": (0.0, 75.0, "m/s"),
    "albedo": (0.01, 1.0, "-"),
    "pressure": (30_000.0, 110_000.0, "Pa"),
    "temp_dew": (-90.0, 65.0, "C"),
    "relative_humidity": (0.0, 100.0, "%"),
}
"""Physically possible values (low, high, unit) per column.

Irradiance: the solar constant is 1361 W/m2 (Kopp & Lean 2011); cloud enhancement lifts
ground-level global irradiance above it, rarely past 1500 W/m2 (Yordanov et al. 2013).
Air temperature: the extremes recorded are -89.2 C (Vostok 1983) and 56.7 C (Death
Valley 1913) (WMO Archive of Weather and Climate Extremes). Wind: hourly mean surface
winds stay below 75 m/s even in the strongest tropical cyclones. Pressure: from about
9,000 m altitude (30 kPa) to above the highest sea-level record (108.4 kPa). Albedo: 0
is the TMY3 placeholder where none was measured (NSRDB TMY3 user manual, Wilcox & Marion
2008), so a usable albedo is above 0.01.
"""

SMALL_NEGATIVE_IRRADIANCE = -10.0
"""Irradiance between this and 0 W/m2 is read as 0 (night-time sensor offsets) [W/m2]."""

SOLAR_NOON_TOLERANCE_HOURS = 0.25
"""How far the GHI-weighted mean time of day may sit from solar noon before a warning [h].

A file read with the right time convention lands within about 0.2 h; a one-hour error
in the convention moves it by about 1 h (yield-modelling notes, section 1).
"""


class Locator(Struct, frozen=True):
    """Where the records of a parsed table sit in their file, for error messages.

    Attributes
    ----------
    file_name : str
        The file as named in messages.
    first_line : int
        1-based text line of the first record (text formats).
    header_line : int or None
        1-based text line of the column header row, if the file has one.
    json_records : str or None
        JSON path of the list of records (JSON formats), e.g. ``outputs.tmy_hourly``;
        records are then located as ``outputs.tmy_hourly[12]`` instead of by line.
    labels : Mapping[str, str]
        The file's own name of each column, by WeatherData column name.
    """

    file_name: str
    first_line: int = 1
    header_line: int | None = None
    json_records: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)

    def label(self, column: str) -> str:
        """The file's name of a WeatherData column."""
        return self.labels.get(column, column)

    def record(self, row: int) -> str:
        """Where record ``row`` (0-based) is: "line 57" or "outputs.tmy_hourly[12]"."""
        if self.json_records is not None:
            return f"{self.json_records}[{row}]"
        return f"line {self.first_line + row}"

    def records(self, first_row: int, last_row: int) -> str:
        """Where a run of records is: "lines 9..8767" or "outputs.tmy_hourly[0..8758]"."""
        if self.json_records is not None:
            return f"{self.json_records}[{first_row}..{last_row}]"
        return f"lines {self.first_line + first_row}..{self.first_line + last_row}"

    def cell(self, row: int, column: str) -> str:
        """Where one value is: "line 57, column 'dni'" or "outputs.tmy_hourly[12].Gb(n)"."""
        if self.json_records is not None:
            return f"{self.record(row)}.{self.label(column)}"
        return f"{self.record(row)}, column {self.label(column)!r}"

    def table(self) -> str:
        """Where the table of records starts (its header row, if any)."""
        if self.json_records is not None:
            return self.json_records
        return f"line {self.header_line if self.header_line is not None else self.first_line}"

    def error(self, where: str, what: str) -> WeatherFileError:
        """The error for a problem ``what`` found at ``where`` in this file."""
        return WeatherFileError(f"{self.file_name} {where}: {what}")


def check_columns(frame: pd.DataFrame, required: Sequence[str], locator: Locator) -> None:
    """Raise if any of the ``required`` columns is missing from ``frame``."""
    missing = [column for column in required if column not in frame.columns]
    if missing:
        names = ", ".join(f"{locator.label(column)!r} ({column})" for column in missing)
        expected = ", ".join(repr(locator.label(column)) for column in required)
        raise locator.error(locator.table(), f"no column {names}; expected columns {expected}")


def numeric_values(frame: pd.DataFrame, column: str, locator: Locator) -> np.ndarray:
    """The cells of a required column as floats; raise at the first one that is not a number."""
    cells = frame[column]
    values = pd.to_numeric(cells, errors="coerce").to_numpy(dtype=float)
    bad = np.flatnonzero(np.isnan(values))
    if bad.size:
        row = int(bad[0])
        cell = cells.iloc[row]
        empty = pd.isna(cell) or not str(cell).strip()
        found = "empty" if empty else f"{str(cell).strip()!r} is not a number"
        low, high, unit = BOUNDS[column]
        raise locator.error(
            locator.cell(row, column), f"{found}; expected a number in {low:g}..{high:g} {unit}"
        )
    return values


def bounded_values(
    values: np.ndarray, column: str, locator: Locator
) -> tuple[np.ndarray, str | None]:
    """Raise at the first value outside :data:`BOUNDS`; small negative irradiance becomes 0.

    Returns
    -------
    values : numpy.ndarray
        The values, with irradiance between :data:`SMALL_NEGATIVE_IRRADIANCE` and 0 set to 0.
    warning : str or None
        How many values were set to 0, if any.
    """
    low, high, unit = BOUNDS[column]
    warning = None
    if column in IRRADIANCE_COLUMNS:
        small = (values < low) & (values >= SMALL_NEGATIVE_IRRADIANCE)
        if small.any():
            first = int(np.flatnonzero(small)[0])
            warning = (
                f"{int(small.sum())} values of {locator.label(column)!r} between "
                f"{SMALL_NEGATIVE_IRRADIANCE:g} and 0 {unit} were read as 0 "
                f"(the first at {locator.record(first)})"
            )
            values = np.where(small, 0.0, values)
    outside = np.flatnonzero(~((values >= low) & (values <= high)))
    if outside.size:
        row = int(outside[0])
        raise locator.error(
            locator.cell(row, column), f"{values[row]:g} is outside {low:g}..{high:g} {unit}"
        )
    return values, warning


def optional_values(
    frame: pd.DataFrame, column: str, locator: Locator
) -> tuple[np.ndarray | None, str | None]:
    """An optional column as floats, or None if any of its values is missing or impossible.

    Returns
    -------
    values : numpy.ndarray or None
        The column, or None when it cannot be used.
    warning : str or None
        Why a partly filled column was left out. A column whose every value is missing
        (a file format's placeholder) is left out without a warning.
    """
    values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
    low, high, unit = BOUNDS[column]
    bad = ~((values >= low) & (values <= high))
    if not bad.any():
        return values, None
    if bad.all():
        return None, None
    first = int(np.flatnonzero(bad)[0])
    return None, (
        f"column {locator.label(column)!r} left out: {int(bad.sum())} of {len(values)} values "
        f"are missing or outside {low:g}..{high:g} {unit} (the first at "
        f"{locator.record(first)}: {frame[column].iloc[first]!s})"
    )


def check_time_steps(times: pd.DatetimeIndex, interval: pd.Timedelta, locator: Locator) -> None:
    """Raise at the first record without a time, or that repeats one, goes back, or follows a gap.

    Parameters
    ----------
    times : pandas.DatetimeIndex
        Record times (mid-interval or sample instants) in file order.
    interval : pandas.Timedelta
        The step expected between consecutive records.
    """
    missing = np.flatnonzero(times.isna())
    if missing.size:
        raise locator.error(
            locator.cell(int(missing[0]), "time"), "no time; expected one for every record"
        )
    steps = pd.TimedeltaIndex(times[1:] - times[:-1])
    wrong = np.flatnonzero(steps != interval)
    if not wrong.size:
        return
    row = int(wrong[0]) + 1
    step = steps[row - 1]
    before, after = _span(times[row - 1], interval), _span(times[row], interval)
    if step == pd.Timedelta(0):
        what = f"the record for {after} appears twice (also the record before); expected each once"
    elif step < pd.Timedelta(0):
        what = f"time goes back from {before} to {after}; expected records in time order"
    elif step > interval:
        missing = int(step / interval) - 1
        what = (
            f"gap after the record for {before}: the next is for {after}, "
            f"{missing} record(s) missing; expected one record every {_duration(interval)}"
        )
    else:
        what = (
            f"the record for {after} follows {before} after {_duration(step)}; "
            f"expected one record every {_duration(interval)}"
        )
    raise locator.error(locator.record(row), what)


def check_one_year(times: pd.DatetimeIndex, interval: pd.Timedelta, locator: Locator) -> None:
    """Raise unless the records cover exactly one calendar year.

    Call after :func:`check_time_steps`: with regular steps, one calendar year means the
    first and last record times fall in the same year and their number is that year's
    length over ``interval`` (8760 hourly records, 8784 in a leap year).
    """
    year = times[0].year
    per_day = int(pd.Timedelta(days=1) / interval)
    expected = (366 if calendar.isleap(year) else 365) * per_day
    if times[-1].year == year and len(times) == expected:
        return
    raise locator.error(
        locator.records(0, len(times) - 1),
        f"{len(times)} records from {times[0] - interval / 2:%Y-%m-%d %H:%M} to "
        f"{times[-1] + interval / 2:%Y-%m-%d %H:%M}; expected one calendar year of "
        f"{_duration(interval)} records ({365 * per_day}, or {366 * per_day} in a leap year)",
    )


def solar_noon_offset_hours(weather: WeatherData, longitude: float | None = None) -> float | None:
    """GHI-weighted mean time of the records relative to solar noon [h].

    Parameters
    ----------
    weather : WeatherData
        Its ``solar_times`` and ``ghi`` are used.
    longitude : float, optional
        [degrees east]; the weather's own longitude if not given.

    Returns
    -------
    float or None
        Positive if the irradiance sits after solar noon; None without a longitude or
        without any irradiance.

    Notes
    -----
    Solar time = UTC + longitude / 15 + E / 60 [h] with the equation of time E [min] of
    Spencer (1971) (Duffie & Beckman, Solar Engineering of Thermal Processes, 4th ed.,
    eq. 1.5.2). Over a year the daily irradiance curves are symmetric about solar noon,
    so the weighted mean is near 0 when each record sits at the right instant and near
    ±1 h when a reader or the file is off by one hour.
    """
    longitude = weather.metadata.longitude if longitude is None else longitude
    ghi = weather.data["ghi"].to_numpy(dtype=float)
    if longitude is None or not ghi.sum() > 0:
        return None
    utc = weather.solar_times.tz_convert("UTC")
    hours_utc = ((utc - utc.normalize()) / HOUR).to_numpy(dtype=float)
    equation_of_time = np.asarray(
        pvlib.solarposition.equation_of_time_spencer71(utc.day_of_year.to_numpy()), dtype=float
    )
    solar_hours = hours_utc + longitude / 15.0 + equation_of_time / 60.0
    from_noon = np.mod(solar_hours, 24.0) - 12.0
    return float(np.sum(ghi * from_noon) / np.sum(ghi))


def timing_warning(weather: WeatherData) -> str | None:
    """A warning if the weather's irradiance is not centred on solar noon, else None."""
    offset = solar_noon_offset_hours(weather)
    if offset is None or abs(offset) <= SOLAR_NOON_TOLERANCE_HOURS:
        return None
    text = (
        N_(
            "Weather",
            "the irradiance is centred {hours:.2f} h after solar noon (GHI-weighted mean "
            "time of day; expected within {tolerance:g} h): the file's time stamps are "
            "probably shifted",
        )
        if offset > 0
        else N_(
            "Weather",
            "the irradiance is centred {hours:.2f} h before solar noon (GHI-weighted mean "
            "time of day; expected within {tolerance:g} h): the file's time stamps are "
            "probably shifted",
        )
    )
    return text.format(hours=abs(offset), tolerance=SOLAR_NOON_TOLERANCE_HOURS)


def _span(record_time: pd.Timestamp, interval: pd.Timedelta) -> str:
    """The interval a record stands for, e.g. "01-03 08:00-09:00"."""
    start = record_time - interval / 2
    return f"{start:%m-%d %H:%M}-{start + interval:%H:%M}"


def _duration(interval: pd.Timedelta) -> str:
    """An interval as "1 h" or "15 min"."""
    minutes = interval / pd.Timedelta(minutes=1)
    return f"{minutes / 60:g} h" if minutes % 60 == 0 else f"{minutes:g} min"


KWH_SUSPECT_PEAK_W_M2 = 20.0
"""A GHI that never exceeds this all year is in kWh/m2 per record, not W/m2 [W/m2]."""
LOW_PEAK_W_M2 = 400.0
"""Every site on Earth sees more global irradiance than this at some noon of the year
(at 70 degrees latitude the midsummer noon sun stands 43 degrees high, about 600 W/m2
under clear skies); a lower peak means another unit, e.g. Wh/m2 per 15 minutes [W/m2]."""
EXTRATERRESTRIAL_MARGIN = 1.02
"""DNI may exceed the extraterrestrial normal irradiance by this factor (rounding and
instrument error) before it is called impossible [-]."""


def irradiance_unit_findings(weather: WeatherData) -> tuple[str, ...]:
    """Check that irradiance is in W/m2 and physically possible.

    Raises WeatherFileError for a year without any irradiance and for irradiance that is
    plainly kWh/m2 per record; returns warnings (with numbers) for a peak too low for
    any site and for DNI above the extraterrestrial value.
    """
    data, name = weather.data, Path(weather.metadata.source).name
    peak = float(data["ghi"].max())
    present = [c for c in IRRADIANCE_COLUMNS if c in data.columns]
    if float(data[present].to_numpy().max()) <= 0.0:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name}: GHI, DNI and DHI are 0 in every record: a year without sun "
                "cannot be simulated; expected irradiance in W/m2",
            ).format(
                name=name,
            )
        )
    if peak < KWH_SUSPECT_PEAK_W_M2:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name}: GHI never exceeds {peak:g} all year: this looks like "
                "kWh/m2 per record; expected W/m2 (multiply by 1000 for hourly "
                "kWh/m2)",
            ).format(
                name=name,
                peak=peak,
            )
        )
    findings = []
    if peak < LOW_PEAK_W_M2:
        findings.append(
            f"GHI peaks at {peak:.0f} W/m2, below the {LOW_PEAK_W_M2:.0f} W/m2 any site sees "
            "at some noon of the year: another unit (e.g. Wh/m2 per 15 minutes)?"
        )
    if "dni" not in data.columns:
        return tuple(findings)
    extraterrestrial = pvlib.irradiance.get_extra_radiation(weather.solar_times).to_numpy()
    dni = data["dni"].to_numpy()
    above = dni > EXTRATERRESTRIAL_MARGIN * extraterrestrial
    if above.any():
        worst = int(np.argmax(np.where(above, dni - extraterrestrial, -np.inf)))
        findings.append(
            f"{int(above.sum())} records of DNI above the extraterrestrial value, e.g. "
            f"{dni[worst]:.0f} W/m2 at {weather.solar_times[worst]:%Y-%m-%d %H:%M} where the "
            f"sun delivers {extraterrestrial[worst]:.0f} W/m2 above the atmosphere"
        )
    return tuple(findings)


def check_header_location(metadata: WeatherMetadata) -> None:
    """WeatherFileError when the file's own latitude, longitude or altitude is impossible."""
    name = Path(metadata.source).name
    for label, value, low, high in (
        ("latitude", metadata.latitude, -90.0, 90.0),
        ("longitude", metadata.longitude, -180.0, 360.0),
        ("altitude", metadata.altitude, -500.0, 9000.0),
    ):
        if value is not None and not (np.isfinite(value) and low <= value <= high):
            raise WeatherFileError(
                N_(
                    "Errors",
                    "{name}: the header's {label} is {value:g}; expected {low:g} to {high:g}",
                ).format(
                    name=name,
                    label=label,
                    value=value,
                    low=low,
                    high=high,
                )
            )
