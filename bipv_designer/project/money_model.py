"""Document values of tariffs (issue 7; docs/economics.md)."""

import math

from bipv_designer.project.value import Value
from bipv_designer.words import N_, Text


class TouPeriod(Value):
    """A named time-of-use period and its energy price.

    Attributes
    ----------
    name : str  e.g. ``critical_peak``, ``peak``, ``flat``, ``valley``, ``deep_valley``
    price_per_kwh : float  [currency/kWh]
    export_price_per_kwh : float or None  price of exported energy in this period
        [currency/kWh]; None takes the tariff's fixed export price
    """

    name: str
    price_per_kwh: float
    export_price_per_kwh: float | None = None


class TouBands(Value):
    """Which period each hour of the day belongs to, for some months and day types.

    Attributes
    ----------
    months : tuple of int  1..12
    day_type : str  ``working``, ``holiday`` (weekends and public holidays) or ``all``
    hours : tuple of (period name, start hour, end hour)  ranges [start, end) in hours
        of the day, 0..24; together they cover every hour exactly once
    """

    months: tuple[int, ...]
    day_type: str
    hours: tuple[tuple[str, int, int], ...]


class Tariff(Value):
    """An electricity tariff.

    Attributes
    ----------
    name : str
    currency : str  e.g. ``CNY``
    periods : tuple of TouPeriod
    bands : tuple of TouBands  the first that matches a month and day type applies
    export_price_per_kwh : float  price of exported energy [currency/kWh]
    demand_charge_per_kw_month : float  charge on each month's peak import [currency/kW]
    source : str  where the structure and prices come from, with the year
    """

    name: str
    currency: str
    periods: tuple[TouPeriod, ...]
    bands: tuple[TouBands, ...]
    export_price_per_kwh: float = 0.0
    demand_charge_per_kw_month: float = 0.0
    source: str = ""


class Costs(Value):
    """What the system costs and earns over its life (docs/economics.md); ``problem()``
    names the first setting out of range.

    Attributes
    ----------
    capex_per_wp : dict-like tuple of (array kind, currency/Wp)  kinds ``roof_bapv``,
        ``roof_bipv``, ``facade_bipv``
    bipv_capex_per_m2 : float  added cost per m2 of BIPV elements [currency/m2]
    cladding_credit_per_m2 : float  cost of the cladding or glazing BIPV replaces [currency/m2]
    om_per_kwp_year : float  operation and maintenance [currency/kWp/yr]
    insurance_share : float  yearly insurance as a share of capital cost [-]
    inverter_replacement_year : int  0 for none
    inverter_replacement_per_kwp : float  [currency/kWp]
    first_year_degradation : float  [-] (GB 55015-2021 limit for mono-Si: 0.03)
    yearly_degradation : float  [-/yr] (GB 55015-2021 limit: 0.007)
    tariff_escalation : float  yearly change of electricity prices [-/yr]
    discount_rate : float  [-/yr]; must be above -100 %
    lifetime_years : int  (GB 55015-2021: design life over 25 years)
    loan_share : float  share of capital cost borrowed [-]
    loan_rate : float  [-/yr]
    loan_years : int
    subsidy_one_off : float  [currency] at year 0
    subsidy_per_kwh : float  [currency/kWh] of PV energy
    subsidy_years : int  years the per-kWh subsidy is paid
    subsidy_per_tco2 : float  [currency/tCO2] avoided (as in Guangdong's carbon inclusion)
    """

    capex_per_wp: tuple[tuple[str, float], ...] = (
        ("roof_bapv", 3.0),
        ("roof_bipv", 4.5),
        ("facade_bipv", 6.0),
    )
    bipv_capex_per_m2: float = 0.0
    cladding_credit_per_m2: float = 0.0
    om_per_kwp_year: float = 40.0
    insurance_share: float = 0.003
    inverter_replacement_year: int = 12
    inverter_replacement_per_kwp: float = 200.0
    first_year_degradation: float = 0.03
    yearly_degradation: float = 0.007
    tariff_escalation: float = 0.0
    discount_rate: float = 0.06
    lifetime_years: int = 25
    loan_share: float = 0.0
    loan_rate: float = 0.04
    loan_years: int = 10
    subsidy_one_off: float = 0.0
    subsidy_per_kwh: float = 0.0
    subsidy_years: int = 0
    subsidy_per_tco2: float = 0.0


