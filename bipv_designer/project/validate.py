"""Semantic checks of a decoded project: ranges, unique ids, references between ids.

Each problem is reported as a ProjectFileError naming the JSON path and what was
expected there.
"""

from __future__ import annotations

import math
import zoneinfo
from collections.abc import Iterable

import numpy as np
import shapely

from bipv_designer.errors import ProjectFileError
from bipv_designer.project.energy_model import ParkLoad
from bipv_designer.project.model import DcModel, Losses, Module, ObstacleShape, Project
from bipv_designer.project.money_model import costs_problem
from bipv_designer.words import N_

SINGLE_DIODE_STC_TOLERANCE = 0.5
"""How far the single-diode STC power may be from the nameplate [-]: fitted parameters
land within a few per cent; far off means they do not converge or are another module's."""
MAX_INVERTER_W = 1e8
"""Largest inverter AC rating taken [W] (100 MW: larger is a unit mistake)."""
MAX_DC_VOLTAGE_V = 3000.0
"""Largest inverter DC voltage taken [V] (utility inverters are 1500 V)."""
MAX_DC_CURRENT_A = 10_000.0
"""Largest MPPT input current taken [A]."""
FIT_TOLERANCE = 0.01
"""Slack on the surface area when counting whether modules fit [-] (rounding of outlines)."""


def validate_project(project: Project) -> Project:
    """Return ``project`` unchanged if it is consistent, else raise ProjectFileError."""
    _check_site(project)
    _check_unique_ids("$.buildings", project.buildings)
    _check_unique_ids("$.surfaces", project.surfaces)
    _check_unique_ids("$.modules", project.modules)
    _check_unique_ids("$.arrays", project.arrays)
    building_ids = {b.id for b in project.buildings}
    surface_ids = {s.id for s in project.surfaces}
    module_ids = {m.id for m in project.modules}
    for i, building in enumerate(project.buildings):
        path = f"$.buildings[{i}]"
        _at_least_three(f"{path}.footprint", building.footprint)
        _in_range(f"{path}.height_m", building.height_m, 0.0, 500.0, low_open=True)
        _in_range(f"{path}.roof.slope_deg", building.roof.slope_deg, 0.0, 89.0)
    for i, surface in enumerate(project.surfaces):
        path = f"$.surfaces[{i}]"
        if surface.building_id is not None and surface.building_id not in building_ids:
            raise ProjectFileError(
                N_("Errors", "{path}: {value} is not the id of any building").format(
                    path=f"{path}.building_id", value=repr(surface.building_id)
                )
            )
        _at_least_three(f"{path}.outline", surface.outline)
        _in_range(f"{path}.surface_tilt", surface.surface_tilt, 0.0, 180.0)
        _in_range(f"{path}.surface_azimuth", surface.surface_azimuth, 0.0, 360.0, high_open=True)
    for i, module in enumerate(project.modules):
        path = f"$.modules[{i}]"
        _in_range(f"{path}.length_m", module.length_m, 0.0, 10.0, low_open=True)
        _in_range(f"{path}.width_m", module.width_m, 0.0, 10.0, low_open=True)
        _in_range(f"{path}.pdc0_w", module.pdc0_w, 0.0, 5000.0, low_open=True)
        _in_range(f"{path}.gamma_pdc", module.gamma_pdc, -0.02, 0.0)
        if module.dc_model is DcModel.CEC and module.cec is None:
            raise ProjectFileError(
                N_("Errors", "{path}: dc_model 'cec' needs single-diode parameters").format(
                    path=f"{path}.cec"
                )
            )
        if module.cec is not None:
            _check_single_diode(path, module)
    for i, array in enumerate(project.arrays):
        path = f"$.arrays[{i}]"
        if array.surface_id not in surface_ids:
            raise ProjectFileError(
                N_("Errors", "{path}: {value} is not the id of any surface").format(
                    path=f"{path}.surface_id", value=repr(array.surface_id)
                )
            )
        if array.module_id not in module_ids:
            raise ProjectFileError(
                N_("Errors", "{path}: {value} is not the id of any module").format(
                    path=f"{path}.module_id", value=repr(array.module_id)
                )
            )
        if array.module_count < 0:
            raise ProjectFileError(
                N_("Errors", "{path}: expected >= 0, got {value}").format(
                    path=f"{path}.module_count", value=array.module_count
                )
            )
        if array.placements and len(array.placements) != array.module_count:
            raise ProjectFileError(
                N_("Errors", "{path}: {count} differs from the {placements} placements").format(
                    path=f"{path}.module_count",
                    count=array.module_count,
                    placements=len(array.placements),
                )
            )
        _in_range(f"{path}.dc_ac_ratio", array.dc_ac_ratio, 0.2, 5.0)
        _in_range(f"{path}.inverter_efficiency", array.inverter_efficiency, 0.5, 1.0)
        if array.inverter_id is not None:
            if array.inverter_id not in {i.id for i in project.inverters}:
                raise ProjectFileError(
                    N_("Errors", "{path}: {value} is not the id of any inverter").format(
                        path=f"{path}.inverter_id", value=repr(array.inverter_id)
                    )
                )
            if array.inverter_count < 1:
                raise ProjectFileError(
                    N_("Errors", "{path}: expected >= 1, got {value}").format(
                        path=f"{path}.inverter_count", value=array.inverter_count
                    )
                )
    _check_obstacles(project)
    _check_facade_shades(project)
    _check_inverters(project)
    _check_arrays_fit(project)
    _check_losses(project.losses)
    _check_layout_references(project, building_ids, surface_ids, module_ids)
    if project.tariff is not None:
        problem = costs_problem(project.tariff.costs)
        if problem is not None:
            field, message = problem
            raise ProjectFileError(
                N_("Errors", "{path}: {problem}").format(
                    path=f"$.tariff.costs.{field}", problem=message
                )
            )
    if project.load is not None:
        _check_load(project.load, building_ids)
    if project.background is not None:
        _in_range("$.background.opacity", project.background.opacity, 0.0, 1.0)
        _in_range(
            "$.background.metres_per_pixel",
            project.background.metres_per_pixel,
            0.0,
            1e3,
            low_open=True,
        )
    return project


