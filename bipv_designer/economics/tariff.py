"""Time-of-use tariffs: checks, the period and price of each interval, bills and export
revenue (docs/economics.md)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from bipv_designer.energy.calendar import working_days
from bipv_designer.errors import TariffError
from bipv_designer.paths import resource
from bipv_designer.project.codec import decode
from bipv_designer.project.energy_model import WorkingWeek
from bipv_designer.project.money_model import Tariff, TouBands, TouPeriod
from bipv_designer.words import N_

DAY_TYPES = ("working", "holiday", "all")


def check_tariff(tariff: Tariff) -> Tariff:
    """``tariff`` if it is consistent; TariffError naming the first problem."""
    names = [p.name for p in tariff.periods]
    if len(set(names)) != len(names):
        raise TariffError(
            N_("Errors", "tariff {tariff}: period names repeat: {names}").format(
                tariff=repr(tariff.name), names=str(names)
            )
        )
    for period in tariff.periods:
        for message, value in (
            (
                N_(
                    "Errors",
                    "tariff {tariff}, period {period}: price {value}; expected a price >= 0",
                ),
                period.price_per_kwh,
            ),
            (
                N_(
                    "Errors",
                    "tariff {tariff}, period {period}: export price {value}; "
                    "expected a price >= 0",
                ),
                period.export_price_per_kwh,
            ),
        ):
            if value is not None and not (np.isfinite(value) and value >= 0):
                raise TariffError(
                    message.format(tariff=repr(tariff.name), period=repr(period.name), value=value)
                )
    for message, value in (
        (
            N_("Errors", "tariff {tariff}: export price {value}; expected >= 0"),
            tariff.export_price_per_kwh,
        ),
        (
            N_("Errors", "tariff {tariff}: demand charge {value}; expected >= 0"),
            tariff.demand_charge_per_kw_month,
        ),
    ):
        if not (np.isfinite(value) and value >= 0):
            raise TariffError(message.format(tariff=repr(tariff.name), value=value))
    if not tariff.bands:
        raise TariffError(
            N_("Errors", "tariff {tariff}: no time-of-use bands").format(tariff=repr(tariff.name))
        )
    for k, bands in enumerate(tariff.bands):
        where = N_("Errors", "tariff {tariff}, bands {number}").format(
            tariff=repr(tariff.name), number=k + 1
        )
        if bands.day_type not in DAY_TYPES:
            raise TariffError(
                N_("Errors", "{where}: day type {day_type}; expected {day_types}").format(
                    where=where, day_type=repr(bands.day_type), day_types=str(DAY_TYPES)
                )
            )
        if not bands.months or any(m < 1 or m > 12 for m in bands.months):
            raise TariffError(
                N_("Errors", "{where}: months {months}; expected 1..12").format(
                    where=where, months=str(bands.months)
                )
            )
        owner: list[str | None] = [None] * 24
        for period, start, end in bands.hours:
            if period not in names:
                raise TariffError(
                    N_("Errors", "{where}: period {period} is not one of {names}").format(
                        where=where, period=repr(period), names=str(names)
                    )
                )
            if not 0 <= start < end <= 24:
                raise TariffError(
                    N_(
                        "Errors", "{where}: hours {start}-{end}; expected 0 <= start < end <= 24"
                    ).format(where=where, start=start, end=end)
                )
            for hour in range(start, end):
                if owner[hour] is not None:
                    raise TariffError(
                        N_(
                            "Errors", "{where}: hour {hour}:00 is in both {first} and {second}"
                        ).format(
                            where=where, hour=hour, first=repr(owner[hour]), second=repr(period)
                        )
                    )
                owner[hour] = period
        missing = [h for h, p in enumerate(owner) if p is None]
        if missing:
            raise TariffError(
                N_("Errors", "{where}: hours {hours} belong to no period").format(
                    where=where, hours=", ".join(f"{h}:00" for h in missing)
                )
            )
    for month in range(1, 13):
        for day_type in ("working", "holiday"):
            if _bands_for(tariff, month, day_type) is None:
                message = (
                    N_("Errors", "tariff {tariff}: no bands for month {month} on working days")
                    if day_type == "working"
                    else N_(
                        "Errors", "tariff {tariff}: no bands for month {month} on holiday days"
                    )
                )
                raise TariffError(message.format(tariff=repr(tariff.name), month=month))
    return tariff


def periods(
    tariff: Tariff,
    index: pd.DatetimeIndex,
    week: WorkingWeek = WorkingWeek.MONDAY_TO_FRIDAY,
    *,
    public_holidays: bool = True,
) -> pd.Series:
    """The period name of each interval (interval starts in local time)."""
    check_tariff(tariff)
    working = working_days(index, week, public_holidays=public_holidays)
    month = index.month.to_numpy()
    hour = index.hour.to_numpy()
    names = np.empty(len(index), dtype=object)
    for m in range(1, 13):
        for day_type, mask in (("working", working), ("holiday", ~working)):
            table = _hour_table(_bands_for(tariff, m, day_type))
            chosen = (month == m) & mask
            names[chosen] = table[hour[chosen]]
    return pd.Series(names, index=index, name="period")


def prices(tariff: Tariff, period_names: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Energy price and export price of each interval [currency/kWh]."""
    which = pd.Index([p.name for p in tariff.periods]).get_indexer(period_names)
    energy = np.array([p.price_per_kwh for p in tariff.periods])
    export = np.array(
        [
            tariff.export_price_per_kwh
            if p.export_price_per_kwh is None
            else p.export_price_per_kwh
            for p in tariff.periods
        ]
    )
    index = period_names.index
    return pd.Series(energy[which], index=index), pd.Series(export[which], index=index)


