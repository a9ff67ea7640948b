"""Finance by hand: NPV, IRR, payback, LCOE, loans and refusals."""

from __future__ import annotations

import math

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.economics.finance import (
    FirstYear,
    cash_flows,
    irr,
    lcoe,
    npv,
    payback_years,
    summary,
)
from bipv_designer.errors import TariffError
from bipv_designer.project.money_model import Costs

PLAIN = Costs(
    om_per_kwp_year=0.0,
    insurance_share=0.0,
    inverter_replacement_year=0,
    first_year_degradation=0.0,
    yearly_degradation=0.0,
    discount_rate=0.08,
    lifetime_years=20,
)


def test_npv_and_irr_of_a_known_series():
    flows = np.array([-100.0, 60.0, 60.0])
    assert npv(0.10, flows) == pytest.approx(-100 + 60 / 1.1 + 60 / 1.21)
    x = (-1 + math.sqrt(1 + 4 * 100 / 60)) / 2  # 60 x + 60 x^2 = 100, x = 1 / (1 + r)
    assert irr(flows) == pytest.approx(1 / x - 1, abs=1e-10)
    assert irr(np.array([10.0, 5.0])) is None


def test_payback_simple_and_discounted():
    flows = np.array([-100.0, 30.0, 30.0, 30.0, 30.0])
    assert payback_years(flows) == pytest.approx(3 + 10 / 30)
    longer = np.array([-100.0, 30.0, 30.0, 30.0, 30.0, 30.0])
    assert payback_years(longer, 0.1) > payback_years(longer)
    assert payback_years(np.array([-100.0, 10.0])) is None


def test_lcoe_is_discounted_cost_over_discounted_energy():
    costs = replace(PLAIN, om_per_kwp_year=20.0)
    first = FirstYear(
        capex=1_000_000.0, kwp=500.0, pv_kwh=600_000.0, savings=0.0, export_revenue=0.0
    )
    annuity = (1 - 1.08**-20) / 0.08
    expected = (1_000_000 + 20 * 500 * annuity) / (600_000 * annuity)
    assert lcoe(first, costs) == pytest.approx(expected, rel=1e-12)


def test_savings_follow_degradation_and_escalation():
    costs = replace(
        PLAIN, first_year_degradation=0.03, yearly_degradation=0.007, tariff_escalation=0.02
    )
    first = FirstYear(capex=100.0, kwp=1.0, pv_kwh=1000.0, savings=50.0, export_revenue=10.0)
    table = cash_flows(first, costs)
    assert table.loc[1, "savings"] == pytest.approx(50 * 0.97)
    assert table.loc[3, "savings"] == pytest.approx(50 * 0.97 * 0.993**2 * 1.02**2)
    assert table.loc[0, "net"] == pytest.approx(-100.0)


def test_a_loan_turns_capital_into_annuities():
    costs = replace(PLAIN, loan_share=0.5, loan_rate=0.05, loan_years=10)
    first = FirstYear(capex=1000.0, kwp=1.0, pv_kwh=1.0, savings=200.0, export_revenue=0.0)
    table = cash_flows(first, costs)
    payment = 500 * 0.05 / (1 - 1.05**-10)
    assert table.loc[0, "investment"] == pytest.approx(-500.0)
    assert table.loc[1, "debt_service"] == pytest.approx(-payment)
    assert table.loc[11, "debt_service"] == 0.0


def test_sensitivity_moves_npv_the_right_way():
    first = FirstYear(capex=1000.0, kwp=1.0, pv_kwh=1000.0, savings=150.0, export_revenue=10.0)
    figures = summary(first, PLAIN)
    tornado = figures["npv_sensitivity"]
    assert tornado["price"]["+20%"] > figures["npv"] > tornado["price"]["-20%"]
    assert tornado["cost"]["+20%"] < figures["npv"] < tornado["cost"]["-20%"]


@pytest.mark.parametrize("rate", [-1.0, -1.5])
def test_a_discount_rate_at_or_below_minus_100_percent_is_refused(rate):
    first = FirstYear(capex=1.0, kwp=1.0, pv_kwh=1.0, savings=1.0, export_revenue=0.0)
    with pytest.raises(TariffError, match="discount rate: expected above -100 %"):
        summary(first, replace(PLAIN, discount_rate=rate))
