"""Using a weather file from elsewhere as a proxy climate for a site.

A demo may simulate a site in Nanjing with a US TMY3 file. Taken at face value, its
sunny hours would be placed at the Nanjing sun's night; :func:`relocate` moves the
records so that each keeps its solar time at the site.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from msgspec.structs import replace

from bipv_designer.project.model import Site
from bipv_designer.weather.data import WeatherData
from bipv_designer.weather.places import format_location, great_circle_km
from bipv_designer.weather.timing import (
    fixed_offset,
    index_utc_offset_hours,
    standard_utc_offset_hours,
)
from bipv_designer.words import N_

FAR_KM = 100.0
"""Distance from the site beyond which the weather's location is worth a warning [km]."""

HOURS_PER_DEGREE = 1.0 / 15.0
"""Solar time advances one hour per 15 degrees of longitude [h/degree]."""


def relocate(
    weather: WeatherData, latitude: float, longitude: float, utc_offset_hours: float
) -> WeatherData:
    """Weather from another place, moved to keep each record's solar time at the site.

    Parameters
    ----------
    weather : WeatherData
        Weather read from a file with a location.
    latitude, longitude : float
        The site [degrees north, degrees east].
    utc_offset_hours : float
        The site's standard UTC offset [h], east positive.

    Returns
    -------
    WeatherData
        ``weather`` itself when its longitude is unknown, or when it is within half a
        time zone of the site's and already stamped in the site's offset (with a
        distance warning if it is more than :data:`FAR_KM` away). Near the site but in
        another offset (PVGIS files are in UTC), a copy in the site's offset whose
        values are rolled so that each keeps its absolute time.
        Otherwise a copy whose index runs over the same wall-clock times in the site's
        offset (a typical year from 1 January 00:00 site time), whose values are rolled
        cyclically so that each record keeps its solar time, with ``solar_times`` rebuilt
        and a warning giving the distance and the shift. The metadata keep the file's
        location and UTC offset.

    Notes
    -----
    Solar time is UTC + longitude / 15 [h] (the equation of time aside, which is the same
    at both places on a date), so a record keeps its solar time at the site when it moves
    by ``(weather_longitude - longitude) / 15`` hours of absolute time. Relabelling the
    file's wall-clock times in the site's offset moves every record by
    ``-(utc_offset_hours - file_offset)`` hours; rolling the values by
    ``k = round(((weather_longitude - longitude) / 15 + utc_offset_hours - file_offset) /
    interval)`` records adds ``k * interval``. The records thus move by ``k * interval -
    (utc_offset_hours - file_offset)`` hours, the wanted move rounded to whole records,
    and that is the shift the warning reports.
    """
    meta = weather.metadata
    if meta.longitude is None:
        return weather
    distance = (
        great_circle_km(meta.latitude, meta.longitude, latitude, longitude)
        if meta.latitude is not None
        else None
    )
    place = _place(weather)
    exact_shift = (meta.longitude - longitude) * HOURS_PER_DEGREE
    file_offset = index_utc_offset_hours(weather.index)
    if round(exact_shift) == 0:
        if distance is not None and distance > FAR_KM:
            weather = weather.with_warning(
                N_("Weather", "weather is for {place}, {distance:,.0f} km from the site").format(
                    place=place, distance=distance
                )
            )
        if file_offset == utc_offset_hours:
            return weather
        exact_shift = 0.0
    steps = round((exact_shift + utc_offset_hours - file_offset) / weather.interval_hours)
    moved_hours = steps * weather.interval_hours - (utc_offset_hours - file_offset)
    index = pd.DatetimeIndex(weather.index.tz_localize(None)).tz_localize(
        fixed_offset(utc_offset_hours)
    )
    sun_after_start = np.roll((weather.solar_times - weather.index).to_numpy(), steps)
    data = pd.DataFrame(
        np.roll(weather.data.to_numpy(), steps, axis=0), index=index, columns=weather.data.columns
    )
    away = (
        N_("Weather", ", {distance:,.0f} km from the site").format(distance=distance)
        if distance is not None
        else ""
    )
    relocated = replace(weather, data=data, solar_times=pd.DatetimeIndex(index + sun_after_start))
    if exact_shift == 0.0:
        return relocated
    return relocated.with_warning(
        N_(
            "Weather",
            "weather is for {place}{away}; its records were moved by {hours:+g} h to keep "
            "their solar time",
        ).format(place=place, away=away, hours=moved_hours)
    )


def _place(weather: WeatherData) -> str:
    """The weather's place in words, e.g. "GREENSBORO (36.10 N, 79.95 W)"."""
    meta = weather.metadata
    name = meta.name or meta.description or meta.source
    if meta.latitude is None or meta.longitude is None:
        return name
    return f"{name} ({format_location(meta.latitude, meta.longitude)})"


def weather_at_site(weather: WeatherData, site: Site) -> WeatherData:
    """``weather`` moved to keep its solar times at the project's site (:func:`relocate`
    with the site's standard UTC offset)."""
    return relocate(
        weather, site.latitude, site.longitude, standard_utc_offset_hours(site.timezone)
    )
