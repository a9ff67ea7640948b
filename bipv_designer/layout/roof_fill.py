"""Which roofs "Fill every roof" fills, and how flat roofs are filled."""

from __future__ import annotations

from enum import StrEnum

import numpy as np
from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.layout.defaults import default_rack_settings, layout_defaults
from bipv_designer.layout.orientation import flat_roof_limit_deg
from bipv_designer.layout.sun_facing import share_of_horizontal
from bipv_designer.project.layout_model import PitchRule, RackLayout, RackSettings
from bipv_designer.project.model import Project, Surface


class FlatRoofFill(StrEnum):
    """How modules stand on flat roofs when every roof is filled at once."""

    FLUSH = "flush"
    SOUTH_RACKS = "south_racks"
    EAST_WEST = "east_west"


class FillOptions(Struct, frozen=True):
    """Settings of "Fill every roof".

    Attributes
    ----------
    min_share_of_horizontal : float
        Roofs whose clear-sky annual irradiation is below this share of the
        horizontal's are left empty [-] (``sun_facing.share_of_horizontal``).
    flat_roofs : FlatRoofFill
    """

    min_share_of_horizontal: float
    flat_roofs: FlatRoofFill


def default_fill_options() -> FillOptions:
    """The options of ``resources/layout/defaults.json`` (``fill_roofs``)."""
    values = layout_defaults()["fill_roofs"]
    return FillOptions(
        float(values["min_share_of_horizontal"]), FlatRoofFill(values["flat_roofs"])
    )


def empty_roofs(project: Project) -> list[Surface]:
    """The included roof planes without modules, in project order."""
    carrying = {a.surface_id for a in project.arrays}
    return [
        s for s in project.surfaces if s.kind == "roof" and not s.excluded and s.id not in carrying
    ]


def sunny_and_shaded(
    project: Project, roofs: list[Surface], min_share: float
) -> tuple[list[Surface], list[tuple[Surface, float]]]:
    """The roofs that get at least ``min_share`` of the horizontal's sun, and the others
    with their share."""
    if not roofs:
        return [], []
    shares = share_of_horizontal(
        project.site,
        np.array([r.surface_tilt for r in roofs]),
        np.array([r.surface_azimuth for r in roofs]),
    )
    sunny = [r for r, share in zip(roofs, shares, strict=True) if share >= min_share]
    shaded = [
        (r, float(share)) for r, share in zip(roofs, shares, strict=True) if share < min_share
    ]
    return sunny, shaded


def racks_for(surface: Surface, flat_roofs: FlatRoofFill) -> RackSettings | None:
    """The racks a roof gets: none on sloped roofs or when flat roofs are filled flush."""
    if surface.surface_tilt > flat_roof_limit_deg() or flat_roofs is FlatRoofFill.FLUSH:
        return None
    racks = default_rack_settings()
    if flat_roofs is FlatRoofFill.EAST_WEST:
        return replace(racks, layout=RackLayout.EAST_WEST, pitch_rule=PitchRule.GCR)
    return replace(racks, layout=RackLayout.SOUTH)
