"""DC power of modules and arrays: PVWatts' linear model or the CEC single-diode model."""

from __future__ import annotations

import numpy as np
import pvlib

from bipv_designer.project.single_diode import single_diode_power, single_diode_stc_power
from bipv_designer.simulation.systems import SystemTable


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
