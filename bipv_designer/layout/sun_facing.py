"""How much sun a plane gets over a year compared with the horizontal: a quick, offline
measure to leave out surfaces that face away from the sun before filling them.

A clear-sky year at the site (Ineichen with pvlib's Linke turbidity climatology,
hourly), transposed with the isotropic sky model; the share is the plane's annual
irradiation over the horizontal's. Clear skies overstate the beam, so north faces come
out a little worse than under real weather; the share ranks planes, it is not a yield.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib

from bipv_designer.project.model import Site

YEAR = 2023
"""Any non-leap year: the share barely depends on which [-]."""


def share_of_horizontal(
    site: Site, surface_tilt: np.ndarray, surface_azimuth: np.ndarray
) -> np.ndarray:
    """Annual clear-sky plane-of-array irradiation of each plane over the horizontal's
    [-] (1 for a horizontal plane), for planes of the given tilts and azimuths [degrees];
    each distinct orientation is computed once."""
    times = pd.date_range(f"{YEAR}-01-01", periods=8760, freq="h", tz="UTC") + pd.Timedelta(
        minutes=30
    )
    location = pvlib.location.Location(site.latitude, site.longitude, altitude=site.altitude)
    sun = location.get_solarposition(times)
    sky = location.get_clearsky(times, model="ineichen", solar_position=sun)
    planes, each = np.unique(
        np.column_stack([surface_tilt, surface_azimuth]).astype(float), axis=0, return_inverse=True
    )
    tilt, azimuth = planes[:, :1], planes[:, 1:]
    poa = pvlib.irradiance.get_total_irradiance(
        tilt,
        azimuth,
        sun["apparent_zenith"].to_numpy()[None, :],
        sun["azimuth"].to_numpy()[None, :],
        sky["dni"].to_numpy()[None, :],
        sky["ghi"].to_numpy()[None, :],
        sky["dhi"].to_numpy()[None, :],
        albedo=site.albedo,
        model="isotropic",
    )["poa_global"]
    return (np.nansum(poa, axis=1) / sky["ghi"].sum())[each.ravel()]
