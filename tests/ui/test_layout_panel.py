"""Modules in the window: a setback changes the count; a click in the face-on editor
removes a module; undo restores it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.factories import make_small_project
from tests.ui.conftest import drag
from tests.ui.test_main_window import type_into
from tests.ui.test_plan_tools import click_tree

pytestmark = pytest.mark.gui


@pytest.fixture
def laid_out(qtbot, window):
    project = make_small_project()
    window.document.replace(project, None)
    click_tree(qtbot, window, "array", "a1")
    assert window.properties.current_page() is window.properties.layout_panel
    type_into(qtbot, window.properties.layout_panel.setback, "1")
    return window


def test_changing_the_setback_changes_the_module_count(qtbot, laid_out):
    window = laid_out
    count = window.document.project.arrays[0].module_count
    assert count == len(window.document.project.arrays[0].placements) > 0
    type_into(qtbot, window.properties.layout_panel.setback, "4")
    fewer = window.document.project.arrays[0].module_count
    assert fewer < count
    assert window.document.undo_stack.undoText() == "Change the layout of 'Roof array'"
    window.undo_action.trigger()
    assert window.document.project.arrays[0].module_count == count


def test_a_click_in_the_surface_editor_removes_a_module_and_undo_restores_it(qtbot, laid_out):
    window = laid_out
    count = window.document.project.arrays[0].module_count
    editor = window.layout_actions.open_surface_editor("a1")
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    first = window.document.project.arrays[0].placements[0]
    module_items = [i for i in editor.scene.items() if hasattr(i, "corner")]
    target = next(i for i in module_items if i.corner == (first.u, first.v))
    point = editor.view.mapFromScene(target.sceneBoundingRect().center())
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.document.project.arrays[0].module_count == count - 1
    assert window.document.undo_stack.undoText().startswith("Remove or restore 1 module")
    window.undo_action.trigger()
    assert window.document.project.arrays[0].module_count == count
    editor.close()


def test_a_building_covered_with_modules_can_still_be_dragged(qtbot, laid_out):
    window = laid_out
    before = window.document.project.building("b1").footprint
    drag(qtbot, window, (20.0, 12.0), (25.0, 12.0))
    after = window.document.project.building("b1").footprint
    assert after[0][0] == pytest.approx(before[0][0] + 5.0, abs=0.6)


def test_racks_on_the_flat_roof_change_the_fill_and_are_undone(qtbot, laid_out):
    window = laid_out
    flush = window.document.project.arrays[0].module_count
    window.properties.layout_panel.racks.click()
    settings = window.document.project.array_layouts[0]
    assert settings.racks is not None
    racked = window.document.project.arrays[0].module_count
    assert 0 < racked < flush
    window.undo_action.trigger()
    assert window.document.project.arrays[0].module_count == flush


def test_choosing_generic_inverters_sets_the_ac_rating(qtbot, laid_out):
    window = laid_out
    type_into(qtbot, window.properties.layout_panel.inverter_kw, "25")
    array = window.document.project.arrays[0]
    (inverter,) = window.document.project.inverters
    assert array.inverter_id == inverter.id
    assert inverter.paco_w == 25_000.0
    assert window.document.undo_stack.undoText() == "Choose the inverters of 'Roof array'"
    type_into(qtbot, window.properties.layout_panel.inverter_kw, "0")
    assert window.document.project.arrays[0].inverter_id is None
    assert window.document.project.inverters == ()


def test_a_library_module_with_an_inverter_gets_its_string_sizing(qtbot, laid_out):
    window = laid_out
    panel = window.properties.layout_panel
    index = panel.module.findData("library:lib-580-topcon-144")
    assert index >= 0
    panel.module.setCurrentIndex(index)
    panel.module.activated.emit(index)
    project = window.document.project
    assert project.arrays[0].module_id == "lib-580-topcon-144"
    assert project.module("lib-580-topcon-144").dc_model == "cec"
    assert project.module_datasheets[0].module_id == "lib-580-topcon-144"
    type_into(qtbot, panel.inverter_kw, "100")
    text = panel.strings.text()
    assert "modules a string" in text
    assert "strings an MPPT input" in text


def test_a_roof_load_capacity_below_the_added_load_warns_in_the_layout_panel(qtbot, laid_out):
    window = laid_out
    click_tree(qtbot, window, "building", "b1")
    type_into(qtbot, window.properties.building_panel.capacity, "5")
    assert window.document.project.roof_capacities[0].roof_load_capacity_kg_per_m2 == 5.0
    click_tree(qtbot, window, "array", "a1")
    assert (
        "more than the roof's capacity of 5.0 kg/m2"
        in window.properties.layout_panel.figures.text()
    )


def test_the_building_panel_shows_the_modules_on_its_roofs(qtbot, laid_out):
    window = laid_out
    click_tree(qtbot, window, "building", "b1")
    count = window.document.project.arrays[0].module_count
    assert f"roofs: {count} modules" in window.properties.building_panel.figures.text()
