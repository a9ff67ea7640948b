"""Engineering defaults of a new project, read from ``resources/defaults/``."""

from __future__ import annotations

import json
from functools import cache

from bipv_designer.paths import resource
from bipv_designer.project.codec import decode
from bipv_designer.project.model import Losses


@cache
def default_losses() -> Losses:
    """PVWatts' default system losses (14.08 % in total); source in ``losses.json``."""
    data = json.loads(resource("defaults", "losses.json").read_text(encoding="utf-8"))
    return decode(Losses, data["values"], "resources/defaults/losses.json:$.values")
