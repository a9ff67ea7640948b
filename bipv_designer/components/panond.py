"""PVsyst PAN (module) and OND (inverter) files, read with pvlib.iotools.read_panond.

PVsyst writes its own units: PAN currents in A, ``muISC`` in mA/K, ``muVocSpec`` in
mV/K, ``muPmpReq`` in %/K, dimensions in m, weight in kg; OND powers in kW,
efficiencies in %. PVsyst's own one-diode model (with its irradiance-dependent shunt
and temperature-dependent ideality) is not carried over: the module gets De Soto
single-diode parameters fitted to the file's STC points
(:func:`~bipv_designer.components.datasheets.fit_single_diode`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from msgspec import Struct

from bipv_designer.components.datasheets import default_max_system_voltage_v, fit_single_diode
from bipv_designer.errors import ComponentError
from bipv_designer.project.layout_model import Inverter, ModuleDatasheet
from bipv_designer.project.model import DcModel, Module
from bipv_designer.words import N_

PVSYST_TEMPERATURE_COEFFICIENT_SCALE = 1000.0
"""PAN files give muISC in mA/K and muVocSpec in mV/K: divide by this for A/K and V/K."""


class ModuleRecord(Struct, frozen=True):
    """A module type with its datasheet figures."""

    module: Module
    datasheet: ModuleDatasheet


def read_pan(path: str | Path) -> ModuleRecord:
    """A module from a PVsyst .PAN file, with fitted single-diode parameters.

    Raises
    ------
    ComponentError
        The file cannot be read, lacks a figure (the message names it), or no
        single-diode parameters reproduce its STC points.
    """
    content = _read(path)
    where = f"{path}"
    root = _section(content, "PVObject_", where)
    commercial = _section(root, "PVObject_Commercial", where)
    maker = str(commercial.get("Manufacturer", "")).strip()
    model = str(commercial.get("Model", "")).strip()
    name = f"{maker} {model}".strip() or Path(path).stem
    length = _number(commercial, "Height", where)
    width = _number(commercial, "Width", where)
    mu_voc = _number(root, "muVocSpec", where)
    if mu_voc == 0.0:
        raise ComponentError(
            N_(
                "Errors",
                "{where}: muVocSpec is 0; expected the Voc temperature coefficient in mV/K",
            ).format(where=where)
        )
    module_id = f"pan:{name}"
    datasheet = ModuleDatasheet(
        module_id=module_id,
        technology=str(root.get("Technol", "")),
        cells_in_series=int(_number(root, "NCelS", where)),
        v_oc_ref=_number(root, "Voc", where),
        i_sc_ref=_number(root, "Isc", where),
        v_mp_ref=_number(root, "Vmp", where),
        i_mp_ref=_number(root, "Imp", where),
        alpha_sc=_number(root, "muISC", where) / PVSYST_TEMPERATURE_COEFFICIENT_SCALE,
        beta_voc=mu_voc / PVSYST_TEMPERATURE_COEFFICIENT_SCALE,
        weight_kg=_number(commercial, "Weight", where),
        max_system_voltage_v=float(root.get("VMaxIEC", default_max_system_voltage_v())),
        source=f"PVsyst PAN file {Path(path).name}",
    )
    module = Module(
        id=module_id,
        name=name,
        length_m=max(length, width),
        width_m=min(length, width),
        pdc0_w=_number(root, "PNom", where),
        gamma_pdc=_number(root, "muPmpReq", where) / 100.0,
        dc_model=DcModel.CEC,
        cec=fit_single_diode(datasheet),
        source=datasheet.source,
    )
    return ModuleRecord(module, datasheet)


def read_ond(path: str | Path) -> Inverter:
    """An inverter from a PVsyst .OND file.

    The maximum DC current of one MPPT input is the file's ``IMaxDC`` shared equally
    among its ``NbMPPT`` inputs (one when absent); string connectors per input are
    ``NbInputs / NbMPPT`` when the file gives ``NbInputs``, else unknown (0). The
    efficiency is the European efficiency ``EfficEuro`` (``EfficMax`` when absent).
    """
    content = _read(path)
    where = f"{path}"
    root = _section(content, "PVObject_", where)
    commercial = _section(root, "PVObject_Commercial", where)
    converter = _section(root, "Converter", where)
    mppts = int(_lookup(root, converter, "NbMPPT", 1))
    inputs = int(_lookup(root, converter, "NbInputs", 0))
    efficiency = _lookup(root, converter, "EfficEuro", None)
    if efficiency is None:
        efficiency = _number(converter, "EfficMax", where)
    maker = str(commercial.get("Manufacturer", "")).strip()
    model = str(commercial.get("Model", "")).strip()
    name = f"{maker} {model}".strip() or Path(path).stem
    return Inverter(
        id=f"ond:{name}",
        name=name,
        paco_w=1000.0 * _number(converter, "PNomConv", where),
        vdc_max_v=_number(converter, "VAbsMax", where),
        mppt_low_v=_number(converter, "VMppMin", where),
        mppt_high_v=_number(converter, "VMPPMax", where),
        idc_max_a=_number(converter, "IMaxDC", where) / max(mppts, 1),
        mppt_count=max(mppts, 1),
        strings_per_mppt=inputs // max(mppts, 1),
        efficiency=float(efficiency) / 100.0,
        source=f"PVsyst OND file {Path(path).name}",
    )


def _read(path: str | Path) -> dict[str, Any]:
    import pvlib

    try:
        return pvlib.iotools.read_panond(path, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ComponentError(
            N_("Errors", "{path}: cannot read as a PVsyst file ({error})").format(
                path=path, error=str(error)
            )
        ) from error


def _section(content: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    section = content.get(key)
    if not isinstance(section, dict):
        raise ComponentError(
            N_("Errors", "{where}: expected a {key} section").format(where=where, key=key)
        )
    return section


def _number(section: dict[str, Any], key: str, where: str) -> float:
    value = section.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ComponentError(
            N_("Errors", "{where}: expected a number for {key}, got {value}").format(
                where=where, key=key, value=repr(value)
            )
        )
    return float(value)


def _lookup(root: dict[str, Any], converter: dict[str, Any], key: str, default: Any) -> Any:
    """A value that PVsyst versions write either in the converter or at the top level."""
    return converter.get(key, root.get(key, default))
