"""Curtain-wall elements and openings on a facade; layout figures and the roof-load check."""

from __future__ import annotations

import numpy as np
import pytest

from bipv_designer.errors import LayoutError
from bipv_designer.layout.arrange import layout_array
from bipv_designer.layout.figures import (
    check_roof_load,
    combined_figures,
    layout_figures,
    module_mass_kg_per_m2,
)
from bipv_designer.project.layout_model import (
    CurtainWallGrid,
    KeepOut,
    KeepOutShape,
    ModuleDatasheet,
    Opening,
    RoofCapacity,
    Setback,
    SurfaceLayout,
)
from bipv_designer.project.model import Module, Mounting, Surface, SurfaceKind
from tests.layout.conftest import array_layout, flat_roof
from tests.layout.test_pitch_racks import SOUTH_RACKS

FACADE = Surface(
    id="f1",
    name="Facade S",
    kind=SurfaceKind.FACADE,
    building_id="b1",
    outline=((0.0, 0.0), (30.0, 0.0), (30.0, 12.0), (0.0, 12.0)),
    origin=(0.0, 0.0, 0.0),
    surface_tilt=90.0,
    surface_azimuth=180.0,
    mounting=Mounting.INTEGRATED,
)
GLASS = Module(
    id="bipv", name="BIPV glass", length_m=1.6, width_m=1.0, pdc0_w=250.0, gamma_pdc=-0.0035
)
DOOR = Opening(id="d1", name="door", u=3.0, v=0.0, width_m=3.0, height_m=3.0)


def test_curtain_wall_places_one_element_per_cell_except_at_the_door():
    # 30 m / 1.5 m = 20 columns, 12 m / 3 m = 4 rows; the door spans the cells of
    # columns [3, 4.5] and [4.5, 6] in the lowest row: 80 - 2 = 78 elements of 1.4 x 2.9 m
    grid = CurtainWallGrid(cell_width_m=1.5, cell_height_m=3.0, mullion_width_m=0.1)
    layout = layout_array(
        FACADE,
        GLASS,
        SurfaceLayout("f1", Setback(), openings=(DOOR,)),
        array_layout(curtain_wall=grid),
    )
    assert layout.count == 78
    np.testing.assert_allclose(layout.module_area_m2, 1.4 * 2.9)
    np.testing.assert_allclose(layout.u.min(), 0.05)
    assert set(layout.surface_tilt) == {90.0}
    # rated by area: 78 x 4.06 m2 x 156.25 W/m2
    figures = layout_figures(
        layout,
        GLASS,
        module_mass_kg_per_m2=25.0,
        mounting_mass_kg_per_m2=0.0,
        reference_area_m2=360.0,
    )
    assert figures.dc_kwp == pytest.approx(78 * 4.06 * 156.25 / 1000.0)


def test_custom_column_widths_and_element_size():
    # widths 1.0, 2.0 repeated: 10 pairs over 30 m; elements 0.8 m wide, 2.5 m high
    grid = CurtainWallGrid(
        cell_width_m=1.5,
        cell_height_m=3.0,
        mullion_width_m=0.1,
        column_widths_m=(1.0, 2.0),
        element_width_m=0.8,
        element_height_m=2.5,
    )
    layout = layout_array(
        FACADE, GLASS, SurfaceLayout("f1", Setback()), array_layout(curtain_wall=grid)
    )
    assert layout.count == 20 * 4
    np.testing.assert_allclose(np.sort(np.unique(np.round(layout.u, 9)))[:2], [0.1, 1.6])


def test_element_larger_than_its_cell_is_an_error():
    grid = CurtainWallGrid(
        cell_width_m=1.5, cell_height_m=3.0, mullion_width_m=0.1, element_width_m=1.45
    )
    with pytest.raises(LayoutError, match="does not fit"):
        layout_array(
            FACADE, GLASS, SurfaceLayout("f1", Setback()), array_layout(curtain_wall=grid)
        )


def test_openings_are_excluded_from_a_plain_fill():
    plain = layout_array(FACADE, GLASS, SurfaceLayout("f1", Setback()), array_layout())
    with_door = layout_array(
        FACADE, GLASS, SurfaceLayout("f1", Setback(), openings=(DOOR,)), array_layout()
    )
    assert with_door.count < plain.count
    footprints = with_door.footprints()
    door = np.array([[3.0, 0.0, 6.0, 3.0]])
    overlap_u = np.minimum(with_door.u + with_door.size_u_m, door[0, 2]) - np.maximum(
        with_door.u, door[0, 0]
    )
    overlap_v = np.minimum(with_door.v + with_door.size_v_m, door[0, 3]) - np.maximum(
        with_door.v, door[0, 1]
    )
    assert footprints.size == with_door.count
    assert np.all((overlap_u <= 1e-9) | (overlap_v <= 1e-9))


