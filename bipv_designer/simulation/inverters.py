"""The AC side: inverter banks fed by the arrays' DC power.

A bank is a number of identical inverters sharing the same DC equally. Without a
string plan each array has its own bank: its chosen inverters (type and count) or,
when none is chosen, one PVWatts inverter sized by the array's DC/AC ratio. Each
inverter of the project's string plan is a bank of one, fed by the share of each array's
modules strung to it; modules left out of the plan deliver nothing.

Inverters with Sandia parameters (CEC library) follow pvlib's Sandia model at their
fitted DC voltage ``Vdco``, so its voltage terms (C1-C3) vanish; the others follow
PVWatts' efficiency curve. Night tare and standby consumption are not modelled: AC is
never below zero.
"""

from __future__ import annotations

import numpy as np
import pvlib
from msgspec import Struct

from bipv_designer.errors import SimulationError
from bipv_designer.project.layout_model import Inverter, SandiaInverter
from bipv_designer.project.model import Array, Project
from bipv_designer.simulation.column_sums import ColumnSums
from bipv_designer.words import N_

PVWATTS_INVERTER_REFERENCE_EFFICIENCY = 0.9637
"""eta_inv_ref of the PVWatts inverter model [-] (Dobos 2014, PVWatts v5 manual, eq. 11)."""


class InverterBanks(Struct, frozen=True):
    """K banks of identical inverters and the share of each array's DC they take.

    Attributes
    ----------
    share : ndarray (N, K)
        Fraction of array n's DC power wired to bank k; rows sum to 1 or less.
    count : ndarray (K,)  inverters in the bank
    paco_w : ndarray (K,)  AC rating of one inverter [W]
    efficiency : ndarray (K,)  nominal efficiency (PVWatts banks) [-]
    sandia : tuple of (SandiaInverter or None)  Sandia parameters, per bank
    """

    share: np.ndarray
    count: np.ndarray
    paco_w: np.ndarray
    efficiency: np.ndarray
    sandia: tuple[SandiaInverter | None, ...]

    @property
    def dc_limit_w(self) -> np.ndarray:
        """DC power of one inverter at which its AC output reaches the rating [W]:
        ``Pdco`` for Sandia banks, ``Paco / efficiency`` for PVWatts banks."""
        return np.array(
            [
                p / e if s is None else s.pdco
                for p, e, s in zip(self.paco_w, self.efficiency, self.sandia, strict=True)
            ]
        )


def inverter_banks(
    project: Project, arrays: list[Array], pdc0_w: np.ndarray
) -> tuple[InverterBanks, tuple[str, ...]]:
    """The banks serving ``arrays`` (whose DC nameplates are ``pdc0_w`` [W]) and
    warnings about modules the string plan leaves out or counts twice."""
    inverters = {inverter.id: inverter for inverter in project.inverters}
    row = {array.id: n for n, array in enumerate(arrays)}
    banks: list[_Bank] = []
    for use in project.string_plan:
        bank = _Bank.of(_inverter(inverters, use.inverter_id, f"inverter {use.id!r}"), 1, arrays)
        for group in use.string_groups():
            if group.array_id in row:
                n = row[group.array_id]
                bank.shares[n] += group.module_count / arrays[n].module_count
        banks.append(bank)
    strung = np.sum([bank.shares for bank in banks], axis=0) if banks else np.zeros(len(arrays))
    warnings: list[str] = []
    for n, array in enumerate(arrays):
        if strung[n] > 1.0 + 1e-9:
            warnings.append(
                f"array {array.id!r}: the string plan wires {strung[n] * array.module_count:.0f} "
                f"modules of its {array.module_count}; each inverter takes its share of them"
            )
            for bank in banks:
                bank.shares[n] /= strung[n]
        elif 0.0 < strung[n] < 1.0 - 1e-9:
            warnings.append(
                f"array {array.id!r}: {(1.0 - strung[n]) * array.module_count:.0f} of its "
                f"{array.module_count} modules are in no string of the string plan and "
                "deliver nothing"
            )
        if strung[n] > 0.0:
            continue
        if array.inverter_id is None:
            bank = _Bank(pdc0_w[n] / array.dc_ac_ratio, array.inverter_efficiency, 1, None, arrays)
        else:
            inverter = _inverter(inverters, array.inverter_id, f"array {array.id!r}")
            bank = _Bank.of(inverter, array.inverter_count, arrays)
        bank.shares[n] = 1.0
        banks.append(bank)
    return (
        InverterBanks(
            share=np.column_stack([bank.shares for bank in banks]),
            count=np.array([bank.count for bank in banks], dtype=float),
            paco_w=np.array([bank.paco_w for bank in banks]),
            efficiency=np.array([bank.efficiency for bank in banks]),
            sandia=tuple(bank.sandia for bank in banks),
        ),
        tuple(warnings),
    )


