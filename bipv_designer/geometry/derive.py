"""Roof planes and facades of a building, derived from its footprint, height and roof.

Every roof shape of :class:`~bipv_designer.project.model.RoofType` is a *section*
roof: its height changes along one horizontal direction only, the section axis. Across
the building the roof is a chain of straight pieces. A sloped or flat piece becomes a
roof plane over the strip of the footprint it spans; a vertical piece (the glazing of
a saw-tooth roof) becomes a vertical roof surface. The top edge of every facade follows
the same chain, so gable ends are pentagons and the walls under a mono-pitch or
saw-tooth roof follow its profile.

Conventions
-----------
- Surfaces come as the roof surfaces, then one facade per footprint edge in the
  order of the footprint's edges (edge k runs from point k to point k + 1).
- Ids are ``{building.id}/roof-{k}`` and ``{building.id}/facade-{k}``, k from 1.
- Roof order. Flat and mono-pitch: one plane. Gable: first the plane facing
  ``direction_deg + 90``, then the one facing ``direction_deg + 270`` (for an east-west
  ridge: south, then north). Saw-tooth: tooth by tooth, starting at the wall the
  glazing turns its back to, each tooth's sloped PV side before its glazing.
- A flat roof has tilt 0 and azimuth 180 (:data:`FLAT_ROOF_AZIMUTH`), so its u axis
  runs east and its v axis north.
- Saw-tooth glazing is vertical (tilt 90) and faces ``direction_deg``; the PV side has
  ``slope_deg`` and faces the opposite way. Teeth are ``tooth_width_m`` wide; when the
  building's depth is not a whole number of teeth, the last tooth (at the wall the
  glazing faces) is narrower, with the same slope and so a lower ridge. The glazing of
  that last tooth stands on the end wall, which itself ends at eaves height.
- Origins: every outline has the lower-left corner of its bounding box at
  (u, v) = (0, 0). For a facade that is the left end of its edge, seen from outside,
  at ground level; for a roof plane the left end of its eaves line.
- Facades rise from the ground to the roof above them; a flat roof's parapet is not
  part of them.
- Names read "{building} roof S", "{building} glazing N", "{building} facade E" with
  the compass point of the azimuth (no compass point for a flat roof plane); when a
  name would repeat within a building, each bearer gets a number: "... facade S 1".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import pairwise

import numpy as np
import shapely
from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.errors import GeometryError
from bipv_designer.geometry.frames import (
    FloatArray,
    plane_to_site,
    signed_area,
    site_to_plane,
)
from bipv_designer.project.model import (
    Building,
    Mounting,
    Point2,
    Point3,
    RoofType,
    Surface,
    SurfaceKind,
)
from bipv_designer.words import N_, Text, naming_words

TOLERANCE_M = 1e-6
"""Lengths shorter than this count as zero; rectangles are checked to it [m]."""

FLAT_ROOF_AZIMUTH = 180.0
"""Azimuth given to flat roof planes [degrees]; their u axis then runs east, v north."""

_COMPASS_POINTS = (
    N_("Surfaces", "N"),
    N_("Surfaces", "NE"),
    N_("Surfaces", "E"),
    N_("Surfaces", "SE"),
    N_("Surfaces", "S"),
    N_("Surfaces", "SW"),
    N_("Surfaces", "W"),
    N_("Surfaces", "NW"),
)
SURFACE_WORDS = {
    "roof": N_("Surfaces", "roof"),
    "glazing": N_("Surfaces", "glazing"),
    "facade": N_("Surfaces", "facade"),
}
"""Words of derived surface names, in the building name's language
(:func:`bipv_designer.words.naming_words`)."""


class _Piece(Struct, frozen=True):
    """A straight piece of a section roof and the surface it makes.

    ``w_start <= w_end`` are positions along the section axis [m] and ``z_start``,
    ``z_end`` the roof heights there [m]; ``w_start == w_end`` makes a vertical piece.
    """

    w_start: float
    w_end: float
    z_start: float
    z_end: float
    surface_tilt: float
    surface_azimuth: float
    label: str

    @property
    def is_vertical(self) -> bool:
        return self.w_start == self.w_end

    def height(self, w: FloatArray) -> FloatArray:
        """Roof height [m] at positions ``w`` of a sloped or flat piece."""
        fraction = (w - self.w_start) / (self.w_end - self.w_start)
        return self.z_start + fraction * (self.z_end - self.z_start)

    def heights(self, w_first: float, w_last: float) -> tuple[float, float]:
        """Heights at two positions [m]; a vertical piece gives its bottom and top in order."""
        if self.is_vertical:
            return self.z_start, self.z_end
        z = self.height(np.array([w_first, w_last]))
        return float(z[0]), float(z[1])


class _Section(Struct, frozen=True):
    """A roof as a chain of pieces along a horizontal axis.

    ``axis_azimuth`` is the direction in which w grows [degrees]; the pieces are in
    order of w and each starts where the one before ends.
    """

    axis_azimuth: float
    pieces: tuple[_Piece, ...]


def derive_surfaces(
    building: Building,
    mounting_roof: Mounting = Mounting.ROOF_PARALLEL,
    mounting_facade: Mounting = Mounting.VENTILATED_FACADE,
) -> tuple[Surface, ...]:
    """Roof surfaces and facades of a building.

    Parameters
    ----------
    building : Building
        Footprint [m] (counter-clockwise; clockwise is accepted), eaves height [m] and
        roof shape.
    mounting_roof : Mounting
        Mounting of the roof surfaces.
    mounting_facade : Mounting
        Mounting of the facades.

    Returns
    -------
    tuple of Surface
        The roof surfaces, then one facade per footprint edge in edge order; the order,
        ids, names and origins follow the conventions of this module.

    Raises
    ------
    GeometryError
        If the footprint has fewer than 3 points, repeated points, no area or crosses
        itself, the height is not positive, the roof parameters are out of range, or a
        gable or saw-tooth roof sits on a footprint that is not a rectangle aligned with
        the roof.

    Notes
    -----
    A roof plane of slope s over a footprint strip of horizontal area A has the area
    ``A / cos(s)``: lengths along the slope are horizontal lengths over ``cos(s)``.
    The outward normal of the counter-clockwise edge (dx, dy) is (dy, -dx), so the
    facade azimuth is ``atan2(dy, -dx)``.
    """
    points, starts, ends = _validated_footprint(building)
    section = _SECTION_BUILDERS[building.roof.roof_type](building, points)
    roofs = _roof_surfaces(building, points, section, mounting_roof)
    facades = tuple(
        _facade(building, number, start, end, section, mounting_facade)
        for number, (start, end) in enumerate(zip(starts, ends, strict=True), start=1)
    )
    return _numbered_repeated_names(roofs + facades)


def compass_point(surface_azimuth: float) -> Text:
    """Nearest of the eight compass points (N, NE, ... NW) to an azimuth [degrees]."""
    return _COMPASS_POINTS[int(np.floor(surface_azimuth / 45.0 + 0.5)) % 8]


def _error(building: Building, expected: Text) -> GeometryError:
    return GeometryError(
        N_("Errors", "building {name} ({id}): {expected}").format(
            name=repr(building.name), id=building.id, expected=expected
        )
    )


def _validated_footprint(building: Building) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Footprint points and the start and end of each edge, edges counter-clockwise.

    Edge k keeps its place in the footprint's order; on a clockwise footprint its start
    and end are swapped so that the outside is on its right.
    """
    expected = N_("Errors", "a footprint needs at least 3 points (x, y) [m], got {points}").format(
        points=repr(building.footprint)
    )
    try:
        points = np.asarray(building.footprint, dtype=float)
    except (TypeError, ValueError):
        raise _error(building, expected) from None
    if points.ndim != 2 or points.shape[1] != 2 or len(points) < 3:
        raise _error(building, expected)
    if not np.all(np.isfinite(points)):
        raise _error(
            building, N_("Errors", "footprint coordinates must be finite numbers of metres")
        )
    if not 0.0 < building.height_m < np.inf:
        raise _error(
            building,
            N_("Errors", "height_m must be a finite height above 0 m, got {height}").format(
                height=building.height_m
            ),
        )
    following = np.roll(points, -1, axis=0)
    short = np.flatnonzero(np.hypot(*(following - points).T) < TOLERANCE_M)
    if short.size:
        k = int(short[0])
        raise _error(
            building,
            N_(
                "Errors",
                "footprint points {first} and {second} coincide; consecutive points must differ",
            ).format(first=k + 1, second=(k + 1) % len(points) + 1),
        )
    polygon = shapely.Polygon(points)
    if shapely.make_valid(polygon).area < TOLERANCE_M**2:
        raise _error(
            building,
            N_("Errors", "a footprint must enclose an area, got 0 m2 (points on a line)"),
        )
    if not polygon.is_valid:
        raise _error(
            building,
            N_("Errors", "a footprint must not cross itself, got {reason}").format(
                reason=shapely.is_valid_reason(polygon)
            ),
        )
    if signed_area(points) < 0.0:
        return points, following, points
    return points, points, following