class CarbonSettings(Value):
    """How CO2 and the zero-carbon park indicator are counted (docs/carbon.md).

    Attributes
    ----------
    grid_factor : str  a key of resources/carbon/china_grid_factors.json or ``custom:VALUE``
    count_exports : bool  exported PV energy counts as avoided grid electricity
    electricity_method : str  ``calorific`` (0.1229 kgce/kWh) or ``coal_consumption``
    other_carriers : tuple of (carrier, amount)  the park's yearly use of other energy,
        carriers of resources/carbon/energy_carriers.json (e.g. ``natural_gas_m3``)
    park_electricity_kwh : float or None  the park's yearly electricity; None takes the
        load of the balance
    hourly_factors : tuple of float  24 grid factors by hour of the day [kgCO2/kWh]
        (e.g. from a grid operator's marginal data); when given they replace
        ``grid_factor`` for the PV's avoided CO2, weighted by when the PV replaces the grid
    """

    grid_factor: str = "national_2022"
    count_exports: bool = True
    electricity_method: str = "calorific"
    other_carriers: tuple[tuple[str, float], ...] = ()
    park_electricity_kwh: float | None = None
    hourly_factors: tuple[float, ...] = ()


class Economics(Value):
    """The money settings of a project: the tariff and the costs."""

    tariff: Tariff
    costs: Costs = Costs()


ARRAY_KINDS = ("roof_bapv", "roof_bipv", "facade_bipv")
"""How the costs see an array: roof modules on mounts, roof BIPV, facade BIPV."""

SHARES = ("first_year_degradation", "yearly_degradation", "loan_share", "insurance_share")
NON_NEGATIVE = (
    "bipv_capex_per_m2",
    "cladding_credit_per_m2",
    "om_per_kwp_year",
    "inverter_replacement_per_kwp",
    "subsidy_one_off",
    "subsidy_per_kwh",
    "subsidy_per_tco2",
)
WHOLE_YEARS = ("inverter_replacement_year", "loan_years", "subsidy_years")


def costs_problem(costs: Costs) -> tuple[str, Text] | None:
    """The first cost setting out of range: (field, what was expected and what came), or
    None. Prices and costs are >= 0, cost kinds are those of ARRAY_KINDS, shares in
    [0, 1), the lifetime at least a year, the discount rate above -100 %."""
    for k, (kind, price) in enumerate(costs.capex_per_wp):
        if kind not in ARRAY_KINDS:
            return (
                f"capex_per_wp[{k}]",
                N_("Errors", "expected one of {kinds}, got {kind}").format(
                    kinds=", ".join(ARRAY_KINDS), kind=repr(kind)
                ),
            )
        if not (math.isfinite(price) and price >= 0.0):
            return f"capex_per_wp[{k}]", N_(
                "Errors", "{kind}: expected a cost >= 0 per Wp, got {price:g}"
            ).format(kind=kind, price=price)
    for name in NON_NEGATIVE:
        value = getattr(costs, name)
        if not (math.isfinite(value) and value >= 0.0):
            return name, N_("Errors", "expected a value >= 0, got {value:g}").format(value=value)
    for name in SHARES:
        value = getattr(costs, name)
        if not 0.0 <= value < 1.0:
            return name, N_("Errors", "expected a share in [0, 1), got {value:g}").format(
                value=value
            )
    if not (math.isfinite(costs.discount_rate) and costs.discount_rate > -1.0):
        return "discount_rate", N_("Errors", "expected above -100 %, got {rate:g} %").format(
            rate=100 * costs.discount_rate
        )
    for name in ("tariff_escalation", "loan_rate"):
        value = getattr(costs, name)
        if not (math.isfinite(value) and value > -1.0):
            return name, N_(
                "Errors", "expected a yearly rate above -100 %, got {rate:g} %"
            ).format(rate=100 * value)
    if not 1 <= costs.lifetime_years <= MAX_LIFETIME_YEARS:
        return "lifetime_years", N_("Errors", "expected 1 to {most} years, got {years}").format(
            most=MAX_LIFETIME_YEARS, years=costs.lifetime_years
        )
    for name in WHOLE_YEARS:
        if not 0 <= getattr(costs, name) <= MAX_LIFETIME_YEARS:
            return name, N_("Errors", "expected 0 to {most} years, got {years}").format(
                most=MAX_LIFETIME_YEARS, years=getattr(costs, name)
            )
    return None


MAX_LIFETIME_YEARS = 100
"""Longest lifetime (and loan, subsidy, replacement year) taken [years]."""
