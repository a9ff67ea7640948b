"""From a site to the climatology stations: nearest, by name, blended.

Distances are great-circle (haversine) distances; a station more than
:data:`FAR_KM` away or :data:`HIGHER_M` higher or lower than the site is flagged,
because its climate may differ from the site's.
"""

from __future__ import annotations

import unicodedata

import numpy as np
from msgspec import Struct

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather.climatology import MonthlyNormals, station_normals, station_table
from bipv_designer.weather.places import great_circle_km
from bipv_designer.words import CHINESE, N_, Text, data_text

FAR_KM = 100.0
"""Distance from the site beyond which a station's climate is flagged [km]."""
HIGHER_M = 300.0
"""Altitude difference beyond which a station's climate is flagged [m] (about 2 K of
air temperature at the standard lapse rate)."""
BLEND_COUNT = 3
"""Stations in an inverse-distance blend."""


class Station(Struct, frozen=True):
    """A climatology station."""

    wmo_id: int
    name: str
    name_en: str
    province: str
    latitude: float
    longitude: float
    altitude: float
    province_zh: str = ""

    @property
    def label(self) -> Text:
        """E.g. ``58238 Nanjing (南京), Jiangsu``; in Chinese ``58238 南京，江苏``."""
        chinese = f"{self.wmo_id} {self.name}，{self.province_zh}" if self.province_zh else ""
        return data_text(
            f"{self.wmo_id} {self.name_en} ({self.name}), {self.province}", {CHINESE: chinese}
        )


class StationMatch(Struct, frozen=True):
    """A station for a site, how far it is, and what to be careful about."""

    station: Station
    distance_km: float
    altitude_difference_m: float
    warnings: tuple[str, ...]


def station(wmo_id: int) -> Station:
    """The station with this WMO id; WeatherFileError when there is none."""
    table = station_table()
    if wmo_id not in table.index:
        raise WeatherFileError(
            N_(
                "Errors",
                "station {wmo_id}: no such station in the bundled climatology "
                "(expected one of {count} WMO ids, e.g. 58238 Nanjing)",
            ).format(
                wmo_id=wmo_id,
                count=len(table),
            )
        )
    return _station(table.loc[wmo_id])


def all_stations() -> list[Station]:
    """Every station of the climatology, in WMO order."""
    return [_station(row) for _, row in station_table().iterrows()]


def station_match(
    wmo_id: int, latitude: float, longitude: float, altitude: float | None = None
) -> StationMatch:
    """Station ``wmo_id`` seen from a site: its distance and warnings."""
    found = station(wmo_id)
    distance = float(great_circle_km(latitude, longitude, found.latitude, found.longitude))
    return _match(station_table().loc[wmo_id], distance, altitude)


def nearest_stations(
    latitude: float, longitude: float, altitude: float | None = None, count: int = 1
) -> list[StationMatch]:
    """The ``count`` stations nearest to a site, nearest first, each with its warnings.

    Only stations with monthly GHI are considered.
    """
    table = station_table().dropna(subset=["ghi_01"])
    distance = great_circle_km(
        latitude, longitude, table["latitude_deg"].to_numpy(), table["longitude_deg"].to_numpy()
    )
    order = np.argsort(distance)[:count]
    return [_match(table.iloc[i], float(distance[i]), altitude) for i in order]


def search_stations(text: str, limit: int = 20) -> list[Station]:
    """Stations whose Chinese or English name, province or WMO id contains ``text``
    (case and accents ignored); names that start with it come first."""
    wanted = _folded(text)
    if not wanted:
        return []
    table = station_table()
    keys = [
        (_folded(f"{r.name_en} {r.name} {r.province} {r.province_zh} {r.wmo_id}"), r)
        for r in table.itertuples()
    ]
    hits = [
        (not _folded(r.name_en).startswith(wanted), r.name_en, r) for k, r in keys if wanted in k
    ]
    hits.sort(key=lambda hit: (hit[0], hit[1]))
    return [_station(table.loc[r.wmo_id]) for _, _, r in hits[:limit]]


def blended_normals(
    latitude: float, longitude: float
) -> tuple[MonthlyNormals, list[StationMatch]]:
    """Monthly normals of a site as the inverse-distance (1/d²) blend of the three nearest
    stations; months a station lacks (diffuse fraction) are blended from the others."""
    matches = nearest_stations(latitude, longitude, count=BLEND_COUNT)
    weights = 1.0 / np.maximum([m.distance_km for m in matches], 1e-3) ** 2
    normals = [station_normals(m.station.wmo_id) for m in matches]

    def blend(values: list[np.ndarray]) -> np.ndarray:
        stack = np.vstack(values)
        w = np.where(np.isnan(stack), 0.0, weights[:, None])
        total = w.sum(axis=0)
        mixed = np.nansum(stack * w, axis=0) / np.where(total > 0, total, 1.0)
        return np.where(total > 0, mixed, np.nan)

    blended = MonthlyNormals(
        ghi_kwh_m2_day=blend([n.ghi_kwh_m2_day for n in normals]),
        temp_air=blend([n.temp_air for n in normals]),
        temp_amplitude=blend([n.temp_amplitude for n in normals]),
        diffuse_fraction=blend([n.diffuse_fraction for n in normals]),
    )
    return blended, matches


def _match(row, distance_km: float, altitude: float | None) -> StationMatch:
    found = _station(row)
    difference = 0.0 if altitude is None else found.altitude - altitude
    warnings = []
    if distance_km > FAR_KM:
        warnings.append(
            N_(
                "Weather",
                "the nearest climatology station, {station}, is {distance:.0f} km from the "
                "site (more than {far:.0f} km): its climate may differ",
            ).format(station=found.label, distance=distance_km, far=FAR_KM)
        )
    if abs(difference) > HIGHER_M:
        text = (
            N_(
                "Weather",
                "station {station} lies {metres:.0f} m higher than the site (more than "
                "{limit:.0f} m): air temperatures may differ by {kelvin:.1f} K",
            )
            if difference > 0
            else N_(
                "Weather",
                "station {station} lies {metres:.0f} m lower than the site (more than "
                "{limit:.0f} m): air temperatures may differ by {kelvin:.1f} K",
            )
        )
        warnings.append(
            text.format(
                station=found.wmo_id,
                metres=abs(difference),
                limit=HIGHER_M,
                kelvin=abs(difference) * 0.0065,
            )
        )
    return StationMatch(found, distance_km, difference, tuple(warnings))


def _station(row) -> Station:
    return Station(
        wmo_id=int(row["wmo_id"]),
        name=str(row["name"]),
        name_en=str(row["name_en"]),
        province=str(row["province"]),
        latitude=float(row["latitude_deg"]),
        longitude=float(row["longitude_deg"]),
        altitude=float(row["altitude_m"]),
        province_zh=str(row["province_zh"]),
    )


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def altitude_near(latitude: float, longitude: float) -> float | None:
    """The altitude of the nearest climatology station when it lies within FAR_KM of the
    point [m above sea level], else None (a starting value for a site found by name)."""
    (match,) = nearest_stations(latitude, longitude)
    return match.station.altitude if match.distance_km <= FAR_KM else None
