"""Money and carbon settings in the window: edit, undo, and the figures after simulating."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_main_window import type_into
from tests.ui.test_plan_tools import click_tree

pytestmark = pytest.mark.gui


def test_a_flat_tariff_discount_rate_and_grid_factor_each_one_step(qtbot, window):
    click_tree(qtbot, window, "money")
    panel = window.properties.money_panel
    assert window.properties.current_page() is panel
    type_into(qtbot, panel.price, "0.85")
    economics = window.document.project.tariff
    assert economics.tariff.periods[0].price_per_kwh == 0.85
    assert window.document.undo_stack.undoText() == "Change the tariff or costs"
    type_into(qtbot, panel.discount, "8")
    assert window.document.project.tariff.costs.discount_rate == pytest.approx(0.08)
    panel.factor.setCurrentIndex(panel.factor.findData("province_jiangsu_2022"))
    panel.factor.activated.emit(panel.factor.currentIndex())
    assert window.document.project.carbon.grid_factor == "province_jiangsu_2022"
    window.undo_action.trigger()
    assert window.document.project.carbon is None
    window.undo_action.trigger()
    assert window.document.project.tariff.costs.discount_rate == pytest.approx(0.06)


def test_the_time_of_use_grid_is_typed_checked_and_undone(qtbot, window):
    click_tree(qtbot, window, "money")
    panel = window.properties.money_panel
    type_into(qtbot, panel.price, "0.6")
    editor = panel.tou
    qtbot.mouseClick(editor.add_period, Qt.MouseButton.LeftButton)
    editor.periods.item(1, 0).setText("peak")
    editor.periods.item(1, 1).setText("1.2")
    editor.bands.item(0, 2).setText("flat 0-10, peak 10-12, flat 12-24")
    tariff = window.document.project.tariff.tariff
    assert [p.name for p in tariff.periods] == ["flat", "peak"]
    assert tariff.bands[-1].hours == (("flat", 0, 10), ("peak", 10, 12), ("flat", 12, 24))
    editor.bands.item(0, 2).setText("flat 0-10, peak 9-12, flat 12-24")
    assert "hour 9:00 is in both" in editor.problem.text()
    assert window.document.project.tariff.tariff.bands[-1].hours[1] == ("peak", 10, 12)
    editor.periods.item(1, 1).setText("dear")
    assert "expected a number" in editor.problem.text()


def test_a_demand_charge_is_one_step(qtbot, window):
    click_tree(qtbot, window, "money")
    type_into(qtbot, window.properties.money_panel.demand, "35")
    assert window.document.project.tariff.tariff.demand_charge_per_kw_month == 35.0


def test_the_parks_other_energy_and_hourly_factors(qtbot, window, dialogs):
    click_tree(qtbot, window, "money")
    panel = window.properties.money_panel
    type_into(qtbot, panel.carriers["diesel_kg"], "5000")
    assert dict(window.document.project.carbon.other_carriers) == {"diesel_kg": 5000.0}
    panel.hourly.setText("0.5, 0.6")
    panel.hourly.editingFinished.emit()
    assert "expected 24 numbers" in dialogs.errors[0]
    dialogs.errors.clear()
    panel.hourly.setText(", ".join(["0.5"] * 24))
    panel.hourly.editingFinished.emit()
    assert window.document.project.carbon.hourly_factors == (0.5,) * 24