def _horizontal(azimuth: float) -> FloatArray:
    """Horizontal unit vector (x, y) towards an azimuth [degrees]."""
    angle = np.radians(azimuth)
    return np.array([np.sin(angle), np.cos(angle)])


def _axis_frame(axis_azimuth: float) -> FloatArray:
    """Rows: the section axis and its counter-clockwise normal; ``wc = xy @ frame.T``."""
    along = _horizontal(axis_azimuth)
    return np.array([along, [-along[1], along[0]]])


def _section_coordinates(points: FloatArray, axis_azimuth: float) -> FloatArray:
    """Points (w, c) [m]: w along the section axis, c across it.

    Every use goes through here, so that the ends of the section and the bounds of the
    footprint clipped into strips are the very same numbers.
    """
    return points @ _axis_frame(axis_azimuth).T


def _w_range(points: FloatArray, axis_azimuth: float) -> tuple[float, float]:
    w = _section_coordinates(points, axis_azimuth)[:, 0]
    return float(w.min()), float(w.max())


def _normalised_azimuth(azimuth: float) -> float:
    """Azimuth in [0, 360) [degrees]."""
    wrapped = float(azimuth) % 360.0
    return 0.0 if wrapped >= 360.0 else wrapped


ROOF_LABELS = {
    RoofType.FLAT: N_("Errors", "flat"),
    RoofType.MONO_PITCH: N_("Errors", "mono-pitch"),
    RoofType.GABLE: N_("Errors", "gable"),
    RoofType.SAW_TOOTH: N_("Errors", "saw-tooth"),
}
"""Roof types as the refusals name them."""


