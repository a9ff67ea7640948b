"""Reflection losses at the module cover: beam by angle of incidence, diffuse by tilt."""

from __future__ import annotations

import numpy as np
import pvlib

from bipv_designer.simulation.parameters import CoverOptics

DIFFUSE_REGIONS = ("sky", "horizon", "ground")

TILT_DECIMALS = 2
"""Tilts are rounded to 0.01 degrees to share the diffuse integration between surfaces."""

INTEGRATION_CHUNK = 16
"""Tilts integrated per call: Marion's grid for many tilts at once takes much memory."""

_diffuse_cache: dict[tuple[CoverOptics, float], tuple[float, float, float]] = {}


def beam_iam(aoi: np.ndarray, optics: CoverOptics) -> np.ndarray:
    """Incidence-angle modifier of beam light [-] (pvlib.iam.physical; 0 beyond 90 degrees)."""
    iam = pvlib.iam.physical(aoi, n=optics.n, K=optics.K, L=optics.L, n_ar=optics.n_ar)
    return np.nan_to_num(iam)


def diffuse_iam(surface_tilt: np.ndarray, optics: CoverOptics) -> dict[str, np.ndarray]:
    """Incidence-angle modifiers of sky, horizon-band and ground diffuse light per tilt [-].

    The modifiers are the physical IAM integrated over each region of the view
    (Marion 2017, pvlib.iam.marion_diffuse). The integration costs a few milliseconds
    per tilt, so results are kept per distinct tilt (rounded to 0.01 degrees) for the
    life of the process.

    References
    ----------
    B. Marion, Numerical method for angle-of-incidence correction factors for diffuse
    radiation incident photovoltaic modules, Solar Energy 147 (2017) 344-348.
    """
    rounded = np.round(np.asarray(surface_tilt, dtype=float), TILT_DECIMALS)
    unique, inverse = np.unique(rounded, return_inverse=True)
    missing = [float(t) for t in unique if (optics, float(t)) not in _diffuse_cache]
    for start in range(0, len(missing), INTEGRATION_CHUNK):
        chunk = missing[start : start + INTEGRATION_CHUNK]
        computed = pvlib.iam.marion_diffuse(
            "physical", np.array(chunk), n=optics.n, K=optics.K, L=optics.L, n_ar=optics.n_ar
        )
        for i, tilt in enumerate(chunk):
            _diffuse_cache[optics, tilt] = tuple(
                float(np.atleast_1d(computed[region])[i]) for region in DIFFUSE_REGIONS
            )
    table = np.array([_diffuse_cache[optics, float(tilt)] for tilt in unique])
    return {region: table[inverse, k] for k, region in enumerate(DIFFUSE_REGIONS)}
