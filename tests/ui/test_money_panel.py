"""Money and carbon settings in the window: edit, undo, and the figures after simulating."""

from __future__ import annotations

import pytest

from tests.ui.test_main_window import type_into
from tests.ui.test_plan_tools import click_tree

pytestmark = pytest.mark.gui


def test_a_flat_tariff_discount_rate_and_grid_factor_each_one_step(qtbot, window):
    click_tree(qtbot, window, "money")
    panel = window.money_panel
    assert window.properties.currentWidget() is panel
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