def _roof_label(building: Building) -> Text:
    return ROOF_LABELS[building.roof.roof_type]


def _checked_slope(building: Building, *, allow_zero: bool) -> float:
    slope = building.roof.slope_deg
    above_low = slope >= 0.0 if allow_zero else slope > 0.0
    if not (above_low and slope < 90.0):
        interval = "[0, 90)" if allow_zero else "(0, 90)"
        raise _error(
            building,
            N_(
                "Errors", "a {roof} roof needs slope_deg in {interval} degrees, got {slope}"
            ).format(roof=_roof_label(building), interval=interval, slope=slope),
        )
    return slope


def _checked_direction(building: Building) -> float:
    direction = building.roof.direction_deg
    if not np.isfinite(direction):
        raise _error(
            building,
            N_("Errors", "a {roof} roof needs a finite direction_deg, got {direction}").format(
                roof=_roof_label(building), direction=direction
            ),
        )
    return direction


def _flat_section(building: Building, points: FloatArray) -> _Section:
    w_start, w_end = _w_range(points, FLAT_ROOF_AZIMUTH)
    height = building.height_m
    piece = _Piece(w_start, w_end, height, height, 0.0, FLAT_ROOF_AZIMUTH, "roof")
    return _Section(FLAT_ROOF_AZIMUTH, (piece,))


def _mono_pitch_section(building: Building, points: FloatArray) -> _Section:
    """One plane facing ``direction_deg``, its lowest footprint point at eaves height."""
    slope = _checked_slope(building, allow_zero=True)
    azimuth = _normalised_azimuth(_checked_direction(building))
    w_start, w_end = _w_range(points, azimuth)
    rise = np.tan(np.radians(slope)) * (w_end - w_start)
    height = building.height_m
    piece = _Piece(w_start, w_end, height + rise, height, slope, azimuth, "roof")
    return _Section(azimuth, (piece,))


