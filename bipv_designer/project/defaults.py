"""Engineering defaults of a new project, read from ``resources/defaults/``."""

from __future__ import annotations

import json
from functools import cache

from msgspec.structs import replace

from bipv_designer.paths import resource
from bipv_designer.project.codec import decode
from bipv_designer.project.model import Losses, Project, ShadingSettings, Site, WeatherReference


@cache
def default_losses() -> Losses:
    """PVWatts' default system losses (14.08 % in total); source in ``losses.json``."""
    data = json.loads(resource("defaults", "losses.json").read_text(encoding="utf-8"))
    return decode(Losses, data["values"], "resources/defaults/losses.json:$.values")


DEFAULT_ALBEDO = 0.2
"""Ground reflectance of a new site [-]: PVWatts' default (Dobos 2014, NREL/TP-6A20-62641,
§ "Albedo"), for the user to change for bright roofs or snow."""
NEAREST_STATION = WeatherReference("station:nearest")
"""A new project's weather: the synthetic typical year of the nearest station, which
follows the site wherever it moves."""


def new_project(name: str, site: Site) -> Project:
    """An empty project at ``site`` simulated on the typical year of the station nearest
    to the site, with near shading computed for every module (so the default losses'
    flat shading loss is 0: no double count)."""
    return Project(
        name=name,
        site=site,
        buildings=(),
        surfaces=(),
        modules=(),
        arrays=(),
        losses=replace(default_losses(), shading_pct=0.0),
        weather=NEAREST_STATION,
        shading=ShadingSettings(near_shading=True),
    )
