"""String sizing per MPPT input and checks of a string plan.

Voltages follow the datasheet temperature coefficients. The longest string is set by
the open-circuit voltage at the coldest cell temperature (modules at sunrise are at
air temperature, so the caller passes the site's minimum design air temperature); the
shortest by the MPP voltage at the hottest cell temperature (the caller passes, e.g.,
the highest simulated cell temperature).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from msgspec import Struct

from bipv_designer.errors import LayoutError
from bipv_designer.layout.defaults import layout_defaults
from bipv_designer.layout.warnings import LayoutWarning
from bipv_designer.project.layout_model import Inverter, InverterUse, ModuleDatasheet
from bipv_designer.project.model import Module
from bipv_designer.words import N_

STC_TEMPERATURE = 25.0
"""Cell temperature at standard test conditions [C] (IEC 60904-3)."""


class ModuleOperatingPoint(Struct, frozen=True):
    """Voltages and current of one module at a cell temperature, full sun.

    Attributes
    ----------
    v_oc, v_mp : float  [V]
    i_sc : float  [A]
    """

    v_oc: float
    v_mp: float
    i_sc: float


def module_operating_point(
    module: Module, datasheet: ModuleDatasheet, temp_cell: float
) -> ModuleOperatingPoint:
    """Voc, Vmp and Isc of a module at ``temp_cell`` [C] and 1000 W/m2.

    Notes
    -----
    ``Voc(T) = Voc_ref + beta_voc (T - 25)``, ``Isc(T) = Isc_ref + alpha_sc (T - 25)``
    and ``Vmp(T) = Vmp_ref (1 + (gamma_pdc - alpha_sc / Isc_ref)(T - 25))``: at the
    maximum-power point ``P = V I``, so the relative coefficient of Vmp is that of
    power less that of current, and Imp's is taken as Isc's (datasheets give no Imp
    coefficient).
    """
    delta = temp_cell - STC_TEMPERATURE
    gamma_vmp = module.gamma_pdc - datasheet.alpha_sc / datasheet.i_sc_ref
    return ModuleOperatingPoint(
        v_oc=datasheet.v_oc_ref + datasheet.beta_voc * delta,
        v_mp=datasheet.v_mp_ref * (1.0 + gamma_vmp * delta),
        i_sc=datasheet.i_sc_ref + datasheet.alpha_sc * delta,
    )


class StringLimits(Struct, frozen=True):
    """Allowed string lengths and parallel strings of one module on one inverter.

    Attributes
    ----------
    min_modules, max_modules : int
        Shortest and longest string [modules]; ``min_modules > max_modules`` when no
        length fits.
    max_strings_per_mppt : int  strings one MPPT input takes
    limited_by : str  which limit sets ``max_modules``
    cold, hot : ModuleOperatingPoint  the module at the two design temperatures
    """

    min_modules: int
    max_modules: int
    max_strings_per_mppt: int
    limited_by: str
    cold: ModuleOperatingPoint
    hot: ModuleOperatingPoint


def string_limits(
    module: Module,
    datasheet: ModuleDatasheet,
    inverter: Inverter,
    temp_cell_min: float,
    temp_cell_max: float,
) -> StringLimits:
    """Shortest and longest string and the strings per MPPT input.

    Parameters
    ----------
    module : Module
    datasheet : ModuleDatasheet
    inverter : Inverter
    temp_cell_min : float  coldest cell temperature in sunlight [C]
    temp_cell_max : float  hottest cell temperature [C]

    Notes
    -----
    ``max = floor(min(Vdc_max, V_system_max) / Voc(T_min), Vmppt_high / Vmp(T_min))``,
    ``min = ceil(Vmppt_low / Vmp(T_max))`` and
    ``strings = floor(Idc_max / Isc(T_max))``, capped at the connectors per input.
    """
    if temp_cell_min > temp_cell_max:
        raise LayoutError(
            N_(
                "Errors",
                "design temperatures: expected minimum <= maximum, got "
                "{temp_cell_min:g} C and {temp_cell_max:g} C",
            ).format(
                temp_cell_min=temp_cell_min,
                temp_cell_max=temp_cell_max,
            )
        )
    cold = module_operating_point(module, datasheet, temp_cell_min)
    hot = module_operating_point(module, datasheet, temp_cell_max)
    if min(cold.v_oc, cold.v_mp, hot.v_mp, hot.i_sc) <= 0.0:
        raise LayoutError(
            N_(
                "Errors",
                "module {id}: voltages or current not positive at the design "
                "temperatures {temp_cell_min:g} C and {temp_cell_max:g} C",
            ).format(
                id=repr(module.id),
                temp_cell_min=temp_cell_min,
                temp_cell_max=temp_cell_max,
            )
        )
    candidates = {
        N_("Strings", "inverter maximum DC voltage"): inverter.vdc_max_v / cold.v_oc,
        N_("Strings", "module maximum system voltage"): (
            datasheet.max_system_voltage_v / cold.v_oc
        ),
        N_("Strings", "MPPT upper voltage"): inverter.mppt_high_v / cold.v_mp,
    }
    limited_by = min(candidates, key=lambda name: candidates[name])
    strings = math.floor(inverter.idc_max_a / hot.i_sc)
    if inverter.strings_per_mppt > 0:
        strings = min(strings, inverter.strings_per_mppt)
    return StringLimits(
        min_modules=math.ceil(inverter.mppt_low_v / hot.v_mp),
        max_modules=math.floor(candidates[limited_by]),
        max_strings_per_mppt=strings,
        limited_by=limited_by,
        cold=cold,
        hot=hot,
    )


class StringedArray(Struct, frozen=True):
    """What the string checks need to know of an array.

    Attributes
    ----------
    array_id : str
    module : Module
    datasheet : ModuleDatasheet
    surface_tilt, surface_azimuth : float  orientation of its modules [degrees]
    module_count : int
    """

    array_id: str
    module: Module
    datasheet: ModuleDatasheet
    surface_tilt: float
    surface_azimuth: float
    module_count: int


def dc_ac_ratio(use: InverterUse, inverter: Inverter, module_pdc0_w: Mapping[str, float]) -> float:
    """DC nameplate of the strings on an inverter over its AC rating [-], from the
    nameplate of one module of each array [W] by array id."""
    try:
        dc_w = sum(g.module_count * module_pdc0_w[g.array_id] for g in use.string_groups())
    except KeyError as missing:
        raise LayoutError(
            N_(
                "Errors",
                "string plan: unknown array {args}",
            ).format(
                args=repr(missing.args[0]),
            )
        ) from None
    return dc_w / inverter.paco_w


def check_inverter_use(
    use: InverterUse,
    inverter: Inverter,
    arrays: Mapping[str, StringedArray],
    temp_cell_min: float,
    temp_cell_max: float,
) -> tuple[LayoutWarning, ...]:
    """Warnings for one inverter's strings: lengths, currents, mixed orientations, DC/AC.

    Parameters
    ----------
    use : InverterUse
    inverter : Inverter  the inverter type ``use.inverter_id`` names
    arrays : mapping of array id to StringedArray
    temp_cell_min, temp_cell_max : float  design cell temperatures [C]
    """
    if use.inverter_id != inverter.id:
        raise LayoutError(
            N_(
                "Errors",
                "inverter use {id}: names inverter {inverter_id}, got {id2}",
            ).format(
                id=repr(use.id),
                inverter_id=repr(use.inverter_id),
                id2=repr(inverter.id),
            )
        )
    limits_file = layout_defaults()["strings"]
    found: list[LayoutWarning] = []

    def warn(code: str, message: str) -> None:
        text = N_("Strings", "{name}: {message}").format(name=use.name, message=message)
        found.append(LayoutWarning(code=code, subject=use.id, message=text))

    if len(use.mppts) > inverter.mppt_count:
        warn(
            "mppt_count",
            N_("Strings", "{used} MPPT inputs used, the inverter has {count}").format(
                used=len(use.mppts), count=inverter.mppt_count
            ),
        )
    for number, mppt in enumerate(use.mppts, start=1):
        groups = [(group, _array(arrays, group.array_id)) for group in mppt.strings]
        current = 0.0
        for group, array in groups:
            limits = string_limits(
                array.module, array.datasheet, inverter, temp_cell_min, temp_cell_max
            )
            n = group.modules_per_string
            if n > limits.max_modules:
                warn(
                    "string_too_long",
                    N_(
                        "Strings",
                        "MPPT {number}: {n} modules of {array} exceed the {limit} ({most} at "
                        "most, Voc {voc:.0f} V at {temp:g} C)",
                    ).format(
                        number=number,
                        n=n,
                        array=repr(array.array_id),
                        limit=limits.limited_by,
                        most=limits.max_modules,
                        voc=n * limits.cold.v_oc,
                        temp=temp_cell_min,
                    ),
                )
            if n < limits.min_modules:
                warn(
                    "string_too_short",
                    N_(
                        "Strings",
                        "MPPT {number}: {n} modules of {array} fall below the MPPT range "
                        "({least} at least, Vmp {vmp:.0f} V at {temp:g} C)",
                    ).format(
                        number=number,
                        n=n,
                        array=repr(array.array_id),
                        least=limits.min_modules,
                        vmp=n * limits.hot.v_mp,
                        temp=temp_cell_max,
                    ),
                )
            current += group.string_count * limits.hot.i_sc
        strings = sum(group.string_count for group, _ in groups)
        if inverter.strings_per_mppt > 0 and strings > inverter.strings_per_mppt:
            warn(
                "strings_per_mppt",
                N_(
                    "Strings", "MPPT {number}: {strings} strings on {connectors} connectors"
                ).format(number=number, strings=strings, connectors=inverter.strings_per_mppt),
            )
        if current > inverter.idc_max_a:
            warn(
                "mppt_current",
                N_(
                    "Strings",
                    "MPPT {number}: short-circuit current {current:.1f} A exceeds the input's "
                    "{limit:g} A",
                ).format(number=number, current=current, limit=inverter.idc_max_a),
            )
        if _mixed_orientations([array for _, array in groups], limits_file):
            warn(
                "mppt_mixed_orientation",
                N_("Strings", "MPPT {number}: strings of different orientations").format(
                    number=number
                ),
            )
        if len({group.modules_per_string for group, _ in groups}) > 1:
            warn(
                "mppt_mixed_length",
                N_("Strings", "MPPT {number}: strings of different lengths").format(number=number),
            )
    ratio = dc_ac_ratio(use, inverter, {a: arrays[a].module.pdc0_w for a in arrays})
    low, high = float(limits_file["dc_ac_ratio_low"]), float(limits_file["dc_ac_ratio_high"])
    if not low <= ratio <= high:
        warn(
            "dc_ac_ratio",
            N_("Strings", "DC/AC ratio {ratio:.2f} outside {low:g}-{high:g}").format(
                ratio=ratio, low=low, high=high
            ),
        )
    return tuple(found)


def check_strung_modules(
    uses: Sequence[InverterUse], arrays: Mapping[str, StringedArray]
) -> tuple[LayoutWarning, ...]:
    """Warnings for arrays whose modules are not all strung, or strung more than once."""
    strung = dict.fromkeys(arrays, 0)
    for use in uses:
        for group in use.string_groups():
            _array(arrays, group.array_id)
            strung[group.array_id] += group.module_count
    found = []
    for array_id, count in strung.items():
        expected = arrays[array_id].module_count
        if count != expected:
            found.append(
                LayoutWarning(
                    code="unstrung_modules" if count < expected else "overstrung_modules",
                    subject=array_id,
                    message=N_(
                        "Strings", "array {array}: {count} of its {expected} modules in strings"
                    ).format(array=repr(array_id), count=count, expected=expected),
                )
            )
    return tuple(found)


def _array(arrays: Mapping[str, StringedArray], array_id: str) -> StringedArray:
    try:
        return arrays[array_id]
    except KeyError:
        raise LayoutError(
            N_(
                "Errors",
                "string plan: unknown array {array_id}",
            ).format(
                array_id=repr(array_id),
            )
        ) from None


def _mixed_orientations(arrays: Sequence[StringedArray], limits: Mapping[str, float]) -> bool:
    """True when tilt or azimuth of the arrays differ by more than the tolerance."""
    if len(arrays) < 2:
        return False
    tolerance = float(limits["orientation_tolerance_deg"])
    first = arrays[0]
    return any(
        abs((a.surface_azimuth - first.surface_azimuth + 180.0) % 360.0 - 180.0) > tolerance
        or abs(a.surface_tilt - first.surface_tilt) > tolerance
        for a in arrays[1:]
    )
