"""Near shading of each array for each weather record, as the simulation applies it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bipv_designer.project.model import Project
from bipv_designer.shading.module_shading import beam_factors, daylight_hours
from bipv_designer.shading.sky_view import sky_views


@dataclass(frozen=True, slots=True)
class NearShade:
    """Shares of light each array keeps [-] (the mean over its modules; 1 at night and
    for arrays without placed modules).

    Attributes
    ----------
    beam_area : ndarray (T, N)  beam and circumsolar light on the sunlit part of the
        modules
    beam_electrical : ndarray (T, N)  beam and circumsolar power the electronics keep
        (bypassed substrings lose theirs; at most ``beam_area``)
    sky_diffuse : ndarray (N,)  isotropic sky diffuse past the near obstacles
    horizon_band : ndarray (N,)  horizon-band diffuse past the near obstacles
    ground_reflected : ndarray (N,)  ground-reflected light from ground the modules see
    """

    beam_area: np.ndarray
    beam_electrical: np.ndarray
    sky_diffuse: np.ndarray
    horizon_band: np.ndarray
    ground_reflected: np.ndarray


def near_shade(
    project: Project,
    weather,
    array_ids: tuple[str, ...],
    *,
    horizon: Sequence[tuple[float, float]] = (),
    cancel: Callable[[], bool] | None = None,
) -> NearShade:
    """The near shading of ``array_ids`` for each record of ``weather`` (WeatherData),
    by the sun-direction table or every hour (``project.shading.exact``)."""
    site = project.site
    hours, up = daylight_hours(weather, site.latitude, site.longitude, site.altitude)
    factors = beam_factors(project, hours, exact=project.shading.exact, cancel=cancel)
    views = sky_views(project, horizon, cancel)
    records, arrays = len(up), len(array_ids)
    shade = NearShade(
        np.ones((records, arrays)),
        np.ones((records, arrays)),
        np.ones(arrays),
        np.ones(arrays),
        np.ones(arrays),
    )
    for column, array_id in enumerate(array_ids):
        if array_id not in factors.node_points:
            continue
        for kind, target in (("area", shade.beam_area), ("electrical", shade.beam_electrical)):
            target[up, column] = factors.hourly_mean(array_id, kind)
        shade.sky_diffuse[column] = views[array_id].isotropic.mean()
        shade.horizon_band[column] = views[array_id].horizon_band.mean()
        shade.ground_reflected[column] = views[array_id].ground.mean()
    return shade