class _Bank:
    """One bank while the table is built; ``shares`` starts at zero for every array."""

    def __init__(self, paco_w, efficiency, count, sandia, arrays: list[Array]) -> None:
        self.paco_w = float(paco_w)
        self.efficiency = float(efficiency)
        self.count = int(count)
        self.sandia = sandia
        self.shares = np.zeros(len(arrays))

    @classmethod
    def of(cls, inverter: Inverter, count: int, arrays: list[Array]) -> _Bank:
        return cls(inverter.paco_w, inverter.efficiency, count, inverter.sandia, arrays)


def _inverter(inverters: dict[str, Inverter], inverter_id: str, user: str) -> Inverter:
    try:
        return inverters[inverter_id]
    except KeyError:
        raise SimulationError(
            N_(
                "Errors",
                "{user}: inverter {inverter_id} is not among the project's inverters",
            ).format(
                user=user,
                inverter_id=repr(inverter_id),
            )
        ) from None


def inverter_output(dc_power: np.ndarray, banks: InverterBanks) -> tuple[np.ndarray, np.ndarray]:
    """DC power each array delivers to its inverters after clipping, and the AC power
    that comes of it, both (D, N) [W], from the arrays' DC power (D, N) [W].

    Each bank's AC power is split back onto its arrays in proportion to the DC they
    feed it, so per-array (and per-surface) AC sums to the banks' output.
    """
    links = np.nonzero(banks.share)  # (array, bank) pairs: each array feeds one bank or a few
    weights = banks.share[links]
    arrays, bank_count = dc_power.shape[1], banks.share.shape[1]
    to_banks = ColumnSums(links[1], bank_count)
    to_arrays = ColumnSums(links[0], arrays)
    bank_dc = to_banks(dc_power[:, links[0]] * weights)
    per_inverter = bank_dc / banks.count
    limit = banks.dc_limit_w
    clipped = np.minimum(per_inverter, limit)
    ac = np.zeros_like(clipped)
    pvwatts = np.array([s is None for s in banks.sandia])
    if pvwatts.any():
        ac[:, pvwatts] = pvlib.inverter.pvwatts(
            clipped[:, pvwatts],
            limit[pvwatts],
            eta_inv_nom=banks.efficiency[pvwatts],
            eta_inv_ref=PVWATTS_INVERTER_REFERENCE_EFFICIENCY,
        )
    if (~pvwatts).any():
        parameters = [s.pvlib_parameters() for s in banks.sandia if s is not None]
        stacked = {name: np.array([p[name] for p in parameters]) for name in parameters[0]}
        ac[:, ~pvwatts] = pvlib.inverter.sandia(stacked["Vdco"], clipped[:, ~pvwatts], stacked)
    ac = np.maximum(ac, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        kept = np.where(per_inverter > 0.0, clipped / per_inverter, 0.0)
        converted = np.where(per_inverter > 0.0, ac / per_inverter, 0.0)
    kept_by_array = to_arrays(kept[:, links[1]] * weights)
    converted_by_array = to_arrays(converted[:, links[1]] * weights)
    return dc_power * kept_by_array, dc_power * converted_by_array
