"""Near shading of each array for each weather record, as the simulation applies it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bipv_designer.project.model import Project
from bipv_designer.shading.electrical import string_members
from bipv_designer.shading.module_shading import annual_beam_losses, beam_factors, daylight_hours
from bipv_designer.shading.plane_cache import PlaneCache
from bipv_designer.shading.sky_view import sky_views


@dataclass(frozen=True, slots=True)
class NearShade:
    """Shares of light each array keeps [-] (the mean over its modules; 1 at night and
    for arrays without placed modules).

    Attributes
    ----------
    beam_area : ndarray (T, N)  beam and circumsolar light on the sunlit part of the
        modules
    strings : tuple of (ndarray (T, S) or None), one per array
        The share of unshaded substrings of each of the array's strings
        (:func:`electrical.string_output` turns it into power); None for module-level
        electronics and arrays without placed modules (they lose only ``beam_area``).
    sky_diffuse : ndarray (N,)  isotropic sky diffuse past the near obstacles
    horizon_band : ndarray (N,)  horizon-band diffuse past the near obstacles
    ground_reflected : ndarray (N,)  ground-reflected light from ground the modules see
    module_beam_loss : dict of array id -> ndarray (modules,)
        Each placed module's annual beam loss (shaded cells and bypassed substrings).
    """

    beam_area: np.ndarray
    strings: tuple[np.ndarray | None, ...]
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
    cache: PlaneCache | None = None,
) -> NearShade:
    """The near shading of ``array_ids`` for each record of ``weather`` (WeatherData),
    by the sun-direction table or every hour (``project.shading.exact``); ``sun``, the
    simulation's sun positions, when they are known; ``cache`` keeps the planes'
    results between runs (:mod:`plane_cache`)."""
    site = project.site
    hours, up = daylight_hours(weather, site.latitude, site.longitude, site.altitude, sun)
    factors = beam_factors(project, hours, exact=project.shading.exact, cancel=cancel, cache=cache)
    views = sky_views(project, horizon, cancel, cache)
    records, arrays = len(up), len(array_ids)
    beam_area = np.ones((records, arrays))
    strings: list[np.ndarray | None] = [None] * arrays
    kept = {name: np.ones(arrays) for name in ("sky", "band", "ground")}
    for column, array_id in enumerate(array_ids):
        if array_id not in factors.node_points:
            continue
        beam_area[up, column] = factors.hourly_mean(array_id, "area")
        if array_id not in factors.module_level:
            members = string_members(project, array_id, factors.node_points[array_id].shape[1])
            unshaded = factors.hourly_strings(array_id, members)
            strings[column] = np.ones((records, unshaded.shape[1]))
            strings[column][up] = unshaded
        kept["sky"][column] = views[array_id].isotropic.mean()
        kept["band"][column] = views[array_id].horizon_band.mean()
        kept["ground"][column] = views[array_id].ground.mean()
    per_module, _ = annual_beam_losses(project, hours, factors)
    losses = {key: np.asarray(value.area + value.electrical) for key, value in per_module.items()}
    return NearShade(beam_area, tuple(strings), kept["sky"], kept["band"], kept["ground"], losses)
