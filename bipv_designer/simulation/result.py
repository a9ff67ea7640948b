"""SimulationResult: hourly values per surface and the figures derived from them."""

from __future__ import annotations

import numpy as np
import pandas as pd
from msgspec import Struct

from bipv_designer.project.model import Losses
from bipv_designer.simulation.chain import ChainOutput, system_loss_factors
from bipv_designer.simulation.column_sums import ColumnSums
from bipv_designer.simulation.systems import SystemTable
from bipv_designer.weather.data import WeatherMetadata

TOTAL = "total"
"""Column label of the park total in per-surface tables."""


class SimulationResult(Struct, frozen=True):
    """A year (or the weather's span) of results, per surface with modules.

    Attributes
    ----------
    surface_ids, surface_names : tuple of str
    dc_kwp : pandas.Series  DC nameplate per surface [kWp]
    poa_global : pandas.DataFrame  plane-of-array irradiance [W/m2]
    temp_cell : pandas.DataFrame  cell temperature, nameplate-weighted over arrays [C]
    dc_power : pandas.DataFrame  DC power after system losses [W]
    ac_power : pandas.DataFrame  AC power [W]
    loss_energy_kwh : pandas.DataFrame
        Energy after each step of the chain [kWh]; rows are steps starting at
        ``nominal`` (POA irradiation times nameplate at STC efficiency) and ending at
        ``inverter_efficiency`` (the AC energy); columns are surfaces and ``total``.
    interval_hours : float  length of each record [h]
    weather : WeatherMetadata  the weather the result was computed with
    warnings : tuple of str  what the user should know about the inputs
    module_shading : dict of array id -> ndarray, or None
        With near shading: each placed module's annual beam loss [-] (shaded cells and
        bypassed substrings), for the report's colours.

    The hourly frames share one tz-aware index: the start of each record's
    interval, in the site's time zone.
    """

    surface_ids: tuple[str, ...]
    surface_names: tuple[str, ...]
    dc_kwp: pd.Series
    poa_global: pd.DataFrame
    temp_cell: pd.DataFrame
    dc_power: pd.DataFrame
    ac_power: pd.DataFrame
    loss_energy_kwh: pd.DataFrame
    interval_hours: float
    weather: WeatherMetadata
    warnings: tuple[str, ...] = ()
    module_shading: dict[str, np.ndarray] | None = None

    def energy_kwh(self, power_w: pd.DataFrame) -> pd.DataFrame:
        """Energy per record [kWh] of a power frame [W]."""
        return power_w * (self.interval_hours / 1000.0)

    def monthly_ac_kwh(self) -> pd.DataFrame:
        """AC energy per calendar month [kWh]: 12 rows (1..12), surfaces and ``total``."""
        monthly = self.energy_kwh(self.ac_power).groupby(self.ac_power.index.month).sum()
        monthly = monthly.reindex(range(1, 13), fill_value=0.0)
        monthly.index.name = "month"
        monthly[TOTAL] = monthly.sum(axis=1)
        return monthly

    def summary(self) -> pd.DataFrame:
        """Annual figures per surface and for the total.

        Columns: ``dc_kwp`` [kWp], ``annual_ac_kwh`` [kWh], ``specific_yield_kwh_per_kwp``
        [kWh/kWp], ``poa_annual_kwh_m2`` [kWh/m2] (nameplate-weighted for the total),
        ``performance_ratio`` [-] (AC energy over POA irradiation times nameplate /
        1 kW/m2, IEC 61724-1), ``near_shading_loss`` [-] (the share of the nominal energy
        the three near-shading steps take: diffuse, beam and electrical).
        """
        ac_kwh = self.energy_kwh(self.ac_power).sum()
        poa_kwh_m2 = self.energy_kwh(self.poa_global).sum()
        kwp = self.dc_kwp.copy()
        table = pd.DataFrame(
            {"dc_kwp": kwp, "annual_ac_kwh": ac_kwh, "poa_annual_kwh_m2": poa_kwh_m2}
        )
        total_kwp = float(kwp.sum())
        table.loc[TOTAL] = {
            "dc_kwp": total_kwp,
            "annual_ac_kwh": float(ac_kwh.sum()),
            "poa_annual_kwh_m2": float((poa_kwh_m2 * kwp).sum() / total_kwp),
        }
        table["specific_yield_kwh_per_kwp"] = table["annual_ac_kwh"] / table["dc_kwp"]
        table["performance_ratio"] = (
            self.loss_energy_kwh.loc["inverter_efficiency"] / self.loss_energy_kwh.loc["nominal"]
        )
        energy = self.loss_energy_kwh
        table["near_shading_loss"] = 1.0 - energy.loc["shading_electrical"] / energy.loc["nominal"]
        table.insert(0, "name", [*self.surface_names, "Total"])
        return table

    def loss_factors(self) -> pd.DataFrame:
        """Factor of each step (energy after / energy before) [-]; their product is the PR."""
        energy = self.loss_energy_kwh
        factors = energy.iloc[1:].to_numpy() / energy.iloc[:-1].to_numpy()
        return pd.DataFrame(factors, index=energy.index[1:], columns=energy.columns)


