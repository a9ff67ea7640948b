"""Meter exports (CSV or XLSX) as a load series, with every problem counted and handled
by a rule the user chose (docs/energy.md).

A file is read through a :class:`LoadMapping`: which column holds the time stamps and in
what format, which the values, in kW (mean power over the interval) or kWh per interval,
the time zone of naive stamps and the rows above the header. Text in number cells and
stamps that cannot be read are errors naming the line; gaps, duplicated stamps (the
repeated hour when daylight saving ends), negative values and a year other than the
weather's are counted, and handled by the mapping's rules or refused.
"""

from __future__ import annotations

import csv
import re
import zoneinfo
from pathlib import Path

import numpy as np
import pandas as pd
from msgspec import Struct, field

from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import (
    DuplicateRule,
    GapRule,
    LoadMapping,
    NegativeRule,
)
from bipv_designer.weather.timing import fixed_offset, standard_utc_offset_hours
from bipv_designer.words import N_

INTERVALS_MIN = (5, 15, 30, 60)
"""Record lengths of meter exports accepted [min]."""
BILL_MISMATCH = 0.15
"""Relative tolerance when a total is compared with the bills, or with the factor of a
unit mix-up (kW/kWh per interval, W/kW) [-]."""
BILL_REFUSED_RATIO = 1.5
"""A total this many times larger or smaller than the bills is refused whatever the
cause; between the tolerance and this the difference is reported [-]."""
MAX_METER_PEAK_KW = 200_000.0
"""The largest peak a park meter may show [kW]: 200 MW is beyond any single industrial
connection (a 220 kV substation bay); larger values are W or Wh read as kW or kWh."""
MIN_UNIT_STEP_FACTOR = 4.0
"""A change of unit part-way through a file is looked for when kW and kWh per interval
differ by at least this factor (15- and 5-minute records) [-]."""
UTC_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")
"""A time stamp ending in a UTC offset (ISO 8601)."""
DECIMAL_COMMA = re.compile(r"^-?\d+,(\d{1,2}|\d{4,})$")
"""A number with a decimal comma: digits, a comma, and a fraction that cannot be a
thousands group (not exactly three digits)."""


class LoadImport(Struct, frozen=True):
    """A meter's energy per interval [kWh] on interval starts in standard local time,
    and what was found and done."""

    energy_kwh: pd.Series
    interval: pd.Timedelta
    findings: tuple[str, ...] = field(default=())


def read_load_table(path: str | Path, header_row: int = 0) -> pd.DataFrame:
    """The raw table of a CSV or XLSX export, all cells as text (for the preview)."""
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        raise LoadFileError(
            N_("Errors", "{name}: the file is empty; expected a meter export").format(
                name=path.name
            )
        )
    if path.is_file() and path.suffix.lower() not in (".xlsx", ".xlsm"):
        lines = _line_count(path)
        if header_row >= lines:
            raise LoadFileError(
                N_(
                    "Errors",
                    "{name}: the header row {row} is past the end of the file ({lines} lines)",
                ).format(name=path.name, row=header_row + 1, lines=lines)
            )
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            table = pd.read_excel(path, skiprows=header_row, dtype=str)
        else:
            table = pd.read_csv(path, skiprows=header_row, dtype=str, sep=None, engine="python")
    except FileNotFoundError:
        raise LoadFileError(N_("Errors", "{path}: no such load file").format(path=path)) from None
    except pd.errors.EmptyDataError:
        raise LoadFileError(
            N_(
                "Errors",
                "{name}: nothing from row {row} on; the header row is past the end of the file",
            ).format(name=path.name, row=header_row + 1)
        ) from None
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError, csv.Error) as error:
        raise LoadFileError(
            N_("Errors", "{name}: not a readable CSV or XLSX table ({error})").format(
                name=path.name, error=str(error)
            )
        ) from None
    table.columns = [str(c).strip() for c in table.columns]
    return table


def _line_count(path: Path) -> int:
    with path.open("rb") as file:
        return sum(1 for _ in file)