def _check_single_diode(path: str, module: Module) -> None:
    """Single-diode parameters must give the module's nameplate power at STC within
    SINGLE_DIODE_STC_TOLERANCE (the simulation scales by it): parameters that do not
    converge, or belong to another module, are refused."""
    from bipv_designer.project.single_diode import single_diode_stc_power

    assert module.cec is not None
    with np.errstate(all="ignore"):
        try:
            power = single_diode_stc_power(module.cec)
        except (ValueError, ArithmeticError, RuntimeError):
            power = math.nan
    low, high = 1.0 - SINGLE_DIODE_STC_TOLERANCE, 1.0 + SINGLE_DIODE_STC_TOLERANCE
    if not (math.isfinite(power) and low <= power / module.pdc0_w <= high):
        raise ProjectFileError(
            N_(
                "Errors",
                "{path}: the single-diode parameters of module {module} give "
                "{power:.4g} W at STC, expected its nameplate {nameplate:g} W within "
                "{tolerance:g} % (parameters that do not converge or "
                "belong to another module)",
            ).format(
                path=f"{path}.cec",
                module=repr(module.name),
                power=power,
                nameplate=module.pdc0_w,
                tolerance=100 * SINGLE_DIODE_STC_TOLERANCE,
            )
        )


def _check_obstacles(project: Project) -> None:
    """Obstacles on the site: a polygon for a box, one centre otherwise; sizes that
    make a solid; a tree's crown below its top; transparency a share; months 1-12."""
    _check_unique_ids("$.obstacles", project.obstacles)
    for i, obstacle in enumerate(project.obstacles):
        path = f"$.obstacles[{i}]"
        _in_range(f"{path}.height_m", obstacle.height_m, 0.0, 1000.0, low_open=True)
        if obstacle.shape is ObstacleShape.BOX:
            _at_least_three(f"{path}.outline", obstacle.outline)
            polygon = shapely.Polygon(obstacle.outline)
            if not polygon.is_valid or polygon.area <= 0.0:
                raise ProjectFileError(
                    N_(
                        "Errors", "{path}: expected a simple polygon with an area ({reason})"
                    ).format(path=f"{path}.outline", reason=shapely.is_valid_reason(polygon))
                )
            continue
        if len(obstacle.outline) != 1:
            message = (
                N_("Errors", "{path}: a tree is given by its centre, one point; got {count}")
                if obstacle.shape is ObstacleShape.TREE
                else N_(
                    "Errors", "{path}: a cylinder is given by its centre, one point; got {count}"
                )
            )
            raise ProjectFileError(
                message.format(path=f"{path}.outline", count=len(obstacle.outline))
            )
        _in_range(f"{path}.radius_m", obstacle.radius_m, 0.0, 500.0, low_open=True)
        if obstacle.shape is ObstacleShape.TREE:
            _in_range(
                f"{path}.crown_base_m",
                obstacle.crown_base_m,
                0.0,
                obstacle.height_m,
                high_open=True,
            )
            _in_range(f"{path}.leaf_off_transparency", obstacle.leaf_off_transparency, 0.0, 1.0)
            for month in obstacle.leaf_off_months:
                if month not in range(1, 13):
                    raise ProjectFileError(
                        N_("Errors", "{path}: expected months 1 to 12, got {month}").format(
                            path=f"{path}.leaf_off_months", month=month
                        )
                    )


