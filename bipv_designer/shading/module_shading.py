"""Beam shading of every module's substrings over a year.

Table method (as PVsyst): the shaded share of each substring is computed for sun
directions on a grid (AZIMUTH_STEP_DEG x ELEVATION_STEP_DEG) covering only the cells the
sun crosses at the site, then interpolated bilinearly to each hour's sun. Exact method:
the shares are computed for each daylight hour's own sun direction. Either way the
annual beam loss of a module weights each hour by the beam irradiance on its plane.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd

from bipv_designer.errors import Cancelled
from bipv_designer.geometry.frames import plane_axes
from bipv_designer.geometry.module_outlines import placement_outlines_uv
from bipv_designer.project.model import Project
from bipv_designer.shading.electrical import string_beam_factor
from bipv_designer.shading.occluders import occluders
from bipv_designer.shading.plane_shadows import PlaneShaders
from bipv_designer.shading.rack_rows import rack_faces
from bipv_designer.shading.raster import PlaneRaster
from bipv_designer.shading.substrings import POINTS_PER_SUBSTRING, substring_points

AZIMUTH_STEP_DEG = 2.5
ELEVATION_STEP_DEG = 2.5
"""Grid of the sun-direction table [degrees]. Measured on a flat roof with a 1 m parapet
and a 2 m rooftop unit in Nanjing (tests/shading/test_module_shading.py), against the
exact hours: 5 x 2.5 degrees gives modules' annual beam loss within 1.0 percentage point
at the 95th percentile, 2.5 x 2.5 within 0.36 (0.5 wanted) for 1.5 times the nodes."""


@dataclass(frozen=True, slots=True)
class SunHours:
    """The daylight hours of a year: the sun's apparent elevation and azimuth [degrees]
    and the direct normal irradiance [W/m2] of each."""

    elevation: np.ndarray
    azimuth: np.ndarray
    dni: np.ndarray

    @classmethod
    def from_weather(cls, weather, latitude: float, longitude: float, altitude: float):
        """The hours of ``weather`` (WeatherData) with the sun up, at the site."""
        import pvlib

        position = pvlib.solarposition.get_solarposition(
            weather.solar_times, latitude, longitude, altitude
        )
        elevation = position["apparent_elevation"].to_numpy()
        up = (elevation > 0.0) & (weather.data["dni"].to_numpy() > 0.0)
        return cls(
            elevation[up], position["azimuth"].to_numpy()[up], weather.data["dni"].to_numpy()[up]
        )

    def directions(self) -> np.ndarray:
        """Unit vectors towards the sun, (H, 3)."""
        return sun_vectors(self.elevation, self.azimuth)


def sun_vectors(elevation: np.ndarray, azimuth: np.ndarray) -> np.ndarray:
    """Unit vectors (n, 3) towards the sun (x east, y north, z up)."""
    e, a = np.radians(elevation), np.radians(azimuth)
    return np.column_stack([np.sin(a) * np.cos(e), np.cos(a) * np.cos(e), np.sin(e)])


def shaded_points(
    project: Project,
    elevation: np.ndarray,
    azimuth: np.ndarray,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, np.ndarray]:
    """How many of the :data:`POINTS_PER_SUBSTRING` sample points of each substring of
    each placed module lie in shadow for each sun direction (``elevation``,
    ``azimuth`` [degrees], M of them): ``{array_id: (M, N, S)}`` (uint8) for N modules,
    S substrings; all of them when the sun is behind the module's plane.

    Modules on racks are shaded by the rows in front (:mod:`rack_rows`) and by
    everything else on the plane through the racks' middle height. Receiving planes are
    independent, so they are shared out over the machine's cores on threads.
    ``cancel()`` is asked between sun directions; when it says so, Cancelled is raised.
    """
    shading_faces = occluders(project)
    directions = sun_vectors(np.maximum(elevation, 0.0), np.asarray(azimuth) % 360.0)
    receivers: dict[tuple[str, float], list] = {}
    for array in project.arrays:
        if array.placements:
            points = substring_points(placement_outlines_uv(project, array))
            faces = rack_faces(project, array, points)
            raised = 0.0 if faces is None else faces.mid_height_m
            receivers.setdefault((array.surface_id, raised), []).append((array, points, faces))
    result: dict[str, np.ndarray] = {}
    workers = min(len(receivers), os.cpu_count() or 1) or 1

    def receiver_points(item) -> dict[str, np.ndarray]:
        (surface_id, raised), arrays = item
        shaders = PlaneShaders(shading_faces, project.surface(surface_id), raised)
        return _plane_points(shaders, arrays, directions, elevation, azimuth, cancel)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for counts in pool.map(receiver_points, receivers.items()):
            result.update(counts)
    return result


def _plane_points(
    shaders: PlaneShaders,
    arrays: list,
    directions: np.ndarray,
    elevation: np.ndarray,
    azimuth: np.ndarray,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, np.ndarray]:
    """:func:`shaded_points` of the arrays (array, sample points, rack faces or None)
    on one receiving plane."""
    every = np.concatenate([points.reshape(-1, 2) for _, points, _ in arrays])
    within = (*every.min(axis=0), *every.max(axis=0))
    raster = PlaneRaster(within)
    # points first, so that counting adds whole contiguous planes (k, N, S)
    pixels = [np.moveaxis(raster.pixels(points), -1, 0).copy() for _, points, _ in arrays]
    counts = [
        np.zeros((len(directions), *points.shape[:2]), dtype=np.uint8) for _, points, _ in arrays
    ]
    for m, direction in enumerate(directions):
        if cancel is not None and cancel():
            raise Cancelled("near shading cancelled")
        outlines = shaders.outlines(direction, within)
        if outlines is None:
            for count in counts:
                count[m] = POINTS_PER_SUBSTRING
            continue
        covered = raster.covered(outlines).view(np.uint8) if outlines else None
        for (_, _, faces), where, count in zip(arrays, pixels, counts, strict=True):
            shaded = None if faces is None else faces.shaded(elevation[m], azimuth[m])
            if covered is not None:
                hit = covered[where]
                if shaded is not None:
                    hit |= np.moveaxis(shaded, -1, 0)
            elif shaded is not None and shaded.any():
                hit = np.moveaxis(shaded, -1, 0).view(np.uint8)
            else:
                continue
            count[m] = hit.sum(axis=0, dtype=np.uint8)
    return {array.id: count for (array, _, _), count in zip(arrays, counts, strict=True)}


@dataclass(frozen=True, slots=True)
class SunTable:
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


@dataclass(frozen=True, slots=True)
class BeamFactors:
    """Share of each module's beam kept on a string inverter, at sun-direction nodes, and
    how the hours draw on the nodes (four bilinear corners for the table; each hour its
    own node for the exact method).

    Attributes
    ----------
    node_factors : dict of array id -> ndarray (M, N)
    corners : ndarray (H, C)  node index of each corner of each hour
    weights : ndarray (H, C)  their weights (rows sum to 1)
    """

    node_factors: dict[str, np.ndarray]
    corners: np.ndarray
    weights: np.ndarray

    def hourly(self, array_id: str) -> np.ndarray:
        """The factors of an array's modules at each hour, (H, N)."""
        return _interpolated(self.node_factors[array_id], self.corners, self.weights)

    def lost_beam(self, array_id: str, beam: np.ndarray) -> np.ndarray:
        """Beam lost by each module over the hours, (N,), for the beam ``beam`` (H,) on
        its plane: the hours' beam gathered on the nodes, then weighted by each node's
        lost share (exactly 0 for a module never shaded)."""
        factors = self.node_factors[array_id]
        node_beam = np.bincount(
            self.corners.ravel(), (self.weights * beam[:, None]).ravel(), minlength=len(factors)
        )
        return node_beam @ (1.0 - factors)


