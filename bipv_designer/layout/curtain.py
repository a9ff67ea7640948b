"""Curtain-wall BIPV: one element centred in each cell of a facade's mullion grid."""

from __future__ import annotations

import math

import numpy as np
import shapely

from bipv_designer.errors import LayoutError
from bipv_designer.layout.result import Layout
from bipv_designer.project.layout_model import CurtainWallGrid
from bipv_designer.words import N_


def curtain_wall_layout(
    region: shapely.Geometry,
    grid: CurtainWallGrid,
    *,
    surface_tilt: float,
    surface_azimuth: float,
) -> Layout:
    """One element per grid cell whose element lies wholly in ``region``.

    Parameters
    ----------
    region : shapely geometry
        Allowed area of the facade (outline minus setback and openings) [m].
    grid : CurtainWallGrid
    surface_tilt, surface_azimuth : float  facade orientation [degrees]

    Returns
    -------
    Layout
        Each element's footprint is the element itself; ``module_area_m2`` is its area,
        which can differ between columns and rows.

    Notes
    -----
    Grid lines are mullion centre lines; a cell's element is centred between them and
    is ``cell - mullion`` wide and high unless the grid gives a custom element size.
    """
    widths = grid.column_widths_m or (grid.cell_width_m,)
    heights = grid.row_heights_m or (grid.cell_height_m,)
    for name, sizes in (("column widths", widths), ("row heights", heights)):
        if not all(math.isfinite(s) and s > grid.mullion_width_m for s in sizes):
            raise LayoutError(
                N_(
                    "Errors",
                    "curtain wall: expected {name} larger than the mullion width "
                    "{mullion_width_m:g} m, got {value}",
                ).format(
                    name=name,
                    mullion_width_m=grid.mullion_width_m,
                    value=list(sizes),
                )
            )
    if not (math.isfinite(grid.mullion_width_m) and grid.mullion_width_m >= 0.0):
        raise LayoutError(
            N_(
                "Errors",
                "curtain wall: expected mullion_width_m >= 0, got {mullion_width_m:g}",
            ).format(
                mullion_width_m=grid.mullion_width_m,
            )
        )
    if region.is_empty:
        return _empty()
    minx, miny, maxx, maxy = region.bounds
    left, cell_w = _cells(grid.origin_u_m, widths, minx, maxx)
    bottom, cell_h = _cells(grid.origin_v_m, heights, miny, maxy)
    elem_w = _element_sizes(cell_w, grid.mullion_width_m, grid.element_width_m, "width")
    elem_h = _element_sizes(cell_h, grid.mullion_width_m, grid.element_height_m, "height")
    u = (left + (cell_w - elem_w) / 2.0)[None, :].repeat(len(bottom), axis=0).ravel()
    v = (bottom + (cell_h - elem_h) / 2.0)[:, None].repeat(len(left), axis=1).ravel()
    size_u = np.tile(elem_w, len(bottom))
    size_v = np.repeat(elem_h, len(left))
    shapely.prepare(region)
    inside = shapely.covers(region, shapely.box(u, v, u + size_u, v + size_v))
    n = int(inside.sum())
    return Layout(
        u=u[inside],
        v=v[inside],
        size_u_m=size_u[inside],
        size_v_m=size_v[inside],
        portrait=size_v[inside] >= size_u[inside],
        surface_tilt=np.full(n, surface_tilt),
        surface_azimuth=np.full(n, surface_azimuth),
        module_area_m2=size_u[inside] * size_v[inside],
        angle_deg=np.zeros(n),
    )


def _cells(
    origin: float, pattern: tuple[float, ...], low: float, high: float
) -> tuple[np.ndarray, np.ndarray]:
    """Start and size of every cell of a repeated pattern that overlaps [low, high]."""
    sizes = np.asarray(pattern, dtype=float)
    period = float(sizes.sum())
    first = math.floor((low - origin) / period)
    last = math.ceil((high - origin) / period)
    repeats = np.arange(first, last + 1)
    starts = (origin + period * repeats[:, None] + (np.cumsum(sizes) - sizes)[None, :]).ravel()
    widths = np.tile(sizes, len(repeats))
    overlap = (starts < high) & (starts + widths > low)
    return starts[overlap], widths[overlap]


def _element_sizes(
    cells: np.ndarray, mullion: float, custom: float | None, name: str
) -> np.ndarray:
    clear = cells - mullion
    if custom is None:
        return clear
    if not (custom > 0.0 and np.all(custom <= clear + 1e-9)):
        raise LayoutError(
            N_(
                "Errors",
                "curtain wall: element {name} {custom:g} m does not fit between "
                "mullions ({value:g} m clear)",
            ).format(
                name=name,
                custom=custom,
                value=float(clear.min()),
            )
        )
    return np.full_like(cells, custom)


def _empty() -> Layout:
    empty = np.empty(0)
    return Layout(empty, empty, empty, empty, np.empty(0, bool), empty, empty, empty, empty)