def _check_facade_shades(project: Project) -> None:
    """Overhangs and fins: on facades, standing out of them, not empty along them."""
    kinds = {s.id: s.kind for s in project.surfaces}
    for i, layout in enumerate(project.surface_layouts):
        for k, shade in enumerate(layout.shades):
            path = f"$.surface_layouts[{i}].shades[{k}]"
            if kinds.get(layout.surface_id) != "facade":
                raise ProjectFileError(
                    N_("Errors", "{path}: overhangs and fins stand on facades only").format(
                        path=path
                    )
                )
            _in_range(f"{path}.depth_m", shade.depth_m, 0.0, 50.0, low_open=True)
            _in_range(f"{path}.position_m", shade.position_m, -1e4, 1e4)
            if not shade.start_m < shade.end_m:
                raise ProjectFileError(
                    N_(
                        "Errors", "{path}: expected more than start_m ({start:g}), got {end:g}"
                    ).format(path=f"{path}.end_m", start=shade.start_m, end=shade.end_m)
                )


def _check_inverters(project: Project) -> None:
    for i, inverter in enumerate(project.inverters):
        path = f"$.inverters[{i}]"
        _in_range(f"{path}.efficiency", inverter.efficiency, 0.0, 1.0, low_open=True)
        _in_range(f"{path}.paco_w", inverter.paco_w, 0.0, MAX_INVERTER_W, low_open=True)
        _in_range(f"{path}.vdc_max_v", inverter.vdc_max_v, 0.0, MAX_DC_VOLTAGE_V, low_open=True)
        _in_range(f"{path}.mppt_low_v", inverter.mppt_low_v, 0.0, inverter.vdc_max_v)
        _in_range(
            f"{path}.mppt_high_v", inverter.mppt_high_v, inverter.mppt_low_v, inverter.vdc_max_v
        )
        _in_range(f"{path}.idc_max_a", inverter.idc_max_a, 0.0, MAX_DC_CURRENT_A, low_open=True)
        if inverter.mppt_count < 1:
            raise ProjectFileError(
                N_("Errors", "{path}: expected >= 1, got {value}").format(
                    path=f"{path}.mppt_count", value=inverter.mppt_count
                )
            )
        if inverter.strings_per_mppt < 0:
            raise ProjectFileError(
                N_("Errors", "{path}: expected >= 0 (0: unknown), got {value}").format(
                    path=f"{path}.strings_per_mppt", value=inverter.strings_per_mppt
                )
            )


