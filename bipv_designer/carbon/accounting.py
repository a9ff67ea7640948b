"""CO2 avoided by the PV, standard coal saved, and the zero-carbon park indicator
(docs/carbon.md)."""

from __future__ import annotations

from enum import StrEnum

import numpy as np
from msgspec import Struct

from bipv_designer.carbon.factors import GridFactor, carrier_table
from bipv_designer.errors import TariffError
from bipv_designer.words import N_

THRESHOLDS_T_PER_TCE = ((1_000_000.0, 0.3), (200_000.0, 0.2))
"""Core indicator of zero-carbon parks (NDRC notice Fagai Huanzi [2025] No. 910): at
most 0.3 tCO2/tce for parks using 1,000,000 tce a year or more, 0.2 for 200,000 to
1,000,000 tce (china-facts 2.2); no threshold is known below 200,000 tce."""


class ElectricityMethod(StrEnum):
    """How grid electricity is counted in standard coal (china-facts 2.3: the official
    choice is not known)."""

    CALORIFIC = "calorific"
    """当量值, 0.1229 kgce/kWh."""
    COAL_CONSUMPTION = "coal_consumption"
    """The coal burned for it, 0.3055 kgce/kWh (2020 average)."""


class Avoided(Struct, frozen=True):
    """CO2 avoided and coal saved in the first year, each year and over the lifetime."""

    co2_t_first_year: float
    co2_t_lifetime: float
    co2_t_by_year: tuple[float, ...]
    coal_t_calorific_first_year: float
    coal_t_coal_consumption_first_year: float
    counted_kwh_first_year: float


def avoided(
    self_consumed_kwh: float,
    exported_kwh: float,
    factor: GridFactor,
    yield_factors: np.ndarray,
    *,
    count_exports: bool = True,
) -> Avoided:
    """CO2 avoided [t] by PV energy that replaces grid electricity: self-consumed, and
    exported when ``count_exports``; ``yield_factors`` scale years 1..N."""
    electricity = carrier_table()["electricity"]
    counted = self_consumed_kwh + (exported_kwh if count_exports else 0.0)
    first = counted * factor.kg_per_kwh / 1000.0
    return Avoided(
        co2_t_first_year=first * float(yield_factors[0]),
        co2_t_lifetime=first * float(np.sum(yield_factors)),
        co2_t_by_year=tuple(first * float(f) for f in yield_factors),
        coal_t_calorific_first_year=counted * electricity["calorific_kgce_per_kwh"] / 1000.0,
        coal_t_coal_consumption_first_year=(
            counted * electricity["coal_consumption_kgce_per_kwh"] / 1000.0
        ),
        counted_kwh_first_year=counted,
    )


def park_indicator(
    grid_electricity_kwh: float,
    other_carriers: dict[str, float],
    factor: GridFactor,
    *,
    pv_self_consumed_kwh: float = 0.0,
    method: ElectricityMethod = ElectricityMethod.CALORIFIC,
) -> dict:
    """The park's comprehensive energy consumption [tce], CO2 [t] and carbon per unit of
    energy [tCO2/tce] before and after the PV, against the national threshold.

    ``grid_electricity_kwh`` is the park's electricity before the PV; after it, the
    self-consumed PV replaces that much grid electricity (PV emits nothing and is
    counted as energy consumed by the same method).
    """
    carriers = carrier_table()
    electricity = carriers["electricity"]
    kgce_per_kwh = electricity[f"{method.value}_kgce_per_kwh"]
    fuel_tce = fuel_co2 = 0.0
    for name, amount in other_carriers.items():
        if name not in carriers["carriers"]:
            raise TariffError(
                N_("Errors", "energy carrier {carrier}: expected one of {known}").format(
                    carrier=repr(name), known=str(sorted(carriers["carriers"]))
                )
            )
        if not amount >= 0:
            raise TariffError(
                N_(
                    "Errors", "energy carrier {carrier}: expected an amount >= 0, got {amount}"
                ).format(carrier=repr(name), amount=amount)
            )
        entry = carriers["carriers"][name]
        fuel_tce += amount * entry["kgce_per_unit"] / 1000.0
        fuel_co2 += amount * entry["kgco2_per_unit"] / 1000.0
    if not 0 <= pv_self_consumed_kwh <= grid_electricity_kwh:
        raise TariffError(
            N_(
                "Errors",
                "PV used on site ({used:,.0f} kWh) must lie between 0 and the "
                "park's electricity ({park:,.0f} kWh)",
            ).format(used=pv_self_consumed_kwh, park=grid_electricity_kwh)
        )
    tce = fuel_tce + grid_electricity_kwh * kgce_per_kwh / 1000.0

    def state(grid_kwh: float) -> dict:
        co2 = fuel_co2 + grid_kwh * factor.kg_per_kwh / 1000.0
        return {"co2_t": co2, "intensity_t_per_tce": co2 / tce if tce > 0 else 0.0}

    before = state(grid_electricity_kwh)
    after = state(grid_electricity_kwh - pv_self_consumed_kwh)
    threshold = next((t for low, t in THRESHOLDS_T_PER_TCE if tce >= low), None)
    target = threshold if threshold is not None else THRESHOLDS_T_PER_TCE[-1][1]
    more_green_kwh = max(0.0, (after["co2_t"] - target * tce) * 1000.0 / factor.kg_per_kwh)
    total_kwh = grid_electricity_kwh
    return {
        "energy_tce": tce,
        "electricity_method": method.value,
        "grid_factor": factor.key,
        "before": before,
        "after": after,
        "threshold_t_per_tce": threshold,
        "threshold_note": (
            None
            if threshold is not None
            else N_("Carbon", "no official threshold below 200,000 tce; 0.2 used for the gap")
        ),
        "meets_threshold": after["intensity_t_per_tce"] <= target,
        "green_share": pv_self_consumed_kwh / total_kwh if total_kwh > 0 else 0.0,
        "more_green_electricity_kwh": min(
            more_green_kwh, grid_electricity_kwh - pv_self_consumed_kwh
        ),
        "more_green_electricity_enough": more_green_kwh
        <= grid_electricity_kwh - pv_self_consumed_kwh,
    }
