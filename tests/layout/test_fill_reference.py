"""Hand-checked module counts on a 60 m x 30 m flat roof."""

from __future__ import annotations

import numpy as np
import pytest

from bipv_designer.layout.arrange import layout_array
from bipv_designer.project.layout_model import (
    KeepOut,
    KeepOutShape,
    Setback,
    SurfaceLayout,
)
from tests.layout.conftest import array_layout, flat_roof

SKYLIGHT = KeepOut(
    id="k1",
    name="skylight",
    shape=KeepOutShape.RECTANGLE,
    points=((10.0, 10.0), (14.0, 12.0)),
    clearance_m=0.5,
)
FAN = KeepOut(
    id="k2",
    name="fan",
    shape=KeepOutShape.CIRCLE,
    points=((40.0, 20.0),),
    radius_m=1.0,
    height_m=1.2,
    clearance_m=0.5,
)


@pytest.mark.parametrize("offset_search", [False, True])
@pytest.mark.parametrize("portrait", [True, False])
def test_60_by_30_roof_with_1_m_setback_holds_600_modules(module_550, portrait, offset_search):
    # usable 58 m x 28 m; pitch 1.154 m (1.134 + 0.02) and 2.298 m (2.278 + 0.02).
    # portrait: floor((58 + 0.02) / 1.154) = 50 columns, floor((28 + 0.02) / 2.298) = 12
    # rows; landscape: floor(58.02 / 2.298) = 25 columns, floor(28.02 / 1.154) = 24 rows
    surface_layout = SurfaceLayout("roof", Setback(uniform_m=1.0))
    layout = layout_array(
        flat_roof(),
        module_550,
        surface_layout,
        array_layout(portrait=portrait, offset_search=offset_search),
    )
    assert layout.count == 600
    assert layout.u.min() >= 1.0 - 1e-9
    assert layout.v.min() >= 1.0 - 1e-9
    assert (layout.u + layout.size_u_m).max() <= 59.0 + 1e-9
    assert (layout.v + layout.size_v_m).max() <= 29.0 + 1e-9


def test_two_keep_outs_remove_the_modules_counted_by_hand(module_550):
    # plain grid from (1, 1): columns u_i = 1 + 1.154 i (i < 50), rows v_j = 1 + 2.298 j.
    # skylight grown by 0.5 m: u in (9.5, 14.5), v in (9.5, 12.5) -> columns 7..11
    # (u 9.078 .. 13.694) and rows 3..5 (v 7.894, 10.192, 12.490): 15 modules.
    # fan: disk of radius 1.5 m at (40, 20) -> columns 32..35, rows 7..8, but the module
    # at column 35, row 7 ([41.390, 42.524] x [17.086, 19.364]) is 1.528 m from the
    # centre: 7 modules. 600 - 15 - 7 = 578.
    surface_layout = SurfaceLayout("roof", Setback(uniform_m=1.0), keep_outs=(SKYLIGHT, FAN))
    plain = layout_array(
        flat_roof(), module_550, surface_layout, array_layout(offset_search=False)
    )
    assert plain.count == 578
    searched = layout_array(flat_roof(), module_550, surface_layout, array_layout())
    assert searched.count >= 578


def test_per_edge_setback_moves_only_its_edge(module_550):
    # 3 m from the south edge (edge 0), 1 m elsewhere: usable height 26 m -> 11 rows
    surface_layout = SurfaceLayout("roof", Setback(per_edge_m=(3.0, 1.0, 1.0, 1.0)))
    layout = layout_array(flat_roof(), module_550, surface_layout, array_layout())
    assert layout.count == 50 * 11
    assert layout.v.min() >= 3.0 - 1e-9


def test_offset_search_beats_the_plain_grid_where_a_shift_helps(module_550):
    # a 10.0 m wide strip: plain grid from u = 0 fits floor(10.02 / 1.154) = 8 columns;
    # a notch cut into the lower-left makes the plain grid lose its first column in
    # the lower rows, which a shifted grid avoids only if the search works.
    outline = ((0.5, 0.0), (10.0, 0.0), (10.0, 12.0), (0.0, 12.0), (0.0, 2.5), (0.5, 2.5))
    surface_layout = SurfaceLayout("roof", Setback())
    plain = layout_array(
        flat_roof(outline), module_550, surface_layout, array_layout(offset_search=False)
    )
    searched = layout_array(flat_roof(outline), module_550, surface_layout, array_layout())
    assert searched.count > plain.count


def test_removed_modules_stay_removed(module_550):
    surface_layout = SurfaceLayout("roof", Setback(uniform_m=1.0))
    full = layout_array(flat_roof(), module_550, surface_layout, array_layout())
    removed = ((float(full.u[0]), float(full.v[0])), (float(full.u[5]), float(full.v[5])))
    layout = layout_array(flat_roof(), module_550, surface_layout, array_layout(removed=removed))
    assert layout.count == full.count - 2
    corners = set(zip(layout.u.tolist(), layout.v.tolist(), strict=True))
    assert not corners & set(removed)


def test_placements_are_document_values(module_550):
    surface_layout = SurfaceLayout("roof", Setback(uniform_m=1.0))
    layout = layout_array(flat_roof(), module_550, surface_layout, array_layout())
    placements = layout.placements()
    assert len(placements) == 600
    assert placements[0].portrait is True
    np.testing.assert_allclose([placements[0].u, placements[0].v], [layout.u[0], layout.v[0]])