def test_figures_of_the_reference_roof(module_550):
    layout = layout_array(
        flat_roof(), module_550, SurfaceLayout("roof", Setback(uniform_m=1.0)), array_layout()
    )
    datasheet = ModuleDatasheet(
        module_id="m550",
        technology="mono",
        cells_in_series=72,
        v_oc_ref=49.9,
        i_sc_ref=13.98,
        v_mp_ref=41.9,
        i_mp_ref=13.13,
        alpha_sc=0.0067,
        beta_voc=-0.14,
        weight_kg=27.5,
        max_system_voltage_v=1500.0,
    )
    mass = module_mass_kg_per_m2(module_550, datasheet)
    assert mass == pytest.approx(27.5 / (2.278 * 1.134))
    figures = layout_figures(
        layout,
        module_550,
        module_mass_kg_per_m2=mass,
        mounting_mass_kg_per_m2=3.0,
        reference_area_m2=1800.0,
    )
    area = 600 * 2.278 * 1.134
    assert figures.module_count == 600
    assert figures.dc_kwp == pytest.approx(330.0)
    assert figures.module_area_m2 == pytest.approx(area)
    assert figures.coverage_pct == pytest.approx(100.0 * area / 1800.0)
    assert figures.added_mass_kg == pytest.approx(600 * 27.5 + 3.0 * area)
    assert figures.added_load_kg_per_m2 == pytest.approx(27.5 / (2.278 * 1.134) + 3.0)
    assert figures.mean_load_kg_per_m2 == pytest.approx((600 * 27.5 + 3.0 * area) / 1800.0)
    assert check_roof_load(figures, RoofCapacity("b1", 15.0)) == ()
    (warning,) = check_roof_load(figures, RoofCapacity("b1", 10.0))
    assert warning.code == "roof_load"
    assert warning.subject == "b1"
    building = combined_figures([figures, figures], 3600.0)
    assert building.module_count == 1200
    assert building.coverage_pct == pytest.approx(figures.coverage_pct)


def test_default_module_mass_applies_without_a_datasheet(module_550):
    assert module_mass_kg_per_m2(module_550, None) == pytest.approx(11.5)


@pytest.mark.parametrize(
    ("outline", "setback", "keep_outs", "match"),
    [
        (((0.0, 0.0), (1.0, 1.0), (1.0, 0.0), (0.0, 1.0)), Setback(), (), "simple polygon"),
        (((0.0, 0.0), (1.0, 0.0)), Setback(), (), "at least 3 points"),
        (None, Setback(per_edge_m=(1.0, 1.0)), (), "one per edge"),
        (None, Setback(uniform_m=-1.0), (), "distances >= 0"),
        (None, Setback(), (KeepOut("k", "k", KeepOutShape.CIRCLE, ((1.0, 1.0),)),), "radius_m"),
        (None, Setback(), (KeepOut("k", "k", KeepOutShape.CIRCLE, ()),), "centre"),
        (
            None,
            Setback(),
            (KeepOut("k", "k", KeepOutShape.RECTANGLE, ((1.0, 1.0),)),),
            "opposite corners",
        ),
        (
            None,
            Setback(),
            (KeepOut("k", "k", KeepOutShape.POLYGON, ((1.0, 1.0), (2.0, 2.0))),),
            "with an area",
        ),
        (
            None,
            Setback(),
            (
                KeepOut(
                    "k", "k", KeepOutShape.RECTANGLE, ((1.0, 1.0), (2.0, 2.0)), clearance_m=-1.0
                ),
            ),
            "clearance_m",
        ),
    ],
)
def test_bad_surface_layouts(module_550, outline, setback, keep_outs, match):
    surface = flat_roof(outline) if outline else flat_roof()
    with pytest.raises(LayoutError, match=match):
        layout_array(
            surface, module_550, SurfaceLayout("roof", setback, keep_outs), array_layout()
        )


def test_bad_openings_and_mismatched_surface(module_550):
    bad = Opening(id="o", name="o", u=0.0, v=0.0, width_m=0.0, height_m=1.0)
    with pytest.raises(LayoutError, match="width_m and height_m"):
        layout_array(
            FACADE, GLASS, SurfaceLayout("f1", Setback(), openings=(bad,)), array_layout()
        )
    with pytest.raises(LayoutError, match="expected one for surface"):
        layout_array(FACADE, GLASS, SurfaceLayout("roof", Setback()), array_layout())
    grid = CurtainWallGrid(cell_width_m=1.5, cell_height_m=3.0, mullion_width_m=0.1)
    with pytest.raises(LayoutError, match="not both"):
        layout_array(
            FACADE,
            GLASS,
            SurfaceLayout("f1", Setback()),
            array_layout(curtain_wall=grid, racks=SOUTH_RACKS),
        )
