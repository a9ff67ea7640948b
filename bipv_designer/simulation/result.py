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
        to_kwh = self.interval_hours / 1000.0
        ac_kwh = self.ac_power.to_numpy().sum(axis=0) * to_kwh
        poa_kwh_m2 = self.poa_global.to_numpy().sum(axis=0) * to_kwh
        kwp = self.dc_kwp.to_numpy(dtype=float)
        rows = [*self.surface_ids, TOTAL]
        energy = self.loss_energy_kwh[rows]
        nominal = energy.loc["nominal"].to_numpy()
        table = pd.DataFrame(
            {
                "name": [*self.surface_names, "Total"],
                "dc_kwp": np.append(kwp, kwp.sum()),
                "annual_ac_kwh": np.append(ac_kwh, ac_kwh.sum()),
                "poa_annual_kwh_m2": np.append(poa_kwh_m2, (poa_kwh_m2 * kwp).sum() / kwp.sum()),
                "performance_ratio": energy.loc["inverter_efficiency"].to_numpy() / nominal,
                "near_shading_loss": 1.0 - energy.loc["shading_electrical"].to_numpy() / nominal,
            },
            index=rows,
        )
        table.insert(4, "specific_yield_kwh_per_kwp", table["annual_ac_kwh"] / table["dc_kwp"])
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
