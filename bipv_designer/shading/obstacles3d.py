"""Keep-outs on roofs as 3-D boxes: a skylight, vent or rooftop unit of its height.

A keep-out stands upright on its roof plane: its base is its shape on the plane, its
top the base raised by ``height_m``; the sides join them. The faces go into the same
3-D view and ground shadows as the surfaces.
"""

from __future__ import annotations

import numpy as np

from bipv_designer.geometry.frames import plane_to_site
from bipv_designer.geometry.keep_out_shape import keep_out_shape
from bipv_designer.project.model import Project, SurfaceKind
from bipv_designer.shading.scene3d import Face


def keep_out_faces(project: Project) -> list[Face]:
    """Top and side faces of every keep-out with a height on a roof (site metres)."""
    roofs = {s.id: s for s in project.surfaces if s.kind == SurfaceKind.ROOF}
    result: list[Face] = []
    for layout in project.surface_layouts:
        surface = roofs.get(layout.surface_id)
        if surface is None:
            continue
        for keep_out in layout.keep_outs:
            if keep_out.height_m <= 0.0:
                continue
            outline = np.asarray(keep_out_shape(keep_out).exterior.coords)[:-1]
            base = plane_to_site(
                outline, surface.origin, surface.surface_tilt, surface.surface_azimuth
            )
            top = base + np.array([0.0, 0.0, keep_out.height_m])
            key = f"{surface.id}|{keep_out.id}"
            result.append(Face(key, SurfaceKind.ROOF, top, has_modules=False))
            following = np.roll(np.arange(len(base)), -1)
            result.extend(
                Face(key, SurfaceKind.FACADE, np.array([base[i], base[j], top[j], top[i]]), False)
                for i, j in zip(range(len(base)), following, strict=True)
            )
    return result
