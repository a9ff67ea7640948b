"""From a table as a reader parsed it to a checked :class:`WeatherData`.

Every reader ends here, so every format gets the same checks in the same order: required
columns, numbers, time order, one calendar year, physical bounds, optional columns, and
the solar-noon timing warning.
"""

from __future__ import annotations

import pandas as pd
from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.weather.checks import (
    Locator,
    bounded_values,
    check_columns,
    check_header_location,
    check_one_year,
    check_time_steps,
    irradiance_unit_findings,
    numeric_values,
    optional_values,
    timing_warning,
)
from bipv_designer.weather.data import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    WeatherData,
    WeatherMetadata,
)
from bipv_designer.weather.timing import to_reference_year


class ParsedWeather(Struct, frozen=True):
    """A weather table as read from its file, before the shared checks.

    Attributes
    ----------
    frame : pandas.DataFrame
        One row per record in file order, columns named as in WeatherData; cells may
        still be text.
    record_times : pandas.DatetimeIndex
        For each row, the instant where the sun goes (tz-aware, fixed offset): the
        middle of the interval for a mean, the sample time for an instantaneous value.
        Years as in the file.
    interval : pandas.Timedelta
        Length of each record.
    typical_year : bool
        True if the records come from several years (a typical year): they are moved
        into :data:`~bipv_designer.weather.timing.TYPICAL_YEAR`.
    locator : Locator
        Where each row sits in the file, for messages.
    metadata : WeatherMetadata
        What the reader learnt about the file; warnings are added to it.
    required : tuple of str
        Columns the format must have.
    """

    frame: pd.DataFrame
    record_times: pd.DatetimeIndex
    interval: pd.Timedelta
    typical_year: bool
    locator: Locator
    metadata: WeatherMetadata
    required: tuple[str, ...] = REQUIRED_COLUMNS


def build_weather(parsed: ParsedWeather) -> WeatherData:
    """Check a parsed table and return it as WeatherData.

    Raises
    ------
    WeatherFileError
        At the first missing column, non-numeric cell, repeated, backward or missing
        time, wrong number of records or impossible value.

    Notes
    -----
    The index is ``record_times - interval / 2``: the start of the interval a mean
    covers, or of the interval centred on an instantaneous sample.
    """
    locator = parsed.locator
    check_header_location(parsed.metadata)
    check_columns(parsed.frame, parsed.required, locator)
    raw = {column: numeric_values(parsed.frame, column, locator) for column in parsed.required}
    times = to_reference_year(parsed.record_times) if parsed.typical_year else parsed.record_times
    check_time_steps(times, parsed.interval, locator)
    check_one_year(times, parsed.interval, locator)

    warnings = list(parsed.metadata.warnings)
    columns = {}
    for column, values in raw.items():
        columns[column], warning = bounded_values(values, column, locator)
        if warning:
            warnings.append(warning)
    for column in OPTIONAL_COLUMNS:
        if column in parsed.frame.columns:
            values, warning = optional_values(parsed.frame, column, locator)
            if warning:
                warnings.append(warning)
            if values is not None:
                columns[column] = values

    index = pd.DatetimeIndex(times - parsed.interval / 2)
    weather = WeatherData(
        data=pd.DataFrame(columns, index=index),
        interval=parsed.interval,
        solar_times=pd.DatetimeIndex(times),
        metadata=replace(parsed.metadata, warnings=tuple(warnings)),
    )
    for finding in irradiance_unit_findings(weather):
        weather = weather.with_warning(finding)
    warning = timing_warning(weather)
    return weather.with_warning(warning) if warning else weather
