"""Obstacles on the site (neighbouring buildings, tanks, trees) added, changed, moved
and removed."""

from __future__ import annotations

from collections.abc import Sequence

from msgspec.structs import replace

from bipv_designer.edits.edit import Edit
from bipv_designer.project.ids import free_id
from bipv_designer.project.model import ObstacleShape, Project, SiteObstacle
from bipv_designer.project.points import Point2
from bipv_designer.words import N_, naming_words

NEW_OBSTACLES = {
    ObstacleShape.BOX: ("neighbour", N_("Names", "Neighbouring building"), 15.0),
    ObstacleShape.CYLINDER: ("tank", N_("Names", "Tank"), 10.0),
    ObstacleShape.TREE: ("tree", N_("Names", "Tree"), 12.0),
}
"""Id stem, name and height [m] of an obstacle drawn on the plan until the user changes
them (a four-storey neighbour, a water tank, a grown street tree)."""
TREE_CROWN_RADIUS_M = 3.5
TREE_CROWN_BASE_M = 4.0
"""A grown street tree's crown (radius at its base, and its height above the ground)."""
TREE_LEAF_OFF_TRANSPARENCY = 0.6
"""Share of the beam through a bare deciduous crown (measured 0.5 to 0.8 for plane trees,
limes and maples; Konarska et al. 2014, Int. J. Biometeorology 58)."""
LEAF_OFF_NORTH = (11, 12, 1, 2, 3)
LEAF_OFF_SOUTH = (5, 6, 7, 8, 9)
"""Months deciduous trees stand bare, north and south of the equator."""


def draw_obstacle(
    project: Project, shape: ObstacleShape, points: Sequence[Point2], radius_m: float = 0.0
) -> tuple[Edit, str]:
    """An obstacle drawn on the plan: a box over the polygon ``points``, or a cylinder
    or tree centred on ``points[0]`` (a tree gets a grown crown and, when ``radius_m``
    is 0, its default radius). Returns the edit and the new obstacle's id."""
    stem, name, height = NEW_OBSTACLES[shape]
    obstacle_id, number = free_id(stem, {o.id for o in project.obstacles})
    name = f"{naming_words(project.name)(name)} {number}"
    if shape is ObstacleShape.BOX:
        obstacle = SiteObstacle(obstacle_id, name, shape, tuple(points), height)
    elif shape is ObstacleShape.CYLINDER:
        obstacle = SiteObstacle(obstacle_id, name, shape, (points[0],), height, radius_m=radius_m)
    else:
        north = project.site.latitude >= 0.0
        obstacle = SiteObstacle(
            obstacle_id,
            name,
            shape,
            (points[0],),
            height,
            radius_m=radius_m or TREE_CROWN_RADIUS_M,
            crown_base_m=TREE_CROWN_BASE_M,
            leaf_off_months=LEAF_OFF_NORTH if north else LEAF_OFF_SOUTH,
            leaf_off_transparency=TREE_LEAF_OFF_TRANSPARENCY,
        )
    edit = Edit(
        replace(project, obstacles=(*project.obstacles, obstacle)),
        N_("Edits", "Add {name}").format(name=name),
    )
    return edit, obstacle_id


def change_obstacle(project: Project, obstacle: SiteObstacle) -> Edit:
    """The obstacle of the same id replaced."""
    project.obstacle(obstacle.id)
    obstacles = tuple(obstacle if o.id == obstacle.id else o for o in project.obstacles)
    return Edit(
        replace(project, obstacles=obstacles),
        N_("Edits", "Change {name}").format(name=obstacle.name),
    )


def move_obstacle(project: Project, obstacle_id: str, dx: float, dy: float) -> Edit:
    """The obstacle moved by (dx, dy) [m]."""
    obstacle = project.obstacle(obstacle_id)
    outline = tuple((x + dx, y + dy) for x, y in obstacle.outline)
    moved = replace(obstacle, outline=outline)
    return Edit(
        change_obstacle(project, moved).project,
        N_("Edits", "Move {name}").format(name=obstacle.name),
    )


def delete_obstacle(project: Project, obstacle_id: str) -> Edit:
    """The obstacle removed."""
    obstacle = project.obstacle(obstacle_id)
    obstacles = tuple(o for o in project.obstacles if o.id != obstacle_id)
    return Edit(
        replace(project, obstacles=obstacles),
        N_("Edits", "Delete {name}").format(name=obstacle.name),
    )
