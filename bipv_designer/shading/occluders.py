"""Everything in and around the park that can cast a shadow on a module, as 3-D faces:
the buildings' roofs and facades, the keep-outs standing on roofs, the parapets around
flat roofs (``Roof.parapet_height_m``), overhangs and fins on facades and the obstacles
on the site."""

from __future__ import annotations

import numpy as np

from bipv_designer.project.model import Project, RoofType, SurfaceKind
from bipv_designer.shading.facade_shades import facade_shade_faces
from bipv_designer.shading.obstacles3d import keep_out_faces
from bipv_designer.shading.scene3d import Face, faces
from bipv_designer.shading.site_obstacles import obstacle_faces


def occluders(project: Project, *, bare_trees: bool = False) -> list[Face]:
    """Every face that can shade: surfaces, keep-out boxes, parapet walls, overhangs and
    fins, and site obstacles (without the deciduous trees when ``bare_trees``)."""
    return [
        *faces(project),
        *keep_out_faces(project),
        *parapet_faces(project),
        *facade_shade_faces(project),
        *obstacle_faces(project, bare_trees=bare_trees),
    ]


def parapet_faces(project: Project) -> list[Face]:
    """One wall per footprint edge of each flat roof with a parapet, from the eaves to the
    parapet's top (site metres); walls are thin, so one face each."""
    walls = []
    for building in project.buildings:
        roof = building.roof
        if roof.roof_type is not RoofType.FLAT or roof.parapet_height_m <= 0.0:
            continue
        footprint = np.asarray(building.footprint, dtype=float)
        base = np.column_stack([footprint, np.full(len(footprint), building.height_m)])
        top = base + np.array([0.0, 0.0, roof.parapet_height_m])
        following = np.roll(np.arange(len(base)), -1)
        walls.extend(
            Face(
                f"{building.id}|parapet-{i + 1}",
                SurfaceKind.FACADE,
                np.array([base[i], base[j], top[j], top[i]]),
                False,
            )
            for i, j in zip(range(len(base)), following, strict=True)
        )
    return walls
