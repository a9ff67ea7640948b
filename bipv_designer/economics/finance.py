"""Money over the system's life: cash flows, NPV, IRR, payback, LCOE and sensitivities
(docs/economics.md). Figures are per year, year 0 being the investment."""

from __future__ import annotations

import numpy as np
import pandas as pd
from msgspec import Struct
from msgspec.structs import replace
from scipy import optimize

from bipv_designer.errors import TariffError
from bipv_designer.project.money_model import Costs, costs_problem
from bipv_designer.words import N_


class FirstYear(Struct, frozen=True):
    """What the simulation and balance give for the first year.

    Attributes
    ----------
    capex : float  capital cost after the cladding credit [currency]
    kwp : float  DC nameplate [kWp]
    pv_kwh : float  PV energy [kWh]
    savings : float  bill before minus bill after [currency]
    export_revenue : float  [currency]
    co2_avoided_t : float  [tCO2]
    """

    capex: float
    kwp: float
    pv_kwh: float
    savings: float
    export_revenue: float
    co2_avoided_t: float = 0.0


def yield_factors(costs: Costs) -> np.ndarray:
    """Energy of years 1..N relative to the simulated nominal year [-]: the first-year
    degradation, then the yearly one compounded."""
    years = np.arange(costs.lifetime_years)
    return (1.0 - costs.first_year_degradation) * (1.0 - costs.yearly_degradation) ** years


def cash_flows(first: FirstYear, costs: Costs) -> pd.DataFrame:
    """The year-by-year table [currency]; savings and export revenue scale with the
    year's energy and the tariff escalation."""
    check_costs(costs)
    n = costs.lifetime_years
    years = np.arange(n + 1)
    energy = np.concatenate([[0.0], yield_factors(costs)])
    prices = np.concatenate([[0.0], (1.0 + costs.tariff_escalation) ** np.arange(n)])
    savings = first.savings * energy * prices
    export = first.export_revenue * energy * prices
    subsidy = np.where(
        (years >= 1) & (years <= costs.subsidy_years),
        costs.subsidy_per_kwh * first.pv_kwh * energy,
        0.0,
    )
    subsidy += costs.subsidy_per_tco2 * first.co2_avoided_t * energy
    subsidy[0] = costs.subsidy_one_off
    om = np.where(
        years >= 1, costs.om_per_kwp_year * first.kwp + costs.insurance_share * first.capex, 0.0
    )
    inverter = np.where(
        (years == costs.inverter_replacement_year) & (years >= 1),
        costs.inverter_replacement_per_kwp * first.kwp,
        0.0,
    )
    loan = first.capex * costs.loan_share
    payment = _annuity(loan, costs.loan_rate, costs.loan_years)
    debt_service = np.where((years >= 1) & (years <= costs.loan_years), payment, 0.0)
    investment = np.where(years == 0, first.capex - loan, 0.0)
    net = savings + export + subsidy - om - inverter - debt_service - investment
    return pd.DataFrame(
        {
            "pv_kwh": first.pv_kwh * energy,
            "savings": savings,
            "export_revenue": export,
            "subsidy": subsidy,
            "om_and_insurance": -om,
            "inverter_replacement": -inverter,
            "debt_service": -debt_service,
            "investment": -investment,
            "net": net,
            "cumulative": np.cumsum(net),
        },
        index=pd.Index(years, name="year"),
    )


def npv(rate: float, flows: np.ndarray) -> float:
    """Net present value of flows at years 0..N."""
    if rate <= -1.0:
        raise TariffError(
            N_("Errors", "discount rate: expected above -100 %, got {rate:g} %").format(
                rate=100 * rate
            )
        )
    return float(np.sum(np.asarray(flows) / (1.0 + rate) ** np.arange(len(flows))))


def irr(flows: np.ndarray) -> float | None:
    """The rate at which the NPV is zero; None when the flows never change sign."""
    flows = np.asarray(flows, dtype=float)
    if not (flows.min() < 0 < flows.max()):
        return None
    low, high = -0.99, 10.0
    if np.sign(npv(low, flows)) == np.sign(npv(high, flows)):
        return None
    return float(optimize.brentq(lambda r: npv(r, flows), low, high, xtol=1e-12))