def _gable_section(building: Building, points: FloatArray) -> _Section:
    """Two planes meeting at a ridge along the middle of a rectangle."""
    slope = _checked_slope(building, allow_zero=True)
    ridge_azimuth = _checked_direction(building) % 180.0
    axis = _normalised_azimuth(ridge_azimuth + 270.0)
    _require_aligned_rectangle(building, points, axis, N_("Errors", "the ridge"))
    w_start, w_end = _w_range(points, axis)
    w_ridge = 0.5 * (w_start + w_end)
    height = building.height_m
    ridge = height + np.tan(np.radians(slope)) * (w_ridge - w_start)
    rising = _Piece(
        w_start, w_ridge, height, ridge, slope, _normalised_azimuth(ridge_azimuth + 90.0), "roof"
    )
    falling = _Piece(w_ridge, w_end, ridge, height, slope, axis, "roof")
    return _Section(axis, (rising, falling))


def _saw_tooth_section(building: Building, points: FloatArray) -> _Section:
    """Teeth along ``direction_deg``: a sloped PV side, then vertical glazing facing it."""
    slope = _checked_slope(building, allow_zero=False)
    glazing_azimuth = _normalised_azimuth(_checked_direction(building))
    tooth_width = building.roof.tooth_width_m
    if not tooth_width >= TOLERANCE_M:
        raise _error(
            building,
            N_("Errors", "a saw-tooth roof needs tooth_width_m above 0 m, got {width}").format(
                width=tooth_width
            ),
        )
    _require_aligned_rectangle(
        building, points, glazing_azimuth, N_("Errors", "the glazing direction")
    )
    w_start, w_end = _w_range(points, glazing_azimuth)
    bounds = _tooth_bounds(w_start, w_end, tooth_width)
    pv_azimuth = _normalised_azimuth(glazing_azimuth + 180.0)
    gradient = np.tan(np.radians(slope))
    height = building.height_m
    pieces: list[_Piece] = []
    for low, high in pairwise(bounds):
        ridge = height + gradient * (high - low)
        pieces.append(_Piece(low, high, height, ridge, slope, pv_azimuth, "roof"))
        pieces.append(_Piece(high, high, ridge, height, 90.0, glazing_azimuth, "glazing"))
    return _Section(glazing_azimuth, tuple(pieces))


def _tooth_bounds(w_start: float, w_end: float, tooth_width: float) -> list[float]:
    """Positions where teeth begin and end [m]; a last tooth may be narrower."""
    whole = int(np.floor((w_end - w_start + TOLERANCE_M) / tooth_width))
    bounds = [w_start + k * tooth_width for k in range(whole + 1)]
    if w_end - bounds[-1] > TOLERANCE_M:
        bounds.append(w_end)
    else:
        bounds[-1] = w_end
    return bounds


_SECTION_BUILDERS: dict[RoofType, Callable[[Building, FloatArray], _Section]] = {
    RoofType.FLAT: _flat_section,
    RoofType.MONO_PITCH: _mono_pitch_section,
    RoofType.GABLE: _gable_section,
    RoofType.SAW_TOOTH: _saw_tooth_section,
}


def _require_aligned_rectangle(
    building: Building, points: FloatArray, axis_azimuth: float, what: str
) -> None:
    """Raise unless the footprint is a rectangle with sides along and across the axis.

    Both are checked in metres: the diagonals to :data:`TOLERANCE_M`, and the far end
    of a side may leave the axis direction by no more than that.
    """
    corners = _drop_redundant(points)
    label = _roof_label(building)
    if not _is_rectangle(corners):
        raise _error(
            building,
            N_(
                "Errors",
                "{roof} roofs need a rectangular footprint (to {tolerance} m), got {count} "
                "points that do not form one",
            ).format(roof=label, tolerance=TOLERANCE_M, count=len(points)),
        )
    side = corners[1] - corners[0]
    along = _horizontal(axis_azimuth)
    if abs(_cross(side, along)) > TOLERANCE_M and abs(side @ along) > TOLERANCE_M:
        bearing = np.degrees(np.arctan2(side[0], side[1])) % 180.0
        raise _error(
            building,
            N_(
                "Errors",
                "on a {roof} roof {what} must run along a footprint side (sides at "
                "{bearing:.3f} and {other:.3f} degrees), got direction_deg {direction}",
            ).format(
                roof=label,
                what=what,
                bearing=bearing,
                other=(bearing + 90.0) % 180.0,
                direction=building.roof.direction_deg,
            ),
        )


