"""Near shading of each array for each weather record, as the simulation applies it."""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable, Sequence

import numpy as np
from msgspec import Struct
from msgspec.structs import fields

from bipv_designer.project.model import Project
from bipv_designer.shading.electrical import StringShares
from bipv_designer.shading.plane_cache import DiskCache, code_digest

UNSHADED_SECTIONS = ("name", "background", "roof_capacities", "load", "tariff", "carbon", "report")
"""Parts of a project near shading does not read (left out of the result's key, so that
editing a tariff or a meter reuses the shading)."""


class NearShade(Struct, frozen=True):
    """Shares of light each array keeps [-] (the mean over its modules; 1 at night and
    for arrays without placed modules).

    Attributes
    ----------
    beam_area : ndarray (T, N)  beam and circumsolar light on the sunlit part of the
        modules
    strings : tuple of (StringShares or None), one per array
        The share of unshaded substrings of the array's strings
        (:func:`electrical.string_output` turns it into power); None for module-level
        electronics and arrays without placed modules (they lose only ``beam_area``).
    sky_diffuse : ndarray (N,)  isotropic sky diffuse past the near obstacles
    horizon_band : ndarray (N,)  horizon-band diffuse past the near obstacles
    ground_reflected : ndarray (N,)  ground-reflected light from ground the modules see
    module_beam_loss : dict of array id -> ndarray (modules,)
        Each placed module's annual beam loss (shaded cells and bypassed substrings).
    """

    beam_area: np.ndarray
    strings: tuple[StringShares | None, ...]
    sky_diffuse: np.ndarray
    horizon_band: np.ndarray
    ground_reflected: np.ndarray
    module_beam_loss: dict[str, np.ndarray]


def near_shade(
    project: Project,
    weather,
    array_ids: tuple[str, ...],
    *,
    horizon: Sequence[tuple[float, float]] = (),
    cancel: Callable[[], bool] | None = None,
    sun=None,
    cache: DiskCache | None = None,
) -> NearShade:
    """The near shading of ``array_ids`` for each record of ``weather`` (WeatherData),
    by the sun-direction table or every hour (``project.shading.exact``); ``sun``, the
    simulation's sun positions, when they are known; ``cache`` keeps the planes'
    results and the whole result between runs (:mod:`plane_cache`)."""
    if cache is None:
        return _near_shade(project, weather, array_ids, horizon, cancel, sun, None)
    return cache.result(
        result_key(project, weather, array_ids, horizon, sun),
        NearShade,
        lambda: _near_shade(project, weather, array_ids, horizon, cancel, sun, cache),
    )


def _near_shade(project, weather, array_ids, horizon, cancel, sun, cache) -> NearShade:
    # the shading engine is imported when a result is not in the cache
    from bipv_designer.shading.electrical import string_members
    from bipv_designer.shading.module_shading import (
        annual_beam_losses,
        beam_factors,
        daylight_hours,
    )
    from bipv_designer.shading.sky_view import sky_views

    site = project.site
    hours, up = daylight_hours(weather, site.latitude, site.longitude, site.altitude, sun)
    factors = beam_factors(project, hours, exact=project.shading.exact, cancel=cancel, cache=cache)
    views = sky_views(project, horizon, cancel, cache)
    records, arrays = len(up), len(array_ids)
    beam_area = np.ones((records, arrays))
    strings: list[StringShares | None] = [None] * arrays
    kept = {name: np.ones(arrays) for name in ("sky", "band", "ground")}
    for column, array_id in enumerate(array_ids):
        if array_id not in factors.node_points:
            continue
        beam_area[up, column] = factors.hourly_mean(array_id, "area")
        if array_id not in factors.module_level:
            members = string_members(project, array_id, factors.node_points[array_id].shape[1])
            strings[column] = StringShares.of(factors.hourly_strings(array_id, members), up)
        kept["sky"][column] = views[array_id].isotropic.mean()
        kept["band"][column] = views[array_id].horizon_band.mean()
        kept["ground"][column] = views[array_id].ground.mean()
    per_module, _ = annual_beam_losses(project, hours, factors)
    losses = {key: np.asarray(value.area + value.electrical) for key, value in per_module.items()}
    return NearShade(beam_area, tuple(strings), kept["sky"], kept["band"], kept["ground"], losses)


def result_key(project: Project, weather, array_ids, horizon, sun) -> bytes:
    """What a near-shading result depends on: the code (:func:`code_digest`), the project
    without its :data:`UNSHADED_SECTIONS`, the arrays asked for, the horizon, the weather
    records and the sun positions. (The document's parts are pickled: ten times faster
    than JSON for a park of 4,000 modules; equal projects read alike pickle alike, and
    any other difference only misses the cache.)"""
    shading_parts = [
        getattr(project, f.name) for f in fields(project) if f.name not in UNSHADED_SECTIONS
    ]
    hasher = hashlib.blake2b(code_digest(), digest_size=16)
    hasher.update(b"near shade")
    hasher.update(pickle.dumps([shading_parts, list(array_ids), list(horizon)], protocol=5))
    hasher.update(weather.data.index.asi8.tobytes())
    hasher.update(
        np.ascontiguousarray(weather.data.select_dtypes("number").to_numpy(dtype=float)).tobytes()
    )
    if sun is not None:
        hasher.update(np.ascontiguousarray(sun.to_numpy(dtype=float)).tobytes())
    return hasher.digest()
