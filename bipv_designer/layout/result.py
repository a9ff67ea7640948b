"""A computed layout: the modules of one array as columns of numbers.

A layout is derived data: the project keeps the settings and, once the user edits by
hand, the placements (:class:`~bipv_designer.project.model.ModulePlacement`).
"""

from __future__ import annotations

import numpy as np
import shapely
from msgspec import Struct

from bipv_designer.geometry.module_outlines import rectangle_corners
from bipv_designer.project.model import ModulePlacement


class Layout(Struct, frozen=True, eq=False):
    """N modules on one surface, one entry per module.

    Attributes
    ----------
    u, v : ndarray (N,)
        Lower-left corner of the module's footprint on the surface plane [m].
    size_u_m, size_v_m : ndarray (N,)
        Footprint along u and v [m]: the module itself when it lies in the plane, its
        projection on the plane when it stands on a rack.
    portrait : ndarray of bool (N,)
        Long side along v (flush) or up the rack (racks).
    surface_tilt, surface_azimuth : ndarray (N,)
        Orientation of each module [degrees].
    module_area_m2 : ndarray (N,)
        Area of each module or curtain-wall element [m2].
    angle_deg : ndarray (N,)
        Turn of the module's footprint about its corner (u, v) from the u axis,
        counter-clockwise [degrees]; its sides run along ``size_u_m`` and ``size_v_m``.
    """

    u: np.ndarray
    v: np.ndarray
    size_u_m: np.ndarray
    size_v_m: np.ndarray
    portrait: np.ndarray
    surface_tilt: np.ndarray
    surface_azimuth: np.ndarray
    module_area_m2: np.ndarray
    angle_deg: np.ndarray

    @property
    def count(self) -> int:
        """Number of modules."""
        return int(self.u.size)

    def placements(self) -> tuple[ModulePlacement, ...]:
        """The modules as document placements (footprint corner, portrait flag, angle)."""
        return tuple(
            ModulePlacement(float(u), float(v), bool(p), float(a))
            for u, v, p, a in zip(self.u, self.v, self.portrait, self.angle_deg, strict=True)
        )

    def footprints(self) -> np.ndarray:
        """Footprint rectangles as an array of shapely polygons (plane coordinates)."""
        return shapely.polygons(
            rectangle_corners(self.u, self.v, self.size_u_m, self.size_v_m, self.angle_deg)
        )

    def select(self, mask: np.ndarray) -> Layout:
        """The modules where ``mask`` is True (a boolean array or indices)."""
        return Layout(*(getattr(self, name)[mask] for name in _COLUMNS))

    def orientations(self) -> np.ndarray:
        """Distinct (surface_tilt, surface_azimuth) pairs, shape (K, 2) [degrees]."""
        if self.count == 0:
            return np.empty((0, 2))
        return np.unique(np.column_stack([self.surface_tilt, self.surface_azimuth]), axis=0)


_COLUMNS = Layout.__struct_fields__


def uniform_layout(
    u: np.ndarray,
    v: np.ndarray,
    size_u: float,
    size_v: float,
    *,
    portrait: bool,
    surface_tilt: float,
    surface_azimuth: float,
    module_area_m2: float,
    angle_deg: float = 0.0,
) -> Layout:
    """A layout whose modules share size, orientation, area and grid angle."""
    n = np.shape(u)[0]
    return Layout(
        u=np.asarray(u, dtype=float),
        v=np.asarray(v, dtype=float),
        size_u_m=np.full(n, size_u),
        size_v_m=np.full(n, size_v),
        portrait=np.full(n, portrait),
        surface_tilt=np.full(n, surface_tilt),
        surface_azimuth=np.full(n, surface_azimuth),
        module_area_m2=np.full(n, module_area_m2),
        angle_deg=np.full(n, angle_deg),
    )


def concatenate(layouts: list[Layout]) -> Layout:
    """One layout of all modules of several layouts, in order."""
    return Layout(
        *(np.concatenate([getattr(layout, name) for layout in layouts]) for name in _COLUMNS)
    )


def without_removed(
    layout: Layout, removed: tuple[tuple[float, float], ...], tol: float
) -> Layout:
    """The layout without modules whose corner lies within ``tol`` [m] of a removed corner."""
    if not removed or layout.count == 0:
        return layout
    points = np.asarray(removed, dtype=float)
    keep = np.ones(layout.count, dtype=bool)
    for start in range(0, len(points), 256):
        block = points[start : start + 256]
        near = (np.abs(layout.u[:, None] - block[None, :, 0]) <= tol) & (
            np.abs(layout.v[:, None] - block[None, :, 1]) <= tol
        )
        keep &= ~near.any(axis=1)
    return layout.select(keep)
