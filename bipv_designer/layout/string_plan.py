"""The project's string plan: design temperatures from its weather, an automatic plan
from each array's chosen inverters, the plan as table rows, and its warnings.

The checks themselves are in :mod:`bipv_designer.layout.strings`.
"""

from __future__ import annotations

from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.layout.defaults import layout_defaults
from bipv_designer.layout.planes import module_planes
from bipv_designer.layout.strings import (
    StringedArray,
    StringLimits,
    check_inverter_use,
    check_strung_modules,
    dc_ac_ratio,
    string_limits,
)
from bipv_designer.layout.warnings import LayoutWarning
from bipv_designer.project.layout_model import (
    Inverter,
    InverterUse,
    MpptInput,
    StringGroup,
    plan_for_arrays,
    planned_array_ids,
)
from bipv_designer.project.model import Array, Project
from bipv_designer.weather.data import WeatherData
from bipv_designer.words import N_


class DesignTemperatures(Struct, frozen=True):
    """Cell temperatures strings are sized for [C].

    Attributes
    ----------
    temp_cell_min : float  coldest cell in sunlight: the lowest air temperature of a sunny hour
    temp_cell_max : float  hottest cell: the highest air temperature plus a rise in the sun
    """

    temp_cell_min: float
    temp_cell_max: float


def design_temperatures(weather: WeatherData) -> DesignTemperatures:
    """The design cell temperatures of a weather year (thresholds and their sources in
    ``resources/layout/defaults.json``, ``design_temperatures``)."""
    settings = layout_defaults()["design_temperatures"]
    data = weather.data
    sunny = data.loc[data["ghi"] > float(settings["sunny_ghi_w_m2"]), "temp_air"]
    return DesignTemperatures(
        temp_cell_min=float(sunny.min()),
        temp_cell_max=float(data["temp_air"].max()) + float(settings["hot_cell_rise_k"]),
    )


def with_array_inverters(
    project: Project, array_id: str, inverter: Inverter | None, count: int
) -> Project:
    """The project with ``count`` inverters of type ``inverter`` serving the array (None:
    one sized by its DC/AC ratio); the inverter type joins the project, and types no
    array and no planned inverter uses any more leave it."""
    inverters = project.inverters
    if inverter is not None and inverter.id not in {i.id for i in inverters}:
        inverters = (*inverters, inverter)
    arrays = tuple(
        replace(a, inverter_id=inverter.id if inverter else None, inverter_count=count)
        if a.id == array_id
        else a
        for a in project.arrays
    )
    used = {a.inverter_id for a in arrays} | {u.inverter_id for u in project.string_plan}
    return replace(project, arrays=arrays, inverters=tuple(i for i in inverters if i.id in used))


def stringed_arrays(project: Project) -> dict[str, StringedArray]:
    """The arrays with modules whose module has a datasheet, by id, with the
    orientation their modules face (the rack tilt on racks)."""
    found = {}
    for array in project.arrays:
        datasheet = project.datasheet(array.module_id)
        if datasheet is None or array.module_count == 0:
            continue
        (tilt, _), _ = module_planes(project, array)
        found[array.id] = StringedArray(
            array_id=array.id,
            module=project.module(array.module_id),
            datasheet=datasheet,
            surface_tilt=tilt,
            surface_azimuth=project.surface(array.surface_id).surface_azimuth,
            module_count=array.module_count,
        )
    return found


def array_string_limits(
    project: Project, array: Array, temperatures: DesignTemperatures
) -> StringLimits | None:
    """String limits of an array on its chosen inverter; None without an inverter or a
    datasheet."""
    datasheet = project.datasheet(array.module_id)
    inverter = project.chosen_inverter(array)
    if datasheet is None or inverter is None:
        return None
    return string_limits(
        project.module(array.module_id),
        datasheet,
        inverter,
        temperatures.temp_cell_min,
        temperatures.temp_cell_max,
    )


