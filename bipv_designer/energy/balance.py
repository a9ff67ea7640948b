"""The energy balance of the park at the load's resolution (docs/energy.md).

Per meter (a building or tenant): its own PV serves its own load first. The surplus may
serve the other meters of the park (``share_surplus``), in proportion to their
deficits. What is left charges the park's battery; the battery serves what is still
missing; what remains is exported up to the export limit and curtailed beyond it; the
rest of the load is imported.

Identities (tested to 1e-9 for every interval):
``pv = pv_used + export + curtailed + battery_charge`` and
``load = pv_used + battery_discharge + import``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from msgspec import Struct

from bipv_designer.energy.storage import dispatch_battery
from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import Battery, Dispatch
from bipv_designer.words import N_

COLUMNS = (
    "pv_kwh",
    "load_kwh",
    "pv_used_kwh",
    "export_kwh",
    "curtailed_kwh",
    "import_kwh",
    "battery_charge_kwh",
    "battery_discharge_kwh",
    "soc_kwh",
)
"""Columns of the park's interval table (economics and carbon read these)."""


class BalanceResult(Struct, frozen=True):
    """Interval tables of the park and of each meter, and the headline figures.

    Attributes
    ----------
    intervals : pandas.DataFrame  park totals per interval, :data:`COLUMNS` [kWh]
    meters : dict of str to pandas.DataFrame  per meter: pv, load, own use, shared in
        and out, surplus after sharing, deficit after sharing [kWh]
    interval_hours : float
    notes : tuple of str  what was assumed (e.g. no tariff for peak discharge)
    """

    intervals: pd.DataFrame
    meters: dict[str, pd.DataFrame]
    interval_hours: float
    notes: tuple[str, ...] = ()

    def figures(self) -> dict[str, float]:
        """Annual totals [kWh], self-consumption and self-sufficiency [-], peak import
        [kW], export hours [h]."""
        total = self.intervals.sum()
        pv, load = total["pv_kwh"], total["load_kwh"]
        used_on_site = pv - total["export_kwh"] - total["curtailed_kwh"]
        return {
            **{column: float(total[column]) for column in COLUMNS if column != "soc_kwh"},
            "self_consumption_ratio": float(used_on_site / pv) if pv > 0 else 0.0,
            "self_sufficiency": float((load - total["import_kwh"]) / load) if load > 0 else 0.0,
            "peak_import_kw": float(self.intervals["import_kwh"].max() / self.interval_hours),
            "export_hours": float((self.intervals["export_kwh"] > 0).sum() * self.interval_hours),
        }

    def on_site_share(self, pv_by_surface_kwh: pd.DataFrame) -> pd.Series:
        """Share of each surface's energy used on site [-]: each interval's park-wide
        share (PV not exported or curtailed over PV) applied to the surface's PV."""
        park = self.intervals
        used = park["pv_kwh"] - park["export_kwh"] - park["curtailed_kwh"]
        share = np.divide(
            used.to_numpy(),
            park["pv_kwh"].to_numpy(),
            out=np.zeros(len(park)),
            where=park["pv_kwh"].to_numpy() > 0,
        )
        produced = pv_by_surface_kwh.sum()
        used_by_surface = (pv_by_surface_kwh.to_numpy() * share[:, None]).sum(axis=0)
        return pd.Series(
            np.divide(
                used_by_surface,
                produced.to_numpy(),
                out=np.zeros(len(produced)),
                where=produced.to_numpy() > 0,
            ),
            index=pv_by_surface_kwh.columns,
        )


