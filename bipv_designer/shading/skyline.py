"""What a surface sees of the park around it: the elevation of the obstacles above its
horizon for each azimuth, seen from the middle of its modules (or of the surface).

Along any one azimuth, the highest point of a flat face lies on its boundary (the
elevation along a straight line in a vertical half-plane changes monotonically), so the
faces' edges, sampled finely enough for the bins, give the skyline exactly to the bin
width.
"""

from __future__ import annotations

import numpy as np

from bipv_designer.geometry.frames import plane_axes, plane_to_site
from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.project.model import Project
from bipv_designer.shading.occluders import occluders
from bipv_designer.shading.plane_shadows import in_front

AZIMUTH_BIN_DEG = 1.0
"""Width of the skyline's azimuth bins [degrees]."""
MAX_SAMPLES_PER_EDGE = 4000


def viewpoint(project: Project, surface_id: str) -> np.ndarray:
    """Site point (3,) [m] the skyline is seen from: the centre of the surface's placed
    modules, or of the surface itself."""
    surface = project.surface(surface_id)
    outlines = [
        placement_outlines_uv(project, a).reshape(-1, 2)
        for a in project.arrays
        if a.surface_id == surface_id and a.placements
    ]
    corners = np.concatenate(outlines) if outlines else np.asarray(surface.outline, dtype=float)
    centre = corners.mean(axis=0, keepdims=True)
    return plane_to_site(centre, surface.origin, surface.surface_tilt, surface.surface_azimuth)[0]


def obstacle_skyline(project: Project, surface_id: str) -> tuple[np.ndarray, np.ndarray]:
    """Azimuth bin centres [degrees, 0 north, clockwise] and the elevation [degrees] of
    the highest obstacle in each (0 where nothing rises above the horizon), seen from
    :func:`viewpoint`; the surface's own faces, and what lies behind its plane, are left
    out."""
    eye = viewpoint(project, surface_id)
    surface = project.surface(surface_id)
    normal = plane_axes(surface.surface_tilt, surface.surface_azimuth)[2]
    bins = round(360.0 / AZIMUTH_BIN_DEG)
    elevation = np.zeros(bins)
    for face in occluders(project):
        if face.surface_id == surface_id:
            continue
        front = in_front(face.points - eye, normal)
        if len(front) < 2:
            continue
        points = _edge_samples(front)
        horizontal = np.hypot(points[:, 0], points[:, 1])
        keep = horizontal > 1e-6
        azimuth = np.degrees(np.arctan2(points[keep, 0], points[keep, 1])) % 360.0
        rise = np.degrees(np.arctan2(points[keep, 2], horizontal[keep]))
        index = (azimuth // AZIMUTH_BIN_DEG).astype(int) % bins
        np.maximum.at(elevation, index, rise)
    centres = (np.arange(bins) + 0.5) * AZIMUTH_BIN_DEG
    return centres, np.clip(elevation, 0.0, 90.0)


def _edge_samples(points: np.ndarray) -> np.ndarray:
    """Points along every edge of a polygon (relative to the eye) close enough together
    that consecutive ones are less than half a bin apart as seen from the eye."""
    following = np.roll(points, -1, axis=0)
    samples = [points]
    step = np.radians(AZIMUTH_BIN_DEG) / 2.0
    for start, end in zip(points, following, strict=True):
        distance = max(min(np.linalg.norm(start), np.linalg.norm(end)), 0.5)
        count = int(
            min(np.ceil(np.linalg.norm(end - start) / (distance * step)), MAX_SAMPLES_PER_EDGE)
        )
        if count > 1:
            t = np.linspace(0.0, 1.0, count)[:, None]
            samples.append(start + t * (end - start))
    return np.concatenate(samples)
