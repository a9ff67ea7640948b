"""What shaded substrings cost electrically, from the shaded sample points of each.

String inverters (Deline et al. 2013, "A simplified model of uniform shading in large
photovoltaic arrays", Solar Energy 96): a substring with shade on any of its cells
limits the string's current unless its bypass diode takes it out. The inverter's
tracker finds the better of two operating points: the unshaded current with the shaded
substrings bypassed (they give nothing), or the shaded current through every substring
(each then gives what the diffuse light alone would). A string with a share u of its
substrings unshaded thus delivers ``max(u (G_beam + G_diffuse), G_diffuse)`` per unit
of its nameplate. Which modules share a string is read from the string plan (placed
modules strung in placement order, row by row as installers do); an array without a
string plan counts each module as its own string. Module-level electronics (optimisers,
microinverters) lose only the shaded area's beam.
"""

from __future__ import annotations

import numpy as np
from msgspec import Struct

from bipv_designer.project.model import Project
from bipv_designer.shading.substrings import POINTS_PER_SUBSTRING


def string_beam_factor(shaded_points: np.ndarray) -> np.ndarray:
    """Share of a module's substrings without a shaded point [-] (its beam power kept
    when the shaded ones are bypassed); ``shaded_points`` (..., substrings) counts them."""
    return (np.asarray(shaded_points) == 0).mean(axis=-1, dtype=np.float32)


def module_level_beam_factor(shaded_points: np.ndarray) -> np.ndarray:
    """Share of a module's beam power kept with module-level electronics [-]: its
    unshaded area (substrings are the same size, sampled by as many points)."""
    shaded = np.asarray(shaded_points).sum(axis=-1, dtype=np.float32)
    return 1.0 - shaded / (POINTS_PER_SUBSTRING * np.shape(shaded_points)[-1])


def module_level_arrays(project: Project) -> set[str]:
    """Arrays whose every string runs to inverters with module-level electronics
    (microinverters, or optimisers at each module: ``Inverter.module_level``)."""
    module_level = {i.id for i in project.inverters if i.module_level}
    kinds: dict[str, set[bool]] = {}
    for use in project.string_plan:
        for group in use.string_groups():
            kinds.setdefault(group.array_id, set()).add(use.inverter_id in module_level)
    return {array_id for array_id, kind in kinds.items() if kind == {True}}


def string_members(project: Project, array_id: str, module_count: int) -> np.ndarray:
    """The string each placed module of an array belongs to (N,): the string plan's
    strings of the array filled with the placements in order; -1 for modules no string
    takes. Without strings of the array in the plan, each module is a string of its own."""
    lengths = [
        group.modules_per_string
        for use in project.string_plan
        for group in use.string_groups()
        if group.array_id == array_id
        for _ in range(group.string_count)
    ]
    if not lengths:
        return np.arange(module_count)
    members = np.repeat(np.arange(len(lengths)), lengths)[:module_count]
    return np.concatenate([members, np.full(module_count - len(members), -1)])


class StringShares(Struct, frozen=True):
    """The share of unshaded substrings of an array's strings over time: the distinct
    series (H, U) at the records ``rows`` marks (T,) (1 at the others: night), and how
    many of the strings follow each (U,). Strings never shaded, or shaded alike, share
    a column. Shares are kept in single precision (6e-8 apart; half the size to keep
    and read)."""

    shares: np.ndarray
    counts: np.ndarray
    rows: np.ndarray

    @classmethod
    def of(cls, shares: np.ndarray, rows: np.ndarray) -> StringShares:
        """The strings' shares (H, S) at ``rows``, one column each, equal columns merged."""
        distinct, counts = np.unique(shares.astype(np.float32), axis=1, return_counts=True)
        return cls(distinct, counts, rows)

    def at(self, records: np.ndarray) -> np.ndarray:
        """The shares (D, U) at the records ``records`` marks (T,)."""
        wanted = np.flatnonzero(records)
        known = self.rows[wanted]
        shares = np.ones((len(wanted), self.shares.shape[1]), dtype=self.shares.dtype)
        shares[known] = self.shares[(np.cumsum(self.rows) - 1)[wanted[known]]]
        return shares


def string_output(
    shares: np.ndarray, counts: np.ndarray, beam: np.ndarray, diffuse: np.ndarray
) -> np.ndarray:
    """Irradiance-equivalent output of strings with the unshaded substring shares
    ``shares`` (T, U), ``counts`` (U,) strings following each column, under ``beam``
    and ``diffuse`` (T,) [W/m2]: the better of the two operating points, averaged over
    the strings (T,)."""
    whole = (beam + diffuse)[:, None]
    best = np.maximum(shares * whole, diffuse[:, None])
    return best @ counts / counts.sum()
