"""Time conventions shared by the weather readers: fixed UTC offsets and the typical year.

Every reader turns its file's stamps into one *record time* per row: the instant where
the sun is computed. For a mean over an interval that is the middle of the interval;
for an instantaneous sample it is the sample time. The interval start that
:class:`~bipv_designer.weather.data.WeatherData` indexes by is then
``record_time - interval / 2`` for both kinds (a sample stands for the interval centred
on it).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import numpy as np
import pandas as pd

HOUR = pd.Timedelta(hours=1)
"""Length of the records of TMY3, TMY2, EPW and PVGIS files."""

TYPICAL_YEAR = 2023
"""Year given to the records of a typical year whose months come from different years.

A typical meteorological year stitches twelve months taken from different real years
(NSRDB TMY3 user manual, Wilcox & Marion 2008, section 1; the ``months_selected`` table
of PVGIS TMY files). Read with their own years the records would jump back and forth
in time; they are put in this one ordinary (non-leap) year so that the index runs
monotonically from 1 January 00:00 to 31 December 23:00 in the file's UTC offset.
"""

TYPICAL_LEAP_YEAR = 2024
"""Year given instead of :data:`TYPICAL_YEAR` to a typical year that includes 29 February."""


def fixed_offset(utc_offset_hours: float) -> dt.timezone:
    """The fixed time zone ``UTC + utc_offset_hours`` (no daylight saving).

    Parameters
    ----------
    utc_offset_hours : float
        Offset from UTC [h], east positive (e.g. -5 for US Eastern standard time).
    """
    return dt.timezone(dt.timedelta(hours=utc_offset_hours))


def index_utc_offset_hours(index: pd.DatetimeIndex) -> float:
    """The UTC offset of a tz-aware index with one fixed offset [h]."""
    return index[0].utcoffset() / dt.timedelta(hours=1)


def is_typical_year(source_years: np.ndarray | pd.Index) -> bool:
    """True if the records come from more than one year (a typical year)."""
    return len(np.unique(np.asarray(source_years))) > 1


def to_reference_year(times: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """The same wall-clock month, day and time, in :data:`TYPICAL_YEAR`.

    Parameters
    ----------
    times : pandas.DatetimeIndex
        Record times (tz-aware, fixed offset) with the years of their source months.

    Returns
    -------
    pandas.DatetimeIndex
        The times moved into :data:`TYPICAL_YEAR`, or into :data:`TYPICAL_LEAP_YEAR`
        if any of them falls on 29 February; same time zone.
    """
    wall = times.tz_localize(None)
    has_leap_day = bool(((wall.month == 2) & (wall.day == 29)).any())
    parts = pd.DataFrame(
        {
            "year": TYPICAL_LEAP_YEAR if has_leap_day else TYPICAL_YEAR,
            "month": wall.month,
            "day": wall.day,
            "hour": wall.hour,
            "minute": wall.minute,
            "second": wall.second,
        }
    )
    return pd.DatetimeIndex(pd.to_datetime(parts)).tz_localize(times.tz)


def standard_utc_offset_hours(timezone: str) -> float:
    """UTC offset of a time zone's standard (winter) time [h], e.g. 8.0 for Asia/Shanghai."""
    moment = dt.datetime(2023, 1, 1, 12, tzinfo=zoneinfo.ZoneInfo(timezone))
    offset = moment.utcoffset() - (moment.dst() or dt.timedelta(0))
    return offset.total_seconds() / 3600.0
