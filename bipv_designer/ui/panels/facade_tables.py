"""The tables of a facade's page: its windows and doors, and its overhangs and fins (in
facade coordinates: u right along the wall, v up from its foot)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bipv_designer.project.ids import free_id
from bipv_designer.project.layout_model import FacadeShade, FacadeShadeKind, Opening
from bipv_designer.ui.panels.items_table import Column, ItemsTable

CONTEXT = "FacadeTables"
OPENING_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("FacadeTables", "Name")),
    Column("u", "u [m]"),
    Column("v", "v [m]"),
    Column("width_m", QT_TRANSLATE_NOOP("FacadeTables", "Width [m]"), positive=True),
    Column("height_m", QT_TRANSLATE_NOOP("FacadeTables", "Height [m]"), positive=True),
)
SHADE_KINDS = {
    FacadeShadeKind.OVERHANG: QT_TRANSLATE_NOOP("FacadeTables", "Overhang"),
    FacadeShadeKind.FIN: QT_TRANSLATE_NOOP("FacadeTables", "Fin"),
}
NEW_OPENING = {"u": 1.0, "v": 1.0, "width_m": 2.0, "height_m": 1.5}
"""A new opening until the user types its own: a 2 m x 1.5 m window 1 m from the
lower-left corner of the facade [m]."""

SHADE_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("FacadeTables", "Name")),
    Column("kind", QT_TRANSLATE_NOOP("FacadeTables", "Kind"), label=True, names=SHADE_KINDS),
    Column("position_m", QT_TRANSLATE_NOOP("FacadeTables", "At [m]")),
    Column("start_m", QT_TRANSLATE_NOOP("FacadeTables", "From [m]")),
    Column("end_m", QT_TRANSLATE_NOOP("FacadeTables", "To [m]")),
    Column("depth_m", QT_TRANSLATE_NOOP("FacadeTables", "Depth [m]"), positive=True),
)
NEW_OVERHANG = {"position_m": 3.5, "start_m": 0.0, "end_m": 10.0, "depth_m": 1.0}
NEW_FIN = {"position_m": 5.0, "start_m": 0.0, "end_m": 3.5, "depth_m": 0.5}
"""New overhangs and fins until the user types their own [m]: a 1 m canopy 3.5 m up
over the first 10 m of the wall; a 0.5 m fin 5 m along, one storey high."""


def openings_table() -> ItemsTable:
    """Windows and doors: rectangles no module may cover."""

    def new_opening(taken: Collection[str]) -> Opening:
        opening_id, number = free_id("opening", taken)
        name = QCoreApplication.translate(CONTEXT, "Window {0}").format(number)
        return Opening(opening_id, name, **NEW_OPENING)

    return ItemsTable(
        OPENING_COLUMNS,
        ((QT_TRANSLATE_NOOP("FacadeTables", "Add opening"), new_opening),),
        CONTEXT,
    )


def shades_table() -> ItemsTable:
    """Overhangs (at a height, from u to u) and fins (at a u, from v to v)."""

    def new_shade(kind: FacadeShadeKind, values: dict):
        def make(taken: Collection[str]) -> FacadeShade:
            shade_id, number = free_id(kind.value, taken)
            label = QCoreApplication.translate(CONTEXT, SHADE_KINDS[kind])
            return FacadeShade(shade_id, f"{label} {number}", kind, **values)

        return make

    return ItemsTable(
        SHADE_COLUMNS,
        (
            (
                QT_TRANSLATE_NOOP("FacadeTables", "Add overhang"),
                new_shade(FacadeShadeKind.OVERHANG, NEW_OVERHANG),
            ),
            (
                QT_TRANSLATE_NOOP("FacadeTables", "Add fin"),
                new_shade(FacadeShadeKind.FIN, NEW_FIN),
            ),
        ),
        CONTEXT,
    )
