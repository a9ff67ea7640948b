"""The shadows the park casts on its own roofs and facades at one moment, as 3-D
polygons to draw (the 3-D view)."""

from __future__ import annotations

import numpy as np
import shapely

from bipv_designer.geometry.frames import plane_to_site
from bipv_designer.project.model import Project
from bipv_designer.shading.occluders import occluders
from bipv_designer.shading.plane_shadows import PlaneShaders
from bipv_designer.shading.scene3d import SunPosition

LIFT_M = 0.03
"""Shadows are drawn this far in front of their surface [m], so that they show."""


def surface_shadows(project: Project, sun: SunPosition) -> dict[str, list[list[np.ndarray]]]:
    """``{surface_id: [[exterior, *holes], ...]}`` of the shade on each surface the sun
    lights, each ring (n, 3) in site metres (a parapet's shadow is a ring around a lit
    roof); surfaces facing away from the sun are left out (they are dark anyway), as is
    everything at night."""
    if sun.elevation <= 0.0:
        return {}
    shading_faces = occluders(project)
    result: dict[str, list[np.ndarray]] = {}
    for surface in project.surfaces:
        shaders = PlaneShaders(shading_faces, surface)
        shadow = shaders.shadow(sun.direction)
        if shadow is None or shadow.is_empty:
            continue
        lit_outline = shapely.Polygon(surface.outline)
        on_surface = shapely.intersection(shadow, shapely.make_valid(lit_outline))
        polygons = [
            [np.asarray(ring.coords)[:-1] for ring in (part.exterior, *part.interiors)]
            for part in getattr(on_surface, "geoms", [on_surface])
            if part.geom_type == "Polygon" and part.area > 1e-4
        ]
        if polygons:
            result[surface.id] = [
                [
                    plane_to_site(
                        ring, surface.origin, surface.surface_tilt, surface.surface_azimuth
                    )
                    + LIFT_M * shaders.normal
                    for ring in rings
                ]
                for rings in polygons
            ]
    return result
