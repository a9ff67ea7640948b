"""Money and carbon of a simulated project with its balance (docs/economics.md,
docs/carbon.md), as a JSON-ready document and as text."""

from __future__ import annotations

from typing import Any

import pandas as pd

from bipv_designer.carbon.accounting import ElectricityMethod, avoided, park_indicator
from bipv_designer.carbon.factors import grid_factor, hourly_profile_factor
from bipv_designer.economics.finance import FirstYear, cash_flows, summary, yield_factors
from bipv_designer.economics.quote import quote
from bipv_designer.economics.tariff import bill, export_revenue, periods
from bipv_designer.energy.park import ParkBalance
from bipv_designer.project.model import Project
from bipv_designer.project.money_model import CarbonSettings, Costs
from bipv_designer.simulation.result import TOTAL, SimulationResult


def money_json(
    project: Project,
    result: SimulationResult,
    park: ParkBalance | None,
    carbon: dict[str, Any],
) -> dict[str, Any] | None:
    """Bills, cash flows, NPV, IRR, LCOE, sensitivity and the quote; None without a tariff.
    ``carbon`` is :func:`carbon_figures` of the same run (its first-year CO2)."""
    if project.tariff is None:
        return None
    tariff, costs = project.tariff.tariff, project.tariff.costs
    excluded = {s.id for s in project.surfaces if s.excluded}
    lines = quote(project, costs, excluded)
    capex = float(lines["amount"].iloc[-1])
    total = result.summary().loc[TOTAL]
    kwp, pv_kwh = float(total["dc_kwp"]), float(total["annual_ac_kwh"])
    notes = []
    if park is None:
        notes.append("no load: all PV energy counted as used on site at the tariff's prices")
        table = pd.DataFrame({"load_kwh": result.energy_kwh(result.ac_power).sum(axis=1)})
        table["import_kwh"] = 0.0
        table["export_kwh"] = 0.0
        interval_hours = result.interval_hours
    else:
        table = park.balance.intervals
        interval_hours = park.balance.interval_hours
    names = periods(tariff, table.index)
    before = bill(tariff, table["load_kwh"], names, interval_hours)
    after = bill(tariff, table["import_kwh"], names, interval_hours)
    revenue = export_revenue(tariff, table["export_kwh"], names)
    first = FirstYear(
        capex=capex,
        kwp=kwp,
        pv_kwh=pv_kwh,
        savings=before["total"] - after["total"],
        export_revenue=revenue,
        co2_avoided_t=carbon["co2_avoided_t_first_year"] / yield_factors(costs)[0]
        if carbon
        else 0.0,
    )
    flows = cash_flows(first, costs)
    return {
        "currency": tariff.currency,
        "tariff": tariff.name,
        "tariff_source": tariff.source,
        "bill_before": before,
        "bill_after": after,
        "savings_first_year": first.savings,
        "export_revenue_first_year": revenue,
        "capex": capex,
        **summary(first, costs),
        "cash_flows": flows.reset_index().to_dict(orient="records"),
        "quote": lines.to_dict(orient="records"),
        "notes": notes,
    }


def carbon_figures(
    project: Project, result: SimulationResult, park: ParkBalance | None
) -> dict[str, Any]:
    """CO2 avoided, coal saved and, with the park's energy use, the park indicator."""
    settings = project.carbon or CarbonSettings()
    costs = project.tariff.costs if project.tariff else Costs()
    factor = grid_factor(settings.grid_factor)
    pv = float(result.summary().loc[TOTAL, "annual_ac_kwh"])
    if park is None:
        used, exported, load = pv, 0.0, None
    else:
        figures = park.balance.figures()
        used = figures["pv_kwh"] - figures["export_kwh"] - figures["curtailed_kwh"]
        exported, load = figures["export_kwh"], figures["load_kwh"]
    if settings.hourly_factors:
        replaced = result.energy_kwh(result.ac_power).sum(axis=1)
        if park is not None:
            table = park.balance.intervals
            replaced = table["pv_kwh"] - table["curtailed_kwh"]
            if not settings.count_exports:
                replaced = replaced - table["export_kwh"]
        factor = hourly_profile_factor(settings.hourly_factors, replaced)
    saved = avoided(
        used, exported, factor, yield_factors(costs), count_exports=settings.count_exports
    )
    document = {
        "grid_factor": {
            "key": factor.key,
            "kg_per_kwh": factor.kg_per_kwh,
            "label": factor.label,
            "status": factor.status,
            "source": factor.source,
        },
        "count_exports": settings.count_exports,
        "co2_avoided_t_first_year": saved.co2_t_first_year,
        "co2_avoided_t_lifetime": saved.co2_t_lifetime,
        "co2_avoided_t_by_year": list(saved.co2_t_by_year),
        "standard_coal_saved_t_calorific": saved.coal_t_calorific_first_year,
        "standard_coal_saved_t_coal_consumption": saved.coal_t_coal_consumption_first_year,
    }
    electricity = (
        settings.park_electricity_kwh if settings.park_electricity_kwh is not None else load
    )
    if electricity:
        document["park_indicator"] = park_indicator(
            electricity,
            dict(settings.other_carriers),
            factor,
            pv_self_consumed_kwh=min(used, electricity),
            method=ElectricityMethod(settings.electricity_method),
        )
    return document


def money_text(money: dict[str, Any] | None, carbon: dict[str, Any]) -> str:
    """Money and carbon as lines of text."""
    lines = [""]
    if money is not None:
        c = money["currency"]
        irr = "-" if money["irr"] is None else f"{100 * money['irr']:.1f} %"
        simple = _years(money["simple_payback_years"])
        discounted = _years(money["discounted_payback_years"])
        lines += [
            f"Money ({money['tariff']}):",
            f"  capital {money['capex']:,.0f} {c}; first-year savings "
            f"{money['savings_first_year']:,.0f} {c}, export revenue "
            f"{money['export_revenue_first_year']:,.0f} {c}",
            f"  NPV {money['npv']:,.0f} {c}, IRR {irr}, simple payback {simple}, "
            f"discounted {discounted}",
            f"  LCOE {money['lcoe_per_kwh']:.3f} {c}/kWh",
        ]
        lines += [f"  note: {n}" for n in money["notes"]]
    factor = carbon["grid_factor"]
    lines += [
        f"Carbon (grid factor {factor['label']}, {factor['kg_per_kwh']} kgCO2/kWh):",
        f"  CO2 avoided {carbon['co2_avoided_t_first_year']:,.0f} t in year 1, "
        f"{carbon['co2_avoided_t_lifetime']:,.0f} t over the life",
        f"  standard coal saved {carbon['standard_coal_saved_t_calorific']:,.0f} tce "
        f"(calorific) or {carbon['standard_coal_saved_t_coal_consumption']:,.0f} tce "
        "(coal consumption)",
    ]
    indicator = carbon.get("park_indicator")
    if indicator:
        threshold = indicator["threshold_t_per_tce"] or "none below 200,000 tce"
        lines.append(
            f"  park: {indicator['energy_tce']:,.0f} tce, "
            f"{indicator['before']['intensity_t_per_tce']:.2f} -> "
            f"{indicator['after']['intensity_t_per_tce']:.2f} tCO2/tce (threshold {threshold}); "
            f"green electricity still needed {indicator['more_green_electricity_kwh']:,.0f} kWh"
        )
    return "\n".join(lines) + "\n"


def _years(value: float | None) -> str:
    return "never" if value is None else f"{value:.1f} years"