def bill(
    tariff: Tariff, import_kwh: pd.Series, period_names: pd.Series, interval_hours: float
) -> dict[str, float]:
    """The grid bill of an import series: energy per period, demand charge and total."""
    energy_price, _ = prices(tariff, period_names)
    cost = import_kwh * energy_price
    by_period = cost.groupby(period_names).sum()
    monthly_peak_kw = (import_kwh / interval_hours).groupby(import_kwh.index.month).max()
    demand = float(monthly_peak_kw.sum() * tariff.demand_charge_per_kw_month)
    result = {
        f"energy_{name}": float(by_period.get(name, 0.0))
        for name in (p.name for p in tariff.periods)
    }
    result["demand_charge"] = demand
    result["total"] = float(cost.sum()) + demand
    return result


def export_revenue(tariff: Tariff, export_kwh: pd.Series, period_names: pd.Series) -> float:
    """What the exported energy earns [currency]."""
    _, export_price = prices(tariff, period_names)
    return float((export_kwh * export_price).sum())


def peak_mask(tariff: Tariff, period_names: pd.Series) -> pd.Series:
    """True in the dearest periods (peak and critical peak: the two highest prices)."""
    ranked = sorted(tariff.periods, key=lambda p: p.price_per_kwh, reverse=True)
    dear = {p.name for p in ranked[: min(2, len(ranked) - 1)]} if len(ranked) > 1 else set()
    return period_names.isin(dear)


def flat_tariff(
    price_per_kwh: float, export_price_per_kwh: float = 0.0, currency: str = "CNY"
) -> Tariff:
    """One price all day, every day (for sites without time-of-use)."""
    return check_tariff(
        Tariff(
            name="flat",
            currency=currency,
            periods=(TouPeriod("flat", price_per_kwh),),
            bands=(TouBands(tuple(range(1, 13)), "all", (("flat", 0, 24),)),),
            export_price_per_kwh=export_price_per_kwh,
            source="user",
        )
    )


def tariff_preset(name: str) -> Tariff:
    """A bundled preset (``resources/tariffs/NAME.json``)."""
    path = resource("tariffs", f"{name}.json")
    if not path.exists():
        available = sorted(p.stem for p in Path(path.parent).glob("*.json"))
        raise TariffError(
            N_("Errors", "tariff preset {name}: not bundled; expected one of {available}").format(
                name=repr(name), available=str(available)
            )
        )
    document = json.loads(path.read_text(encoding="utf-8"))
    return check_tariff(decode(Tariff, document["tariff"], f"{path.name}: $.tariff"))


def _bands_for(tariff: Tariff, month: int, day_type: str):
    for bands in tariff.bands:
        if month in bands.months and bands.day_type in (day_type, "all"):
            return bands
    return None


def _hour_table(bands) -> np.ndarray:
    table = np.empty(24, dtype=object)
    for period, start, end in bands.hours:
        table[start:end] = period
    return table
