"""Modules onto a freshly drawn building: fill one roof from its panel, fill every roof
from the Edit menu, remove an array; each one undoable step, and the result simulates."""

from __future__ import annotations

import pytest

from tests.ui.test_main_window import draw_hall
from tests.ui.test_plan_tools import click_tree

pytestmark = pytest.mark.gui


def test_fill_a_drawn_roof_from_its_panel_then_remove_and_undo(qtbot, window):
    hall = draw_hall(qtbot, window)
    roof = next(s for s in window.document.project.surfaces if s.building_id == hall.id)
    assert roof.kind == "roof"
    click_tree(qtbot, window, "surface", roof.id)
    panel = window.properties.surface_panel
    assert window.properties.current_page() is panel
    assert panel.modules.text() == "none yet"
    panel.fill.click()
    project = window.document.project
    (array,) = project.arrays
    assert array.surface_id == roof.id
    assert array.module_count == len(array.placements) > 500
    assert window.document.undo_stack.undoText().startswith("Fill ")
    assert f"{array.module_count} in" in panel.modules.text()
    assert panel.fill.isHidden()
    panel.show_array.click()
    assert window.properties.current_page() is window.properties.layout_panel
    window.properties.layout_panel.remove.click()
    assert window.document.project.arrays == ()
    window.undo_action.trigger()
    assert window.document.project.arrays[0].module_count == array.module_count
    window.undo_action.trigger()
    assert window.document.project.arrays == ()


def test_fill_every_roof_is_one_step_and_facades_stay_empty(qtbot, window):
    draw_hall(qtbot, window)
    action = next(a for a in window.menuBar().actions() if a.text() == "&Edit")
    fill = next(a for a in action.menu().actions() if "Fill every roof" in a.text())
    fill.trigger()
    project = window.document.project
    roofs = {s.id for s in project.surfaces if s.kind == "roof"}
    assert {a.surface_id for a in project.arrays} == roofs
    assert window.document.undo_stack.count() == 2
    fill.trigger()
    assert window.document.undo_stack.count() == 2
    assert "already has modules" in window.statusBar().currentMessage()
