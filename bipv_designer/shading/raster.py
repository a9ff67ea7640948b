"""Shadow polygons drawn into a bitmap over a plane, to tell which sample points they
cover.

Testing tens of thousands of points against dozens of polygons for each of a thousand
sun directions is what near shading spends its time on; scan-converting the polygons
into a bitmap (Pillow's C rasteriser) and reading the points' pixels does it in one
pass per direction, whatever the number of polygons. A point counts as shaded when its
pixel is; Pillow also fills the pixels on a polygon's edge, so a shadow reaches at most
one pixel further than its true edge.
"""

from __future__ import annotations

import math

import numpy as np

RESOLUTION_M = 0.1
"""Pixel size of the bitmap [m]. Sample points are 0.19 m apart across a substring and
0.38 m along it, so a shadow edge a pixel off moves a point at most a third of that;
0.05 m costs 1.4 times the time on benchmarks/shading.py."""
MAX_PIXELS = 16_000_000
"""Largest bitmap [pixels] (16 MB); a larger surface is drawn with coarser pixels."""


class PlaneRaster:
    """A bitmap over the box (u_min, v_min, u_max, v_max) of a plane [m]."""

    def __init__(self, box: tuple[float, float, float, float]) -> None:
        u_min, v_min, u_max, v_max = box
        extent_u, extent_v = max(u_max - u_min, 0.0), max(v_max - v_min, 0.0)
        self.resolution_m = max(RESOLUTION_M, math.sqrt(extent_u * extent_v / MAX_PIXELS))
        self.origin = np.array([u_min, v_min], dtype=float)
        self.size = (
            math.ceil(extent_u / self.resolution_m) + 1,
            math.ceil(extent_v / self.resolution_m) + 1,
        )

    def pixels(self, points_uv: np.ndarray) -> np.ndarray:
        """Index of the pixel under each point (..., 2) in the flattened bitmap (...)."""
        width, height = self.size
        cell = np.rint((np.asarray(points_uv, dtype=float) - self.origin) / self.resolution_m)
        column = np.clip(cell[..., 0], 0, width - 1).astype(np.int64)
        row = np.clip(cell[..., 1], 0, height - 1).astype(np.int64)
        return row * width + column

    def covered(self, outlines: list[np.ndarray]) -> np.ndarray:
        """Flattened bitmap (bool) with the polygons filled, from arrays (G, k, 2) of G
        polygons with k vertices [m]; polygons thinner than a pixel (faces seen edge-on)
        are left out."""
        from PIL import Image, ImageDraw  # 35 ms to import: only when shading is computed

        image = Image.new("L", self.size, 0)
        draw = ImageDraw.Draw(image)
        for group in outlines:
            pixels = (group - self.origin) / self.resolution_m
            for polygon in pixels[_areas(pixels) >= 1.0]:
                draw.polygon(polygon.ravel().tolist(), fill=1)
        return np.asarray(image).ravel().view(bool)


def _areas(polygons: np.ndarray) -> np.ndarray:
    """Area of each polygon (G, k, 2) by the shoelace formula."""
    u, v = polygons[..., 0], polygons[..., 1]
    following_u, following_v = np.roll(u, -1, axis=-1), np.roll(v, -1, axis=-1)
    return 0.5 * np.abs((u * following_v - v * following_u).sum(axis=-1))