def balance(
    pv_kwh: pd.DataFrame,
    load_kwh: pd.DataFrame,
    *,
    share_surplus: bool = True,
    export_limit_kw: float | None = None,
    battery: Battery | None = None,
    peak_hours: pd.Series | None = None,
) -> BalanceResult:
    """The balance of every meter and of the park.

    Parameters
    ----------
    pv_kwh, load_kwh : DataFrame
        Energy per interval [kWh], one column per meter (same names, same index of
        interval starts).
    share_surplus : bool  a meter's surplus may serve the other meters
    export_limit_kw : float or None  the most the park may feed into the grid [kW];
        0 forbids export; None, no limit
    battery : Battery or None
    peak_hours : boolean Series or None
        Intervals of peak tariff, for the peak-tariff dispatch; without it that
        dispatch falls back to self-consumption (with a note).
    """
    if list(pv_kwh.columns) != list(load_kwh.columns) or not pv_kwh.index.equals(load_kwh.index):
        raise LoadFileError(
            N_(
                "Errors",
                "balance: PV meters {pv} and load meters {load} must match, on the same intervals",
            ).format(pv=str(list(pv_kwh.columns)), load=str(list(load_kwh.columns)))
        )
    if export_limit_kw is not None and not export_limit_kw >= 0:
        raise LoadFileError(
            N_("Errors", "export limit: expected >= 0 kW, got {limit}").format(
                limit=export_limit_kw
            )
        )
    interval_hours = (load_kwh.index[1] - load_kwh.index[0]) / pd.Timedelta(hours=1)
    pv = pv_kwh.to_numpy(dtype=float)
    load = load_kwh.to_numpy(dtype=float)
    own = np.minimum(pv, load)
    surplus = pv - own
    deficit = load - own
    shared = np.zeros(len(pv))
    shared_out = np.zeros_like(pv)
    shared_in = np.zeros_like(pv)
    if share_surplus:
        park_surplus, park_deficit = surplus.sum(axis=1), deficit.sum(axis=1)
        shared = np.minimum(park_surplus, park_deficit)
        shared_out = surplus * _ratio(shared, park_surplus)[:, None]
        shared_in = deficit * _ratio(shared, park_deficit)[:, None]
    left_surplus = (surplus - shared_out).sum(axis=1)
    left_deficit = (deficit - shared_in).sum(axis=1)

    notes = []
    charge = discharge = stored = np.zeros(len(pv))
    if battery is not None:
        allowed = None
        if battery.dispatch is Dispatch.PEAK_SHAVING:
            if peak_hours is None:
                notes.append("no tariff: the battery discharges whenever the park imports")
            else:
                allowed = peak_hours.reindex(load_kwh.index).fillna(False).to_numpy(bool)
        charge, discharge, stored = dispatch_battery(
            battery, left_surplus, left_deficit, interval_hours, allowed
        )
    after_battery = left_surplus - charge
    limit = np.inf if export_limit_kw is None else export_limit_kw * interval_hours
    export = np.minimum(after_battery, limit)
    intervals = pd.DataFrame(
        {
            "pv_kwh": pv.sum(axis=1),
            "load_kwh": load.sum(axis=1),
            "pv_used_kwh": own.sum(axis=1) + shared,
            "export_kwh": export,
            "curtailed_kwh": after_battery - export,
            "import_kwh": left_deficit - discharge,
            "battery_charge_kwh": charge,
            "battery_discharge_kwh": discharge,
            "soc_kwh": stored,
        },
        index=load_kwh.index,
    )
    meters = {
        name: pd.DataFrame(
            {
                "pv_kwh": pv[:, k],
                "load_kwh": load[:, k],
                "own_use_kwh": own[:, k],
                "shared_out_kwh": shared_out[:, k],
                "shared_in_kwh": shared_in[:, k],
                "surplus_kwh": surplus[:, k] - shared_out[:, k],
                "deficit_kwh": deficit[:, k] - shared_in[:, k],
            },
            index=load_kwh.index,
        )
        for k, name in enumerate(load_kwh.columns)
    }
    return BalanceResult(intervals, meters, float(interval_hours), tuple(notes))


def _ratio(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    return np.divide(part, whole, out=np.zeros_like(part), where=whole > 0)
