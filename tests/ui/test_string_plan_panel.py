"""Inverters and strings in the window: a CEC library inverter, the automatic string plan
with its warnings, a typed change to the plan, a setback per edge; all undoable."""

from __future__ import annotations

import pytest

from bipv_designer.geometry.frames import outline_edges
from bipv_designer.project.layout_model import Setback
from bipv_designer.ui.catalogue_dialog import CatalogueDialog, CatalogueKind
from bipv_designer.ui.setback_dialog import SetbackDialog
from tests.ui.test_layout_panel import laid_out  # noqa: F401  (fixture)
from tests.ui.test_main_window import type_into
from tests.ui.test_plan_tools import click_tree

pytestmark = pytest.mark.gui

LIBRARY_MODULE = "library:lib-580-topcon-144"


def _library_module_on_generic_inverters(qtbot, window, kw="100", count="2"):
    panel = window.properties.layout_panel
    index = panel.module.findData(LIBRARY_MODULE)
    panel.module.setCurrentIndex(index)
    panel.module.activated.emit(index)
    type_into(qtbot, panel.inverter_count, count)
    type_into(qtbot, panel.inverter_kw, kw)


def test_the_inverter_dialog_narrows_the_cec_list_by_words_and_power(qtbot):
    dialog = CatalogueDialog(CatalogueKind.INVERTER)
    qtbot.addWidget(dialog)
    everything = dialog.results.count()
    qtbot.keyClicks(dialog.words, "SMA")
    assert 0 < dialog.results.count() < everything
    assert "SMA" in dialog.chosen_name()
    type_into(qtbot, dialog.low, "20")
    names = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert names
    assert all(float(n.rsplit("(", 1)[1].split(" kW")[0].replace(",", "")) >= 20 for n in names)


def test_a_library_inverter_serves_the_array_and_its_count_keeps_it(qtbot, laid_out):  # noqa: F811
    window = laid_out
    dialog = CatalogueDialog(CatalogueKind.INVERTER)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.words, "SMA")
    name = dialog.chosen_name()
    window.layout_actions.choose_library_inverter("a1", name, 3)
    project = window.document.project
    (inverter,) = project.inverters
    assert inverter.sandia is not None
    assert project.arrays[0].inverter_id == inverter.id
    assert project.arrays[0].inverter_count == 3
    assert name in window.properties.layout_panel.inverter_name.text()
    type_into(qtbot, window.properties.layout_panel.inverter_count, "4")
    assert window.document.project.arrays[0].inverter_id == inverter.id
    assert window.document.project.arrays[0].inverter_count == 4
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.project.inverters == ()


def test_planning_strings_fills_the_table_and_a_typed_length_warns(qtbot, laid_out):  # noqa: F811
    window = laid_out
    _library_module_on_generic_inverters(qtbot, window)
    click_tree(qtbot, window, "strings", "")
    panel = window.properties.string_plan_panel
    assert window.properties.current_page() is panel
    assert "No string plan" in panel.warnings.text()
    panel.auto.click()
    project = window.document.project
    assert len(project.string_plan) == 2
    assert window.document.undo_stack.undoText() == "Plan the strings"
    rows = panel.rows()
    assert len(rows) == panel.table.rowCount() > 0
    strung = sum(r.modules_per_string * r.string_count for r in rows)
    assert strung <= project.arrays[0].module_count
    assert "Cells" in panel.temperatures.text()
    assert panel.ratios.text().startswith("DC/AC: INV-01 ")
    click_tree(qtbot, window, "array", "a1")
    assert f"String plan: {strung} modules in" in window.properties.layout_panel.strings.text()
    click_tree(qtbot, window, "strings", "")
    length = panel.table.cellWidget(0, 3)
    type_into(qtbot, length, "60")
    assert window.document.project.string_plan[0].mppts[0].strings[0].modules_per_string == 60
    assert "exceed" in panel.warnings.text()
    window.undo_action.trigger()
    assert window.document.project.string_plan == project.string_plan
    panel.clear.click()
    assert window.document.project.string_plan == ()


def test_a_setback_per_edge_changes_the_fill_and_is_undone(qtbot, laid_out):  # noqa: F811
    window = laid_out
    count = window.document.project.arrays[0].module_count
    surface = window.document.project.surfaces[0]
    edges = outline_edges(surface.outline, surface.surface_tilt, surface.surface_azimuth)
    dialog = SetbackDialog(edges, Setback(1.0))
    qtbot.addWidget(dialog)
    assert not dialog.table.isEnabled()
    dialog.per_edge.click()
    type_into(qtbot, dialog.fields[0], "8")
    setback = dialog.setback()
    assert setback.per_edge_m[0] == 8.0
    assert setback.per_edge_m[1:] == (1.0,) * (len(edges) - 1)
    window.layout_actions.set_setback("a1", setback)
    assert window.document.project.arrays[0].module_count < count
    assert window.document.undo_stack.undoText().startswith("Change the setback of")
    click_tree(qtbot, window, "array", "a1")
    assert not window.properties.layout_panel.setback.isEnabled()
    window.undo_action.trigger()
    assert window.document.project.arrays[0].module_count == count
    assert dialog.table.item(0, 0).text().endswith("side")
