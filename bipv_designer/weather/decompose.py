"""DNI and DHI from GHI alone, with the DIRINT model (Perez et al. 1992, pvlib).

Used by the synthetic years and when the user chooses "use GHI only" for a file whose
DNI and DHI do not close with its GHI.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib
from msgspec.structs import replace

from bipv_designer.weather.data import WeatherData
from bipv_designer.words import N_

SUN_UP_ZENITH = 87.0
"""Beyond this zenith angle all light is taken as diffuse [degrees]."""


def dirint_parts(
    ghi: np.ndarray, zenith: np.ndarray, times: pd.DatetimeIndex
) -> tuple[np.ndarray, np.ndarray]:
    """DNI and DHI [W/m2] from GHI [W/m2] at solar zenith angles [degrees].

    DIRINT (Perez, Ineichen, Maxwell, Seals & Zelenka 1992, "Dynamic global-to-direct
    irradiance conversion models", ASHRAE Transactions 98(1) 354-369) gives DNI from the
    clearness index and its hour-to-hour change; DHI is the rest of GHI. Below
    :data:`SUN_UP_ZENITH` degrees of zenith all light is diffuse.
    """
    up = zenith < SUN_UP_ZENITH
    dni = pvlib.irradiance.dirint(pd.Series(ghi, times), pd.Series(zenith, times), times)
    dni = np.where(up, np.nan_to_num(dni.to_numpy()), 0.0)
    cos_zenith = np.cos(np.radians(zenith))
    dhi = np.where(up, np.clip(ghi - dni * cos_zenith, 0.0, ghi), ghi)
    dni = np.where(up, (ghi - dhi) / np.where(up, cos_zenith, 1.0), 0.0)
    return dni, dhi


def with_ghi_only(weather: WeatherData, latitude: float, longitude: float) -> WeatherData:
    """The weather with its DNI and DHI replaced by DIRINT's split of its GHI."""
    position = pvlib.solarposition.get_solarposition(weather.solar_times, latitude, longitude)
    dni, dhi = dirint_parts(
        weather.data["ghi"].to_numpy(dtype=float),
        position["zenith"].to_numpy(),
        weather.solar_times,
    )
    data = weather.data.assign(dni=dni, dhi=dhi)
    replaced = replace(weather, data=data)
    return replaced.with_warning(
        N_(
            "Weather",
            "GHI only: the file's DNI and DHI were replaced by the DIRINT split of its GHI",
        )
    )
