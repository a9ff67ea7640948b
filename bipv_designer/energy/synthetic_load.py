"""Synthetic factory loads from an annual or monthly consumption and a working pattern
(docs/energy.md).

The shape is a step profile in the spirit of the generic industrial profiles of
demandlib and the shift clusters of US IAC plants (shared china-facts §7): full power
during shift hours of working days, a base load otherwise (non-production hours,
weekends, holidays, the Spring Festival shutdown), plus a cooling part that follows the
air temperature above :data:`COOLING_BASE_C`. The totals equal the input exactly: per
month when 12 monthly values are given, per year otherwise.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from bipv_designer.energy.calendar import working_days
from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import FactoryPattern
from bipv_designer.words import N_

SHIFT_HOURS = {1: (8.0, 17.0), 2: (6.0, 22.0), 3: (0.0, 24.0)}
"""Production hours [h of the day] by number of shifts: one 8 h shift with a lunch hour
(08:00-17:00), two shifts (06:00-22:00), three shifts (round the clock)."""
COOLING_BASE_C = 24.0
"""Air temperature above which cooling load appears [C] (assumption: a common base of
cooling degree hours for Chinese factory buildings)."""


def synthetic_factory_load(
    index: pd.DatetimeIndex,
    pattern: FactoryPattern,
    *,
    annual_kwh: float | None = None,
    monthly_kwh: tuple[float, ...] | None = None,
    temp_air: pd.Series | None = None,
) -> pd.Series:
    """Energy per interval [kWh] at the interval starts ``index`` (tz-aware, local time)."""
    _check(pattern, annual_kwh, monthly_kwh)
    hours = (index.hour + index.minute / 60.0).to_numpy()
    start, end = SHIFT_HOURS[pattern.shifts]
    working = working_days(
        index,
        pattern.working_week,
        public_holidays=pattern.public_holidays,
        shutdown_days_around_spring_festival=pattern.spring_festival_extra_days,
    )
    producing = working & (hours >= start) & (hours < end)
    if pattern.shifts == 1:
        producing &= ~((hours >= 12.0) & (hours < 13.0))
    process = np.where(producing, 1.0, pattern.base_load_fraction)
    cooling = _cooling_weights(index, temp_air)
    month = index.month.to_numpy() - 1
    if monthly_kwh is not None:
        targets = np.asarray(monthly_kwh, dtype=float)
        process_kwh = _spread(process, month, targets * (1.0 - pattern.cooling_share))
        cooling_kwh = _spread(
            cooling, np.zeros_like(month), [targets.sum() * pattern.cooling_share]
        )
        energy = process_kwh + cooling_kwh
        energy = energy * (targets / np.bincount(month, energy, minlength=12))[month]
    else:
        total = float(annual_kwh)
        energy = _spread(process, np.zeros_like(month), [total * (1.0 - pattern.cooling_share)])
        energy += _spread(cooling, np.zeros_like(month), [total * pattern.cooling_share])
    return pd.Series(energy, index=index, name="load_kwh")


def _spread(weights: np.ndarray, group: np.ndarray, totals) -> np.ndarray:
    """Weights scaled so that each group sums to its total."""
    sums = np.bincount(group, weights)
    totals = np.asarray(totals, dtype=float)
    factor = np.divide(totals, sums, out=np.zeros_like(totals), where=sums > 0)
    return weights * factor[group]


def _cooling_weights(index: pd.DatetimeIndex, temp_air: pd.Series | None) -> np.ndarray:
    """Cooling degree hours above the base, or a summer sine when no temperature is known."""
    if temp_air is not None:
        values = np.asarray(temp_air.reindex(index, method="nearest"), dtype=float)
        degrees = np.maximum(values - COOLING_BASE_C, 0.0)
        if degrees.sum() > 0:
            return degrees
    day = index.day_of_year.to_numpy()
    return np.maximum(np.cos(2.0 * np.pi * (day - 205) / 365.0), 0.0) ** 2


def _check(pattern: FactoryPattern, annual_kwh, monthly_kwh) -> None:
    if pattern.shifts not in SHIFT_HOURS:
        raise LoadFileError(
            N_("Errors", "shifts: expected 1, 2 or 3, got {shifts}").format(shifts=pattern.shifts)
        )
    for name in ("base_load_fraction", "cooling_share"):
        value = getattr(pattern, name)
        if not 0.0 <= value <= 1.0:
            raise LoadFileError(
                N_("Errors", "{setting}: expected a share between 0 and 1, got {value:g}").format(
                    setting=name, value=value
                )
            )
    if (annual_kwh is None) == (monthly_kwh is None):
        raise LoadFileError(
            N_("Errors", "synthetic load: give an annual kWh or 12 monthly kWh, not both")
        )
    values = [annual_kwh] if monthly_kwh is None else list(monthly_kwh)
    if monthly_kwh is not None and len(values) != 12:
        raise LoadFileError(
            N_("Errors", "monthly kWh: expected 12 values, got {count}").format(count=len(values))
        )
    if any(not np.isfinite(v) or v < 0 for v in values):
        raise LoadFileError(
            N_("Errors", "consumption: expected kWh >= 0, got {values}").format(values=str(values))
        )