def _check_arrays_fit(project: Project) -> None:
    """An array's surface must be a simple polygon with an area, and its modules must fit
    on it: their footprint (tilted on racks) is at most the surface's area."""
    surfaces = {s.id: (k, s) for k, s in enumerate(project.surfaces)}
    modules = {m.id: m for m in project.modules}
    rack_tilts = {
        layout.array_id: layout.racks.surface_tilt
        for layout in project.array_layouts
        if layout.racks is not None
    }
    for i, array in enumerate(project.arrays):
        if array.module_count == 0:
            continue
        k, surface = surfaces[array.surface_id]
        outline = shapely.Polygon(surface.outline)
        if outline.convex_hull.area <= 0.0 or not outline.is_valid:
            message = (
                N_(
                    "Errors",
                    "{path}: surface {surface} carries the modules of "
                    "array {array} but its outline has no area",
                )
                if outline.convex_hull.area <= 0.0
                else N_(
                    "Errors",
                    "{path}: surface {surface} carries the modules of "
                    "array {array} but its outline crosses itself",
                )
            )
            raise ProjectFileError(
                message.format(
                    path=f"$.surfaces[{k}].outline",
                    surface=repr(surface.name),
                    array=repr(array.name),
                )
            )
        module = modules[array.module_id]
        footprint = module.area_m2 * math.cos(math.radians(rack_tilts.get(array.id, 0.0)))
        fits = outline.area * (1.0 + FIT_TOLERANCE) / footprint
        if array.module_count > fits:
            raise ProjectFileError(
                N_(
                    "Errors",
                    "{path}: {count} modules of "
                    "{module_area:.2f} m² do not fit on surface {surface} of "
                    "{surface_area:,.0f} m²; expected at most {most}",
                ).format(
                    path=f"$.arrays[{i}].module_count",
                    count=array.module_count,
                    module_area=module.area_m2,
                    surface=repr(surface.name),
                    surface_area=outline.area,
                    most=math.floor(fits),
                )
            )


def _check_layout_references(
    project: Project, building_ids: set[str], surface_ids: set[str], module_ids: set[str]
) -> None:
    array_ids = {a.id for a in project.arrays}
    references = (
        (
            "surface_layouts",
            "surface_id",
            surface_ids,
            N_("Errors", "{path}: {value} is not the id of any surface"),
        ),
        (
            "array_layouts",
            "array_id",
            array_ids,
            N_("Errors", "{path}: {value} is not the id of any array"),
        ),
        (
            "roof_capacities",
            "building_id",
            building_ids,
            N_("Errors", "{path}: {value} is not the id of any building"),
        ),
        (
            "module_datasheets",
            "module_id",
            module_ids,
            N_("Errors", "{path}: {value} is not the id of any module"),
        ),
    )
    for collection, field, known, message in references:
        for i, item in enumerate(getattr(project, collection)):
            value = getattr(item, field)
            if value not in known:
                raise ProjectFileError(
                    message.format(path=f"$.{collection}[{i}].{field}", value=repr(value))
                )
    _check_unique_ids("$.inverters", project.inverters)
    _check_string_plan(project, array_ids)


def _check_string_plan(project: Project, array_ids: set[str]) -> None:
    """Ids, references and positive counts of the string plan; whether the strings fit
    the inverters is a design warning (:mod:`bipv_designer.layout.strings`), not an error."""
    _check_unique_ids("$.string_plan", project.string_plan)
    inverter_ids = {i.id for i in project.inverters}
    for i, use in enumerate(project.string_plan):
        path = f"$.string_plan[{i}]"
        if use.inverter_id not in inverter_ids:
            raise ProjectFileError(
                N_("Errors", "{path}: {value} is not the id of any inverter").format(
                    path=f"{path}.inverter_id", value=repr(use.inverter_id)
                )
            )
        for m, mppt in enumerate(use.mppts):
            for g, group in enumerate(mppt.strings):
                group_path = f"{path}.mppts[{m}].strings[{g}]"
                if group.array_id not in array_ids:
                    raise ProjectFileError(
                        N_("Errors", "{path}: {value} is not the id of any array").format(
                            path=f"{group_path}.array_id", value=repr(group.array_id)
                        )
                    )
                for field in ("modules_per_string", "string_count"):
                    if getattr(group, field) < 1:
                        raise ProjectFileError(
                            N_("Errors", "{path}: expected >= 1, got {value}").format(
                                path=f"{group_path}.{field}", value=getattr(group, field)
                            )
                        )