def build_result(
    output: ChainOutput,
    systems: SystemTable,
    losses: Losses,
    index: pd.DatetimeIndex,
    interval_hours: float,
    surface_names: dict[str, str],
    weather: WeatherMetadata,
    warnings: tuple[str, ...],
    module_shading: dict[str, np.ndarray] | None = None,
) -> SimulationResult:
    """Aggregate the chain's per-array output to surfaces and compute the loss energies."""
    to_surface = ColumnSums(systems.surface_of_array, len(systems.surface_ids))
    pdc0_kw = systems.pdc0_w / 1000.0
    poa_by_surface = output.poa_global[:, _first_array_of_each_surface(systems)]
    temp_weighted = to_surface(output.temp_cell * systems.pdc0_w) / to_surface(
        systems.pdc0_w[None, :]
    )

    def frame(values: np.ndarray) -> pd.DataFrame:
        return pd.DataFrame(values, index=index, columns=list(systems.surface_ids), copy=False)

    return SimulationResult(
        surface_ids=systems.surface_ids,
        surface_names=tuple(surface_names[s] for s in systems.surface_ids),
        dc_kwp=pd.Series(to_surface(pdc0_kw[None, :])[0], index=list(systems.surface_ids)),
        poa_global=frame(poa_by_surface),
        temp_cell=frame(temp_weighted),
        dc_power=frame(to_surface(output.dc_power)),
        ac_power=frame(to_surface(output.ac_power)),
        loss_energy_kwh=_loss_energies(output, systems, losses, interval_hours, to_surface),
        interval_hours=interval_hours,
        weather=weather,
        warnings=warnings,
        module_shading=module_shading,
    )


def _first_array_of_each_surface(systems: SystemTable) -> np.ndarray:
    _, first = np.unique(systems.surface_of_array, return_index=True)
    return first


def _loss_energies(
    output: ChainOutput,
    systems: SystemTable,
    losses: Losses,
    interval_hours: float,
    to_surface: ColumnSums,
) -> pd.DataFrame:
    """Energy after each step [kWh] per surface and total (annual sums of hourly values)."""
    kwh = interval_hours / 1000.0
    nameplate_per_irradiance = systems.pdc0_w[None, :] / 1000.0

    def annual(values: np.ndarray, scale: np.ndarray | float = 1.0) -> np.ndarray:
        """Annual sums of ``values`` (T, N) times ``scale`` per array, per surface [kWh]."""
        return to_surface(values.sum(axis=0, keepdims=True) * scale)[0] * kwh

    steps: dict[str, np.ndarray] = {
        "nominal": annual(output.poa_global, nameplate_per_irradiance),
        "near_shading_diffuse": annual(output.poa_diffuse_shaded, nameplate_per_irradiance),
        "near_shading_beam": annual(output.poa_beam_shaded, nameplate_per_irradiance),
        "shading_electrical": annual(output.poa_shaded, nameplate_per_irradiance),
        "iam": annual(output.poa_effective, nameplate_per_irradiance),
        "irradiance_level": annual(output.dc_stc_temperature),
        "temperature": annual(output.dc_module),
    }
    after_module = steps["temperature"]
    cumulative = 1.0
    for name, factor in system_loss_factors(losses).items():
        cumulative *= factor
        steps[name] = after_module * cumulative
    steps["inverter_clipping"] = annual(output.dc_inverter_input)
    steps["inverter_efficiency"] = annual(output.ac_power)
    table = pd.DataFrame(steps, index=list(systems.surface_ids)).T
    table[TOTAL] = table.sum(axis=1)
    table.index.name = "after_step"
    return table
