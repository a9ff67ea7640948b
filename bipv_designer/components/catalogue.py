"""Search pvlib's CEC module and inverter tables by maker, model and power.

The tables are the SAM library files that ship with pvlib
(``sam-library-cec-modules-2019-03-05.csv``, ``sam-library-cec-inverters-2019-03-05.csv``),
read with their original names so that a search finds "Canadian Solar" as written.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from bipv_designer.components.datasheets import (
    default_max_system_voltage_v,
    default_module_mass_kg_per_m2,
)
from bipv_designer.errors import ComponentError
from bipv_designer.paths import pvlib_data_file
from bipv_designer.project.layout_model import Inverter, ModuleDatasheet, SandiaInverter
from bipv_designer.words import N_, Text

CEC_MODULE_FILE = "sam-library-cec-modules-2019-03-05.csv"
CEC_INVERTER_FILE = "sam-library-cec-inverters-2019-03-05.csv"
CEC_SOURCE = "CEC database as shipped with pvlib ({})"


@cache
def module_catalogue() -> pd.DataFrame:
    """All CEC modules: ``name``, ``technology``, ``pdc0_w``, ``area_m2``, ``bipv`` and the
    electrical columns of the table, indexed by pvlib's column key."""
    table = pd.read_csv(pvlib_data_file(CEC_MODULE_FILE), skiprows=[1, 2])
    table = table.rename(
        columns={"Name": "name", "Technology": "technology", "STC": "pdc0_w", "A_c": "area_m2"}
    )
    table["bipv"] = table["BIPV"].eq("Y")
    table.index = pd.Index([pvlib_key(n) for n in table["name"]], name="key")
    return table


@cache
def inverter_catalogue() -> pd.DataFrame:
    """All CEC inverters: ``name``, ``maker``, ``model``, ``paco_w`` and the Sandia columns."""
    table = pd.read_csv(pvlib_data_file(CEC_INVERTER_FILE), skiprows=[1, 2])
    table = table.rename(columns={"Name": "name", "Paco": "paco_w"})
    maker_model = table["name"].str.split(":", n=1, expand=True)
    table["maker"] = maker_model[0].str.strip()
    table["model"] = maker_model[1].fillna("").str.strip()
    table.index = pd.Index([pvlib_key(n) for n in table["name"]], name="key")
    return table


def pvlib_key(name: str) -> str:
    """pvlib's column name of a table entry: non-alphanumerics replaced by ``_``."""
    return re.sub(r"[^A-Za-z0-9]", "_", name)


def search_modules(
    text: str = "",
    *,
    pdc0_min_w: float | None = None,
    pdc0_max_w: float | None = None,
    technology: str | None = None,
    bipv_only: bool = False,
    limit: int | None = 100,
) -> pd.DataFrame:
    """CEC modules whose name holds every word of ``text`` (maker, model; any case).

    Parameters
    ----------
    text : str  words that must all appear in the name
    pdc0_min_w, pdc0_max_w : float or None  STC power range [W]
    technology : str or None  e.g. ``Mono-c-Si``, ``CdTe`` (any case)
    bipv_only : bool  only modules flagged as building-integrated
    limit : int or None  most rows returned, highest power first

    Returns
    -------
    pandas.DataFrame  rows of :func:`module_catalogue`
    """
    table = module_catalogue()
    mask = _words_in(table["name"], text) & _in_range(table["pdc0_w"], pdc0_min_w, pdc0_max_w)
    if technology:
        mask &= table["technology"].str.lower() == technology.lower()
    if bipv_only:
        mask &= table["bipv"]
    return table[mask].sort_values("pdc0_w", ascending=False).head(limit)


def search_inverters(
    text: str = "",
    *,
    paco_min_w: float | None = None,
    paco_max_w: float | None = None,
    limit: int | None = 100,
) -> pd.DataFrame:
    """CEC inverters whose name holds every word of ``text``, within an AC power range [W]."""
    table = inverter_catalogue()
    mask = _words_in(table["name"], text) & _in_range(table["paco_w"], paco_min_w, paco_max_w)
    return table[mask].sort_values("paco_w", ascending=False).head(limit)


def cec_datasheet(name: str) -> ModuleDatasheet:
    """Datasheet figures of a CEC module, by name or pvlib key.

    The table gives no weight and no maximum system voltage; both are the defaults of
    ``resources/modules/datasheet_defaults.json``. The module id is that of
    :func:`bipv_designer.components.library.cec_module`.
    """
    row = _row(module_catalogue(), name, N_("Errors", "no module {name} in pvlib's CEC table"))
    key = pvlib_key(name)
    return ModuleDatasheet(
        module_id=f"cec:{key}",
        technology=str(row["technology"]),
        cells_in_series=int(row["N_s"]),
        v_oc_ref=float(row["V_oc_ref"]),
        i_sc_ref=float(row["I_sc_ref"]),
        v_mp_ref=float(row["V_mp_ref"]),
        i_mp_ref=float(row["I_mp_ref"]),
        alpha_sc=float(row["alpha_sc"]),
        beta_voc=float(row["beta_oc"]),
        weight_kg=default_module_mass_kg_per_m2() * float(row["area_m2"]),
        max_system_voltage_v=default_max_system_voltage_v(),
        source=CEC_SOURCE.format(CEC_MODULE_FILE) + "; weight and system voltage assumed",
    )


def cec_inverter(name: str) -> Inverter:
    """An Inverter from the CEC table, by name or pvlib key, with its Sandia parameters.

    The table lists one DC input: the inverter gets one MPPT input carrying the whole
    ``Idcmax`` and no connector limit; ``efficiency`` is ``Paco / Pdco``, the
    efficiency at the rated point.
    """
    row = _row(inverter_catalogue(), name, N_("Errors", "no inverter {name} in pvlib's CEC table"))
    sandia = SandiaInverter(
        paco=float(row["paco_w"]),
        pdco=float(row["Pdco"]),
        vdco=float(row["Vdco"]),
        pso=float(row["Pso"]),
        c0=float(row["C0"]),
        c1=float(row["C1"]),
        c2=float(row["C2"]),
        c3=float(row["C3"]),
        pnt=float(row["Pnt"]),
    )
    return Inverter(
        id=f"cec:{pvlib_key(name)}",
        name=str(row["name"]),
        paco_w=sandia.paco,
        vdc_max_v=float(row["Vdcmax"]),
        mppt_low_v=float(row["Mppt_low"]),
        mppt_high_v=float(row["Mppt_high"]),
        idc_max_a=float(row["Idcmax"]),
        mppt_count=1,
        strings_per_mppt=0,
        efficiency=sandia.paco / sandia.pdco,
        sandia=sandia,
        source=CEC_SOURCE.format(CEC_INVERTER_FILE),
    )


def _row(table: pd.DataFrame, name: str, missing: Text) -> pd.Series:
    """The row of ``name``; ComponentError ``missing`` (with ``{name}``) when absent."""
    key = pvlib_key(name)
    if key not in table.index:
        raise ComponentError(missing.format(name=repr(name)))
    return table.loc[key]


def _words_in(names: pd.Series, text: str) -> pd.Series:
    mask = pd.Series(True, index=names.index)
    lowered = names.str.lower()
    for word in text.lower().split():
        mask &= lowered.str.contains(word, regex=False)
    return mask


def _in_range(values: pd.Series, low: float | None, high: float | None) -> pd.Series:
    mask = pd.Series(True, index=values.index)
    if low is not None:
        mask &= values >= low
    if high is not None:
        mask &= values <= high
    return mask