def _check_load(load: ParkLoad, building_ids: set[str]) -> None:
    _check_unique_ids("$.load.meters", load.meters)
    for i, meter in enumerate(load.meters):
        path = f"$.load.meters[{i}]"
        if (meter.file is None) == (meter.synthetic is None):
            raise ProjectFileError(
                N_("Errors", "{path}: expected either a file or a synthetic load").format(
                    path=path
                )
            )
        if meter.file is not None:
            _check_timezone(f"{path}.file.mapping.timezone", meter.file.mapping.timezone)
        for building_id in meter.building_ids:
            if building_id not in building_ids:
                raise ProjectFileError(
                    N_("Errors", "{path}: {value} is not the id of any building").format(
                        path=f"{path}.building_ids", value=repr(building_id)
                    )
                )
        if meter.synthetic is not None:
            synthetic = meter.synthetic
            if (synthetic.annual_kwh is None) == (not synthetic.monthly_kwh):
                raise ProjectFileError(
                    N_("Errors", "{path}: expected annual_kwh or 12 monthly_kwh, not both").format(
                        path=f"{path}.synthetic"
                    )
                )
            if synthetic.monthly_kwh and len(synthetic.monthly_kwh) != 12:
                raise ProjectFileError(
                    N_("Errors", "{path}: expected 12 values, got {count}").format(
                        path=f"{path}.synthetic.monthly_kwh", count=len(synthetic.monthly_kwh)
                    )
                )
    if load.export_limit_kw is not None:
        _in_range("$.load.export_limit_kw", load.export_limit_kw, 0.0, 1e7)
    if load.battery is not None:
        battery = load.battery
        _in_range("$.load.battery.capacity_kwh", battery.capacity_kwh, 0.0, 1e7)
        _in_range(
            "$.load.battery.round_trip_efficiency",
            battery.round_trip_efficiency,
            0.0,
            1.0,
            low_open=True,
        )
        if not 0.0 <= battery.soc_min <= battery.soc_start <= battery.soc_max <= 1.0:
            raise ProjectFileError(
                N_("Errors", "{path}: expected 0 <= soc_min <= soc_start <= soc_max <= 1").format(
                    path="$.load.battery"
                )
            )


def _check_site(project: Project) -> None:
    site = project.site
    _in_range("$.site.latitude", site.latitude, -90.0, 90.0)
    _in_range("$.site.plan_north_deg", site.plan_north_deg, -360.0, 360.0)
    for i, (azimuth, elevation) in enumerate(site.horizon):
        _in_range(f"$.site.horizon[{i}][0]", azimuth, 0.0, 360.0)
        _in_range(f"$.site.horizon[{i}][1]", elevation, 0.0, 90.0, high_open=True)
    _in_range("$.site.longitude", site.longitude, -180.0, 180.0)
    _in_range("$.site.altitude", site.altitude, -500.0, 9000.0)
    _in_range("$.site.albedo", site.albedo, 0.0, 1.0)
    _check_timezone("$.site.timezone", site.timezone)


def _check_timezone(path: str, name: str) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ProjectFileError(
            N_(
                "Errors", "{path}: expected an IANA time zone such as 'Asia/Shanghai', got {name}"
            ).format(path=path, name=repr(name))
        ) from error


def _check_losses(losses: Losses) -> None:
    for name in Losses.__struct_fields__:
        _in_range(f"$.losses.{name}", getattr(losses, name), 0.0, 100.0, high_open=True)


def _check_unique_ids(path: str, items: Iterable[object]) -> None:
    seen: set[str] = set()
    for i, item in enumerate(items):
        item_id = getattr(item, "id")  # noqa: B009 - every collection item has an id
        if not item_id:
            raise ProjectFileError(
                N_("Errors", "{path}: expected a non-empty id").format(path=f"{path}[{i}].id")
            )
        if item_id in seen:
            raise ProjectFileError(
                N_("Errors", "{path}: {value} is used twice; ids must be unique").format(
                    path=f"{path}[{i}].id", value=repr(item_id)
                )
            )
        seen.add(item_id)


def _at_least_three(path: str, points: tuple[tuple[float, float], ...]) -> None:
    if len(points) < 3:
        raise ProjectFileError(
            N_("Errors", "{path}: expected a polygon of at least 3 points, got {count}").format(
                path=path, count=len(points)
            )
        )


def _in_range(
    path: str,
    value: float,
    low: float,
    high: float,
    *,
    low_open: bool = False,
    high_open: bool = False,
) -> None:
    too_low = value <= low if low_open else value < low
    too_high = value >= high if high_open else value > high
    if too_low or too_high or not math.isfinite(value):
        left = "(" if low_open else "["
        right = ")" if high_open else "]"
        raise ProjectFileError(
            N_(
                "Errors",
                "{path}: expected a value in {left}{low:g}, {high:g}{right}, got {value:g}",
            ).format(path=path, left=left, low=low, high=high, right=right, value=value)
        )