def import_load(path: str | Path, mapping: LoadMapping) -> LoadImport:
    """Read, check and regularise one meter export."""
    path = Path(path)
    table = read_load_table(path, mapping.header_row)
    first_line = mapping.header_row + 2
    for column in (mapping.timestamp_column, mapping.value_column):
        if column not in table.columns:
            raise LoadFileError(
                N_("Errors", "{name}: no column {column}; the header has {columns}").format(
                    name=path.name, column=repr(column), columns=", ".join(table.columns)
                )
            )
    if mapping.unit not in ("kW", "kWh"):
        raise LoadFileError(
            N_("Errors", "unit: expected 'kW' or 'kWh', got {unit}").format(
                unit=repr(mapping.unit)
            )
        )
    text = table[mapping.value_column].astype(str).str.strip()
    findings: list[str] = []
    if (
        text.str.match(DECIMAL_COMMA.pattern).any()
        and not text.str.contains(".", regex=False).any()
    ):
        values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
        findings.append(f"decimal commas in {mapping.value_column!r} read as decimal points")
    else:
        values = pd.to_numeric(text.str.replace(",", "", regex=False), errors="coerce")
    blank = table[mapping.value_column].isna() | (text == "")
    wrong = values.isna() & ~blank
    if wrong.any():
        row = int(np.flatnonzero(wrong.to_numpy())[0])
        raise LoadFileError(
            N_(
                "Errors",
                "{name} line {line}, column {column}: {cell} is not a number ({count} such cells)",
            ).format(
                name=path.name,
                line=first_line + row,
                column=repr(mapping.value_column),
                cell=repr(text.iloc[row]),
                count=int(wrong.sum()),
            )
        )
    raw_stamps = table[mapping.timestamp_column].astype(str).str.strip()
    with_offsets = raw_stamps.str.contains(UTC_OFFSET.pattern, regex=True).any()
    stamps = pd.to_datetime(
        raw_stamps, format=mapping.timestamp_format, errors="coerce", utc=bool(with_offsets)
    )
    if with_offsets:
        findings.append("stamps with UTC offsets read as moments in time (offsets may differ)")
    if stamps.isna().any():
        row = int(np.flatnonzero(stamps.isna().to_numpy())[0])
        message = (
            N_(
                "Errors",
                "{name} line {line}, column {column}: {cell} is not a time stamp "
                "in the format {format}",
            )
            if mapping.timestamp_format
            else N_("Errors", "{name} line {line}, column {column}: {cell} is not a time stamp")
        )
        raise LoadFileError(
            message.format(
                name=path.name,
                line=first_line + row,
                column=repr(mapping.timestamp_column),
                cell=repr(table[mapping.timestamp_column].iloc[row]),
                format=repr(mapping.timestamp_format),
            )
        )
    series = pd.Series(values.to_numpy(dtype=float), index=pd.DatetimeIndex(stamps))
    series, interval = _regular(series, mapping, path.name, findings)
    series = _negatives(series, mapping, path.name, findings)
    _check_one_unit(series, interval, path.name)
    energy = series * (interval / pd.Timedelta(hours=1)) if mapping.unit == "kW" else series
    energy = _in_year(energy, mapping.year, findings)
    _check_total(energy, interval, mapping, path.name, findings)
    return LoadImport(energy.rename("load_kwh"), interval, tuple(findings))


