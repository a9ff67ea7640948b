"""The bundled China station climatology (weather/china_station_climatology.csv).

1042 CMA stations: monthly mean daily GHI and diffuse fraction 1991-2017 (CDSRD), and for
220 of them monthly mean air temperature and daily temperature range (CSWD typical
years); provenance and citations in weather/README.md.

Stations without temperature take it from the three nearest stations that have it:
inverse-distance weights (1/d²) of their monthly values brought to the station's
altitude with the standard-atmosphere lapse rate, 6.5 K per km (ICAO 1993, Manual of the
ICAO Standard Atmosphere, Doc 7488/3). The daily range is taken the same way, without a
lapse correction.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd
from msgspec import Struct

from bipv_designer.paths import WEATHER
from bipv_designer.weather.places import great_circle_km

CLIMATOLOGY_FILE = WEATHER / "china_station_climatology.csv"
LAPSE_RATE_K_PER_M = 0.0065
"""Decrease of air temperature with altitude in the troposphere [K/m] (ICAO standard
atmosphere)."""
FILL_NEIGHBOURS = 3
"""Stations whose temperatures fill one without [-]."""
MONTHS = tuple(f"{m:02d}" for m in range(1, 13))


class MonthlyNormals(Struct, frozen=True):
    """Twelve monthly means of a place, January first.

    Attributes
    ----------
    ghi_kwh_m2_day : ndarray (12,)  mean daily global horizontal irradiation [kWh/m2/day]
    temp_air : ndarray (12,)  mean air temperature [C]
    temp_amplitude : ndarray (12,) or None  mean daily range max - min [K]
    diffuse_fraction : ndarray (12,) or None  DHI/GHI of the month [-]; NaN where unknown
    """

    ghi_kwh_m2_day: np.ndarray
    temp_air: np.ndarray
    temp_amplitude: np.ndarray | None = None
    diffuse_fraction: np.ndarray | None = None


@cache
def station_table() -> pd.DataFrame:
    """The stations indexed by WMO id, with temperatures filled where they were missing.

    Columns as in the CSV (``ghi_01``..``ghi_12``, ``dhi_fraction_*``, ``tair_*``,
    ``tamp_*``, names, coordinates) plus ``temperature_from``: "" for a station's own
    values, else the WMO ids whose values were carried over.
    """
    table = pd.read_csv(CLIMATOLOGY_FILE, encoding="utf-8", dtype={"cswd_name": str})
    table = table.set_index("wmo_id", drop=False)
    return _fill_temperatures(table)


def station_normals(wmo_id: int) -> MonthlyNormals:
    """The monthly normals of one station (KeyError if there is no such station)."""
    row = station_table().loc[wmo_id]
    return MonthlyNormals(
        ghi_kwh_m2_day=_months(row, "ghi"),
        temp_air=_months(row, "tair"),
        temp_amplitude=_months(row, "tamp"),
        diffuse_fraction=_months(row, "dhi_fraction"),
    )


def _months(row: pd.Series, stem: str) -> np.ndarray:
    return row[[f"{stem}_{m}" for m in MONTHS]].to_numpy(dtype=float)


def _fill_temperatures(table: pd.DataFrame) -> pd.DataFrame:
    """Temperatures of stations without them, from their nearest neighbours (module notes)."""
    air = [f"tair_{m}" for m in MONTHS]
    amplitude = [f"tamp_{m}" for m in MONTHS]
    has = table[air[0]].notna().to_numpy()
    donors = table[has]
    missing = table[~has]
    distance = great_circle_km(
        missing["latitude_deg"].to_numpy()[:, None],
        missing["longitude_deg"].to_numpy()[:, None],
        donors["latitude_deg"].to_numpy()[None, :],
        donors["longitude_deg"].to_numpy()[None, :],
    )
    nearest = np.argsort(distance, axis=1)[:, :FILL_NEIGHBOURS]
    near_distance = np.take_along_axis(distance, nearest, axis=1)
    weights = 1.0 / np.maximum(near_distance, 1e-3) ** 2
    weights /= weights.sum(axis=1, keepdims=True)
    donor_air = donors[air].to_numpy()[nearest]
    rise_m = missing["altitude_m"].to_numpy()[:, None] - donors["altitude_m"].to_numpy()[nearest]
    corrected = donor_air - LAPSE_RATE_K_PER_M * rise_m[:, :, None]
    filled = table.copy()
    filled["temperature_from"] = ""
    filled.loc[missing.index, air] = np.einsum("sk,skm->sm", weights, corrected).round(1)
    filled.loc[missing.index, amplitude] = np.einsum(
        "sk,skm->sm", weights, donors[amplitude].to_numpy()[nearest]
    ).round(1)
    donor_ids = donors.index.to_numpy()[nearest]
    filled.loc[missing.index, "temperature_from"] = [
        " ".join(str(i) for i in ids) for ids in donor_ids
    ]
    return filled
