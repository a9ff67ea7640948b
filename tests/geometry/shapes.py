"""Helpers shared by the geometry tests."""

from __future__ import annotations

import numpy as np

from bipv_designer.geometry import plane_to_site


def site_corners(surface):
    """Site positions (x, y, z) [m] of a surface's outline."""
    return plane_to_site(
        surface.outline, surface.origin, surface.surface_tilt, surface.surface_azimuth
    )


def rotated(points, bearing_deg):
    """Points turned clockwise seen from above, so azimuths grow by ``bearing_deg``."""
    angle = np.radians(bearing_deg)
    turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return tuple(map(tuple, np.asarray(points) @ turn))