def beam_factors(
    project: Project,
    hours: SunHours,
    *,
    exact: bool = False,
    cancel: Callable[[], bool] | None = None,
) -> BeamFactors:
    """The modules' string beam factors by the sun-direction table (PVsyst interpolates
    its shading factors between the table's nodes the same way), or per hour with
    ``exact``."""
    if exact:
        counts = shaded_points(project, hours.elevation, hours.azimuth, cancel)
        nodes = np.arange(len(hours.dni))[:, None]
        return BeamFactors(
            {key: string_beam_factor(value) for key, value in counts.items()},
            nodes,
            np.ones_like(nodes, dtype=float),
        )
    table = SunTable.around(hours)
    counts = shaded_points(
        project, np.maximum(table.elevation, 0.0), table.azimuth % 360.0, cancel
    )
    return BeamFactors(
        {key: string_beam_factor(value) for key, value in counts.items()},
        table.corners,
        table.weights,
    )


def annual_beam_loss(project: Project, hours: SunHours, factors: BeamFactors):
    """Annual beam shading loss of each module [-] weighted by the beam on its plane:
    ``{array_id: (N,)}``, and per surface (modules pooled): ``{surface_id: float}``."""
    directions = hours.directions()
    per_module, per_surface = {}, {}
    pooled: dict[str, list[np.ndarray]] = {}
    for array in project.arrays:
        if array.id not in factors.node_factors:
            continue
        surface = project.surface(array.surface_id)
        _, _, normal = plane_axes(surface.surface_tilt, surface.surface_azimuth)
        beam = hours.dni * np.clip(directions @ normal, 0.0, None)  # (H,)
        lost = factors.lost_beam(array.id, beam)
        total = float(beam.sum())
        per_module[array.id] = lost / total if total > 0 else np.zeros_like(lost)
        pooled.setdefault(surface.id, []).append(
            np.column_stack([lost, np.full_like(lost, total)])
        )
    for surface_id, parts in pooled.items():
        stacked = np.concatenate(parts)
        per_surface[surface_id] = (
            float(stacked[:, 0].sum() / stacked[:, 1].sum()) if stacked[:, 1].sum() else 0.0
        )
    return per_module, per_surface


def _interpolated(node_values: np.ndarray, corners: np.ndarray, weights: np.ndarray):
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


def array_beam_factors(
    project: Project,
    weather,
    array_ids: tuple[str, ...],
    *,
    exact: bool = False,
    cancel: Callable[[], bool] | None = None,
) -> np.ndarray:
    """Share of the beam each array keeps after near shading for each record of
    ``weather`` (T, len(array_ids)) [-]: the mean of its modules' string beam factors (1
    at night and for arrays without placed modules)."""
    import pvlib

    site = project.site
    position = pvlib.solarposition.get_solarposition(
        weather.solar_times, site.latitude, site.longitude, site.altitude
    )
    elevation = position["apparent_elevation"].to_numpy()
    dni = weather.data["dni"].to_numpy()
    up = (elevation > 0.0) & (dni > 0.0)
    hours = SunHours(elevation[up], position["azimuth"].to_numpy()[up], dni[up])
    factors = beam_factors(project, hours, exact=exact, cancel=cancel)
    result = np.ones((len(dni), len(array_ids)))
    for column, array_id in enumerate(array_ids):
        if array_id in factors.node_factors:
            mean = factors.node_factors[array_id].mean(axis=1, keepdims=True)
            result[up, column] = _interpolated(mean, factors.corners, factors.weights)[:, 0]
    return result
