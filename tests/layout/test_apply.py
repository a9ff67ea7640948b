"""Layouts written into the project: counts, setbacks, removal and restoration."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from bipv_designer.layout.apply import array_figures, relaid, roof_load_warnings, toggled_modules
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.layout.planes import array_layout
from bipv_designer.project.layout_model import RoofCapacity, Setback
from tests.factories import make_small_project


def test_a_wider_setback_places_fewer_modules_and_the_count_follows():
    project = relaid(make_small_project(), "a1")
    placed = project.arrays[0]
    assert placed.module_count == len(placed.placements) > 0
    wider = replace(surface_layout(project, "b1/roof-1"), setback=Setback(3.0))
    fewer = relaid(project, "a1", limits=wider)
    assert fewer.arrays[0].module_count < placed.module_count
    assert surface_layout(fewer, "b1/roof-1").setback == Setback(3.0)


def test_a_module_clicked_is_removed_and_clicked_again_restored():
    project = relaid(make_small_project(), "a1")
    first = project.arrays[0].placements[0]
    removed = toggled_modules(project, "a1", [(first.u, first.v)])
    assert removed.arrays[0].module_count == project.arrays[0].module_count - 1
    assert array_layout(removed, "a1").removed == ((first.u, first.v),)
    restored = toggled_modules(removed, "a1", [(first.u, first.v)])
    assert restored.arrays[0].module_count == project.arrays[0].module_count


def test_figures_of_a_placed_array_and_the_roof_load_warning():
    project = relaid(make_small_project(), "a1")
    figures = array_figures(project, "a1")
    module = project.modules[0]
    count = project.arrays[0].module_count
    assert figures.dc_kwp == pytest.approx(count * 0.55)
    assert figures.covered_area_m2 == pytest.approx(count * module.length_m * module.width_m)
    assert figures.reference_area_m2 == pytest.approx(60 * 30)
    assert roof_load_warnings(project, "a1") == ()
    weak = replace(project, roof_capacities=(RoofCapacity("b1", 5.0),))
    (warning,) = roof_load_warnings(weak, "a1")
    assert "more than the roof's capacity of 5.0 kg/m2" in warning.message


def test_new_arrays_take_the_usual_module_of_their_kind_and_removal_drops_their_strings():
    from bipv_designer.components.library import GENERIC_FACADE_MODULE_ID
    from bipv_designer.errors import LayoutError
    from bipv_designer.geometry import derive_surfaces
    from bipv_designer.layout.apply import add_array, remove_array
    from bipv_designer.project.layout_model import InverterUse, MpptInput, StringGroup

    project = make_small_project()
    surfaces = derive_surfaces(project.buildings[0])
    project = replace(project, surfaces=surfaces)
    roof = next(s for s in surfaces if s.kind == "roof")
    facade = next(s for s in surfaces if s.kind == "facade")
    with_roof = add_array(replace(project, arrays=()), roof.id)
    assert with_roof.arrays[0].module_id == "generic-550-mono"
    with_roof = replace(with_roof, arrays=(replace(with_roof.arrays[0], module_id="m550"),))
    second = add_array(with_roof, roof.id)
    assert second.arrays[1].module_id == "m550"
    assert second.arrays[1].id == "array-2"
    on_facade = add_array(with_roof, facade.id)
    assert on_facade.arrays[-1].module_id == GENERIC_FACADE_MODULE_ID
    assert on_facade.arrays[-1].module_count > 0
    excluded = replace(
        with_roof,
        surfaces=tuple(replace(s, excluded=s.id == facade.id) for s in surfaces),
    )
    with pytest.raises(LayoutError, match="excluded"):
        add_array(excluded, facade.id)
    plan = (
        InverterUse(
            "inv-01",
            "INV-01",
            "x",
            (
                MpptInput(
                    (StringGroup("array-1", 10, 2), StringGroup(on_facade.arrays[-1].id, 5, 1))
                ),
            ),
        ),
    )
    removed = remove_array(replace(on_facade, string_plan=plan), "array-1")
    assert [a.id for a in removed.arrays] == [on_facade.arrays[-1].id]
    assert [g.array_id for g in removed.string_plan[0].mppts[0].strings] == [
        on_facade.arrays[-1].id
    ]
