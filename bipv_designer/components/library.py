"""Module types from the bundled generic library and from pvlib's CEC database."""

from __future__ import annotations

import json
from functools import cache

import pandas as pd

from bipv_designer.components.catalogue import cec_datasheet, pvlib_key
from bipv_designer.components.panond import ModuleRecord
from bipv_designer.errors import ComponentError
from bipv_designer.paths import resource
from bipv_designer.project.codec import decode
from bipv_designer.project.model import CecParameters, DcModel, Module
from bipv_designer.words import N_

GENERIC_MODULE_ID = "generic-550-mono"
"""The module used when the user gives only a kWp figure, and on new roof arrays."""

GENERIC_FACADE_MODULE_ID = "generic-bipv-glass-glass-250"
"""The module of new facade arrays until the user chooses one."""


@cache
def generic_modules() -> tuple[Module, ...]:
    """Modules of ``resources/modules/generic.json``."""
    data = json.loads(resource("modules", "generic.json").read_text(encoding="utf-8"))
    return decode(tuple[Module, ...], data["modules"], "resources/modules/generic.json:$.modules")


def generic_module(module_id: str = GENERIC_MODULE_ID) -> Module:
    """One module of the generic library by id."""
    for module in generic_modules():
        if module.id == module_id:
            return module
    known = ", ".join(m.id for m in generic_modules())
    raise ComponentError(
        N_("Errors", "no generic module {module}; known: {known}").format(
            module=repr(module_id), known=known
        )
    )


@cache
def cec_table() -> pd.DataFrame:
    """pvlib's copy of the CEC module database (SAM library), one column per module."""
    import pvlib

    return pvlib.pvsystem.retrieve_sam("CECMod")


def cec_module(name: str) -> Module:
    """A single-diode Module from pvlib's CEC table, by its column name.

    The column names are the CEC names with non-alphanumerics replaced by ``_``
    (pvlib's convention), e.g. ``Canadian_Solar_Inc__CS5P_220M``.
    """
    table = cec_table()
    key = pvlib_key(name)
    if key not in table.columns:
        raise ComponentError(
            N_("Errors", "no module {name} in pvlib's CEC table").format(name=repr(name))
        )
    row = table[key]
    area = float(row["A_c"])
    length = float(row["Length"]) if pd.notna(row.get("Length")) else area**0.5
    width = float(row["Width"]) if pd.notna(row.get("Width")) else area / length
    return Module(
        id=f"cec:{key}",
        name=name,
        length_m=max(length, width),
        width_m=min(length, width),
        pdc0_w=float(row["STC"]),
        gamma_pdc=float(row["gamma_r"]) / 100.0,
        dc_model=DcModel.CEC,
        cec=CecParameters(
            alpha_sc=float(row["alpha_sc"]),
            a_ref=float(row["a_ref"]),
            i_l_ref=float(row["I_L_ref"]),
            i_o_ref=float(row["I_o_ref"]),
            r_sh_ref=float(row["R_sh_ref"]),
            r_s=float(row["R_s"]),
            adjust=float(row["Adjust"]),
        ),
        source="CEC module database as shipped with pvlib (sam-library-cec-modules-2019-03-05)",
    )


def cec_record(name: str) -> ModuleRecord:
    """A CEC module with its datasheet figures (weight and system voltage assumed)."""
    return ModuleRecord(cec_module(name), cec_datasheet(name))
