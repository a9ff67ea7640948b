"""The weather a project refers to: a file, a data file of pvlib, a bundled file, or a
synthetic year from the bundled station climatology.

Reference forms (``WeatherReference.path``):

- a path, relative to the project file's folder or absolute;
- ``pvlib:NAME``, a data file that ships with pvlib;
- ``weather:NAME``, a file in the repository's ``weather/`` folder;
- ``station:WMO`` or ``station:nearest``, a synthetic year made at the site from a
  climatology station (the nearest one to the site), with seed :data:`DEFAULT_SEED`.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import msgspec

from bipv_designer.disk_cache import cache_folder, kept, source_digest
from bipv_designer.errors import WeatherFileError
from bipv_designer.project.io import resolve_weather_path
from bipv_designer.project.model import Site, WeatherReference
from bipv_designer.weather import climatology
from bipv_designer.weather.climatology import station_normals
from bipv_designer.weather.data import WeatherData
from bipv_designer.weather.decompose import with_ghi_only
from bipv_designer.weather.places import great_circle_km
from bipv_designer.weather.quality import check_weather
from bipv_designer.weather.readers import read_weather
from bipv_designer.weather.stations import StationMatch, nearest_stations, station_match
from bipv_designer.weather.synthetic import SyntheticSite, synthesize_year
from bipv_designer.weather.timing import standard_utc_offset_hours
from bipv_designer.words import N_

STATION_PREFIX = "station:"
NEAREST = "nearest"
DEFAULT_SEED = 1
"""Seed of the synthetic years a project gets by default (any fixed seed would do; a
fixed one makes results reproducible)."""
QUALITY_CODES_ADDED = ("closure", "completeness")
"""Quality checks whose warnings are added to a project's weather (timing is checked
while reading, the distance to the site while simulating)."""
NO_STATION_KM = 300.0
"""Beyond this distance to the nearest station a synthetic year is refused [km]: the
site is outside the climatology's area (China)."""
KEPT_BYTES = 300_000_000
"""Largest size of the weather kept between runs [bytes] (some 600 years of records)."""
WEATHER_CODE = ("weather", "project")
"""Packages whose code decides the weather read from a reference."""


def read_project_weather(
    reference: WeatherReference, project_path: str | os.PathLike[str], site: Site
) -> WeatherData:
    """The weather of a project whose file is ``project_path`` and whose site is ``site``.

    The weather made is kept in the cache folder, keyed by the reference, the site, the
    file's bytes and the reading code; the next run with the same ones reads it from
    there (a weather file takes 0.05-0.1 s to read and check, a synthetic year 0.2 s).
    """
    source = None
    if not reference.path.startswith(STATION_PREFIX):
        source = resolve_weather_path(reference, project_path)
    key = _kept_key(reference, site, source)
    path = None if key is None else cache_folder("weather") / f"{key}.pickle"
    return kept(path, WeatherData, lambda: _made_weather(reference, site, source), KEPT_BYTES)


def _made_weather(reference: WeatherReference, site: Site, source: Path | None) -> WeatherData:
    if source is None:
        return station_year(site, reference.path.removeprefix(STATION_PREFIX))
    weather = read_weather(source, reference.file_format)
    if reference.ghi_only:
        weather = with_ghi_only(weather, site.latitude, site.longitude)
    return with_quality_warnings(weather)


def _kept_key(reference: WeatherReference, site: Site, source: Path | None) -> str | None:
    """The key of the weather made from these: the weather file's bytes, or for a
    synthetic year the climatology's; None when the file cannot be read (the reader then
    says why)."""
    hasher = hashlib.blake2b(source_digest(WEATHER_CODE), digest_size=16)
    hasher.update(msgspec.msgpack.encode((reference, site)))
    try:
        hasher.update(Path(source or climatology.CLIMATOLOGY_FILE).read_bytes())
    except OSError:
        return None
    return hasher.hexdigest()


def with_quality_warnings(weather: WeatherData) -> WeatherData:
    """The weather with the warnings of the checks that reading and relocation do not
    already make (closure, completeness), so that every result shows them."""
    for finding in check_weather(weather).warnings:
        if finding.code in QUALITY_CODES_ADDED:
            weather = weather.with_warning(f"{finding.code}: {finding.message}")
    return weather


def station_year(site: Site, which: str, seed: int = DEFAULT_SEED) -> WeatherData:
    """A synthetic year at the site from station ``which`` (a WMO id or ``nearest``)."""
    match = _station_match(site, which)
    found = match.station
    synthetic_site = SyntheticSite(
        latitude=site.latitude,
        longitude=site.longitude,
        altitude=site.altitude,
        utc_offset_hours=standard_utc_offset_hours(site.timezone),
        name=site.name,
        origin=(f"from station {found.wmo_id} ({found.name_en}), {match.distance_km:.0f} km away"),
    )
    weather = synthesize_year(station_normals(found.wmo_id), synthetic_site, seed)
    for warning in match.warnings:
        weather = weather.with_warning(warning)
    return weather


def _station_match(site: Site, which: str) -> StationMatch:
    if which == NEAREST:
        (match,) = nearest_stations(site.latitude, site.longitude, site.altitude)
        if match.distance_km > NO_STATION_KM:
            raise WeatherFileError(
                N_(
                    "Errors",
                    "no climatology station within {no_station_km:.0f} km of the site "
                    "({distance_km:.0f} km to {label}): bundled typical years cover "
                    "China; give a weather file (EPW, TMY, PVGIS or CSV) or download "
                    "one from PVGIS",
                ).format(
                    no_station_km=NO_STATION_KM,
                    distance_km=match.distance_km,
                    label=match.station.label,
                )
            )
        return match
    try:
        wmo_id = int(which)
    except ValueError:
        raise WeatherFileError(
            N_(
                "Errors",
                "weather {station_prefix}{which}: expected a WMO station number or '{nearest}'",
            ).format(
                station_prefix=STATION_PREFIX,
                which=which,
                nearest=NEAREST,
            )
        ) from None
    return station_match(wmo_id, site.latitude, site.longitude, site.altitude)


def weather_distance_km(
    reference: WeatherReference, project_path: str | os.PathLike[str], site: Site
) -> tuple[float | None, str]:
    """How far the weather's own location lies from the site [km], and what the weather
    is in words; None when the weather file gives no location.

    A station year counts from its station (``station:nearest`` from the nearest one); a
    file from the location in its header. Raises WeatherFileError or OSError when the
    file cannot be read.
    """
    if reference.path.startswith(STATION_PREFIX):
        which = reference.path.removeprefix(STATION_PREFIX)
        if which == NEAREST:
            (match,) = nearest_stations(site.latitude, site.longitude, site.altitude)
        else:
            match = _station_match(site, which)
        return match.distance_km, f"climatology station {match.station.label}"
    weather = read_weather(resolve_weather_path(reference, project_path), reference.file_format)
    meta = weather.metadata
    words = meta.description or meta.source
    if meta.latitude is None or meta.longitude is None:
        return None, words
    distance = great_circle_km(site.latitude, site.longitude, meta.latitude, meta.longitude)
    return float(distance), words
