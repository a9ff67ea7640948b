"""A one-surface project for a first estimate, without drawing anything."""

from __future__ import annotations

import math

from msgspec.structs import replace

from bipv_designer.components.library import generic_module
from bipv_designer.project.defaults import default_losses
from bipv_designer.project.losses import scale_losses_to_total
from bipv_designer.project.model import (
    Array,
    Mounting,
    Project,
    Site,
    Surface,
    SurfaceKind,
    WeatherReference,
)
from bipv_designer.weather.places import timezone_at

QUICK_SURFACE_ID = "quick-surface"


def quick_project(
    latitude: float,
    longitude: float,
    surface_tilt: float,
    surface_azimuth: float,
    kwp: float,
    *,
    mounting: Mounting = Mounting.OPEN_RACK,
    losses_pct: float | None = None,
    timezone: str | None = None,
    altitude: float = 0.0,
    albedo: float = 0.2,
    weather: WeatherReference,
) -> Project:
    """A project with one surface carrying ``kwp`` of the generic module (one row of
    them, side by side).

    The array has as many generic modules as ``kwp`` needs, each derated (with its
    length shortened alike, so the efficiency that matters for the cell temperature is
    kept) so that the array is exactly ``kwp``. ``timezone`` defaults to the IANA zone of
    the place. ``losses_pct`` scales
    the default loss breakdown to that total.
    """
    generic = generic_module()
    count = max(1, math.ceil(kwp * 1000.0 / generic.pdc0_w))
    scale = kwp * 1000.0 / (count * generic.pdc0_w)
    module = replace(
        generic,
        id="quick-module",
        name=f"{generic.name}, rated at {generic.pdc0_w * scale:.1f} W",
        length_m=generic.length_m * scale,
        pdc0_w=generic.pdc0_w * scale,
    )
    losses = default_losses()
    if losses_pct is not None:
        losses = scale_losses_to_total(losses, losses_pct)
    surface = Surface(
        id=QUICK_SURFACE_ID,
        name=f"Tilt {surface_tilt:g}, azimuth {surface_azimuth:g}",
        kind=SurfaceKind.ROOF if surface_tilt < 75.0 else SurfaceKind.FACADE,
        building_id=None,
        outline=(
            (0.0, 0.0),
            (count * module.width_m, 0.0),
            (count * module.width_m, module.length_m),
            (0.0, module.length_m),
        ),
        origin=(0.0, 0.0, 0.0),
        surface_tilt=surface_tilt,
        surface_azimuth=surface_azimuth,
        mounting=mounting,
    )
    return Project(
        name="Quick estimate",
        site=Site(
            name=f"{latitude:.4f}, {longitude:.4f}",
            latitude=latitude,
            longitude=longitude,
            altitude=altitude,
            timezone=timezone or timezone_at(latitude, longitude),
            albedo=albedo,
        ),
        buildings=(),
        surfaces=(surface,),
        modules=(module,),
        arrays=(
            Array(
                id="quick-array",
                name="Array",
                surface_id=surface.id,
                module_id=module.id,
                module_count=count,
            ),
        ),
        losses=losses,
        weather=weather,
    )
