"""A year of near shading at a glance: every module's and surface's annual losses, as
the shading command prints them and the window colours the modules."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from msgspec import Struct

from bipv_designer.project.model import Project
from bipv_designer.shading.module_shading import (
    BeamLosses,
    SunHours,
    annual_beam_losses,
    beam_factors,
)
from bipv_designer.shading.plane_cache import PlaneCache
from bipv_designer.shading.sky_view import SkyView, sky_views


class AnnualShading(Struct, frozen=True):
    """Annual near-shading losses [-].

    Attributes
    ----------
    hours : SunHours  the daylight hours they were computed for
    per_module : dict of array id -> BeamLosses (arrays of N)
    per_surface : dict of surface id -> BeamLosses (floats)
    sky : dict of array id -> SkyView
    """

    hours: SunHours
    per_module: dict[str, BeamLosses]
    per_surface: dict[str, BeamLosses]
    sky: dict[str, SkyView]

    def module_beam_loss(self, array_id: str) -> np.ndarray:
        """Share of each module's beam power lost (shaded cells and bypassed substrings)."""
        losses = self.per_module[array_id]
        return np.asarray(losses.area + losses.electrical)

    def surface_diffuse_loss(self, project: Project) -> dict[str, float]:
        """Share of the isotropic sky diffuse hidden from each surface's modules."""
        pooled: dict[str, list[np.ndarray]] = {}
        for array_id, view in self.sky.items():
            surface_id = project.array(array_id).surface_id
            pooled.setdefault(surface_id, []).append(view.isotropic)
        return {key: 1.0 - float(np.concatenate(parts).mean()) for key, parts in pooled.items()}


def annual_shading(
    project: Project,
    weather,
    *,
    exact: bool = False,
    cancel: Callable[[], bool] | None = None,
    cache: PlaneCache | None = None,
) -> AnnualShading:
    """The annual shading losses of the project's modules under ``weather``
    (WeatherData already at the site's solar time, :func:`weather.relocate.weather_at_site`);
    with ``cache`` (:mod:`plane_cache`) only the surfaces an edit can shade are computed
    again."""
    site = project.site
    hours = SunHours.from_weather(weather, site.latitude, site.longitude, site.altitude)
    factors = beam_factors(project, hours, exact=exact, cancel=cancel, cache=cache)
    per_module, per_surface = annual_beam_losses(project, hours, factors)
    views = sky_views(project, site.horizon, cancel, cache)
    return AnnualShading(hours, per_module, per_surface, views)
