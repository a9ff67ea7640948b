"""DC power of modules and arrays: PVWatts' linear model or the CEC single-diode model."""

from __future__ import annotations

import numpy as np
import pvlib

from bipv_designer.project.single_diode import single_diode_powers, single_diode_stc_power
from bipv_designer.simulation.systems import SystemTable


def array_dc_power(
    poa_effective: np.ndarray, temp_cell: np.ndarray, systems: SystemTable, block: slice
) -> np.ndarray:
    """DC power (D, N) [W] of the arrays in ``block`` before system losses.

    PVWatts arrays: ``pdc0 * E / 1000 * (1 + gamma_pdc (T - 25))`` (pvlib.pvsystem.pvwatts_dc).
    CEC arrays: the module's single-diode maximum power, scaled so that the array
    delivers its nameplate at STC (as NREL SAM PVWatts v8 scales its CEC module); all
    CEC arrays of the block in one vectorised solve.
    """
    pdc0 = systems.pdc0_w[block]
    dc = pvlib.pvsystem.pvwatts_dc(
        poa_effective, temp_cell, pdc0[None, :], systems.gamma_pdc[block][None, :]
    )
    modules = systems.cec[block]
    columns = [k for k, cec in enumerate(modules) if cec is not None]
    if columns:
        cecs = [modules[k] for k in columns]
        scale = pdc0[columns] / np.array([single_diode_stc_power(cec) for cec in cecs])
        dc[:, columns] = scale * single_diode_powers(
            poa_effective[:, columns], temp_cell[:, columns], cecs
        )
    return dc