def _is_rectangle(corners: FloatArray) -> bool:
    """Four corners whose diagonals bisect each other and have equal length."""
    if len(corners) != 4:
        return False
    first = corners[2] - corners[0]
    second = corners[3] - corners[1]
    bisect = np.allclose(corners[0] + corners[2], corners[1] + corners[3], atol=TOLERANCE_M)
    return bool(bisect and abs(np.hypot(*first) - np.hypot(*second)) <= TOLERANCE_M)


def _drop_redundant(points: FloatArray) -> FloatArray:
    """The ring without repeated points and points on the line between their neighbours."""
    kept = list(points)
    i = 0
    while i < len(kept) and len(kept) > 3:
        if _deviation(kept[i - 1], kept[i], kept[(i + 1) % len(kept)]) <= TOLERANCE_M:
            del kept[i]
            i = max(i - 1, 0)
        else:
            i += 1
    return np.array(kept)


def _deviation(before: FloatArray, point: FloatArray, after: FloatArray) -> float:
    """Distance [m] of a point from the line through its neighbours."""
    chord = after - before
    offset = point - before
    length = float(np.hypot(*chord))
    if length <= TOLERANCE_M:
        return float(np.hypot(*offset))
    return abs(_cross(chord, offset)) / length


def _cross(first: FloatArray, second: FloatArray) -> float:
    """z component of the cross product of two horizontal vectors [m2]."""
    return float(first[0] * second[1] - first[1] * second[0])


def _roof_surfaces(
    building: Building, points: FloatArray, section: _Section, mounting: Mounting
) -> tuple[Surface, ...]:
    frame = _axis_frame(section.axis_azimuth)
    words = naming_words(building.name)
    footprint = shapely.Polygon(_section_coordinates(points, section.axis_azimuth))
    surfaces = []
    for number, piece in enumerate(section.pieces, start=1):
        corners = _piece_corners(footprint, piece, frame)
        outline, origin = _plane_outline(corners, piece.surface_tilt, piece.surface_azimuth)
        bearing = (
            f" {words(compass_point(piece.surface_azimuth))}" if piece.surface_tilt > 0 else ""
        )
        surfaces.append(
            Surface(
                id=f"{building.id}/roof-{number}",
                name=f"{building.name} {words(SURFACE_WORDS[piece.label])}{bearing}",
                kind=SurfaceKind.ROOF,
                building_id=building.id,
                outline=outline,
                origin=origin,
                surface_tilt=piece.surface_tilt,
                surface_azimuth=piece.surface_azimuth,
                mounting=mounting,
            )
        )
    return tuple(surfaces)


def _piece_corners(footprint: shapely.Polygon, piece: _Piece, frame: FloatArray) -> FloatArray:
    """Site corners (x, y, z) [m] of the surface a piece makes over the footprint.

    ``footprint`` is in section coordinates (w, c). A sloped piece covers the strip of
    the footprint between its ends; a vertical piece spans the footprint's whole width
    across the axis, which is exact on the rectangles that carry vertical pieces.
    """
    _, c_min, _, c_max = footprint.bounds
    if piece.is_vertical:
        w = piece.w_start
        wcz = np.array(
            [
                [w, c_min, piece.z_start],
                [w, c_max, piece.z_start],
                [w, c_max, piece.z_end],
                [w, c_min, piece.z_end],
            ]
        )
    else:
        strip = shapely.clip_by_rect(footprint, piece.w_start, c_min, piece.w_end, c_max)
        wc = np.asarray(strip.exterior.coords)[:-1]
        wcz = np.column_stack([wc, piece.height(wc[:, 0])])
    return np.column_stack([wcz[:, :2] @ frame, wcz[:, 2]])


