"""Keep-out and opening edits of the project document."""

from __future__ import annotations

import dataclasses

import pytest

from bipv_designer.errors import LayoutError
from bipv_designer.layout.obstacles import (
    add_keep_out,
    new_obstacle_id,
    remove_keep_out,
    replace_keep_out,
    surface_layout,
    with_openings,
)
from bipv_designer.project.layout_model import (
    KeepOut,
    KeepOutShape,
    Opening,
    Setback,
    SurfaceLayout,
)
from tests.factories import make_small_project

ROOF = "b1/roof-1"


def vent(keep_out_id: str, height_m: float = 1.0) -> KeepOut:
    return KeepOut(
        keep_out_id, "Vent", KeepOutShape.CIRCLE, ((5.0, 5.0),), radius_m=0.5, height_m=height_m
    )


def test_first_keep_out_brings_an_empty_layout_and_keeps_an_existing_setback():
    project = add_keep_out(make_small_project(), ROOF, vent("keep-out-1"))
    assert project.surface_layouts == (
        SurfaceLayout(ROOF, Setback(), keep_outs=(vent("keep-out-1"),)),
    )
    assert new_obstacle_id(project, "keep-out") == "keep-out-2"


def test_replace_and_remove_by_id():
    project = add_keep_out(make_small_project(), ROOF, vent("k1"))
    project = add_keep_out(project, ROOF, vent("k2"))
    taller = replace_keep_out(project, ROOF, vent("k1", height_m=3.0))
    assert [k.height_m for k in surface_layout(taller, ROOF).keep_outs] == [3.0, 1.0]
    assert [k.id for k in surface_layout(remove_keep_out(taller, ROOF, "k1"), ROOF).keep_outs] == [
        "k2"
    ]
    with pytest.raises(LayoutError, match="no keep-out with id 'k9'"):
        remove_keep_out(project, ROOF, "k9")


def test_openings_replace_the_facade_openings_and_leave_the_setback():
    project = make_small_project()
    facade = "b1/facade-1"
    window = Opening("opening-1", "Window", 2.0, 1.0, 3.0, 1.5)
    project = dataclasses.replace(project, surface_layouts=(SurfaceLayout(facade, Setback(0.3)),))
    changed = with_openings(project, facade, (window,))
    assert changed.surface_layouts == (SurfaceLayout(facade, Setback(0.3), openings=(window,)),)