def payback_years(flows: np.ndarray, rate: float = 0.0) -> float | None:
    """Years until the (discounted) cumulative cash turns positive, interpolated within
    the year; None if it never does."""
    discounted = np.asarray(flows) / (1.0 + rate) ** np.arange(len(flows))
    cumulative = np.cumsum(discounted)
    positive = np.flatnonzero(cumulative >= 0)
    if cumulative[0] >= 0:
        return 0.0
    if positive.size == 0:
        return None
    year = int(positive[0])
    return float(year - 1 + -cumulative[year - 1] / discounted[year])


def lcoe(first: FirstYear, costs: Costs) -> float:
    """Levelised cost of energy [currency/kWh]: discounted lifetime costs (capital,
    O&M, insurance, inverter replacement) over discounted lifetime energy (NREL's
    simple LCOE definition)."""
    table = cash_flows(first, _without_financing(costs))
    discount = (1.0 + costs.discount_rate) ** -np.arange(len(table))
    cost = first.capex - np.sum(
        (table["om_and_insurance"] + table["inverter_replacement"]) * discount
    )
    energy = np.sum(table["pv_kwh"] * discount)
    return float(cost / energy) if energy > 0 else float("nan")


def summary(first: FirstYear, costs: Costs) -> dict:
    """NPV, IRR, paybacks, LCOE and the NPV at ±20 % on price, yield and cost."""
    table = cash_flows(first, costs)
    flows = table["net"].to_numpy()
    figures = {
        "npv": npv(costs.discount_rate, flows),
        "irr": irr(flows),
        "simple_payback_years": payback_years(flows),
        "discounted_payback_years": payback_years(flows, costs.discount_rate),
        "lcoe_per_kwh": lcoe(first, costs),
    }
    sensitivity = {}
    for name, change in (("price", "price"), ("yield", "yield"), ("cost", "cost")):
        sensitivity[name] = {
            f"{100 * step:+.0f}%": npv(
                costs.discount_rate,
                cash_flows(_varied(first, change, step), _varied_costs(costs, change, step))[
                    "net"
                ].to_numpy(),
            )
            for step in (-0.2, 0.2)
        }
    figures["npv_sensitivity"] = sensitivity
    return figures


def check_costs(costs: Costs) -> None:
    """TariffError naming the first cost setting out of range."""
    problem = costs_problem(costs)
    if problem is not None:
        field, message = problem
        raise TariffError(
            N_("Errors", "{path}: {problem}").format(path=field.replace("_", " "), problem=message)
        )


def _annuity(principal: float, rate: float, years: int) -> float:
    if principal <= 0 or years <= 0:
        return 0.0
    if rate == 0:
        return principal / years
    return principal * rate / (1.0 - (1.0 + rate) ** -years)


def _varied(first: FirstYear, change: str, step: float) -> FirstYear:
    factor = 1.0 + step
    if change == "price":
        return replace(
            first, savings=first.savings * factor, export_revenue=first.export_revenue * factor
        )
    if change == "yield":
        return replace(
            first,
            pv_kwh=first.pv_kwh * factor,
            savings=first.savings * factor,
            export_revenue=first.export_revenue * factor,
            co2_avoided_t=first.co2_avoided_t * factor,
        )
    return replace(first, capex=first.capex * factor)


def _varied_costs(costs: Costs, change: str, step: float) -> Costs:
    if change != "cost":
        return costs
    factor = 1.0 + step
    return replace(
        costs,
        om_per_kwp_year=costs.om_per_kwp_year * factor,
        inverter_replacement_per_kwp=costs.inverter_replacement_per_kwp * factor,
    )


def _without_financing(costs: Costs) -> Costs:
    """The costs without loan and subsidies (they are not costs of energy)."""
    return replace(
        costs, loan_share=0.0, subsidy_one_off=0.0, subsidy_per_kwh=0.0, subsidy_per_tco2=0.0
    )
