"""Overhangs and fins on facades as 3-D faces: thin plates standing out of the wall
(``SurfaceLayout.shades``)."""

from __future__ import annotations

import numpy as np

from bipv_designer.geometry.frames import plane_axes, plane_to_site
from bipv_designer.project.layout_model import FacadeShade, FacadeShadeKind
from bipv_designer.project.model import Project, Surface, SurfaceKind
from bipv_designer.shading.scene3d import Face


def facade_shade_faces(project: Project) -> list[Face]:
    """One face per overhang or fin, in site metres."""
    surfaces = {s.id: s for s in project.surfaces}
    faces = []
    for layout in project.surface_layouts:
        surface = surfaces.get(layout.surface_id)
        if surface is None:
            continue
        faces.extend(
            Face(f"{surface.id}|{shade.id}", SurfaceKind.FACADE, _plate(surface, shade), False)
            for shade in layout.shades
        )
    return faces


def _plate(surface: Surface, shade: FacadeShade) -> np.ndarray:
    """The plate's corners (4, 3) in site metres: along the wall, then out of it."""
    if shade.kind is FacadeShadeKind.OVERHANG:
        edge = [(shade.start_m, shade.position_m), (shade.end_m, shade.position_m)]
    else:
        edge = [(shade.position_m, shade.start_m), (shade.position_m, shade.end_m)]
    on_wall = plane_to_site(
        np.asarray(edge, dtype=float),
        surface.origin,
        surface.surface_tilt,
        surface.surface_azimuth,
    )
    out = shade.depth_m * plane_axes(surface.surface_tilt, surface.surface_azimuth)[2]
    return np.array([on_wall[0], on_wall[1], on_wall[1] + out, on_wall[0] + out])
