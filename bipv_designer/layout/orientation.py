"""Which way the module grid of an array runs on its surface."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from bipv_designer.layout.defaults import layout_defaults
from bipv_designer.project.layout_model import ArrayLayout
from bipv_designer.project.model import Surface

SAME_LENGTH_M = 1e-6
"""Edges this close in length count as equally long [m]."""


def edge_grid_angles_deg(outline_uv: npt.ArrayLike) -> np.ndarray:
    """For each edge of an outline (edge k from point k to k + 1), the turn in (-45, 45]
    [degrees] from the u axis that lines a grid up with it (a grid turned by 90 degrees
    has the same lines)."""
    points = np.asarray(outline_uv, dtype=float)
    delta = np.roll(points, -1, axis=0) - points
    folded = (np.degrees(np.arctan2(delta[:, 1], delta[:, 0])) + 45.0) % 90.0 - 45.0
    return np.where(folded == -45.0, 45.0, folded)


def longest_edge_angle_deg(outline_uv: npt.ArrayLike) -> float:
    """The turn that lines a grid up with an outline's longest edge (see
    ``edge_grid_angles_deg``): the smallest, so "portrait" keeps meaning the long side
    nearer v. Of equally long edges, the one needing the smallest turn."""
    points = np.asarray(outline_uv, dtype=float)
    delta = np.roll(points, -1, axis=0) - points
    lengths = np.hypot(delta[:, 0], delta[:, 1])
    folded = edge_grid_angles_deg(points)
    longest = lengths >= lengths.max() - SAME_LENGTH_M
    return float(folded[longest][np.argmin(np.abs(folded[longest]))])


def grid_angle_deg(surface: Surface, settings: ArrayLayout) -> float:
    """The turn of the array's module grid from the u axis [degrees]: the one asked for,
    else along the longest edge of a flat roof (the same slope limit as racks), else
    along u (the eaves of a sloped roof, the ground line of a facade)."""
    if settings.grid_angle_deg is not None:
        return float(settings.grid_angle_deg)
    if surface.kind == "roof" and surface.surface_tilt <= flat_roof_limit_deg():
        return longest_edge_angle_deg(surface.outline)
    return 0.0


def flat_roof_limit_deg() -> float:
    """The slope up to which a roof counts as flat: racks may stand on it and its grid
    may turn [degrees] (resources/layout, rack.max_roof_tilt_deg)."""
    return float(layout_defaults()["rack"]["max_roof_tilt_deg"])
