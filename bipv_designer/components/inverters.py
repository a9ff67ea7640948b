"""A generic string inverter of any AC rating, from ``resources/inverters/generic.json``."""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from bipv_designer.errors import ComponentError
from bipv_designer.paths import resource
from bipv_designer.project.layout_model import Inverter
from bipv_designer.words import N_


@cache
def _generic() -> dict[str, Any]:
    return json.loads(resource("inverters", "generic.json").read_text(encoding="utf-8"))


def generic_inverter(paco_w: float) -> Inverter:
    """A generic C&I string inverter rated ``paco_w`` [W] AC.

    It has one MPPT input per ``ac_w_per_mppt`` of rating (at least one); the other
    figures are those of the resource file, whose ``source`` says where they come from.
    """
    if not (math.isfinite(paco_w) and paco_w > 0.0):
        raise ComponentError(
            N_("Errors", "generic inverter: expected an AC rating > 0 W, got {power:g}").format(
                power=paco_w
            )
        )
    data = _generic()
    return Inverter(
        id=f"generic-{paco_w / 1000.0:g}kw",
        name=f"Generic {paco_w / 1000.0:g} kW string inverter",
        paco_w=float(paco_w),
        vdc_max_v=float(data["vdc_max_v"]),
        mppt_low_v=float(data["mppt_low_v"]),
        mppt_high_v=float(data["mppt_high_v"]),
        idc_max_a=float(data["idc_max_a"]),
        mppt_count=max(1, math.ceil(paco_w / float(data["ac_w_per_mppt"]))),
        strings_per_mppt=int(data["strings_per_mppt"]),
        efficiency=float(data["efficiency"]),
        source=str(data["source"]),
    )
