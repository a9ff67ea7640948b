"""Placed modules in 3-D: the area each array covers, a little in front of its surface.

Modules of one array are merged into blocks (gaps up to :data:`MERGE_GAP_M` closed) so
that a park of thousands of modules is a few polygons to draw.
"""

from __future__ import annotations

import numpy as np
import shapely

from bipv_designer.geometry.frames import plane_axes, plane_to_site
from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.project.model import Project
from bipv_designer.shading.scene3d import Face

MERGE_GAP_M = 0.1
"""Gaps between modules closed when they are merged into blocks [m]."""
STANDOFF_M = 0.05
"""Distance of the drawn modules in front of their surface [m], so they show."""


def module_faces(project: Project) -> list[Face]:
    """One face per block of placed modules, in site metres."""
    faces = []
    for array in project.arrays:
        outlines = placement_outlines_uv(project, array)
        if outlines.size == 0:
            continue
        surface = project.surface(array.surface_id)
        boxes = shapely.polygons(np.concatenate([outlines, outlines[:, :1]], axis=1))
        blocks = shapely.union_all(shapely.buffer(boxes, MERGE_GAP_M / 2, join_style="mitre"))
        blocks = shapely.buffer(blocks, -MERGE_GAP_M / 2, join_style="mitre")
        _, _, normal = plane_axes(surface.surface_tilt, surface.surface_azimuth)
        for block in getattr(blocks, "geoms", [blocks]):
            if block.is_empty:
                continue
            ring = np.asarray(block.exterior.coords)[:-1]
            points = plane_to_site(
                ring, surface.origin, surface.surface_tilt, surface.surface_azimuth
            )
            faces.append(Face(surface.id, surface.kind, points + STANDOFF_M * normal, True))
    return faces
