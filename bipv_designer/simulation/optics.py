"""Reflection losses at the module cover: beam by angle of incidence, diffuse by tilt."""

from __future__ import annotations

import json
from functools import cache

import numpy as np
import pvlib
from msgspec.structs import fields

from bipv_designer.paths import resource
from bipv_designer.simulation.parameters import CoverOptics

DIFFUSE_REGIONS = ("sky", "horizon", "ground")
TABLE_FILE = "diffuse_iam.json"
"""The default cover's modifiers for every whole-degree tilt (``resources/defaults/``,
written by ``tools/diffuse_iam_table.py``)."""
TABLE_TILT_STEP_DEG = 0.25
"""Tilt step of that table [degrees]; linear interpolation between its tilts is within
5e-4 of the integration from 0.5 to 179.5 degrees (tests/simulation/test_optics.py)."""

TILT_DECIMALS = 2
"""Tilts are rounded to 0.01 degrees to share the diffuse integration between surfaces."""

INTEGRATION_CHUNK = 16
"""Tilts integrated per call: Marion's grid for many tilts at once takes much memory."""

_diffuse_cache: dict[tuple[CoverOptics, float], tuple[float, float, float]] = {}


BEAM_TABLE_STEP_DEG = 0.05
"""Angle-of-incidence step of the beam modifier's table [degrees]; linear interpolation
is within 5e-6 of pvlib.iam.physical (tests/simulation/test_optics.py)."""


def beam_iam(aoi: np.ndarray, optics: CoverOptics) -> np.ndarray:
    """Incidence-angle modifier of beam light [-] (pvlib.iam.physical, tabulated every
    :data:`BEAM_TABLE_STEP_DEG`; 0 beyond 90 degrees)."""
    angles, modifiers = _beam_table(optics)
    return np.interp(aoi, angles, modifiers, right=0.0)


@cache
def _beam_table(optics: CoverOptics) -> tuple[np.ndarray, np.ndarray]:
    angles = np.arange(0.0, 90.0 + BEAM_TABLE_STEP_DEG / 2, BEAM_TABLE_STEP_DEG)
    iam = pvlib.iam.physical(angles, n=optics.n, K=optics.K, L=optics.L, n_ar=optics.n_ar)
    return angles, np.nan_to_num(iam)


def diffuse_iam(surface_tilt: np.ndarray, optics: CoverOptics) -> dict[str, np.ndarray]:
    """Incidence-angle modifiers of sky, horizon-band and ground diffuse light per tilt [-].

    The modifiers are the physical IAM integrated over each region of the view
    (Marion 2017, pvlib.iam.marion_diffuse). For the default cover they are read from
    the table of :data:`TABLE_FILE`; other covers are integrated, which costs about
    30 ms per tilt, so results are kept per distinct tilt (rounded to 0.01 degrees)
    for the life of the process.

    References
    ----------
    B. Marion, Numerical method for angle-of-incidence correction factors for diffuse
    radiation incident photovoltaic modules, Solar Energy 147 (2017) 344-348.
    """
    table = _table()
    if table is not None and optics == table[0]:
        tilts = np.asarray(surface_tilt, dtype=float)
        nodes = np.arange(table[1].shape[1]) * TABLE_TILT_STEP_DEG
        return {
            region: np.interp(tilts, nodes, table[1][k])
            for k, region in enumerate(DIFFUSE_REGIONS)
        }
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


@cache
def _table() -> tuple[CoverOptics, np.ndarray]:
    """The optics of the shipped table and its values (regions x tilts)."""
    data = json.loads(resource("defaults", TABLE_FILE).read_text(encoding="utf-8"))
    names = [f.name for f in fields(CoverOptics)]
    optics = CoverOptics(**{name: data["optics"][name] for name in names})
    return optics, np.array([data[region] for region in DIFFUSE_REGIONS], dtype=float)
