"""How much of the sky each module sees past the obstacles around it: the share of the
isotropic sky diffuse it keeps, and of the horizon band.

The sky is cut into Tregenza's 145 patches (Tregenza 1987, "Subdivision of the sky
hemisphere for luminance measurements", Lighting Research & Technology 19: seven
12-degree bands of 30, 30, 24, 24, 18, 12 and 6 patches and a cap at the zenith). Each
patch's direction is tested like a sun direction (the same shadows of the same
occluders, rows of racks included), and weighted by what an isotropic sky patch gives
the module's plane, its solid angle times the cosine of incidence. Patches behind the
far horizon count for neither the open nor the obstructed sky, so the result is the
share near obstacles leave of what the horizon leaves (the simulation multiplies the
two).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from msgspec import Struct
from msgspec.structs import replace

from bipv_designer.geometry.frames import plane_axes
from bipv_designer.geometry.horizon import horizon_elevation
from bipv_designer.layout.planes import module_planes
from bipv_designer.project.model import Project
from bipv_designer.shading.module_shading import cache_part, shaded_points
from bipv_designer.shading.plane_cache import PlaneCache
from bipv_designer.shading.substrings import POINTS_PER_SUBSTRING

BAND_DEG = 12.0
BAND_PATCHES = (30, 30, 24, 24, 18, 12, 6)
"""Tregenza's bands from the horizon up, and the patches in each (the zenith cap,
above 84 degrees, is one more)."""


class SkyPatches(Struct, frozen=True):
    """Centres of the sky patches [degrees] and their solid angles [sr]."""

    elevation: np.ndarray
    azimuth: np.ndarray
    solid_angle: np.ndarray

    def mirrored(self) -> SkyPatches:
        """The same patches below the horizon: the ground's view."""
        return SkyPatches(-self.elevation, self.azimuth, self.solid_angle)

    @property
    def in_horizon_band(self) -> np.ndarray:
        """The patches of the lowest band (where Perez's horizon brightening comes from)."""
        return self.elevation < BAND_DEG


def tregenza_patches() -> SkyPatches:
    """The 145 patches, solid angles summing to 2 pi."""
    elevation, azimuth, solid_angle = [], [], []
    for band, count in enumerate(BAND_PATCHES):
        low, high = np.radians(band * BAND_DEG), np.radians((band + 1) * BAND_DEG)
        elevation += [band * BAND_DEG + BAND_DEG / 2] * count
        azimuth += list((np.arange(count) + 0.5) * 360.0 / count)
        solid_angle += [2.0 * np.pi * (np.sin(high) - np.sin(low)) / count] * count
    top = np.radians(len(BAND_PATCHES) * BAND_DEG)
    elevation.append(90.0)
    azimuth.append(0.0)
    solid_angle.append(2.0 * np.pi * (1.0 - np.sin(top)))
    return SkyPatches(np.array(elevation), np.array(azimuth), np.array(solid_angle))


class SkyView(Struct, frozen=True):
    """Per module of one array [-]: the share of the isotropic sky diffuse and of the
    horizon band kept by the near obstacles (the far horizon aside), the share of the
    ground-reflected light (the directions below the horizon in which the module sees
    ground, not a wall; walls are taken as dark, which errs on the safe side), and the
    sky view factor: the isotropic sky diffuse the module receives over what it would on
    an open site without horizon (1: nothing hides its sky)."""

    isotropic: np.ndarray
    horizon_band: np.ndarray
    ground: np.ndarray
    sky_view_factor: np.ndarray


def sky_views(
    project: Project,
    horizon: Sequence[tuple[float, float]] = (),
    cancel: Callable[[], bool] | None = None,
    cache: PlaneCache | None = None,
) -> dict[str, SkyView]:
    """The sky view of every placed module, ``{array_id: SkyView}``; ``cache`` as
    :func:`module_shading.shaded_points`."""
    patches = tregenza_patches()
    counts = shaded_points(
        project, patches.elevation, patches.azimuth, cancel, cache=cache_part(cache, "sky")
    )
    below = patches.mirrored()
    tilted = tuple(a for a in project.arrays if any(t > 0.0 for t, _ in module_planes(project, a)))
    ground_counts = shaded_points(
        replace(project, arrays=tilted),
        below.elevation,
        below.azimuth,
        cancel,
        cache=cache_part(cache, "ground"),
    )
    behind_horizon = patches.elevation <= horizon_elevation(horizon, patches.azimuth)
    views = {}
    for array in project.arrays:
        if array.id not in counts:
            continue
        points = POINTS_PER_SUBSTRING * counts[array.id].shape[-1]
        blocked = counts[array.id].sum(axis=-1) / points  # (P, N)
        weight = _patch_weights(project, array, patches)  # (P,)
        open_sky = weight * ~behind_horizon
        band = open_sky * patches.in_horizon_band
        isotropic = _kept(open_sky, blocked)
        if array.id in ground_counts:
            ground_blocked = ground_counts[array.id].sum(axis=-1) / points
            ground = _kept(_patch_weights(project, array, below), ground_blocked)
        else:
            ground = np.ones_like(isotropic)
        views[array.id] = SkyView(
            isotropic=isotropic,
            horizon_band=_kept(band, blocked),
            ground=ground,
            sky_view_factor=isotropic * open_sky.sum() / weight.sum(),
        )
    return views


def _patch_weights(project: Project, array, patches: SkyPatches) -> np.ndarray:
    """What an isotropic sky patch gives the array's modules, solid angle times the
    cosine of incidence, averaged over the array's two halves (east-west tents)."""
    e, a = np.radians(patches.elevation), np.radians(patches.azimuth)
    directions = np.column_stack([np.sin(a) * np.cos(e), np.cos(a) * np.cos(e), np.sin(e)])
    weights = [
        patches.solid_angle * np.maximum(directions @ plane_axes(tilt, azimuth)[2], 0.0)
        for tilt, azimuth in module_planes(project, array)
    ]
    return np.mean(weights, axis=0)


def _kept(weight: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Share of the weighted patches (P,) each module (blocked shares (P, N)) sees;
    exactly 1 when none is blocked, and 1 when no patch counts."""
    whole = weight.sum()
    if whole <= 0.0:
        return np.ones(blocked.shape[1])
    return np.clip(1.0 - (weight @ blocked) / whole, 0.0, 1.0)