def auto_string_plan(
    project: Project, temperatures: DesignTemperatures
) -> tuple[tuple[InverterUse, ...], tuple[str, ...]]:
    """A string plan for every array with a chosen inverter and a module datasheet, and
    the arrays it could not plan (with the reason).

    Each array gets its ``inverter_count`` inverters, numbered INV-01, INV-02, ... in
    array order (as on a single-line diagram). The string length is the one
    within the limits that strings the most modules, the longer one on a tie; strings
    are spread over the inverters and then their MPPT inputs as evenly as they go.
    """
    plan: list[InverterUse] = []
    skipped: list[str] = []
    for array in project.arrays:
        if array.module_count == 0 or array.inverter_id is None:
            continue
        limits = array_string_limits(project, array, temperatures)
        if limits is None:
            skipped.append(f"{array.name}: its module has no datasheet (voltages unknown)")
            continue
        if limits.min_modules > limits.max_modules:
            skipped.append(
                f"{array.name}: no string length fits the inverter "
                f"({limits.min_modules} at least, {limits.max_modules} at most)"
            )
            continue
        length = max(
            range(limits.min_modules, min(limits.max_modules, array.module_count) + 1),
            key=lambda n: (array.module_count // n * n, n),
            default=None,
        )
        if length is None:
            skipped.append(
                f"{array.name}: {array.module_count} modules are fewer than the shortest "
                f"string ({limits.min_modules})"
            )
            continue
        inverter = project.chosen_inverter(array)
        strings = array.module_count // length
        for on_inverter in _spread(strings, array.inverter_count):
            mppts = tuple(
                MpptInput((StringGroup(array.id, length, count),) if count else ())
                for count in _spread(on_inverter, inverter.mppt_count)
            )
            number = len(plan) + 1
            plan.append(
                InverterUse(
                    id=f"inv-{number:02d}",
                    name=f"INV-{number:02d}",
                    inverter_id=inverter.id,
                    mppts=mppts,
                )
            )
    return tuple(plan), tuple(skipped)


def _spread(total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` counts differing by at most one, larger first."""
    share, extra = divmod(total, parts)
    return [share + (1 if k < extra else 0) for k in range(parts)]


def string_plan_warnings(
    project: Project, temperatures: DesignTemperatures
) -> tuple[LayoutWarning, ...]:
    """Warnings of the project's string plan: per inverter (lengths, currents, connectors,
    mixed orientations or lengths on an input, DC/AC ratio) and per array (modules left
    out or wired twice); strings of arrays without a datasheet are named, not checked."""
    arrays = stringed_arrays(project)
    inverters = {i.id: i for i in project.inverters}
    found: list[LayoutWarning] = []
    planned = planned_array_ids(project.string_plan)
    for array_id in sorted(planned - arrays.keys()):
        found.append(
            LayoutWarning(
                code="no_datasheet",
                subject=array_id,
                message=N_(
                    "Strings", "array {array}: its module has no datasheet; strings not checked"
                ).format(array=repr(array_id)),
            )
        )
    for checked in plan_for_arrays(project.string_plan, set(arrays)):
        if any(m.strings for m in checked.mppts):
            found.extend(
                check_inverter_use(
                    checked,
                    inverters[checked.inverter_id],
                    arrays,
                    temperatures.temp_cell_min,
                    temperatures.temp_cell_max,
                )
            )
    strung = {a: arrays[a] for a in planned & arrays.keys()}
    found.extend(check_strung_modules(plan_for_arrays(project.string_plan, set(strung)), strung))
    return tuple(found)


def planned_dc_ac_ratios(project: Project) -> dict[str, float]:
    """DC nameplate over AC rating of each planned inverter [-], by its id."""
    module_pdc0_w = {a.id: project.module(a.module_id).pdc0_w for a in project.arrays}
    inverters = {i.id: i for i in project.inverters}
    return {
        use.id: dc_ac_ratio(use, inverters[use.inverter_id], module_pdc0_w)
        for use in project.string_plan
    }


def array_inverter_warnings(project: Project) -> tuple[LayoutWarning, ...]:
    """DC/AC ratio warnings of arrays served by their own chosen inverters (arrays in the
    string plan are checked per planned inverter instead)."""
    limits = layout_defaults()["strings"]
    low, high = float(limits["dc_ac_ratio_low"]), float(limits["dc_ac_ratio_high"])
    planned = planned_array_ids(project.string_plan)
    inverters = {i.id: i for i in project.inverters}
    found = []
    for array in project.arrays:
        if array.inverter_id is None or array.id in planned or array.module_count == 0:
            continue
        dc_w = array.module_count * project.module(array.module_id).pdc0_w
        ratio = dc_w / (inverters[array.inverter_id].paco_w * array.inverter_count)
        if not low <= ratio <= high:
            found.append(
                LayoutWarning(
                    code="dc_ac_ratio",
                    subject=array.id,
                    message=N_(
                        "Strings", "{name}: DC/AC ratio {ratio:.2f} outside {low:g}-{high:g}"
                    ).format(name=array.name, ratio=ratio, low=low, high=high),
                )
            )
    return tuple(found)


class PlanRow(Struct, frozen=True):
    """One string group of the plan as a table row.

    Attributes
    ----------
    use_id : str  the inverter
    mppt : int  its input, counted from 1
    array_id : str
    modules_per_string, string_count : int
    """

    use_id: str
    mppt: int
    array_id: str
    modules_per_string: int
    string_count: int


def plan_rows(plan: tuple[InverterUse, ...]) -> tuple[PlanRow, ...]:
    """The plan's string groups in inverter, input and group order."""
    return tuple(
        PlanRow(use.id, m, g.array_id, g.modules_per_string, g.string_count)
        for use in plan
        for m, mppt in enumerate(use.mppts, start=1)
        for g in mppt.strings
    )


def plan_from_rows(
    plan: tuple[InverterUse, ...], rows: tuple[PlanRow, ...]
) -> tuple[InverterUse, ...]:
    """The plan's inverters with their strings replaced by ``rows``; an inverter gets as
    many inputs as it had or as the rows name, whichever is more."""
    result = []
    for use in plan:
        mine = [r for r in rows if r.use_id == use.id]
        inputs = max([len(use.mppts), *(r.mppt for r in mine)])
        result.append(
            InverterUse(
                id=use.id,
                name=use.name,
                inverter_id=use.inverter_id,
                mppts=tuple(
                    MpptInput(
                        tuple(
                            StringGroup(r.array_id, r.modules_per_string, r.string_count)
                            for r in mine
                            if r.mppt == m
                        )
                    )
                    for m in range(1, inputs + 1)
                ),
            )
        )
    return tuple(result)
