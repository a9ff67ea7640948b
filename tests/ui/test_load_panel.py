"""The park's load in the window: synthetic meters, an imported meter file, the battery;
each change one undoable step."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bipv_designer.ui.load_import_dialog import LoadImportDialog
from tests.ui.test_main_window import draw_hall, type_into
from tests.ui.test_plan_tools import click_tree

pytestmark = pytest.mark.gui


def test_a_synthetic_meter_for_the_hall_with_a_battery(qtbot, window):
    hall = draw_hall(qtbot, window)
    click_tree(qtbot, window, "load")
    panel = window.properties.load_panel
    assert window.properties.current_page() is panel
    qtbot.mouseClick(panel.add_synthetic, Qt.MouseButton.LeftButton)
    (meter,) = window.document.project.load.meters
    assert meter.synthetic.annual_kwh == 1_000_000.0
    type_into(qtbot, panel.annual_kwh, "2500000")
    item = panel.buildings.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    (meter,) = window.document.project.load.meters
    assert meter.synthetic.annual_kwh == 2_500_000.0
    assert meter.building_ids == (hall.id,)
    type_into(qtbot, panel.battery_kwh, "300")
    assert window.document.project.load.battery.capacity_kwh == 300.0
    assert window.document.undo_stack.undoText() == "Change the load"
    for _ in range(4):
        window.undo_action.trigger()
    assert window.document.project.load is None


def test_a_meter_file_through_the_import_dialog(qtbot, window, tmp_path, monkeypatch):
    stamps = pd.date_range("2023-01-01", periods=8760, freq="h").strftime("%Y/%m/%d %H:%M")
    path = tmp_path / "meter.csv"
    path.write_text(
        "Export of meter 3\ntime;power_kw\n" + "\n".join(f"{s};120" for s in stamps) + "\n"
    )
    dialog = LoadImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.header_row.setValue(1)
    assert dialog.preview.horizontalHeaderItem(1).text() == "power_kw"
    dialog.timestamp_format.setText("%Y/%m/%d %H:%M")
    assert dialog.check()
    assert "1,051,200 kWh in all, peak 120 kW" in dialog.report.text()
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    window.import_meter_file(path, dialog)
    (meter,) = window.document.project.load.meters
    assert meter.file.mapping.value_column == "power_kw"
    assert window.document.undo_stack.undoText() == "Import meter 'meter.csv'"


def test_a_bad_mapping_shows_the_reason_in_the_dialog(qtbot, tmp_path):
    path = tmp_path / "meter.csv"
    path.write_text("time,kW\n2023-01-01 00:00,1\n2023-01-01 00:15,abc\n")
    dialog = LoadImportDialog(path)
    qtbot.addWidget(dialog)
    assert not dialog.check()
    assert "line 3" in dialog.report.text()


def test_monthly_bills_replace_the_annual_figure_and_bad_ones_are_refused(qtbot, window, dialogs):
    click_tree(qtbot, window, "load")
    panel = window.properties.load_panel
    qtbot.mouseClick(panel.add_synthetic, Qt.MouseButton.LeftButton)
    bills = ", ".join(str(80_000 + 1000 * k) for k in range(12))
    panel.monthly.setText(bills)
    panel.monthly.editingFinished.emit()
    (meter,) = window.document.project.load.meters
    assert meter.synthetic.monthly_kwh[11] == 91_000.0
    assert meter.synthetic.annual_kwh is None
    panel.monthly.setText("1, 2, three")
    panel.monthly.editingFinished.emit()
    assert dialogs.errors == [
        "Cannot take this value: monthly bills: expected 12 numbers in kWh, got '1, 2, three'"
    ]
    dialogs.errors.clear()
    assert window.document.project.load.meters[0].synthetic.monthly_kwh[11] == 91_000.0
