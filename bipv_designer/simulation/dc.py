"""DC power of modules and arrays: PVWatts' linear model or the CEC single-diode model."""

from __future__ import annotations

import numpy as np
import pvlib

from bipv_designer.project.model import CecParameters
from bipv_designer.simulation.systems import SystemTable

STC_IRRADIANCE = 1000.0
"""Irradiance at standard test conditions [W/m2] (IEC 60904-3)."""

STC_TEMPERATURE = 25.0
"""Cell temperature at standard test conditions [C] (IEC 60904-3)."""


def array_dc_power(
    poa_effective: np.ndarray, temp_cell: np.ndarray, systems: SystemTable, block: slice
) -> np.ndarray:
    """DC power (D, N) [W] of the arrays in ``block`` before system losses.

    PVWatts arrays: ``pdc0 * E / 1000 * (1 + gamma_pdc (T - 25))`` (pvlib.pvsystem.pvwatts_dc).
    CEC arrays: the module's single-diode maximum power, scaled so that the array
    delivers its nameplate at STC (as NREL SAM PVWatts v8 scales its CEC module).
    """
    pdc0 = systems.pdc0_w[block]
    dc = pvlib.pvsystem.pvwatts_dc(
        poa_effective, temp_cell, pdc0[None, :], systems.gamma_pdc[block][None, :]
    )
    for column, cec in enumerate(systems.cec[block]):
        if cec is not None:
            scale = pdc0[column] / single_diode_stc_power(cec)
            dc[:, column] = scale * single_diode_power(
                poa_effective[:, column], temp_cell[:, column], cec
            )
    return dc


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
    power = np.zeros_like(effective_irradiance, dtype=float)
    lit = effective_irradiance > 0
    if not lit.any():
        return power
    parameters = pvlib.pvsystem.calcparams_cec(
        effective_irradiance[lit],
        temp_cell[lit],
        cec.alpha_sc,
        cec.a_ref,
        cec.i_l_ref,
        cec.i_o_ref,
        cec.r_sh_ref,
        cec.r_s,
        cec.adjust,
    )
    power[lit] = pvlib.pvsystem.max_power_point(*parameters, method="newton")["p_mp"]
    return power