def _regular(series: pd.Series, mapping: LoadMapping, name: str, findings: list[str]):
    """Stamps in the zone's standard time, interval starts, duplicates and gaps handled."""
    try:
        zoneinfo.ZoneInfo(mapping.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise LoadFileError(
            N_(
                "Errors",
                "{name}: time zone {timezone}; expected an IANA name such as 'Asia/Shanghai'",
            ).format(name=name, timezone=repr(mapping.timezone))
        ) from None
    index = series.index
    if index.tz is None:
        duplicated_wall = index.duplicated(keep=False)
        index = index.tz_localize(
            mapping.timezone, ambiguous=~index.duplicated(keep="first"), nonexistent="NaT"
        )
        if duplicated_wall.any():
            findings.append(
                f"{int(duplicated_wall.sum())} stamps repeated on the wall clock (the hour "
                "daylight saving ends) read as the two different hours"
            )
        missing_dst = int(index.isna().sum())
        if missing_dst:
            findings.append(
                f"{missing_dst} stamps in the hour skipped when daylight saving starts: dropped"
            )
            series = series[~index.isna()]
            index = index[~index.isna()]
    standard = fixed_offset(standard_utc_offset_hours(mapping.timezone))
    index = index.tz_convert(standard)
    series = pd.Series(series.to_numpy(), index=index).sort_index()
    steps = series.index.to_series().diff().dropna()
    if steps.empty:
        raise LoadFileError(N_("Errors", "{name}: fewer than 2 records").format(name=name))
    interval = steps.mode().iloc[0]
    if interval not in [pd.Timedelta(minutes=m) for m in INTERVALS_MIN]:
        raise LoadFileError(
            N_(
                "Errors", "{name}: records every {interval}; expected 5, 15, 30 or 60 minutes"
            ).format(name=name, interval=str(interval))
        )
    if mapping.timestamp_label == "end":
        series.index = series.index - interval
    repeated = series.index.duplicated(keep="first")
    if repeated.any():
        count = int(repeated.sum())
        where = series.index[repeated][0]
        if mapping.duplicates is DuplicateRule.REFUSE:
            raise LoadFileError(
                N_(
                    "Errors",
                    "{name}: {count} duplicated time stamps, first {first}; "
                    "choose to keep the first or average them",
                ).format(name=name, count=count, first=f"{where:%Y-%m-%d %H:%M}")
            )
        series = (
            series.groupby(level=0).mean()
            if mapping.duplicates is DuplicateRule.MEAN
            else series[~repeated]
        )
        findings.append(f"{count} duplicated time stamps: {mapping.duplicates.value}")
    full = pd.date_range(series.index[0], series.index[-1], freq=interval)
    off_grid = series.index.difference(full)
    if len(off_grid):
        raise LoadFileError(
            N_("Errors", "{name}: {count} stamps off the {interval} grid, first {first}").format(
                name=name,
                count=len(off_grid),
                interval=str(interval),
                first=f"{off_grid[0]:%Y-%m-%d %H:%M}",
            )
        )
    series = series.reindex(full)
    gaps = int(series.isna().sum())
    if gaps:
        first = series.index[series.isna().to_numpy()][0]
        if mapping.gaps is GapRule.REFUSE:
            raise LoadFileError(
                N_(
                    "Errors",
                    "{name}: {count} missing records of {interval}, first {first}; "
                    "choose to interpolate them or count them as zero",
                ).format(
                    name=name, count=gaps, interval=str(interval), first=f"{first:%Y-%m-%d %H:%M}"
                )
            )
        series = (
            series.interpolate(limit_direction="both")
            if mapping.gaps is GapRule.INTERPOLATE
            else series.fillna(0.0)
        )
        findings.append(
            f"{gaps} missing records, first {first:%Y-%m-%d %H:%M}: {mapping.gaps.value}"
        )
    return series, interval


def _check_one_unit(series: pd.Series, interval: pd.Timedelta, name: str) -> None:
    """LoadFileError when the file changes unit part-way: at the month where the level
    changes most (mean log of the monthly medians on each side), the months after sit at
    the kW/kWh-per-interval factor (4 for 15-minute records) of the months before
    (medians of the monthly medians, so a shutdown month does not look like it);
    factors below MIN_UNIT_STEP_FACTOR (30-minute and hourly records) are not told apart
    from seasons."""
    parts = pd.Timedelta(hours=1) / interval
    if parts < MIN_UNIT_STEP_FACTOR:
        return
    positive = series[series > 0]
    months = positive.index.strftime("%Y-%m")
    monthly = positive.groupby(months).median()
    if len(monthly) < 2:
        return
    logs = np.log(monthly.to_numpy())
    steps = [abs(logs[k:].mean() - logs[:k].mean()) for k in range(1, len(logs))]
    k = int(np.argmax(steps)) + 1
    ratio = float(monthly.iloc[k:].median() / monthly.iloc[:k].median())
    for factor in (parts, 1.0 / parts):
        if abs(ratio / factor - 1.0) < BILL_MISMATCH:
            raise LoadFileError(
                N_(
                    "Errors",
                    "{name}: the values from {month} on are {ratio:.2f} times "
                    "those before: part of the file in kW and part in kWh per interval? "
                    "Expected one unit throughout",
                ).format(name=name, month=monthly.index[k], ratio=ratio)
            )


def _negatives(
    series: pd.Series, mapping: LoadMapping, name: str, findings: list[str]
) -> pd.Series:
    negative = series < 0
    if not negative.any():
        return series
    count = int(negative.sum())
    first = series.index[negative.to_numpy()][0]
    if mapping.negatives is NegativeRule.REFUSE:
        raise LoadFileError(
            N_(
                "Errors",
                "{name}: {count} negative values, first {first} "
                "({value:g}); a consumption meter reads >= 0 (is it a feed-in meter?)",
            ).format(name=name, count=count, first=f"{first:%Y-%m-%d %H:%M}", value=series[first])
        )
    findings.append(f"{count} negative values set to zero, first {first:%Y-%m-%d %H:%M}")
    return series.clip(lower=0.0)


def _in_year(energy: pd.Series, year: int | None, findings: list[str]) -> pd.Series:
    """The series moved to ``year`` by calendar date (29 February dropped or repeated)."""
    years = np.unique(energy.index.year)
    if year is None or (len(years) == 1 and years[0] == year):
        return energy
    frame = energy.to_frame("kwh")
    frame["month_day"] = energy.index.strftime("%m-%d %H:%M")
    frame = frame.groupby("month_day")["kwh"].mean()
    target = pd.date_range(
        f"{year}-01-01",
        f"{year + 1}-01-01",
        freq=energy.index[1] - energy.index[0],
        tz=energy.index.tz,
        inclusive="left",
    )
    keys = target.strftime("%m-%d %H:%M")
    fallback = pd.Index(keys).str.replace("02-29", "02-28")
    moved = pd.Series(frame.reindex(keys).to_numpy(), index=target)
    moved = moved.fillna(pd.Series(frame.reindex(fallback).to_numpy(), index=target))
    findings.append(
        f"load of {', '.join(map(str, years))} moved to the weather year {year} by calendar "
        "date (weekdays shift)"
    )
    if moved.isna().any():
        raise LoadFileError(
            N_(
                "Errors",
                "load of {years}: {count} records of "
                "{year} have no date in the file; expected a whole year",
            ).format(years=", ".join(map(str, years)), count=int(moved.isna().sum()), year=year)
        )
    return moved


def _check_total(
    energy: pd.Series, interval: pd.Timedelta, mapping: LoadMapping, name: str, findings: list[str]
) -> None:
    """The total and peak, refused when the peak is beyond any park meter or the total
    differs from the bills by a unit factor or by more than BILL_REFUSED_RATIO."""
    total = float(energy.sum())
    peak_kw = float(energy.max() / (interval / pd.Timedelta(hours=1)))
    findings.append(f"{total:,.0f} kWh in all, peak {peak_kw:,.0f} kW")
    if peak_kw > MAX_METER_PEAK_KW:
        raise LoadFileError(
            N_(
                "Errors",
                "{name}: peak {peak:,.0f} kW, more than any park meter "
                "({most:,.0f} kW): are the values W or Wh rather than {unit}?",
            ).format(name=name, peak=peak_kw, most=MAX_METER_PEAK_KW, unit=mapping.unit)
        )
    expected = mapping.expected_annual_kwh
    if expected is None or expected <= 0:
        return
    ratio = total / expected
    if abs(ratio - 1.0) <= BILL_MISMATCH:
        return
    parts = pd.Timedelta(hours=1) / interval
    other_unit = (
        N_("Errors", "are the values kW rather than {unit}?")
        if mapping.unit == "kWh"
        else N_("Errors", "are the values kWh per interval rather than {unit}?")
    ).format(unit=mapping.unit)
    causes = {
        parts: other_unit,
        1.0 / parts: other_unit,
        1000.0: N_("Errors", "are the values W or Wh rather than {unit}?").format(
            unit=mapping.unit
        ),
        1000.0 * parts: N_("Errors", "are the values W rather than kWh per interval?"),
        1000.0 / parts: N_("Errors", "are the values Wh per interval rather than kW?"),
        0.001: N_("Errors", "are the values MW or MWh rather than kW or kWh?"),
    }
    for factor, cause in causes.items():
        if factor != 1.0 and abs(ratio / factor - 1.0) < BILL_MISMATCH:
            raise LoadFileError(
                N_(
                    "Errors",
                    "{name}: {total:,.0f} kWh is {factor:g} times the bills' {expected:,.0f} kWh: "
                    "{cause}",
                ).format(name=name, total=total, factor=factor, expected=expected, cause=cause)
            )
    if not 1.0 / BILL_REFUSED_RATIO <= ratio <= BILL_REFUSED_RATIO:
        raise LoadFileError(
            N_(
                "Errors",
                "{name}: {total:,.0f} kWh is {ratio:.2f} times the bills' {expected:,.0f} kWh; "
                "expected within {tolerance:.0f} %: another meter, year or unit?",
            ).format(
                name=name,
                total=total,
                ratio=ratio,
                expected=expected,
                tolerance=100 * BILL_MISMATCH,
            )
        )
    findings.append(
        f"{100 * (ratio - 1.0):+.0f} % against the bills' {expected:,.0f} kWh (more than "
        f"{100 * BILL_MISMATCH:.0f} %)"
    )
