"""Rows of racks shading each other on a flat roof.

Each rack face is shaded from its lower edge up to a fraction of its slope by the row in
front of it: pvlib's ``shading.shaded_fraction1d`` (Anderson & Jensen 2024, rows taken
as infinitely long, which is exact away from the ends of a row). A face without a row
in front (the front row, or a gap left by deleted modules) gets no row shade. On
east-west tents the face is shaded by the neighbouring tent's ridge, which stands the
ridge gap nearer than the tent pitch.

Which face a placed module is on, and where up the face it sits, is read from the
placements: faces repeat with the row pitch along the direction they face, so a
module's front edge, taken modulo the pitch from the front-most module's, gives its
place up the face.
"""

from __future__ import annotations

import math

import numpy as np
import pvlib
import shapely
from msgspec import Struct

from bipv_designer.geometry.frames import plane_axes
from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.layout.planes import array_layout
from bipv_designer.layout.racks import RackSection, rack_section
from bipv_designer.project.layout_model import RackLayout, RackSettings
from bipv_designer.project.model import Array, Project


class RackFaces(Struct, frozen=True):
    """The placed modules of one rack array as parts of rack faces.

    Attributes
    ----------
    racks : RackSettings
    section : RackSection
    facing_azimuth : ndarray (N,)  direction each module faces [degrees]
    row_in_front : ndarray of bool (N,)  another row stands in front of its face
    slope_position_m : ndarray (N, S, k)  each sample point's distance up its face from
        the face's lower edge [m], for sample points (N, S, k, 2) of the modules
    mid_height_m : float  height of the faces' middle above the roof [m]
    """

    racks: RackSettings
    section: RackSection
    facing_azimuth: np.ndarray
    row_in_front: np.ndarray
    slope_position_m: np.ndarray
    mid_height_m: float

    def shaded(self, elevation: float, azimuth: float) -> np.ndarray:
        """Which sample points (N, S, k) lie in the shadow of the row in front, for the
        sun at ``elevation`` and ``azimuth`` [degrees]."""
        shaded = np.zeros(self.slope_position_m.shape, dtype=bool)
        if elevation <= 0.0:
            return shaded
        for facing in np.unique(self.facing_azimuth):
            fraction = float(
                pvlib.shading.shaded_fraction1d(
                    90.0 - elevation,
                    azimuth,
                    (facing - 90.0) % 360.0,
                    self.racks.surface_tilt,
                    collector_width=self.section.face_slope_m,
                    pitch=self._shading_pitch_m(),
                )
            )
            if fraction > 0.0:
                rows = (self.facing_azimuth == facing) & self.row_in_front
                shaded[rows] = self.slope_position_m[rows] < fraction * self.section.face_slope_m
        return shaded

    def _shading_pitch_m(self) -> float:
        """Distance from a face to the top edge that shades it, as a row pitch [m]."""
        if self.racks.layout is RackLayout.EAST_WEST:
            return self.section.pitch_m - self.racks.ridge_gap_m
        return self.section.pitch_m


def rack_faces(project: Project, array: Array, points_uv: np.ndarray) -> RackFaces | None:
    """The rack faces of an array's placed modules, None for modules not on racks;
    ``points_uv`` (N, S, k, 2) are their substrings' sample points on the roof."""
    settings = array_layout(project, array.id)
    racks = settings.racks
    if racks is None or not array.placements:
        return None
    surface = project.surface(array.surface_id)
    module = project.module(array.module_id)
    section = rack_section(module, settings, racks, surface.surface_azimuth, project.site.latitude)
    outlines = placement_outlines_uv(project, array)
    along = _unit(outlines[:, 1] - outlines[:, 0])
    up_grid = _unit(outlines[:, 3] - outlines[:, 0])
    cos_tilt = math.cos(math.radians(racks.surface_tilt))
    if racks.layout is RackLayout.SOUTH:
        facing = -up_grid
    else:
        facing = _tent_facing(outlines, along, section.pitch_m)
    front = np.einsum("nck,nk->nc", outlines, facing).max(axis=1)  # module's front edge
    depth_step = section.step_up_m * cos_tilt
    slope_position = np.zeros(points_uv.shape[:-1])
    row_in_front = np.zeros(len(outlines), dtype=bool)
    tree = shapely.STRtree(shapely.polygons(outlines))
    for direction in np.unique(np.round(facing, 6), axis=0):
        group = np.all(np.isclose(facing, direction, atol=1e-5), axis=1)
        lead = front[group].max()
        place_up = np.round(_phase(lead - front[group], section.pitch_m) / depth_step)
        along_facing = np.einsum("nskd,d->nsk", points_uv[group], direction)
        behind_front = front[group, None, None] - along_facing
        slope_position[group] = (place_up[:, None, None] * depth_step + behind_front) / cos_tilt
        centres = outlines[group].mean(axis=1) + section.pitch_m * direction
        row_in_front[np.flatnonzero(group)] = _covered(tree, centres)
    u_axis, v_axis, _ = plane_axes(surface.surface_tilt, surface.surface_azimuth)
    site_facing = facing[:, :1] * u_axis + facing[:, 1:] * v_axis
    azimuth = np.degrees(np.arctan2(site_facing[:, 0], site_facing[:, 1])) % 360.0
    return RackFaces(
        racks=racks,
        section=section,
        facing_azimuth=np.round(azimuth, 6),
        row_in_front=row_in_front,
        slope_position_m=slope_position,
        mid_height_m=0.5 * section.face_slope_m * math.sin(math.radians(racks.surface_tilt)),
    )


def _tent_facing(outlines: np.ndarray, along: np.ndarray, pitch_m: float) -> np.ndarray:
    """East-west tents: the face on the low-u half of a tent looks towards -u (its
    outer edge), the other towards +u; tents repeat with the pitch along u."""
    start = np.einsum("nck,nk->nc", outlines, along).min(axis=1)
    phase = _phase(start - start.min(), pitch_m)
    tent_depth = phase.max() + np.ptp(np.einsum("nck,nk->nc", outlines, along), axis=1).max()
    low_half = phase < 0.5 * tent_depth
    return np.where(low_half[:, None], -along, along)


def _covered(tree: shapely.STRtree, points: np.ndarray) -> np.ndarray:
    """Which points (n, 2) lie on a module of ``tree``."""
    hits = tree.query(shapely.points(points), predicate="intersects")
    covered = np.zeros(len(points), dtype=bool)
    covered[hits[0]] = True
    return covered


def _phase(distance_m: np.ndarray, period_m: float) -> np.ndarray:
    """``distance_m`` modulo the period, with distances a rounding error short of a whole
    number of periods taken as 0."""
    return np.mod(distance_m + 1e-6, period_m) - 1e-6


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=-1, keepdims=True)
