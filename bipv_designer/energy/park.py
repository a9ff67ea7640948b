"""The project's PV against its meters: loads read or made, PV split by meter and brought
to the load's intervals, then the balance (docs/energy.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.energy.balance import BalanceResult, balance
from bipv_designer.energy.load_file import import_load
from bipv_designer.energy.resample import HOUR, pv_to_intervals
from bipv_designer.energy.synthetic_load import synthetic_factory_load
from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import Meter
from bipv_designer.project.model import Project
from bipv_designer.simulation.result import SimulationResult
from bipv_designer.words import N_

UNASSIGNED = "unassigned"
"""Meter name of PV on buildings that no meter carries (it has no load of its own)."""


class ParkBalance(Struct, frozen=True):
    """The balance, each surface's share of energy used on site, and what reading the
    loads found."""

    balance: BalanceResult
    on_site_share: pd.Series
    findings: dict[str, tuple[str, ...]]


def park_balance(
    project: Project,
    result: SimulationResult,
    project_path: str | os.PathLike[str],
    *,
    temp_air: pd.Series | None = None,
    peak_hours: pd.Series | None = None,
) -> ParkBalance | None:
    """The balance of the project's park; None when the project has no load."""
    park = project.load
    if park is None or not park.meters:
        return None
    year = int(result.ac_power.index[0].year)
    folder = Path(project_path).resolve().parent
    loads, findings, intervals = {}, {}, set()
    for meter in park.meters:
        if meter.file is not None:
            mapping = replace(meter.file.mapping, year=year)
            imported = import_load(folder / meter.file.path, mapping)
            loads[meter.name] = imported.energy_kwh
            findings[meter.name] = imported.findings
            intervals.add(imported.interval)
    if len(intervals) > 1:
        raise LoadFileError(
            N_(
                "Errors",
                "meters with different intervals ({intervals}); "
                "expected one interval for the park",
            ).format(intervals=", ".join(sorted(map(str, intervals))))
        )
    interval = intervals.pop() if intervals else HOUR
    index = pd.date_range(
        result.ac_power.index[0],
        periods=round(len(result.ac_power) * (HOUR / interval)),
        freq=interval,
    )
    for meter in park.meters:
        if meter.synthetic is not None:
            loads[meter.name] = _synthetic(meter, index, temp_air)
            findings[meter.name] = ("synthetic load",)
    pv_hourly = result.energy_kwh(result.ac_power)
    pv_by_surface = pv_to_intervals(pv_hourly, interval)
    pv_by_surface.index = index
    meter_of = _meter_of_surface(project, park.meters)
    names = [m.name for m in park.meters]
    pv = pd.DataFrame(0.0, index=index, columns=names)
    for surface_id in pv_by_surface.columns:
        owner = meter_of.get(surface_id, UNASSIGNED)
        if owner not in pv.columns:
            pv[owner] = 0.0
        pv[owner] += pv_by_surface[surface_id]
    load = pd.DataFrame(
        {name: _aligned(loads[name], index, name) for name in names}, index=index
    ).reindex(columns=pv.columns, fill_value=0.0)
    result_balance = balance(
        pv,
        load,
        share_surplus=park.share_surplus,
        export_limit_kw=park.export_limit_kw,
        battery=park.battery,
        peak_hours=peak_hours,
    )
    pv_by_surface.columns = [
        result.surface_names[result.surface_ids.index(s)] for s in pv_by_surface.columns
    ]
    return ParkBalance(result_balance, result_balance.on_site_share(pv_by_surface), findings)


def _synthetic(meter: Meter, index: pd.DatetimeIndex, temp_air: pd.Series | None) -> pd.Series:
    synthetic = meter.synthetic
    temperatures = None
    if temp_air is not None:
        temperatures = pd.Series(temp_air.to_numpy(), index=temp_air.index.tz_convert(index.tz))
    return synthetic_factory_load(
        index,
        synthetic.pattern,
        annual_kwh=synthetic.annual_kwh if not synthetic.monthly_kwh else None,
        monthly_kwh=synthetic.monthly_kwh or None,
        temp_air=temperatures,
    )


def _meter_of_surface(project: Project, meters: tuple[Meter, ...]) -> dict[str, str]:
    owner = {b: m.name for m in meters for b in m.building_ids}
    return {s.id: owner[s.building_id] for s in project.surfaces if s.building_id in owner}


def _aligned(series: pd.Series, index: pd.DatetimeIndex, name: str) -> pd.Series:
    aligned = pd.Series(series.to_numpy(), index=series.index.tz_convert(index.tz)).reindex(index)
    if aligned.isna().any():
        first = aligned.index[aligned.isna().to_numpy()][0]
        raise LoadFileError(
            N_(
                "Errors",
                "meter {meter}: no load for {count} intervals of the "
                "simulated year, first {first}; expected the whole year",
            ).format(
                meter=repr(name),
                count=int(aligned.isna().sum()),
                first=f"{first:%Y-%m-%d %H:%M}",
            )
        )
    return aligned
