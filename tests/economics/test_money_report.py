"""Money and carbon of the demo park, end to end through the CLI."""

from __future__ import annotations

import json

import pytest

from bipv_designer.paths import DEMO_PROJECT
from tests.test_cli import run


@pytest.fixture(scope="module")
def demo():
    code, text = run("simulate", str(DEMO_PROJECT), "--json")
    assert code == 0
    return json.loads(text)


def test_the_demo_has_bills_cash_flows_and_a_quote_that_add_up(demo):
    money = demo["money"]
    balance = demo["balance"]["park"]
    # flat 0.70 CNY/kWh: the bills are energy x price
    assert money["bill_before"]["total"] == pytest.approx(balance["load_kwh"] * 0.70)
    assert money["bill_after"]["total"] == pytest.approx(balance["import_kwh"] * 0.70)
    assert money["export_revenue_first_year"] == pytest.approx(balance["export_kwh"] * 0.391)
    lines = money["quote"]
    assert lines[-1]["item"] == "total"
    assert lines[-1]["amount"] == pytest.approx(sum(line["amount"] for line in lines[:-1]))
    assert money["capex"] == pytest.approx(lines[-1]["amount"])
    flows = money["cash_flows"]
    assert len(flows) == 26
    assert flows[0]["net"] == pytest.approx(-money["capex"])
    assert 0 < money["irr"] < 1


def test_the_demo_carbon_uses_the_east_china_factor(demo):
    carbon = demo["carbon"]
    balance = demo["balance"]["park"]
    counted = balance["pv_kwh"] - balance["curtailed_kwh"]
    assert carbon["grid_factor"]["kg_per_kwh"] == 0.55
    assert carbon["co2_avoided_t_first_year"] == pytest.approx(counted * 0.55 / 1000 * 0.97)
    assert carbon["park_indicator"]["threshold_t_per_tce"] is None


def test_the_quote_is_written_as_csv(tmp_path):
    out = tmp_path / "quote.csv"
    code, _ = run("simulate", str(DEMO_PROJECT), "--quote-csv", str(out))
    assert code == 0
    lines = out.read_text().splitlines()
    assert lines[0] == "item,quantity,unit,amount"
    assert lines[-1].startswith("total,2048.6,kWp,")
