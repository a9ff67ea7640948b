"""Tilted racks in rows on a flat roof: south-facing rows or east-west tents.

South racks stand in rows along u and face the surface's azimuth (the -v side: south
on a flat roof, whose v axis runs north). East-west racks are tents with the ridge
along v; the face on the -u side looks 90 degrees clockwise of the surface's azimuth
(west on a flat roof), the one on the +u side 90 degrees anticlockwise (east).

Along a rack face, ``modules_up`` modules sit one above the other with the up-slope
gap between them; side by side, modules keep the across gap. For south racks the
across gap is ``gap_u_m`` and the up-slope gap ``gap_v_m``; for east-west tents, whose
slope runs along u, the across gap is ``gap_v_m`` and the up-slope gap ``gap_u_m``.
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from msgspec import Struct

from bipv_designer.errors import LayoutError
from bipv_designer.layout.grid import fill_grid
from bipv_designer.layout.pitch import row_pitch_gcr, row_pitch_winter_solstice
from bipv_designer.layout.result import Layout, concatenate, uniform_layout
from bipv_designer.project.layout_model import ArrayLayout, PitchRule, RackLayout, RackSettings
from bipv_designer.project.model import Module
from bipv_designer.words import N_


def rack_layout(
    region: shapely.Geometry,
    module: Module,
    array_layout: ArrayLayout,
    racks: RackSettings,
    surface_azimuth: float,
    latitude: float | None,
    offset_steps: int = 8,
) -> Layout:
    """Modules on tilted racks filling ``region`` of a flat roof.

    Parameters
    ----------
    region : shapely geometry  allowed area in plane coordinates [m]
    module : Module
    array_layout : ArrayLayout  portrait flag, gaps, offset search
    racks : RackSettings
    surface_azimuth : float  azimuth of the roof plane [degrees] (180 for flat roofs)
    latitude : float or None  site latitude [degrees north]; needed by the
        winter-solstice rule
    offset_steps : int  row offsets tried by the offset search

    Returns
    -------
    Layout
        One entry per module; footprints are the modules' projections on the roof.
    """
    section = rack_section(module, array_layout, racks, surface_azimuth, latitude)
    tilt = math.radians(racks.surface_tilt)
    across, pitch = section.across_m, section.pitch_m
    face_depth = section.face_slope_m * math.cos(tilt)
    module_depth = section.module_slope_m * math.cos(tilt)
    step_up = section.step_up_m * math.cos(tilt)
    common = {
        "portrait": array_layout.portrait,
        "surface_tilt": racks.surface_tilt,
        "module_area_m2": module.area_m2,
    }
    up = np.arange(racks.modules_up)
    if racks.layout is RackLayout.SOUTH:
        corners = fill_grid(
            region,
            across,
            face_depth,
            across + section.gap_across_m,
            pitch,
            offset_search=array_layout.offset_search,
            offset_steps=offset_steps,
        )
        u = np.repeat(corners.u, racks.modules_up)
        v = (corners.v[:, None] + step_up * up[None, :]).ravel()
        return uniform_layout(
            u, v, across, module_depth, surface_azimuth=surface_azimuth % 360.0, **common
        )
    tent_depth = 2.0 * face_depth + racks.ridge_gap_m
    corners = fill_grid(
        region,
        tent_depth,
        across,
        pitch,
        across + section.gap_across_m,
        offset_search=array_layout.offset_search,
        offset_steps=offset_steps,
    )
    v = np.repeat(corners.v, racks.modules_up)
    low_face = (corners.u[:, None] + step_up * up[None, :]).ravel()
    high_face = (corners.u[:, None] + tent_depth - module_depth - step_up * up[None, :]).ravel()
    faces = [
        uniform_layout(
            low_face,
            v,
            module_depth,
            across,
            surface_azimuth=(surface_azimuth + 90.0) % 360.0,
            **common,
        ),
        uniform_layout(
            high_face,
            v,
            module_depth,
            across,
            surface_azimuth=(surface_azimuth - 90.0) % 360.0,
            **common,
        ),
    ]
    return concatenate(faces)


class RackSection(Struct, frozen=True):
    """A rack face across its rows [m].

    Attributes
    ----------
    module_slope_m : float  one module's side up the slope
    step_up_m : float  from one module's lower edge to the next one's, up the slope
    face_slope_m : float  the whole face up the slope (``modules_up`` modules and gaps)
    across_m, gap_across_m : float  one module's side along the row, and the gap there
    pitch_m : float  from one row (or tent) to the next, on the roof
    """

    module_slope_m: float
    step_up_m: float
    face_slope_m: float
    across_m: float
    gap_across_m: float
    pitch_m: float


def rack_section(
    module: Module,
    array_layout: ArrayLayout,
    racks: RackSettings,
    surface_azimuth: float,
    latitude: float | None,
) -> RackSection:
    """The faces and row pitch of racks (parameters as :func:`rack_layout`)."""
    _check(racks)
    slope = module.length_m if array_layout.portrait else module.width_m
    across = module.width_m if array_layout.portrait else module.length_m
    tilt = math.radians(racks.surface_tilt)
    if racks.layout is RackLayout.SOUTH:
        gap_across, gap_up = array_layout.gap_u_m, array_layout.gap_v_m
    else:
        gap_across, gap_up = array_layout.gap_v_m, array_layout.gap_u_m
    face_slope = racks.modules_up * slope + (racks.modules_up - 1) * gap_up
    if racks.layout is RackLayout.SOUTH:
        pitch = _south_pitch(racks, face_slope, surface_azimuth, latitude)
    else:
        if racks.pitch_rule is PitchRule.WINTER_SOLSTICE:
            raise LayoutError(
                N_(
                    "Errors",
                    "racks.pitch_rule: east-west racks take their pitch from a "
                    "ground-coverage ratio, not from the winter-solstice rule",
                )
            )
        tent_depth = 2.0 * face_slope * math.cos(tilt) + racks.ridge_gap_m
        pitch = row_pitch_gcr(2.0 * face_slope, racks.gcr)
        if pitch < tent_depth:
            raise LayoutError(
                N_(
                    "Errors",
                    "racks.gcr: {gcr:g} puts east-west tents {pitch:.3f} m apart, "
                    "closer than their depth of {tent_depth:.3f} m",
                ).format(gcr=racks.gcr, pitch=pitch, tent_depth=tent_depth)
            )
    return RackSection(slope, slope + gap_up, face_slope, across, gap_across, pitch)


def _check(racks: RackSettings) -> None:
    if not 0.0 <= racks.surface_tilt < 90.0:
        raise LayoutError(
            N_(
                "Errors",
                "racks.surface_tilt: expected 0 <= tilt < 90 degrees, got {surface_tilt:g}",
            ).format(surface_tilt=racks.surface_tilt)
        )
    if racks.modules_up < 1:
        raise LayoutError(
            N_("Errors", "racks.modules_up: expected at least 1, got {modules_up}").format(
                modules_up=racks.modules_up
            )
        )
    if not (math.isfinite(racks.ridge_gap_m) and racks.ridge_gap_m >= 0.0):
        raise LayoutError(
            N_("Errors", "racks.ridge_gap_m: expected >= 0 m, got {ridge_gap_m:g}").format(
                ridge_gap_m=racks.ridge_gap_m
            )
        )


def _south_pitch(
    racks: RackSettings, face_slope: float, surface_azimuth: float, latitude: float | None
) -> float:
    if racks.pitch_rule is PitchRule.GCR:
        pitch = row_pitch_gcr(face_slope, racks.gcr)
        depth = face_slope * math.cos(math.radians(racks.surface_tilt))
        if pitch < depth:
            raise LayoutError(
                N_(
                    "Errors",
                    "racks.gcr: {gcr:g} puts rows {pitch:.3f} m apart, closer than "
                    "their depth of {depth:.3f} m",
                ).format(gcr=racks.gcr, pitch=pitch, depth=depth)
            )
        return pitch
    if latitude is None:
        raise LayoutError(
            N_("Errors", "racks.pitch_rule: the winter-solstice rule needs the site latitude")
        )
    return row_pitch_winter_solstice(face_slope, racks.surface_tilt, latitude, surface_azimuth)
