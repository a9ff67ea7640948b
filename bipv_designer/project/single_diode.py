"""What a module's single-diode parameters give: its maximum power by the CEC model
(De Soto et al. 2006, via pvlib), used to check the parameters when a project is read
and to model DC power in the simulation."""

from __future__ import annotations

import numpy as np
import pvlib

from bipv_designer.project.model import CecParameters

STC_IRRADIANCE = 1000.0
"""Irradiance at standard test conditions [W/m2] (IEC 60904-3)."""

STC_TEMPERATURE = 25.0
"""Cell temperature at standard test conditions [C] (IEC 60904-3)."""


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
