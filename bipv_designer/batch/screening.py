"""Roof screening: building footprints (GeoJSON) become one project each, filled with
modules by the project defaults, for the batch engine to rank (``python main.py
screen``, docs/scale.md).

Coordinates are WGS 84 longitude and latitude (GeoJSON's own), each building placed at
its centroid on a local plane (equirectangular: under 0.1 % off across a 1 km
building); or, with a given site, metres east and north of it (footprints from CAD).
Each building is screened alone: a flat shading allowance instead of near shading, so
neighbours in the same file do not shade it (a first look, not a design).
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.errors import BipvError
from bipv_designer.geometry.drawing import counter_clockwise
from bipv_designer.geometry.frames import signed_area
from bipv_designer.project.model import Building, Project, Roof, RoofType, ShadingSettings

METRES_PER_DEGREE_LATITUDE = 110_574.0
"""Length of one degree of latitude [m] (WGS 84, mid latitudes; 110 574 m at the
equator to 111 694 m at the poles)."""
METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320.0
"""Length of one degree of longitude at the equator [m] (WGS 84)."""
STOREY_M = 3.5
"""Height of one storey of a factory or office building [m], for ``building:levels``."""
DEFAULT_HEIGHT_M = 10.0
"""Height of a building whose feature gives none [m]: a single-storey hall."""
PITCH_DEG = 10.0
"""Slope of a pitched roof whose feature gives none [degrees]: a typical steel hall."""
TOOTH_WIDTH_M = 10.0
"""Width of a saw-tooth roof's teeth whose feature gives none [m]."""
ROOF_TYPES = {
    "flat": RoofType.FLAT,
    "gable": RoofType.GABLE,
    "gabled": RoofType.GABLE,
    "mono_pitch": RoofType.MONO_PITCH,
    "mono-pitch": RoofType.MONO_PITCH,
    "skillion": RoofType.MONO_PITCH,
    "saw_tooth": RoofType.SAW_TOOTH,
    "saw-tooth": RoofType.SAW_TOOTH,
    "sawtooth": RoofType.SAW_TOOTH,
}
"""Roof types by the names features use (ours and OpenStreetMap's ``roof:shape``)."""


class Footprint(Struct, frozen=True):
    """One feature: its name, outline (longitude/latitude or site metres), height [m]
    and roof type; ``error`` says why it cannot be screened ("" when it can)."""

    name: str
    outline: tuple[tuple[float, float], ...]
    height_m: float
    roof_type: RoofType
    error: str = ""


