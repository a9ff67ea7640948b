"""Document values of tariffs (issue 7; docs/economics.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TouPeriod:
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


@dataclass(frozen=True, slots=True)
class TouBands:
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


@dataclass(frozen=True, slots=True)
class Tariff:
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
