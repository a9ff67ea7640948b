"""How the park's battery is dispatched (docs/energy.md); its settings are a document
value, :class:`~bipv_designer.project.energy_model.Battery`."""

from __future__ import annotations

import math

import numpy as np

from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import Battery
from bipv_designer.words import N_


def check_battery(battery: Battery) -> None:
    """LoadFileError naming the first setting out of range."""
    for name in ("capacity_kwh", "charge_kw", "discharge_kw"):
        if not getattr(battery, name) >= 0.0:
            raise LoadFileError(
                N_("Errors", "battery {setting}: expected >= 0, got {value}").format(
                    setting=name, value=getattr(battery, name)
                )
            )
    if not 0.0 < battery.round_trip_efficiency <= 1.0:
        raise LoadFileError(
            N_("Errors", "battery round_trip_efficiency: expected in (0, 1], got {value}").format(
                value=battery.round_trip_efficiency
            )
        )
    if not 0.0 <= battery.soc_min <= battery.soc_start <= battery.soc_max <= 1.0:
        raise LoadFileError(
            N_(
                "Errors",
                "battery state of charge: expected 0 <= soc_min <= soc_start <= soc_max <= 1, "
                "got {soc_min}, {soc_start}, {soc_max}",
            ).format(soc_min=battery.soc_min, soc_start=battery.soc_start, soc_max=battery.soc_max)
        )


def dispatch_battery(
    battery: Battery,
    surplus_kwh: np.ndarray,
    deficit_kwh: np.ndarray,
    interval_hours: float,
    discharge_allowed: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Charge [kWh from PV], discharge [kWh to the load] and stored energy at the end of
    each interval [kWh].

    Charging stores ``charge * sqrt(eta)``, discharging takes ``discharge / sqrt(eta)``
    from the store; the store stays within the state-of-charge window. The loop runs
    over intervals (each depends on the one before); the rest of the balance is
    vectorised.
    """
    check_battery(battery)
    efficiency = math.sqrt(battery.round_trip_efficiency)
    low, high = battery.soc_min * battery.capacity_kwh, battery.soc_max * battery.capacity_kwh
    charge_limit = battery.charge_kw * interval_hours
    discharge_limit = battery.discharge_kw * interval_hours
    allowed = np.ones(len(surplus_kwh), bool) if discharge_allowed is None else discharge_allowed
    charge, discharge, stored = [], [], []  # Python lists: a loop's fastest store
    level = battery.soc_start * battery.capacity_kwh
    for surplus, deficit, may_discharge in zip(
        surplus_kwh.tolist(), deficit_kwh.tolist(), allowed.tolist(), strict=True
    ):
        into = out = 0.0
        if surplus > 0.0:
            into = min(surplus, charge_limit, max(high - level, 0.0) / efficiency)
            level += into * efficiency
        elif deficit > 0.0 and may_discharge:
            out = min(deficit, discharge_limit, max(level - low, 0.0) * efficiency)
            level -= out / efficiency
        charge.append(into)
        discharge.append(out)
        stored.append(level)
    return np.array(charge), np.array(discharge), np.array(stored)
