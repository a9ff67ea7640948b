"""The tables of a facade's page: its windows and doors, and its overhangs and fins (in
facade coordinates: u right along the wall, v up from its foot)."""

from __future__ import annotations

from collections.abc import Collection

from bipv_designer.project.ids import free_id
from bipv_designer.project.layout_model import FacadeShade, FacadeShadeKind, Opening
from bipv_designer.ui.panels.items_table import Column, ItemsTable

OPENING_COLUMNS = (
    Column("name", "Name"),
    Column("u", "u [m]"),
    Column("v", "v [m]"),
    Column("width_m", "Width [m]", positive=True),
    Column("height_m", "Height [m]", positive=True),
)
NEW_OPENING = {"u": 1.0, "v": 1.0, "width_m": 2.0, "height_m": 1.5}
"""A new opening until the user types its own: a 2 m x 1.5 m window 1 m from the
lower-left corner of the facade [m]."""

SHADE_COLUMNS = (
    Column("name", "Name"),
    Column("kind", "Kind", label=True),
    Column("position_m", "At [m]"),
    Column("start_m", "From [m]"),
    Column("end_m", "To [m]"),
    Column("depth_m", "Depth [m]", positive=True),
)
NEW_OVERHANG = {"position_m": 3.5, "start_m": 0.0, "end_m": 10.0, "depth_m": 1.0}
NEW_FIN = {"position_m": 5.0, "start_m": 0.0, "end_m": 3.5, "depth_m": 0.5}
"""New overhangs and fins until the user types their own [m]: a 1 m canopy 3.5 m up
over the first 10 m of the wall; a 0.5 m fin 5 m along, one storey high."""


def openings_table() -> ItemsTable:
    """Windows and doors: rectangles no module may cover."""

    def new_opening(taken: Collection[str]) -> Opening:
        opening_id, number = free_id("opening", taken)
        return Opening(opening_id, f"Window {number}", **NEW_OPENING)

    return ItemsTable(OPENING_COLUMNS, (("Add opening", new_opening),))


def shades_table() -> ItemsTable:
    """Overhangs (at a height, from u to u) and fins (at a u, from v to v)."""

    def new_shade(kind: FacadeShadeKind, values: dict, label: str):
        def make(taken: Collection[str]) -> FacadeShade:
            shade_id, number = free_id(kind.value, taken)
            return FacadeShade(shade_id, f"{label} {number}", kind, **values)

        return make

    return ItemsTable(
        SHADE_COLUMNS,
        (
            ("Add overhang", new_shade(FacadeShadeKind.OVERHANG, NEW_OVERHANG, "Overhang")),
            ("Add fin", new_shade(FacadeShadeKind.FIN, NEW_FIN, "Fin")),
        ),
    )
