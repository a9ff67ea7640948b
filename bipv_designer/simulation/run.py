"""``simulate``: a project and its weather in, a SimulationResult out."""

from __future__ import annotations

import pandas as pd

from bipv_designer.project.model import Project
from bipv_designer.simulation.chain import CancelCheck, Progress, run_chain
from bipv_designer.simulation.parameters import DEFAULT_OPTIONS, ChainOptions
from bipv_designer.simulation.result import SimulationResult, build_result
from bipv_designer.simulation.sun import sun_positions
from bipv_designer.simulation.systems import system_table
from bipv_designer.weather.data import WeatherData
from bipv_designer.weather.relocate import weather_at_site


def simulate(
    project: Project,
    weather: WeatherData,
    options: ChainOptions = DEFAULT_OPTIONS,
    *,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> SimulationResult:
    """Hourly yield of every array of ``project`` with ``weather``.

    A weather file from a place whose solar time differs from the site's by an hour
    or more is used as a proxy climate: its records are moved to keep their solar
    time at the site, with a warning in the result.
    """
    site = project.site
    weather = weather_at_site(weather, site)
    systems = system_table(project)
    sun = sun_positions(
        weather,
        site.latitude,
        site.longitude,
        site.altitude,
        sunrise_sunset_sun=options.sunrise_sunset_sun,
    )
    shade = None
    if project.shading.near_shading:
        from bipv_designer.shading.near_shade import near_shade

        if progress is not None:
            progress(0.0, "Near shading")
        from bipv_designer.shading.plane_cache import DiskCache

        shade = near_shade(
            project,
            weather,
            systems.array_ids,
            horizon=site.horizon,
            cancel=cancel,
            sun=sun,
            cache=DiskCache.default(),
        )
    output = run_chain(
        weather,
        site.latitude,
        site.longitude,
        site.altitude,
        site.albedo,
        systems,
        project.losses,
        options,
        horizon=site.horizon,
        near_shade=shade,
        sun=sun,
        progress=progress,
        cancel=cancel,
    )
    return build_result(
        output,
        systems,
        project.losses,
        index=pd.DatetimeIndex(weather.data.index.tz_convert(site.timezone)),
        interval_hours=weather.interval_hours,
        surface_names={s.id: s.name for s in project.surfaces},
        weather=weather.metadata,
        warnings=(*weather.metadata.warnings, *systems.warnings, *_shading_notes(project)),
        module_shading=None if shade is None else shade.module_beam_loss,
    )


def _shading_notes(project: Project) -> tuple[str, ...]:
    """What the result says about near shading and the flat shading loss (nothing for a
    project without buildings, such as the one-surface ``quick`` estimate)."""
    flat = project.losses.shading_pct
    if not project.buildings:
        return ()
    if not project.shading.near_shading:
        return (
            (
                f"near shading not computed: the flat shading loss of {flat:g} % applies "
                "(turn near shading on to compute each module's shade)",
            )
            if flat > 0
            else ()
        )
    if flat > 0:
        return (
            f"near shading is computed and a flat shading loss of {flat:g} % applies as "
            "well: set it to 0 unless it stands for something else",
        )
    return ()
