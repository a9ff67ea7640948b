"""Components in the window: a CEC library module, a PVsyst PAN module and a PVsyst OND
inverter on an array; each one undoable step, a broken file one clear message."""

from __future__ import annotations

import pytest

from bipv_designer.components.catalogue import search_modules
from bipv_designer.components.library import cec_record
from bipv_designer.components.panond import read_pan
from bipv_designer.ui.catalogue_dialog import CatalogueDialog, CatalogueKind
from tests.components.test_components import OND, PAN
from tests.ui.test_layout_panel import laid_out  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui


def test_the_module_catalogue_lists_only_bipv_modules_when_asked(qtbot):
    dialog = CatalogueDialog(CatalogueKind.MODULE)
    qtbot.addWidget(dialog)
    everything = dialog.results.count()
    dialog.bipv_only.click()
    bipv = set(search_modules(bipv_only=True, limit=None)["name"])
    listed = [dialog.results.item(i) for i in range(dialog.results.count())]
    assert 0 < len(listed) < everything
    assert dialog.chosen_name() in bipv
    assert all(item.text().endswith(" W)") for item in listed)


def test_a_cec_module_joins_the_project_with_its_datasheet(qtbot, laid_out):  # noqa: F811
    window = laid_out
    name = search_modules("Jinko", pdc0_min_w=400, limit=1).iloc[0]["name"]
    record = cec_record(name)
    window.layout_actions.use_module_record("a1", record)
    project = window.document.project
    assert project.arrays[0].module_id == record.module.id
    assert record.datasheet in project.module_datasheets
    assert project.arrays[0].module_count == len(project.arrays[0].placements) > 0
    assert window.document.undo_stack.undoText().startswith(f"Use {name}")
    window.undo_action.trigger()
    assert window.document.project.arrays[0].module_id == "m550"


def test_pan_and_ond_files_serve_an_array_and_a_broken_one_is_named(
    qtbot,
    laid_out,  # noqa: F811
    tmp_path,
    dialogs,
):
    window = laid_out
    pan, ond, broken = tmp_path / "m.PAN", tmp_path / "i.OND", tmp_path / "bad.PAN"
    pan.write_text(PAN, encoding="utf-8")
    ond.write_text(OND, encoding="utf-8")
    broken.write_text("nothing here\n", encoding="utf-8")
    window.layout_actions.use_module_record("a1", read_pan(pan))
    project = window.document.project
    module = project.module(project.arrays[0].module_id)
    assert module.dc_model == "cec"
    assert any(d.module_id == module.id for d in project.module_datasheets)
    window.layout_actions.use_ond_inverter("a1", str(ond), 2)
    project = window.document.project
    (inverter,) = project.inverters
    assert project.arrays[0].inverter_id == inverter.id
    assert project.arrays[0].inverter_count == 2
    before = window.document.project
    window.layout_actions.use_ond_inverter("a1", str(broken), 1)
    assert window.document.project is before
    message = dialogs.errors.pop()
    assert "Cannot use this inverter" in message
    assert "bad.PAN" in message
