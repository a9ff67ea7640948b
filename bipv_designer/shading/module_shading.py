"""Beam shading of every module's substrings over a year.

Table method (as PVsyst): the shaded share of each substring is computed for sun
directions on a grid (AZIMUTH_STEP_DEG x ELEVATION_STEP_DEG) covering only the cells the
sun crosses at the site, then interpolated bilinearly to each hour's sun. Exact method:
the shares are computed for each daylight hour's own sun direction. Either way the
annual beam loss of a module weights each hour by the beam irradiance on its plane.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
from msgspec import Struct, field

from bipv_designer.errors import Cancelled
from bipv_designer.geometry.frames import plane_axes
from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.layout.planes import module_planes
from bipv_designer.project.model import Project
from bipv_designer.shading.electrical import (
    module_level_arrays,
    module_level_beam_factor,
    string_beam_factor,
)
from bipv_designer.shading.occluders import occluders
from bipv_designer.shading.plane_cache import PlaneCache, code_digest
from bipv_designer.shading.plane_shadows import PlaneShaders
from bipv_designer.shading.rack_rows import rack_faces
from bipv_designer.shading.raster import PlaneRaster
from bipv_designer.shading.site_obstacles import deciduous_faces, is_deciduous
from bipv_designer.shading.substrings import POINTS_PER_SUBSTRING, substring_points

AZIMUTH_STEP_DEG = 2.5
ELEVATION_STEP_DEG = 2.5
"""Grid of the sun-direction table [degrees]. Measured on a flat roof with a 1 m parapet
and a 2 m rooftop unit in Nanjing (tests/shading/test_module_shading.py), against the
exact hours: 5 x 2.5 degrees gives modules' annual beam loss within 1.0 percentage point
at the 95th percentile, 2.5 x 2.5 within 0.36 (0.5 wanted) for 1.5 times the nodes."""


class SunHours(Struct, frozen=True):
    """The daylight hours of a year: the sun's apparent elevation and azimuth [degrees],
    the direct normal irradiance [W/m2] and the month (1-12; for trees' leaves) of
    each."""

    elevation: np.ndarray
    azimuth: np.ndarray
    dni: np.ndarray
    month: np.ndarray | None = None

    @classmethod
    def from_weather(cls, weather, latitude: float, longitude: float, altitude: float):
        """The hours of ``weather`` (WeatherData) with the sun up, at the site."""
        return daylight_hours(weather, latitude, longitude, altitude)[0]

    def directions(self) -> np.ndarray:
        """Unit vectors towards the sun, (H, 3)."""
        return sun_vectors(self.elevation, self.azimuth)


def daylight_hours(
    weather, latitude: float, longitude: float, altitude: float, position=None
) -> tuple[SunHours, np.ndarray]:
    """The records of ``weather`` (WeatherData) with the sun up and direct light, and
    which records they are (a boolean mask over the records). ``position`` (a frame
    with ``apparent_zenith`` and ``azimuth`` per record, as the simulation's
    ``sun_positions``) saves computing the sun again."""
    if position is None:
        import pvlib

        position = pvlib.solarposition.get_solarposition(
            weather.solar_times, latitude, longitude, altitude
        )
    elevation = 90.0 - position["apparent_zenith"].to_numpy()
    dni = weather.data["dni"].to_numpy()
    up = (elevation > 0.0) & (dni > 0.0)
    month = weather.data.index.month.to_numpy()
    return SunHours(elevation[up], position["azimuth"].to_numpy()[up], dni[up], month[up]), up


def sun_vectors(elevation: np.ndarray, azimuth: np.ndarray) -> np.ndarray:
    """Unit vectors (n, 3) towards the sun (x east, y north, z up)."""
    e, a = np.radians(elevation), np.radians(azimuth)
    return np.column_stack([np.sin(a) * np.cos(e), np.cos(a) * np.cos(e), np.sin(e)])


IN_LEAF, BARE = "in leaf", "bare"
"""The two states of deciduous trees a shading can be computed for."""


def shaded_points(
    project: Project,
    elevation: np.ndarray,
    azimuth: np.ndarray,
    cancel: Callable[[], bool] | None = None,
    *,
    bare_trees: bool = False,
    cache: PlaneCache | None = None,
) -> dict[str, np.ndarray]:
    """How many of the :data:`POINTS_PER_SUBSTRING` sample points of each substring of
    each placed module lie in shadow for each sun direction (``elevation``,
    ``azimuth`` [degrees], M of them): ``{array_id: (M, N, S)}`` (uint8) for N modules,
    S substrings; all of them when the sun is behind the module's plane.

    Modules on racks are shaded by the rows in front (:mod:`rack_rows`) and by
    everything else on the plane through the racks' middle height. Receiving planes are
    independent, so they are shared out over the machine's cores on threads.
    ``cancel()`` is asked between sun directions; when it says so, Cancelled is raised.
    With ``bare_trees``, the trees that lose their leaves are left out. With ``cache``
    (:mod:`plane_cache`), a receiving plane whose modules, sun directions and reaching
    faces are the same as in an earlier call is not computed again: moving an obstacle
    recomputes only the planes it can shade.
    """
    kind = BARE if bare_trees else IN_LEAF
    return _shaded_points(project, elevation, azimuth, cancel, {kind: cache})[kind]


def shaded_points_in_leaf_and_bare(
    project: Project,
    elevation: np.ndarray,
    azimuth: np.ndarray,
    cancel: Callable[[], bool] | None = None,
    *,
    caches: tuple[PlaneCache | None, PlaneCache | None] = (None, None),
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """:func:`shaded_points` with the deciduous trees in leaf and bare (``caches`` for
    each), in one pass over the sun directions: everything but those trees is projected
    and drawn once for both."""
    found = _shaded_points(
        project, elevation, azimuth, cancel, {IN_LEAF: caches[0], BARE: caches[1]}
    )
    return found[IN_LEAF], found[BARE]


def _shaded_points(
    project: Project,
    elevation: np.ndarray,
    azimuth: np.ndarray,
    cancel: Callable[[], bool] | None,
    caches: dict[str, PlaneCache | None],
) -> dict[str, dict[str, np.ndarray]]:
    """The shaded points of each kind asked for (:data:`IN_LEAF`, :data:`BARE`), each
    with its cache. Faces are split into a base (everything, or everything but the
    deciduous trees when the bare state is asked for) and those trees' crowns, drawn
    over the base's shadows for the state in leaf."""
    both = BARE in caches
    base_faces = occluders(project, bare_trees=both)
    crown_faces = deciduous_faces(project) if both and IN_LEAF in caches else []
    directions = sun_vectors(np.asarray(elevation), np.asarray(azimuth) % 360.0)
    receivers: dict[tuple[str, float], list] = {}
    for array in project.arrays:
        if array.placements:
            points = substring_points(placement_outlines_uv(project, array))
            faces = rack_faces(project, array, points)
            raised = 0.0 if faces is None else faces.mid_height_m
            receivers.setdefault((array.surface_id, raised), []).append((array, points, faces))
    workers = min(len(receivers), os.cpu_count() or 1) or 1
    used: dict[str, dict[bytes, dict[str, np.ndarray]]] = {kind: {} for kind in caches}

    def receiver_points(item) -> dict[str, dict[str, np.ndarray]]:
        (surface_id, raised), arrays = item
        every = np.concatenate([points.reshape(-1, 2) for _, points, _ in arrays])
        box = (*every.min(axis=0), *every.max(axis=0))
        surface = project.surface(surface_id)
        base = PlaneShaders(base_faces, surface, raised)
        base.keep_reaching(box, directions)
        crowns = PlaneShaders(crown_faces, surface, raised)
        crowns.keep_reaching(box, directions)
        faces = {BARE: (base,), IN_LEAF: (base, crowns)}
        keys = {kind: _receiver_key(faces[kind], arrays, directions) for kind in caches}
        found = {
            kind: None if cache is None else cache.get(keys[kind])
            for kind, cache in caches.items()
        }
        missing = [kind for kind, counts in found.items() if counts is None]
        if missing:
            computed = _plane_points(
                base, crowns, arrays, directions, elevation, azimuth, missing, cancel
            )
            found.update(computed)
        for kind in caches:
            used[kind][keys[kind]] = found[kind]
        return found

    results: dict[str, dict[str, np.ndarray]] = {kind: {} for kind in caches}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for found in pool.map(receiver_points, receivers.items()):
            for kind, counts in found.items():
                results[kind].update(counts)
    for kind, cache in caches.items():
        if cache is not None:
            cache.store(used[kind])
    return results


def _receiver_key(
    shaders: tuple[PlaneShaders, ...], arrays: list, directions: np.ndarray
) -> bytes:
    """What a receiving plane's result depends on: the code, its reaching faces, its
    modules' sample points and rack rows, and the sun directions."""
    hasher = hashlib.blake2b(code_digest(), digest_size=16)
    for part in shaders:
        hasher.update(part.digest())
    hasher.update(np.ascontiguousarray(directions).tobytes())
    for array, points, faces in arrays:
        hasher.update(array.id.encode())
        hasher.update(np.ascontiguousarray(points).tobytes())
        if faces is not None:
            hasher.update(repr((faces.racks, faces.section)).encode())
    return hasher.digest()


def _plane_points(
    base: PlaneShaders,
    crowns: PlaneShaders,
    arrays: list,
    directions: np.ndarray,
    elevation: np.ndarray,
    azimuth: np.ndarray,
    kinds: list[str],
    cancel: Callable[[], bool] | None = None,
) -> dict[str, dict[str, np.ndarray]]:
    """:func:`shaded_points` of the arrays (array, sample points, rack faces or None)
    on one receiving plane, for each of ``kinds``: the shadows of ``base`` (bare), and
    those with the shadows of ``crowns`` drawn over them (in leaf)."""
    every = np.concatenate([points.reshape(-1, 2) for _, points, _ in arrays])
    within = (*every.min(axis=0), *every.max(axis=0))
    raster = PlaneRaster(within)
    # points first, so that counting adds whole contiguous planes (k, N, S)
    pixels = [np.moveaxis(raster.pixels(points), -1, 0).copy() for _, points, _ in arrays]
    counts = {
        kind: [
            np.zeros((len(directions), *points.shape[:2]), dtype=np.uint8)
            for _, points, _ in arrays
        ]
        for kind in kinds
    }
    for m, direction in enumerate(directions):
        if cancel is not None and cancel():
            raise Cancelled("near shading cancelled")
        outlines = base.outlines(direction, within)
        if outlines is None:
            for kind_counts in counts.values():
                for count in kind_counts:
                    count[m] = POINTS_PER_SUBSTRING
            continue
        covered = {BARE: raster.covered(outlines).view(np.uint8) if outlines else None}
        if IN_LEAF in counts:
            crown_outlines = crowns.outlines(direction, within)
            crown_cover = raster.covered(crown_outlines).view(np.uint8) if crown_outlines else None
            if crown_cover is None or covered[BARE] is None:
                covered[IN_LEAF] = covered[BARE] if crown_cover is None else crown_cover
            else:
                covered[IN_LEAF] = covered[BARE] | crown_cover
        racks = [
            None if faces is None else faces.shaded(elevation[m], azimuth[m])
            for _, _, faces in arrays
        ]
        for kind, kind_counts in counts.items():
            for shaded, where, count in zip(racks, pixels, kind_counts, strict=True):
                if covered[kind] is not None:
                    hit = covered[kind][where]
                    if shaded is not None:
                        hit |= np.moveaxis(shaded, -1, 0)
                elif shaded is not None and shaded.any():
                    hit = np.moveaxis(shaded, -1, 0).view(np.uint8)
                else:
                    continue
                count[m] = hit.sum(axis=0, dtype=np.uint8)
    return {
        kind: {array.id: count for (array, _, _), count in zip(arrays, kind_counts, strict=True)}
        for kind, kind_counts in counts.items()
    }


class SunTable(Struct, frozen=True):
    """Grid nodes of sun directions around the hours' suns, and each hour's four nodes
    with their bilinear weights."""

    elevation: np.ndarray
    azimuth: np.ndarray
    corners: np.ndarray
    weights: np.ndarray

    @classmethod
    def around(cls, hours: SunHours) -> SunTable:
        """The nodes of the grid cells the sun crosses at the site."""
        a = hours.azimuth / AZIMUTH_STEP_DEG
        e = hours.elevation / ELEVATION_STEP_DEG
        a0, e0 = np.floor(a), np.floor(e)
        fa, fe = a - a0, e - e0
        node_a = np.stack([a0, a0 + 1, a0, a0 + 1], axis=1)
        node_e = np.stack([e0, e0, e0 + 1, e0 + 1], axis=1)
        weights = np.stack([(1 - fa) * (1 - fe), fa * (1 - fe), (1 - fa) * fe, fa * fe], axis=1)
        keys = (node_a * 1000 + node_e).astype(np.int64)
        unique, corners = np.unique(keys.ravel(), return_inverse=True)
        return cls(
            elevation=(unique % 1000) * ELEVATION_STEP_DEG,
            azimuth=(unique // 1000) * AZIMUTH_STEP_DEG,
            corners=corners.reshape(keys.shape),
            weights=weights,
        )


class BeamFactors(Struct, frozen=True):
    """Shaded sample points of each module at sun-direction nodes, and how the hours
    draw on the nodes (four bilinear corners for the table; each hour its own node for
    the exact method).

    Deciduous trees: ``bare_points`` are the points shaded without them, and
    ``transparency`` the share of light their crowns let through at each hour (0 in
    leaf); an hour's factor is the one in leaf plus that share of the difference.

    Attributes
    ----------
    node_points : dict of array id -> ndarray (M, N, S) of uint8
        Shaded points of each substring (:func:`shaded_points`).
    module_level : frozenset of str  arrays with module-level electronics
    corners : ndarray (H, C)  node index of each corner of each hour
    weights : ndarray (H, C)  their weights (rows sum to 1)
    bare_points : dict like node_points, or None without deciduous trees
    transparency : ndarray (H,) or None
    """

    node_points: dict[str, np.ndarray]
    module_level: frozenset[str]
    corners: np.ndarray
    weights: np.ndarray
    bare_points: dict[str, np.ndarray] | None = None
    transparency: np.ndarray | None = None
    _factors: dict = field(default_factory=dict)
    """Factors already worked out, by (array id, kind, bare)."""

    def node_factors(self, array_id: str, kind: str, *, bare: bool = False) -> np.ndarray:
        """Share of each module's beam kept at each node (M, N) [-]: ``"area"`` the
        share of its area in the sun, ``"electrical"`` the share of its beam power its
        electronics keep (:mod:`electrical`; the area share for module-level ones);
        with ``bare``, deciduous trees without their leaves."""
        area = kind == "area" or array_id in self.module_level
        key = (array_id, area, bare)
        if key not in self._factors:
            points = (self.bare_points if bare else self.node_points)[array_id]
            factor = module_level_beam_factor if area else string_beam_factor
            self._factors[key] = factor(points)
        return self._factors[key]

    def hourly(self, array_id: str, kind: str = "electrical") -> np.ndarray:
        """The factors of an array's modules at each hour, (H, N)."""
        return self._at_hours(lambda bare: self.node_factors(array_id, kind, bare=bare))

    def hourly_mean(self, array_id: str, kind: str = "electrical") -> np.ndarray:
        """The mean factor of an array's modules at each hour, (H,)."""
        return self._at_hours(
            lambda bare: self.node_factors(array_id, kind, bare=bare).mean(axis=1, keepdims=True)
        )[:, 0]

    def hourly_strings(self, array_id: str, members: np.ndarray) -> np.ndarray:
        """Share of unshaded substrings of each string at each hour (H, S), for the
        strings ``members`` (N,) gives the modules (-1: in none)."""
        strung = np.flatnonzero(members >= 0)
        if not len(strung):
            return np.ones((len(self.corners), 1))
        order = strung[np.argsort(members[strung], kind="stable")]
        starts = np.flatnonzero(np.r_[True, np.diff(members[order]) != 0])
        sizes = np.diff(np.r_[starts, len(order)])

        def per_string(bare: bool) -> np.ndarray:
            factors = self.node_factors(array_id, "electrical", bare=bare)[:, order]
            return np.add.reduceat(factors, starts, axis=1) / sizes

        return self._at_hours(per_string)

    def lost_beam(self, array_id: str, beam: np.ndarray, kind: str = "electrical") -> np.ndarray:
        """Beam lost by each module over the hours, (N,), for the beam ``beam`` (H,) on
        its plane: the hours' beam gathered on the nodes, then weighted by each node's
        lost share (exactly 0 for a module never shaded)."""
        factors = self.node_factors(array_id, kind)
        lost = self._node_sums(beam, len(factors)) @ (1.0 - factors)
        if self.bare_points is None:
            return lost
        gained = self.node_factors(array_id, kind, bare=True) - factors
        return lost - self._node_sums(beam * self.transparency, len(factors)) @ gained

    def _node_sums(self, values: np.ndarray, nodes: int) -> np.ndarray:
        """Hourly ``values`` (H,) gathered on the nodes by the hours' weights (M,)."""
        return np.bincount(
            self.corners.ravel(), (self.weights * values[:, None]).ravel(), minlength=nodes
        )

    def _at_hours(self, node_values: Callable[[bool], np.ndarray]) -> np.ndarray:
        leafy = interpolated(node_values(False), self.corners, self.weights)
        if self.bare_points is None:
            return leafy
        bare = interpolated(node_values(True), self.corners, self.weights)
        return leafy + self.transparency[:, None] * (bare - leafy)


def beam_factors(
    project: Project,
    hours: SunHours,
    *,
    exact: bool = False,
    cancel: Callable[[], bool] | None = None,
    cache: PlaneCache | None = None,
) -> BeamFactors:
    """The modules' beam factors by the sun-direction table (PVsyst interpolates its
    shading factors between the table's nodes the same way), or per hour with
    ``exact``; ``cache`` as :func:`shaded_points`."""
    module_level = frozenset(module_level_arrays(project))
    if exact:
        elevation, azimuth = hours.elevation, hours.azimuth
        corners = np.arange(len(hours.dni))[:, None]
        weights = np.ones_like(corners, dtype=float)
    else:
        table = SunTable.around(hours)
        elevation, azimuth = np.maximum(table.elevation, 0.0), table.azimuth % 360.0
        corners, weights = table.corners, table.weights
    transparency = leaf_off_transparency(project, hours)
    if transparency is None:
        counts = shaded_points(
            project, elevation, azimuth, cancel, cache=cache_part(cache, IN_LEAF)
        )
        return BeamFactors(counts, module_level, corners, weights)
    counts, bare = shaded_points_in_leaf_and_bare(
        project,
        elevation,
        azimuth,
        cancel,
        caches=(cache_part(cache, IN_LEAF), cache_part(cache, BARE)),
    )
    return BeamFactors(counts, module_level, corners, weights, bare, transparency)


def cache_part(cache: PlaneCache | None, name: str) -> PlaneCache | None:
    """The part of a cache kept for one kind of :func:`shaded_points` call."""
    return None if cache is None else cache.part(name)


def leaf_off_transparency(project: Project, hours: SunHours) -> np.ndarray | None:
    """Share of the light the deciduous trees' crowns let through at each hour (H,):
    their mean transparency over the trees bare in the hour's month (0 in leaf); None
    without deciduous trees. (Trees of one line share their calendar; for trees with
    different calendars this mean is an approximation.)"""
    trees = [o for o in project.obstacles if is_deciduous(o)]
    if not trees:
        return None
    if hours.month is None:
        raise ValueError("the hours need their months for deciduous trees")
    shares = [
        np.where(np.isin(hours.month, tree.leaf_off_months), tree.leaf_off_transparency, 0.0)
        for tree in trees
    ]
    return np.mean(shares, axis=0)


class BeamLosses(Struct, frozen=True):
    """Annual beam shading losses as shares of the beam on the modules' plane [-]:
    ``area`` the beam falling on shaded cells, ``electrical`` what the electronics lose
    on top (bypassed substrings); numbers for each module (N,) or a surface (floats)."""

    area: np.ndarray | float
    electrical: np.ndarray | float


def annual_beam_losses(
    project: Project, hours: SunHours, factors: BeamFactors
) -> tuple[dict[str, BeamLosses], dict[str, BeamLosses]]:
    """Annual beam shading losses weighted by the beam on the modules' plane, of each
    module ``{array_id: BeamLosses}`` and of each surface (modules pooled)
    ``{surface_id: BeamLosses}``."""
    per_module: dict[str, BeamLosses] = {}
    pooled: dict[str, list[np.ndarray]] = {}
    for array in project.arrays:
        if array.id not in factors.node_points:
            continue
        beam = beam_on_modules(project, array, hours)
        total = float(beam.sum())
        area = factors.lost_beam(array.id, beam, "area")
        electrical = factors.lost_beam(array.id, beam, "electrical")
        scale = 1.0 / total if total > 0 else 0.0
        per_module[array.id] = BeamLosses(area * scale, (electrical - area) * scale)
        pooled.setdefault(array.surface_id, []).append(
            np.column_stack([area, electrical - area, np.full_like(area, total)])
        )
    per_surface = {}
    for surface_id, parts in pooled.items():
        lost_area, lost_electrical, total = np.concatenate(parts).sum(axis=0)
        per_surface[surface_id] = BeamLosses(
            float(lost_area / total) if total else 0.0,
            float(lost_electrical / total) if total else 0.0,
        )
    return per_module, per_surface


def beam_on_modules(project: Project, array, hours: SunHours) -> np.ndarray:
    """Beam irradiance on the array's modules at each hour (H,) [W/m2] (the mean of the
    two faces of east-west tents)."""
    directions = hours.directions()
    beams = [
        hours.dni * np.clip(directions @ plane_axes(tilt, azimuth)[2], 0.0, None)
        for tilt, azimuth in module_planes(project, array)
    ]
    return np.mean(beams, axis=0)


def interpolated(node_values: np.ndarray, corners: np.ndarray, weights: np.ndarray):
    """Node values (M, N) at the hours (H, N), from each hour's corners and weights;
    written from the first corner, so that equal corners give exactly their value."""
    first = node_values[corners[:, 0]]
    result = first.copy()
    for k in range(1, corners.shape[1]):
        result += weights[:, k : k + 1] * (node_values[corners[:, k]] - first)
    return result


def module_centres(project: Project, array_id: str) -> pd.DataFrame:
    """Centre of each module of an array in site metres (columns x_m, y_m, z_m)."""
    from bipv_designer.geometry.frames import plane_to_site

    array = project.array(array_id)
    surface = project.surface(array.surface_id)
    centres_uv = placement_outlines_uv(project, array).mean(axis=1)
    site = plane_to_site(centres_uv, surface.origin, surface.surface_tilt, surface.surface_azimuth)
    return pd.DataFrame(site, columns=["x_m", "y_m", "z_m"])
