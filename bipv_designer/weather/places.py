"""Where a weather file is: coordinates written for people, and distances on the Earth."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from bipv_designer.weather.data import WeatherMetadata

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

EARTH_RADIUS_KM = 6371.0088
"""Mean radius of the Earth [km] (IUGG mean radius R1, Moritz 2000, Geodetic Reference
System 1980)."""


def format_location(latitude: float, longitude: float) -> str:
    """Latitude and longitude as "36.10 N, 79.95 W".

    Parameters
    ----------
    latitude : float
        [degrees north]
    longitude : float
        [degrees east]
    """
    north_south = "N" if latitude >= 0 else "S"
    east_west = "E" if longitude >= 0 else "W"
    return f"{abs(latitude):.2f} {north_south}, {abs(longitude):.2f} {east_west}"


def great_circle_km(latitude_1, longitude_1, latitude_2, longitude_2):
    """Distance between points along the Earth's surface [km]; numbers or arrays
    (broadcast), e.g. one site against every station.

    Parameters
    ----------
    latitude_1, longitude_1, latitude_2, longitude_2 : float or array_like
        The points [degrees north, degrees east].

    Notes
    -----
    Haversine formula on a sphere of radius :data:`EARTH_RADIUS_KM`:
    ``d = 2 R asin(sqrt(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)))``; the Earth's
    flattening changes the result by under 0.5 % (Sinnott 1984, "Virtues of the
    haversine", Sky and Telescope 68(2) p. 159).
    """
    phi_1, phi_2 = np.radians(latitude_1), np.radians(latitude_2)
    half_dphi = (phi_2 - phi_1) / 2.0
    half_dlambda = np.radians(np.subtract(longitude_2, longitude_1)) / 2.0
    chord = np.sin(half_dphi) ** 2 + np.cos(phi_1) * np.cos(phi_2) * np.sin(half_dlambda) ** 2
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(chord, 1.0)))


def station_metadata(
    path: Path,
    file_format: str,
    kind: str,
    meta: dict[str, Any],
    name: str,
    source_label: str,
) -> WeatherMetadata:
    """Metadata of a station file whose header gives latitude, longitude, altitude and TZ.

    ``kind`` starts the description shown to users, e.g. "TMY3 GREENSBORO, 36.10 N, 79.95 W".
    """
    latitude, longitude = float(meta["latitude"]), float(meta["longitude"])
    return WeatherMetadata(
        source=str(path),
        file_format=file_format,
        name=name,
        latitude=latitude,
        longitude=longitude,
        altitude=float(meta["altitude"]),
        utc_offset_hours=float(meta["TZ"]),
        source_label=source_label,
        description=f"{kind} {name}, {format_location(latitude, longitude)}",
    )


def timezone_at(latitude: float, longitude: float) -> str:
    """The IANA time zone at a place, e.g. ``Asia/Shanghai`` (offline, timezonefinder).

    At sea, where no zone is drawn, the whole-hour ``Etc/GMT±N`` zone of the longitude.
    """
    return _timezone_finder().timezone_at(lat=latitude, lng=longitude) or (
        _nautical_zone(longitude)
    )


def _nautical_zone(longitude: float) -> str:
    hours = round(longitude / 15.0)
    # the Etc/GMT names carry the sign inverted (POSIX convention)
    return "Etc/GMT" if hours == 0 else f"Etc/GMT{-hours:+d}"


@functools.cache
def _timezone_finder() -> TimezoneFinder:
    from timezonefinder import TimezoneFinder  # its polygons load in 0.1 s: when asked

    return TimezoneFinder()
