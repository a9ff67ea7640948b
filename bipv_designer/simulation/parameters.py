"""Model choices of the yield chain and the parameter data they read from ``resources/``."""

from __future__ import annotations

import json
from enum import StrEnum
from functools import cache
from typing import Any

from msgspec import Struct

from bipv_designer.paths import resource
from bipv_designer.project.model import Mounting


class TemperatureModel(StrEnum):
    """Cell-temperature models; parameters per mounting in ``resources/defaults/thermal.json``."""

    PVSYST = "pvsyst"
    NOCT_SAM = "noct_sam"


class ChainOptions(Struct, frozen=True):
    """Choices that change the physics of a run (the defaults are BIPV Designer's).

    Attributes
    ----------
    temperature_model : TemperatureModel
        ``pvsyst`` (U-values by mounting, the default) or ``noct_sam`` (as NREL SAM
        PVWatts v8 does).
    diffuse_iam : bool
        Apply the cover's incidence-angle loss to sky and ground diffuse light too
        (Marion 2017), not only to beam and circumsolar light.
    sunrise_sunset_sun : bool
        In the records where the sun rises or sets, compute the sun at the middle of
        the sunlit part of the interval (as NREL SAM does) instead of the middle of
        the whole interval.
    """

    temperature_model: TemperatureModel = TemperatureModel.PVSYST
    diffuse_iam: bool = True
    sunrise_sunset_sun: bool = True


class CoverOptics(Struct, frozen=True):
    """Physical incidence-angle model of the module cover (pvlib.iam.physical).

    n, n_ar [-]: refractive indices of glass and anti-reflective coating;
    K [1/m]: extinction coefficient; L [m]: glass thickness.
    """

    n: float
    K: float
    L: float
    n_ar: float | None


@cache
def _read(name: str) -> dict[str, Any]:
    return json.loads(resource("defaults", name).read_text(encoding="utf-8"))


def cover_optics() -> CoverOptics:
    """Cover optics of ``resources/defaults/optics.json`` (De Soto 2006, AR coated)."""
    data = _read("optics.json")
    return CoverOptics(n=data["n"], K=data["K"], L=data["L"], n_ar=data["n_ar"])


def thermal_parameters(model: TemperatureModel, mounting: Mounting) -> dict[str, float]:
    """Parameters of a cell-temperature model for one mounting type.

    ``pvsyst``: ``u_c``, ``u_v``, ``alpha_absorption``; ``noct_sam``: ``noct``,
    ``mount_standoff``, ``transmittance_absorptance``. Values and sources are in
    ``resources/defaults/thermal.json``.
    """
    section = _read("thermal.json")[model.value]
    values = {k: v for k, v in section["by_mounting"][mounting.value].items() if k != "source"}
    shared = (
        "alpha_absorption" if model is TemperatureModel.PVSYST else "transmittance_absorptance"
    )
    return {**values, shared: section[shared]}


DEFAULT_OPTIONS = ChainOptions()
"""BIPV Designer's own model choices."""