def _plane_outline(
    corners: FloatArray, surface_tilt: float, surface_azimuth: float
) -> tuple[tuple[Point2, ...], Point3]:
    """Outline and origin of the plane through site corners [m].

    The outline runs counter-clockwise from its lowest vertex (the leftmost of those
    within the tolerance of the lowest), with the lower-left corner of its bounding
    box at the origin.
    """
    uv = site_to_plane(corners, corners[0], surface_tilt, surface_azimuth)
    lower_left = uv.min(axis=0)
    uv = uv - lower_left
    if signed_area(uv) < 0.0:
        uv = uv[::-1]
    lowest = np.flatnonzero(uv[:, 1] <= TOLERANCE_M)
    uv = np.roll(uv, -lowest[np.argmin(uv[lowest, 0])], axis=0)
    x, y, z = plane_to_site(lower_left, corners[0], surface_tilt, surface_azimuth)[0]
    return _as_points(uv), (float(x), float(y), float(z))


def _facade(
    building: Building,
    number: int,
    start: FloatArray,
    end: FloatArray,
    section: _Section,
    mounting: Mounting,
) -> Surface:
    """The vertical wall on one footprint edge, from the ground to the roof."""
    dx, dy = end - start
    length = float(np.hypot(dx, dy))
    azimuth = _normalised_azimuth(np.degrees(np.arctan2(dy, -dx)))
    w_left, w_right = _section_coordinates(np.stack([start, end]), section.axis_azimuth)[:, 0]
    top = _wall_top(section, float(w_left), float(w_right), length)
    outline = _drop_redundant(np.vstack([[0.0, 0.0], [length, 0.0], top]))
    words = naming_words(building.name)
    return Surface(
        id=f"{building.id}/facade-{number}",
        name=f"{building.name} {words(SURFACE_WORDS['facade'])} {words(compass_point(azimuth))}",
        kind=SurfaceKind.FACADE,
        building_id=building.id,
        outline=_as_points(outline),
        origin=(float(start[0]), float(start[1]), 0.0),
        surface_tilt=90.0,
        surface_azimuth=azimuth,
        mounting=mounting,
    )


def _wall_top(section: _Section, w_left: float, w_right: float, length: float) -> FloatArray:
    """Top edge (u, z) [m] of a wall whose ends sit at w_left and w_right, from u = length.

    A wall across the axis (its ends within the tolerance along it) ends at the lowest
    roof line above each end, so that saw-tooth glazing standing on an end wall stays a
    surface of its own.
    """
    if abs(w_right - w_left) <= TOLERANCE_M:
        return np.array(
            [[length, _lowest_height(section, w_right)], [0.0, _lowest_height(section, w_left)]]
        )
    low, high = sorted((w_left, w_right))
    wz = []
    for piece in section.pieces:
        first, last = max(piece.w_start, low), min(piece.w_end, high)
        if last >= first - TOLERANCE_M:
            z_first, z_last = piece.heights(first, last)
            wz += [(first, z_first), (last, z_last)]
    profile = np.array(wz)
    u = np.clip((profile[:, 0] - w_left) / (w_right - w_left) * length, 0.0, length)
    top = np.column_stack([u, profile[:, 1]])
    return top[::-1] if w_right > w_left else top


def _lowest_height(section: _Section, w: float) -> float:
    """Lowest roof height [m] at a position along the axis."""
    heights = []
    for piece in section.pieces:
        if piece.w_start - TOLERANCE_M <= w <= piece.w_end + TOLERANCE_M:
            clamped = min(max(w, piece.w_start), piece.w_end)
            heights.extend(piece.heights(clamped, clamped))
    return min(heights)


def _as_points(array: FloatArray) -> tuple[Point2, ...]:
    """Plain float pairs; adding 0.0 turns a negative zero into zero."""
    return tuple((float(u) + 0.0, float(v) + 0.0) for u, v in array)


def _numbered_repeated_names(surfaces: tuple[Surface, ...]) -> tuple[Surface, ...]:
    """Surfaces whose name occurs more than once get " 1", " 2", ... in order."""
    totals = Counter(surface.name for surface in surfaces)
    seen: Counter[str] = Counter()
    numbered = []
    for surface in surfaces:
        if totals[surface.name] > 1:
            seen[surface.name] += 1
            surface = replace(surface, name=f"{surface.name} {seen[surface.name]}")
        numbered.append(surface)
    return tuple(numbered)