def read_footprints(path: Path) -> list[Footprint]:
    """The features of a GeoJSON FeatureCollection (Polygon or MultiPolygon: the largest
    part's outer ring). A feature that cannot be a building keeps its place with an
    error; a file that is not GeoJSON raises BipvError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BipvError(f"{path}: not a readable GeoJSON file ({error})") from error
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise BipvError(f"{path}: expected a GeoJSON FeatureCollection with 'features'")
    return [_footprint(feature, k, path) for k, feature in enumerate(features)]


def footprint_project(footprint: Footprint, template: Project, site_given: bool) -> Project:
    """The project of one footprint: the template's settings at the building's site
    (its centroid, unless the site is given), the building, modules on its roofs."""
    from bipv_designer.edits.arrays import fill_roofs
    from bipv_designer.geometry.park import place_building
    from bipv_designer.layout.roof_fill import default_fill_options
    from bipv_designer.weather.places import timezone_at
    from bipv_designer.weather.stations import altitude_near

    site = template.site
    points = footprint.outline
    if not site_given:
        longitude, latitude = _centroid(points)
        points = _local_metres(points, longitude, latitude)
        altitude = altitude_near(latitude, longitude)
        site = replace(
            site,
            name=footprint.name,
            latitude=latitude,
            longitude=longitude,
            altitude=site.altitude if altitude is None else altitude,
            timezone=timezone_at(latitude, longitude),
        )
    project = replace(
        template,
        name=footprint.name,
        site=site,
        losses=replace(template.losses, shading_pct=_default_shading_pct()),
        shading=ShadingSettings(near_shading=False),
    )
    building = Building(
        "building-1",
        footprint.name,
        counter_clockwise(points),
        footprint.height_m,
        _roof(footprint.roof_type, points),
    )
    project = place_building(project, building)
    edit, _ = fill_roofs(project, default_fill_options())
    return edit.project


def _footprint(feature: Any, index: int, path: Path) -> Footprint:
    properties = (feature or {}).get("properties") or {}
    name = str(properties.get("name") or properties.get("id") or f"feature {index + 1}")
    try:
        outline = _outer_ring((feature or {}).get("geometry") or {})
        height = _height(properties)
        roof = str(properties.get("roof") or properties.get("roof:shape") or "flat").lower()
        if roof not in ROOF_TYPES:
            raise ValueError(f"roof {roof!r}; expected one of {sorted(ROOF_TYPES)}")
    except (TypeError, ValueError) as error:
        where = f"{path.name}: features[{index}] ({name})"
        return Footprint(name, (), 0.0, RoofType.FLAT, f"{where}: {error}")
    return Footprint(name, outline, height, ROOF_TYPES[roof])


def _outer_ring(geometry: dict) -> tuple[tuple[float, float], ...]:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        rings = [coordinates]
    elif kind == "MultiPolygon":
        rings = list(coordinates)
    else:
        raise ValueError(f"geometry {kind!r}; expected a Polygon or MultiPolygon")
    outers = [[(float(x), float(y)) for x, y, *_ in polygon[0]] for polygon in rings]
    ring = max(outers, key=lambda r: abs(signed_area(r)))
    if len(ring) > 1 and ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) < 3:
        raise ValueError(f"an outline of {len(ring)} points; expected at least 3")
    return tuple(ring)


def _height(properties: dict) -> float:
    for key in ("height_m", "height"):
        if properties.get(key) is not None:
            height = float(str(properties[key]).removesuffix("m").strip())
            break
    else:
        levels = properties.get("building:levels") or properties.get("levels")
        height = float(levels) * STOREY_M if levels is not None else DEFAULT_HEIGHT_M
    if not 0.0 < height < 500.0:
        raise ValueError(f"height {height:g} m; expected 0 to 500 m")
    return height


def _roof(roof_type: RoofType, points) -> Roof:
    """The roof of a type, pitched along the footprint's longest side (a ridge along
    it; a mono-pitch or the PV side of a saw-tooth facing the side nearer the equator)."""
    if roof_type is RoofType.FLAT:
        return Roof(RoofType.FLAT)
    along = _longest_side_azimuth(points)
    if roof_type is RoofType.GABLE:
        return Roof(roof_type, slope_deg=PITCH_DEG, direction_deg=along % 180.0)
    facing = min(((along + 90.0) % 360.0, (along + 270.0) % 360.0), key=_away_from_south)
    if roof_type is RoofType.MONO_PITCH:
        return Roof(roof_type, slope_deg=PITCH_DEG, direction_deg=facing)
    glazing = (facing + 180.0) % 360.0
    return Roof(roof_type, slope_deg=20.0, direction_deg=glazing, tooth_width_m=TOOTH_WIDTH_M)


def _away_from_south(azimuth: float) -> float:
    return abs(((azimuth - 180.0) + 180.0) % 360.0 - 180.0)


def _longest_side_azimuth(points) -> float:
    sides = [(points[k], points[(k + 1) % len(points)]) for k in range(len(points))]
    (x0, y0), (x1, y1) = max(sides, key=lambda s: math.dist(*s))
    return math.degrees(math.atan2(x1 - x0, y1 - y0)) % 360.0


def _centroid(points) -> tuple[float, float]:
    import shapely

    centre = shapely.Polygon(points).centroid
    return float(centre.x), float(centre.y)


def _local_metres(points, longitude: float, latitude: float):
    east = METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * math.cos(math.radians(latitude))
    return tuple(
        ((lon - longitude) * east, (lat - latitude) * METRES_PER_DEGREE_LATITUDE)
        for lon, lat in points
    )


def _default_shading_pct() -> float:
    from bipv_designer.project.defaults import default_losses

    return default_losses().shading_pct
