"""Lay out one array on its surface: flush modules, racks on a flat roof, or curtain wall."""

from __future__ import annotations

import math

import shapely
import shapely.affinity

from bipv_designer.errors import LayoutError
from bipv_designer.layout.curtain import curtain_wall_layout
from bipv_designer.layout.defaults import tolerance_m
from bipv_designer.layout.grid import fill_grid
from bipv_designer.layout.orientation import flat_roof_limit_deg, grid_angle_deg
from bipv_designer.layout.racks import rack_layout
from bipv_designer.layout.region import allowed_region
from bipv_designer.layout.result import Layout, uniform_layout, without_removed
from bipv_designer.project.layout_model import ArrayLayout, SurfaceLayout
from bipv_designer.project.model import Module, Surface
from bipv_designer.words import N_


def layout_array(
    surface: Surface,
    module: Module,
    surface_layout: SurfaceLayout,
    array_layout: ArrayLayout,
    *,
    latitude: float | None = None,
    offset_steps: int = 8,
) -> Layout:
    """The modules of one array on its surface, without those the user removed.

    Parameters
    ----------
    surface : Surface
    module : Module
    surface_layout : SurfaceLayout  setback, keep-outs and openings of the surface
    array_layout : ArrayLayout  how the array is laid out
    latitude : float or None
        Site latitude [degrees north]; needed by racks whose pitch follows the
        winter-solstice rule.
    offset_steps : int  row offsets tried by the offset search

    Returns
    -------
    Layout

    Raises
    ------
    LayoutError
        Settings that do not fit the surface: racks on a sloped roof, racks and a
        curtain wall at once, negative gaps, a surface layout of another surface.
    """
    if surface_layout.surface_id != surface.id:
        raise LayoutError(
            N_(
                "Errors",
                "surface layout: expected one for surface {id}, got one for {surface_id}",
            ).format(
                id=repr(surface.id),
                surface_id=repr(surface_layout.surface_id),
            )
        )
    for name in ("gap_u_m", "gap_v_m", "mounting_mass_kg_per_m2"):
        value = getattr(array_layout, name)
        if not (math.isfinite(value) and value >= 0.0):
            raise LayoutError(
                N_(
                    "Errors",
                    "array {array_id}: expected {name} >= 0, got {value:g}",
                ).format(
                    array_id=repr(array_layout.array_id),
                    name=name,
                    value=value,
                )
            )
    region = allowed_region(
        surface.outline, surface_layout.setback, surface_layout.keep_outs, surface_layout.openings
    )
    if array_layout.racks is not None and array_layout.curtain_wall is not None:
        raise LayoutError(
            N_(
                "Errors",
                "array {array_id}: expected racks or a curtain wall, not both",
            ).format(
                array_id=repr(array_layout.array_id),
            )
        )
    if array_layout.curtain_wall is not None:
        layout = curtain_wall_layout(
            region,
            array_layout.curtain_wall,
            surface_tilt=surface.surface_tilt,
            surface_azimuth=surface.surface_azimuth,
        )
    elif array_layout.racks is not None:
        max_tilt = flat_roof_limit_deg()
        if surface.surface_tilt > max_tilt:
            raise LayoutError(
                N_(
                    "Errors",
                    "array {array_id}: racks stand on roofs up to {max_tilt:g} degrees, "
                    "surface {id} slopes {surface_tilt:g}",
                ).format(
                    array_id=repr(array_layout.array_id),
                    max_tilt=max_tilt,
                    id=repr(surface.id),
                    surface_tilt=surface.surface_tilt,
                )
            )
        layout = rack_layout(
            region,
            module,
            array_layout,
            array_layout.racks,
            surface.surface_azimuth,
            latitude,
            offset_steps,
        )
    else:
        layout = flush_layout(
            region,
            module,
            array_layout,
            surface_tilt=surface.surface_tilt,
            surface_azimuth=surface.surface_azimuth,
            offset_steps=offset_steps,
            grid_angle_deg=grid_angle_deg(surface, array_layout),
        )
    return without_removed(layout, array_layout.removed, tolerance_m())


def flush_layout(
    region: shapely.Geometry,
    module: Module,
    array_layout: ArrayLayout,
    *,
    surface_tilt: float,
    surface_azimuth: float,
    offset_steps: int = 8,
    grid_angle_deg: float = 0.0,
) -> Layout:
    """Modules lying in the surface plane, in a grid with the array's gaps whose rows run
    ``grid_angle_deg`` counter-clockwise from the u axis."""
    size_u = module.width_m if array_layout.portrait else module.length_m
    size_v = module.length_m if array_layout.portrait else module.width_m
    turned = shapely.affinity.rotate(region, -grid_angle_deg, origin=(0.0, 0.0))
    corners = fill_grid(
        turned,
        size_u,
        size_v,
        size_u + array_layout.gap_u_m,
        size_v + array_layout.gap_v_m,
        offset_search=array_layout.offset_search,
        offset_steps=offset_steps,
    )
    cos, sin = math.cos(math.radians(grid_angle_deg)), math.sin(math.radians(grid_angle_deg))
    return uniform_layout(
        cos * corners.u - sin * corners.v,
        sin * corners.u + cos * corners.v,
        size_u,
        size_v,
        portrait=array_layout.portrait,
        surface_tilt=surface_tilt,
        surface_azimuth=surface_azimuth,
        module_area_m2=module.area_m2,
        angle_deg=grid_angle_deg,
    )
