"""What a site obstacle covers on the plan: a box's polygon, or the circle of a tank or a
tree's crown as a polygon."""

from __future__ import annotations

import math

from bipv_designer.project.model import ObstacleShape, SiteObstacle

ROUND_SIDES_ON_PLAN = 48
"""Sides of the polygon that draws a circle on the plan."""


def obstacle_outline(obstacle: SiteObstacle) -> list[tuple[float, float]]:
    """The obstacle's outline on the plan, counter-clockwise [site metres]."""
    if obstacle.shape is ObstacleShape.BOX:
        return list(obstacle.outline)
    (x, y), radius = obstacle.outline[0], obstacle.radius_m
    angles = (2 * math.pi * k / ROUND_SIDES_ON_PLAN for k in range(ROUND_SIDES_ON_PLAN))
    return [(x + radius * math.cos(a), y + radius * math.sin(a)) for a in angles]
