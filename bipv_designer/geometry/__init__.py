"""Geometry in site metres: surface frames, polygons, roof planes and facades from footprints."""

from bipv_designer.geometry.derive import compass_point, derive_surfaces
from bipv_designer.geometry.frames import (
    plane_axes,
    plane_to_site,
    polygon_area,
    signed_area,
    site_to_plane,
)

__all__ = [
    "compass_point",
    "derive_surfaces",
    "plane_axes",
    "plane_to_site",
    "polygon_area",
    "signed_area",
    "site_to_plane",
]
