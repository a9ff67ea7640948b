"""Datasheet figures of modules: defaults for missing values and single-diode fits."""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from bipv_designer.errors import ComponentError
from bipv_designer.paths import resource
from bipv_designer.project.layout_model import ModuleDatasheet
from bipv_designer.project.model import CecParameters
from bipv_designer.words import N_

BOLTZMANN_J_PER_K = 1.380649e-23
"""Boltzmann constant [J/K] (SI 2019, exact)."""

ELEMENTARY_CHARGE_C = 1.602176634e-19
"""Elementary charge [C] (SI 2019, exact)."""

STC_TEMPERATURE_K = 298.15
"""Cell temperature at standard test conditions [K] (IEC 60904-3: 25 C)."""

IDEALITY_GUESSES = (1.0, 1.1, 1.2, 1.3, 1.5)
"""Diode ideality factors tried as starting points of the single-diode fit [-]."""

SHUNT_GUESSES = (10.0, 30.0, 100.0, 300.0)
"""Starting shunt resistances of the fit, in units of Voc / Isc [-]."""


@cache
def datasheet_defaults() -> dict[str, Any]:
    """``resources/modules/datasheet_defaults.json``."""
    text = resource("modules", "datasheet_defaults.json").read_text(encoding="utf-8")
    return json.loads(text)


def default_module_mass_kg_per_m2() -> float:
    """Mass assumed for modules without a known weight [kg per m2 of module area]."""
    return float(datasheet_defaults()["module_mass_kg_per_m2"]["value"])


def default_max_system_voltage_v() -> float:
    """Maximum system voltage assumed when a source does not give one [V]."""
    return float(datasheet_defaults()["max_system_voltage_v"]["value"])


def fit_single_diode(datasheet: ModuleDatasheet) -> CecParameters:
    """De Soto single-diode parameters that reproduce the datasheet's STC points.

    Parameters
    ----------
    datasheet : ModuleDatasheet

    Returns
    -------
    CecParameters
        With ``adjust = 0``, so pvlib's ``calcparams_cec`` equals ``calcparams_desoto``.

    Raises
    ------
    ComponentError
        When no starting point makes the fit converge.

    Notes
    -----
    pvlib.ivtools.sdm.fit_desoto solves the five De Soto equations (Isc, Voc and the
    maximum-power point at STC, the zero slope of power there, and the Voc
    temperature coefficient). It needs a starting point close enough, so the
    starting ideality and shunt resistance are tried from small grids: starting
    ``a = n k T Ns / q``, ``Io = Isc exp(-Voc / a)``, ``Rs`` from the MPP equation.

    References
    ----------
    W. De Soto, S. A. Klein, W. A. Beckman, "Improvement and validation of a model for
    photovoltaic array performance", Solar Energy 80(1), 2006.
    """
    from pvlib.ivtools.sdm import fit_desoto

    d = datasheet
    for ideality in IDEALITY_GUESSES:
        a_0 = ideality * BOLTZMANN_J_PER_K * STC_TEMPERATURE_K * d.cells_in_series
        a_0 /= ELEMENTARY_CHARGE_C
        i_o_0 = d.i_sc_ref * math.exp(-d.v_oc_ref / a_0)
        r_s_0 = (a_0 * math.log1p((d.i_sc_ref - d.i_mp_ref) / i_o_0) - d.v_mp_ref) / d.i_mp_ref
        for shunt in SHUNT_GUESSES:
            guess = {
                "IL_0": d.i_sc_ref,
                "a_0": a_0,
                "Io_0": i_o_0,
                "Rs_0": max(r_s_0, 0.01),
                "Rsh_0": shunt * d.v_oc_ref / d.i_sc_ref,
            }
            try:
                fitted, _ = fit_desoto(
                    d.v_mp_ref,
                    d.i_mp_ref,
                    d.v_oc_ref,
                    d.i_sc_ref,
                    d.alpha_sc,
                    d.beta_voc,
                    d.cells_in_series,
                    init_guess=guess,
                )
            except RuntimeError:
                continue
            if fitted["R_s"] < 0.0 or fitted["R_sh_ref"] <= 0.0:
                continue
            return CecParameters(
                alpha_sc=float(fitted["alpha_sc"]),
                a_ref=float(fitted["a_ref"]),
                i_l_ref=float(fitted["I_L_ref"]),
                i_o_ref=float(fitted["I_o_ref"]),
                r_sh_ref=float(fitted["R_sh_ref"]),
                r_s=float(fitted["R_s"]),
                adjust=0.0,
            )
    raise ComponentError(
        N_(
            "Errors",
            "module {module}: no single-diode parameters reproduce the datasheet "
            "(Voc {voc:g} V, Isc {isc:g} A, Vmp {vmp:g} V, "
            "Imp {imp:g} A, {cells} cells); use the PVWatts model",
        ).format(
            module=repr(d.module_id),
            voc=d.v_oc_ref,
            isc=d.i_sc_ref,
            vmp=d.v_mp_ref,
            imp=d.i_mp_ref,
            cells=d.cells_in_series,
        )
    )
