"""The park in 3-D: surface polygons in site metres, the sun, and shadows on the ground.

Site coordinates: x east, y north, z up [m]. The sun direction is the unit vector from
the site towards the sun.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pvlib
import shapely
from msgspec import Struct

from bipv_designer.geometry.frames import plane_to_site
from bipv_designer.project.model import Project, SurfaceKind


class Face(Struct, frozen=True):
    """One surface as a 3-D polygon.

    Attributes
    ----------
    surface_id : str
    kind : SurfaceKind
    points : ndarray (n, 3)  vertices in site metres
    has_modules : bool  an array with modules lies on it
    """

    surface_id: str
    kind: SurfaceKind
    points: np.ndarray
    has_modules: bool


class SunPosition(Struct, frozen=True):
    """Apparent elevation and azimuth of the sun [degrees] at one instant."""

    elevation: float
    azimuth: float

    @property
    def direction(self) -> np.ndarray:
        """Unit vector towards the sun (x east, y north, z up)."""
        elevation, azimuth = np.radians(self.elevation), np.radians(self.azimuth)
        return np.array(
            [
                np.sin(azimuth) * np.cos(elevation),
                np.cos(azimuth) * np.cos(elevation),
                np.sin(elevation),
            ]
        )


def faces(project: Project) -> list[Face]:
    """Every surface of the project as a 3-D polygon; ``has_modules`` marks surfaces
    whose arrays have a module count but no placed modules to draw."""
    carrying = {a.surface_id for a in project.arrays if a.module_count > 0 and not a.placements}
    return [
        Face(
            surface_id=s.id,
            kind=s.kind,
            points=plane_to_site(s.outline, s.origin, s.surface_tilt, s.surface_azimuth),
            has_modules=s.id in carrying,
        )
        for s in project.surfaces
    ]


def sun_position(project: Project, moment: dt.datetime) -> SunPosition:
    """The sun at the site at ``moment`` (naive times are the site's local time)."""
    site = project.site
    stamp = pd.Timestamp(moment)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize(site.timezone)
    position = pvlib.solarposition.get_solarposition(
        pd.DatetimeIndex([stamp]), site.latitude, site.longitude, site.altitude
    )
    return SunPosition(
        elevation=float(position["apparent_elevation"].iloc[0]),
        azimuth=float(position["azimuth"].iloc[0]),
    )


def ground_shadows(park_faces: list[Face], sun: SunPosition) -> list[np.ndarray]:
    """Outlines (n, 2) of the shadows the surfaces cast on the ground [m]; none at night.

    Each vertex p is projected along the sun direction s onto z = 0:
    ``p - (p_z / s_z) * s``; the shadow is the union of the projected faces.
    """
    if sun.elevation <= 0.0 or not park_faces:
        return []
    direction = sun.direction
    polygons = []
    for face in park_faces:
        projected = face.points[:, :2] - np.outer(face.points[:, 2] / direction[2], direction[:2])
        polygon = shapely.Polygon(projected)
        if polygon.is_valid and polygon.area > 0:
            polygons.append(polygon)
        elif polygon.area > 0:
            polygons.append(shapely.make_valid(polygon))
    union = shapely.union_all(polygons)
    parts = getattr(union, "geoms", [union])
    return [np.asarray(part.exterior.coords)[:-1] for part in parts if part.geom_type == "Polygon"]
