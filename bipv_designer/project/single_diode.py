"""What a module's single-diode parameters give: its maximum power by the CEC model
(De Soto et al. 2006, via pvlib), used to check the parameters when a project is read
and to model DC power in the simulation (all arrays of a block in one solve)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache

import msgspec
import numpy as np
import pvlib
from msgspec.structs import astuple, fields

from bipv_designer.disk_cache import cache_folder, kept, source_digest
from bipv_designer.project.model import CecParameters

STC_IRRADIANCE = 1000.0
"""Irradiance at standard test conditions [W/m2] (IEC 60904-3)."""

STC_TEMPERATURE = 25.0
"""Cell temperature at standard test conditions [C] (IEC 60904-3)."""
TABLE_IRRADIANCE = np.linspace(0.0, 1600.0, 321)
"""Effective irradiance nodes of a module's power table [W/m2] (5 W/m2 apart)."""
TABLE_TEMPERATURE = np.linspace(-40.0, 100.0, 141)
"""Cell temperature nodes of a module's power table [C] (1 K apart)."""
TABLE_FROM_LIT_VALUES = 1_000
"""A module type with more lit values than this (a few days) is read from its table;
fewer are solved. Making a table costs one solve per node (45,000, 0.1-0.2 s) once per
machine: tables are kept in the cache folder and read in a millisecond."""
KEPT_TABLE_BYTES = 50_000_000
"""Largest size of the power tables kept between runs [bytes] (some 130 module types)."""


@cache
def single_diode_stc_power(cec: CecParameters) -> float:
    """Maximum power of one module at STC by its single-diode parameters [W]."""
    return float(
        single_diode_power(np.array([STC_IRRADIANCE]), np.array([STC_TEMPERATURE]), cec)[0]
    )


def single_diode_power(
    effective_irradiance: np.ndarray, temp_cell: np.ndarray, cec: CecParameters
) -> np.ndarray:
    """Maximum power of one module [W] by the CEC model (De Soto et al. 2006, via pvlib).

    Zero where the effective irradiance is not positive.
    """
    return single_diode_powers(effective_irradiance[:, None], temp_cell[:, None], [cec])[:, 0]


def single_diode_powers(
    effective_irradiance: np.ndarray, temp_cell: np.ndarray, modules: Sequence[CecParameters]
) -> np.ndarray:
    """Maximum power [W] (D, K) of one module of each of K columns, column k with the
    parameters ``modules[k]``; zero where the effective irradiance is not positive.

    A module type with more than :data:`TABLE_FROM_LIT_VALUES` lit values is read from
    its table (:func:`power_table`, bilinear; within 2e-4 of the power above 50 W/m2 and
    1e-5 of the energy, the demo park 3e-6: tests/simulation/test_single_diode_table.py);
    fewer are solved one by one, all columns of the type in one vectorised solve.
    """
    power = np.zeros_like(effective_irradiance, dtype=float)
    for cec in dict.fromkeys(modules):
        columns = [k for k, m in enumerate(modules) if m == cec]
        irradiance, temperature = effective_irradiance[:, columns], temp_cell[:, columns]
        if np.count_nonzero(irradiance > 0) > TABLE_FROM_LIT_VALUES:
            power[:, columns] = tabulated_powers(irradiance, temperature, cec)
        else:
            power[:, columns] = _solved(irradiance, temperature, [cec] * len(columns))
    return power


def tabulated_powers(
    effective_irradiance: np.ndarray, temp_cell: np.ndarray, cec: CecParameters
) -> np.ndarray:
    """As :func:`single_diode_powers` for one module type, read by bilinear interpolation
    from its table of maximum power over irradiance and cell temperature."""
    irradiance, temperature, table = power_table(cec)
    return _bilinear(irradiance, temperature, table, effective_irradiance, temp_cell)


@cache
def power_table(cec: CecParameters) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The module's maximum power [W] on a grid of effective irradiance [W/m2] and cell
    temperature [C] (TABLE_IRRADIANCE, TABLE_TEMPERATURE), kept in the cache folder
    by the parameters, the grid and the code."""
    hasher = hashlib.blake2b(source_digest(("project/single_diode.py",)), digest_size=16)
    hasher.update(msgspec.msgpack.encode(cec))
    hasher.update(TABLE_IRRADIANCE.tobytes() + TABLE_TEMPERATURE.tobytes())
    path = cache_folder("single-diode") / f"{hasher.hexdigest()}.pickle"

    def solved_table() -> np.ndarray:
        grid_e, grid_t = np.meshgrid(TABLE_IRRADIANCE, TABLE_TEMPERATURE, indexing="ij")
        table = _solved(grid_e.reshape(-1, 1), grid_t.reshape(-1, 1), [cec])
        return table.reshape(grid_e.shape)

    table = kept(path, np.ndarray, solved_table, KEPT_TABLE_BYTES)
    return TABLE_IRRADIANCE, TABLE_TEMPERATURE, table


def _bilinear(x_grid, y_grid, table, x, y) -> np.ndarray:
    """``table`` (on the uniform grids ``x_grid`` by ``y_grid``) at (x, y); 0 where x <= 0,
    extended linearly beyond the grid's ends."""
    dx, dy = x_grid[1] - x_grid[0], y_grid[1] - y_grid[0]
    fx = (x - x_grid[0]) / dx
    fy = (y - y_grid[0]) / dy
    i = np.clip(np.floor(fx).astype(int), 0, len(x_grid) - 2)
    j = np.clip(np.floor(fy).astype(int), 0, len(y_grid) - 2)
    u, v = fx - i, fy - j
    value = (
        table[i, j] * (1 - u) * (1 - v)
        + table[i + 1, j] * u * (1 - v)
        + table[i, j + 1] * (1 - u) * v
        + table[i + 1, j + 1] * u * v
    )
    return np.where(x > 0, value, 0.0)


def _solved(
    effective_irradiance: np.ndarray, temp_cell: np.ndarray, modules: Sequence[CecParameters]
) -> np.ndarray:
    power = np.zeros_like(effective_irradiance, dtype=float)
    lit = effective_irradiance > 0
    if not lit.any():
        return power
    table = np.array([astuple(cec) for cec in modules], dtype=float)  # (K, 7)
    columns = np.nonzero(lit)[1]
    named = {f.name: table[columns, k] for k, f in enumerate(fields(CecParameters))}
    parameters = pvlib.pvsystem.calcparams_cec(
        effective_irradiance[lit],
        temp_cell[lit],
        named["alpha_sc"],
        named["a_ref"],
        named["i_l_ref"],
        named["i_o_ref"],
        named["r_sh_ref"],
        named["r_s"],
        named["adjust"],
    )
    power[lit] = pvlib.pvsystem.max_power_point(*parameters, method="newton")["p_mp"]
    return power
