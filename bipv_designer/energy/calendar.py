"""Working days of a Chinese factory: weekends, public holidays, exchanged weekend days
and the Spring Festival (resources/holidays/china.json, with sources)."""

from __future__ import annotations

import json
from functools import cache

import numpy as np
import pandas as pd

from bipv_designer.errors import LoadFileError
from bipv_designer.paths import resource
from bipv_designer.project.energy_model import WorkingWeek
from bipv_designer.words import N_


@cache
def holiday_table() -> dict:
    """The parsed holiday file."""
    return json.loads(resource("holidays", "china.json").read_text(encoding="utf-8"))["years"]


def working_days(
    index: pd.DatetimeIndex,
    week: WorkingWeek,
    *,
    public_holidays: bool = True,
    shutdown_days_around_spring_festival: int = 0,
) -> np.ndarray:
    """True for each time stamp that falls on a working day.

    Public holidays are days off and the exchanged weekend days (调休) working days,
    unless the factory works every day or ignores holidays; a Spring Festival shutdown
    adds ``shutdown_days_around_spring_festival`` days off after the official holiday.
    Years missing from the holiday file raise LoadFileError when holidays are asked for.
    """
    dates = index.tz_localize(None).normalize() if index.tz is not None else index.normalize()
    weekday = dates.day_of_week.to_numpy()
    last_day = {WorkingWeek.MONDAY_TO_FRIDAY: 4, WorkingWeek.MONDAY_TO_SATURDAY: 5}
    working = weekday <= last_day.get(week, 6)
    if not public_holidays:
        return working
    table = holiday_table()
    off, on = set(), set()
    for year in np.unique(dates.year):
        if str(year) not in table:
            raise LoadFileError(
                N_(
                    "Errors",
                    "public holidays of {year}: not in resources/holidays/china.json (it has "
                    "{years}); add them or switch holidays off",
                ).format(year=year, years=", ".join(table))
            )
        days = table[str(year)]
        off.update(days["holidays"], days["spring_festival"])
        last = pd.Timestamp(days["spring_festival"][-1])
        off.update(
            str((last + pd.Timedelta(days=k)).date())
            for k in range(1, shutdown_days_around_spring_festival + 1)
        )
        if week is not WorkingWeek.EVERY_DAY:
            on.update(days["working_weekend_days"])
    day = dates.to_numpy().astype("datetime64[D]")

    def among(days: set[str]) -> np.ndarray:
        return np.isin(day, np.array(sorted(days), dtype="datetime64[D]"))

    return (working | among(on)) & ~among(off)
