"""Obstacles on the site as 3-D faces: neighbouring buildings and walls as prisms,
tanks as many-sided cylinders, trees as cones (their crowns; trunks are thin enough to
leave out)."""

from __future__ import annotations

import numpy as np

from bipv_designer.project.model import ObstacleShape, Project, SiteObstacle, SurfaceKind
from bipv_designer.shading.scene3d import Face

ROUND_SIDES = 16
"""Sides of the polygon standing in for a circle (its area is 97 % of the circle's)."""
OBSTACLE_PREFIX = "obstacle|"
"""Faces of site obstacles carry ``OBSTACLE_PREFIX + obstacle id`` as their surface id."""


def obstacle_faces(project: Project, *, bare_trees: bool = False) -> list[Face]:
    """Faces of every obstacle on the site (site metres); with ``bare_trees`` the trees
    that lose their leaves are left out."""
    faces: list[Face] = []
    for obstacle in project.obstacles:
        if bare_trees and is_deciduous(obstacle):
            continue
        faces.extend(_faces(obstacle))
    return faces


def deciduous_faces(project: Project) -> list[Face]:
    """Faces of the trees that lose their leaves: what :func:`obstacle_faces` leaves out
    with ``bare_trees``."""
    return [
        face
        for obstacle in project.obstacles
        if is_deciduous(obstacle)
        for face in _faces(obstacle)
    ]


def is_deciduous(obstacle: SiteObstacle) -> bool:
    """A tree that stands bare in some months."""
    return obstacle.shape is ObstacleShape.TREE and bool(obstacle.leaf_off_months)


def _faces(obstacle: SiteObstacle) -> list[Face]:
    key = OBSTACLE_PREFIX + obstacle.id
    if obstacle.shape is ObstacleShape.TREE:
        ring = _circle(obstacle, obstacle.crown_base_m)
        apex = np.array([*obstacle.outline[0], obstacle.height_m])
        following = np.roll(np.arange(len(ring)), -1)
        return [
            Face(key, SurfaceKind.ROOF, np.array([ring[i], ring[j], apex]), False)
            for i, j in zip(range(len(ring)), following, strict=True)
        ]
    if obstacle.shape is ObstacleShape.CYLINDER:
        base = _circle(obstacle, 0.0)
    else:
        base = np.column_stack(
            [np.asarray(obstacle.outline, dtype=float), np.zeros(len(obstacle.outline))]
        )
    top = base + np.array([0.0, 0.0, obstacle.height_m])
    following = np.roll(np.arange(len(base)), -1)
    return [
        Face(key, SurfaceKind.ROOF, top, False),
        *(
            Face(key, SurfaceKind.FACADE, np.array([base[i], base[j], top[j], top[i]]), False)
            for i, j in zip(range(len(base)), following, strict=True)
        ),
    ]


def _circle(obstacle: SiteObstacle, height_m: float) -> np.ndarray:
    """The obstacle's circle at ``height_m`` as a polygon (ROUND_SIDES, 3) [m]."""
    angle = np.linspace(0.0, 2.0 * np.pi, ROUND_SIDES, endpoint=False)
    x, y = obstacle.outline[0]
    return np.column_stack(
        [
            x + obstacle.radius_m * np.cos(angle),
            y + obstacle.radius_m * np.sin(angle),
            np.full(ROUND_SIDES, height_m),
        ]
    )
