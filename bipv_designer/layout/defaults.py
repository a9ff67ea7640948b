"""Layout defaults read from ``resources/layout/defaults.json`` (each value with its source)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from bipv_designer.paths import resource
from bipv_designer.project.layout_model import (
    ArrayLayout,
    PitchRule,
    RackLayout,
    RackSettings,
)

DEFAULTS_FILE = ("layout", "defaults.json")


@cache
def layout_defaults() -> dict[str, Any]:
    """The parsed defaults file."""
    return json.loads(resource(*DEFAULTS_FILE).read_text(encoding="utf-8"))


def tolerance_m() -> float:
    """Geometry tolerance of the layout [m]."""
    return float(layout_defaults()["tolerance_m"]["value"])


def default_rack_settings() -> RackSettings:
    """Racks as the defaults file describes them (10 degree south racks)."""
    rack = layout_defaults()["rack"]
    return RackSettings(
        layout=RackLayout(rack["layout"]),
        surface_tilt=float(rack["surface_tilt"]),
        modules_up=int(rack["modules_up"]),
        pitch_rule=PitchRule(rack["pitch_rule"]),
        gcr=float(rack["gcr"]),
        ridge_gap_m=float(rack["ridge_gap_m"]),
    )


def mounting_mass_kg_per_m2(kind: str) -> float:
    """Default mounting mass [kg per m2 of module area]: flush, rack_south, rack_east_west,
    curtain_wall."""
    return float(layout_defaults()["mounting_mass_kg_per_m2"][kind]["value"])


def default_array_layout(array_id: str, racks: RackSettings | None = None) -> ArrayLayout:
    """Default layout of an array, flush-mounted or on racks."""
    array = layout_defaults()["array"]
    if racks is None:
        mass = mounting_mass_kg_per_m2("flush")
    elif racks.layout is RackLayout.SOUTH:
        mass = mounting_mass_kg_per_m2("rack_south")
    else:
        mass = mounting_mass_kg_per_m2("rack_east_west")
    return ArrayLayout(
        array_id=array_id,
        portrait=bool(array["portrait"]),
        gap_u_m=float(array["gap_u_m"]),
        gap_v_m=float(array["gap_v_m"]),
        offset_search=bool(array["offset_search"]),
        mounting_mass_kg_per_m2=mass,
        racks=racks,
    )
