"""The far horizon (hills, tall buildings around the park): beam light is lost while the
sun is below it, and part of the sky's diffuse light never reaches the surfaces.

A horizon profile is a list of (azimuth, elevation) pairs [degrees], azimuth 0 north,
90 east; between them the elevation is interpolated linearly in azimuth, wrapping round
north.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

AZIMUTH_STEP_DEG = 1.0
"""Azimuth step of the sky integration [degrees]."""
ELEVATION_STEPS = 45
"""Elevation steps between the ground and the horizon line in the sky integration."""


def horizon_elevation(profile: Sequence[tuple[float, float]], azimuth: np.ndarray) -> np.ndarray:
    """Elevation of the horizon [degrees] at each azimuth [degrees]; 0 without a profile."""
    if not profile:
        return np.zeros_like(np.asarray(azimuth, dtype=float))
    points = np.asarray(sorted(profile), dtype=float)
    return np.interp(np.mod(azimuth, 360.0), points[:, 0], points[:, 1], period=360.0)


def sun_above_horizon(
    profile: Sequence[tuple[float, float]], apparent_elevation: np.ndarray, azimuth: np.ndarray
) -> np.ndarray:
    """True where the sun stands above the horizon line."""
    return apparent_elevation > horizon_elevation(profile, azimuth)


def sky_diffuse_kept(
    profile: Sequence[tuple[float, float]], surface_tilt: np.ndarray, surface_azimuth: np.ndarray
) -> np.ndarray:
    """Share of an isotropic sky's diffuse irradiance on each surface that the horizon
    leaves [-].

    Notes
    -----
    An isotropic sky of radiance L gives a plane ``L ∫ max(cos θ, 0) dΩ`` over the sky
    above the horizon, ``dΩ = cos(e) de da`` for elevation e and azimuth a, θ the angle
    between the direction and the plane's normal. Unobstructed this is
    ``L π (1 + cos β) / 2`` for tilt β. The blocked part is the same integral over
    0 <= e <= h(a), taken numerically (midpoint rule, :data:`AZIMUTH_STEP_DEG` by
    :data:`ELEVATION_STEPS`). Check: a uniform horizon h on a horizontal plane blocks
    ``sin²(h)``.
    """
    tilt = np.radians(np.asarray(surface_tilt, dtype=float))
    if not profile:
        return np.ones_like(tilt)
    azimuth = np.radians(np.asarray(surface_azimuth, dtype=float))
    a_deg = np.arange(0.0, 360.0, AZIMUTH_STEP_DEG) + AZIMUTH_STEP_DEG / 2
    h = np.radians(horizon_elevation(profile, a_deg))
    fractions = (np.arange(ELEVATION_STEPS) + 0.5) / ELEVATION_STEPS
    e = h[:, None] * fractions[None, :]
    a = np.radians(a_deg)[:, None]
    weight = np.cos(e) * (h[:, None] / ELEVATION_STEPS) * np.radians(AZIMUTH_STEP_DEG)
    direction = np.stack([np.sin(a) * np.cos(e), np.cos(a) * np.cos(e), np.sin(e)])
    normal = np.stack(
        [np.sin(tilt) * np.sin(azimuth), np.sin(tilt) * np.cos(azimuth), np.cos(tilt)]
    )
    cos_incidence = np.einsum("kae,ks->aes", direction, normal)
    blocked = np.einsum("ae,aes->s", weight, np.maximum(cos_incidence, 0.0))
    open_sky = np.pi * (1.0 + np.cos(tilt)) / 2.0
    return 1.0 - blocked / open_sky
