"""Engineering defaults of a new project, read from ``resources/defaults/``."""

from __future__ import annotations

import json
from functools import cache

from bipv_designer.paths import resource
from bipv_designer.project.codec import decode
from bipv_designer.project.model import Losses, Project, Site, WeatherReference


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
    """An empty project at ``site`` with the default losses, simulated on the typical
    year of the station nearest to the site."""
    return Project(
        name=name,
        site=site,
        buildings=(),
        surfaces=(),
        modules=(),
        arrays=(),
        losses=default_losses(),
        weather=NEAREST_STATION,
    )
