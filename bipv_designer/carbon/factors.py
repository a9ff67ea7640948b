"""Grid emission factors and energy-carrier factors (resources/carbon/, with sources)."""

from __future__ import annotations

import json
from functools import cache

import numpy as np
import pandas as pd
from msgspec import Struct

from bipv_designer.errors import TariffError
from bipv_designer.paths import resource
from bipv_designer.words import CHINESE, N_, data_text


class GridFactor(Struct, frozen=True):
    """A grid electricity CO2 factor with its label, status and source."""

    key: str
    kg_per_kwh: float
    label: str
    status: str
    source: str


@cache
def _grid_table() -> dict:
    return json.loads(resource("carbon", "china_grid_factors.json").read_text(encoding="utf-8"))


@cache
def carrier_table() -> dict:
    """Standard-coal and CO2 factors of energy carriers, and electricity's tce methods."""
    return json.loads(resource("carbon", "energy_carriers.json").read_text(encoding="utf-8"))


def grid_factor(key: str) -> GridFactor:
    """A bundled factor by key (e.g. ``national_2022``), or ``custom:0.55`` for a value
    the user types [kgCO2/kWh]."""
    if key.startswith("custom:"):
        try:
            value = float(key.removeprefix("custom:"))
        except ValueError:
            value = float("nan")
        if not 0.0 <= value <= 2.0:
            raise TariffError(
                N_("Errors", "grid factor {key}: expected custom:VALUE in 0..2 kgCO2/kWh").format(
                    key=repr(key)
                )
            )
        return GridFactor(
            key, value, N_("Carbon", "custom value"), "user", N_("Carbon", "typed by the user")
        )
    factors = _grid_table()["factors"]
    if key not in factors:
        raise TariffError(
            N_("Errors", "grid factor {key}: not bundled; expected one of {known}").format(
                key=repr(key), known=str(sorted(factors))
            )
        )
    entry = factors[key]
    label = data_text(entry["label"], {CHINESE: entry.get("label_zh", "")})
    return GridFactor(key, entry["value"], label, entry["status"], entry["source"])


def grid_factor_keys() -> list[str]:
    """Keys of the bundled grid factors."""
    return sorted(_grid_table()["factors"])


def hourly_profile_factor(factors_by_hour, replaced_kwh: pd.Series) -> GridFactor:
    """One factor [kgCO2/kWh] from 24 hour-of-day factors, weighted by the energy the PV
    replaces in each interval (``replaced_kwh`` on tz-aware local interval starts)."""
    profile = np.asarray(factors_by_hour, dtype=float)
    if profile.shape != (24,) or not np.all((profile >= 0) & (profile <= 2)):
        raise TariffError(
            N_(
                "Errors", "hourly grid factors: expected 24 values in 0..2 kgCO2/kWh, got {count}"
            ).format(count=len(profile))
        )
    energy = replaced_kwh.to_numpy(dtype=float)
    total = energy.sum()
    weighted = (
        float(np.sum(energy * profile[replaced_kwh.index.hour]) / total) if total > 0 else 0.0
    )
    return GridFactor(
        "hourly", weighted, "hour-of-day profile, weighted by the PV's hours", "user", "typed"
    )
