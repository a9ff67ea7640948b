"""Fill an area with equal rectangles on a regular grid, shifting the grid to hold the most.

The engine works row by row without a Python loop per rectangle. For a row of height
``size_v`` at height ``v``, a rectangle ``[u, u + size_u] x [v, v + size_v]`` lies in
the allowed area A exactly when the open interval ``(u, u + size_u)`` meets no
interval blocked by the row: each connected piece of (frame minus A) inside the row
band blocks the interval between its leftmost and rightmost points (a connected set
projects onto an interval). The free intervals of all rows come from one vectorised
shapely intersection per row offset.

For a given row offset the best column offset is exact: the number of rectangles that
fit is a step function of the offset that is largest where some rectangle starts at
the left end of a free interval, so only those offsets (modulo the pitch) need to be
counted, all at once with numpy. Row offsets are sampled: the lower edge of the area,
the upper edge, and ``offset_steps`` even steps of the row pitch.
"""

from __future__ import annotations

import numpy as np
import shapely
from msgspec import Struct

from bipv_designer.errors import LayoutError
from bipv_designer.words import N_

EPS_M = 1e-9
"""Lengths below this count as zero when comparing positions [m]."""

MAX_COUNT_CELLS = 2_000_000
"""Largest (intervals x offsets) table counted at once; bounds memory."""


class GridCorners(Struct, frozen=True):
    """Lower-left corners of the rectangles placed [m] and the grid offsets used."""

    u: np.ndarray
    v: np.ndarray
    offset_u: float
    offset_v: float


def fill_grid(
    region: shapely.Geometry,
    size_u: float,
    size_v: float,
    pitch_u: float,
    pitch_v: float,
    *,
    offset_search: bool = True,
    offset_steps: int = 8,
) -> GridCorners:
    """Rectangles of ``size_u`` x ``size_v`` inside ``region`` on a grid of the given pitch.

    Parameters
    ----------
    region : shapely geometry
        Where rectangles may lie (plane coordinates [m]).
    size_u, size_v : float
        Rectangle size along u and v [m].
    pitch_u, pitch_v : float
        Distance between the corners of neighbouring rectangles [m], at least the size.
    offset_search : bool
        Shift the grid to hold the most rectangles; otherwise the grid starts at the
        lower-left corner of the region's bounding box (a plain grid fill).
    offset_steps : int
        Row offsets tried besides the region's lower and upper edge.

    Returns
    -------
    GridCorners
        Sorted by row, then by u. Never fewer rectangles than the plain grid fill.
    """
    if not (size_u > 0.0 and size_v > 0.0):
        raise LayoutError(
            N_(
                "Errors",
                "module footprint: expected sizes > 0 m, got {size_u:g} x {size_v:g}",
            ).format(
                size_u=size_u,
                size_v=size_v,
            )
        )
    if not (pitch_u >= size_u and pitch_v >= size_v):
        raise LayoutError(
            N_(
                "Errors",
                "module grid: expected a pitch at least the footprint, got pitch "
                "{pitch_u:g} x {pitch_v:g} m for a footprint of {size_u:g} x "
                "{size_v:g} m",
            ).format(
                pitch_u=pitch_u,
                pitch_v=pitch_v,
                size_u=size_u,
                size_v=size_v,
            )
        )
    empty = GridCorners(np.empty(0), np.empty(0), 0.0, 0.0)
    if region.is_empty:
        return empty
    minx, miny, maxx, maxy = region.bounds
    margin = max(size_u, size_v, 1.0)
    frame = (minx - margin, miny - margin, maxx + margin, maxy + margin)
    blocked = shapely.box(*frame).difference(region)
    best: tuple[int, float, float, np.ndarray, np.ndarray, np.ndarray] | None = None
    for offset_v in _row_offsets(miny, maxy, size_v, pitch_v, offset_search, offset_steps):
        rows_v = _rows(offset_v, maxy, size_v, pitch_v)
        starts, ends, row = _free_intervals(blocked, rows_v, size_v, frame, size_u)
        offsets_u = np.array([minx])
        if offset_search and starts.size:
            shifted = minx + np.mod(starts - minx, pitch_u)
            offsets_u = np.concatenate([offsets_u, np.unique(shifted)])
        counts = _counts(starts, ends, offsets_u, size_u, pitch_u)
        k = int(np.argmax(counts))
        if best is None or counts[k] > best[0]:
            best = (int(counts[k]), float(offsets_u[k]), offset_v, starts, ends, rows_v[row])
    if best is None or best[0] == 0:
        return empty
    _, offset_u, offset_v, starts, ends, interval_v = best
    first, number = _fits(starts, ends, offset_u, size_u, pitch_u)
    index = np.repeat(first, number) + _ranges(number)
    u = offset_u + pitch_u * index
    v = np.repeat(interval_v, number)
    return GridCorners(u, v, offset_u, offset_v)


def _row_offsets(
    miny: float, maxy: float, size_v: float, pitch_v: float, search: bool, steps: int
) -> list[float]:
    if not search:
        return [miny]
    sampled = miny + pitch_v * np.arange(1, max(steps, 1)) / max(steps, 1)
    top = miny + np.mod(maxy - size_v - miny, pitch_v)
    offsets = [miny, float(top), *sampled.tolist()]
    unique: list[float] = []
    for offset in offsets:
        if all(abs(offset - seen) > EPS_M for seen in unique):
            unique.append(offset)
    return unique


def _rows(offset_v: float, maxy: float, size_v: float, pitch_v: float) -> np.ndarray:
    count = int(np.floor((maxy - size_v - offset_v) / pitch_v + EPS_M)) + 1
    return offset_v + pitch_v * np.arange(max(count, 0))


def _free_intervals(
    blocked: shapely.Geometry,
    rows_v: np.ndarray,
    size_v: float,
    frame: tuple[float, float, float, float],
    size_u: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Free u intervals (start, end, row index) at least ``size_u`` long, by row."""
    if rows_v.size == 0:
        return np.empty(0), np.empty(0), np.empty(0, dtype=int)
    bands = shapely.box(frame[0], rows_v, frame[2], rows_v + size_v)
    pieces = shapely.intersection(blocked, bands)
    parts, row = shapely.get_parts(pieces, return_index=True)
    bounds = shapely.bounds(parts)
    solid = (shapely.area(parts) > 0.0) & (bounds[:, 3] - bounds[:, 1] > EPS_M)
    low, high, row = bounds[solid, 0], bounds[solid, 2], row[solid]
    order = np.lexsort((low, row))
    low, high, row = low[order], high[order], row[order]
    # a running maximum of the right ends within each row: offsetting row r by r spans
    # keeps every row above all earlier ones, so one global accumulate serves all rows
    span = frame[2] - frame[0] + 1.0
    reach = np.maximum.accumulate(high + row * span) - row * span
    same_row = row[1:] == row[:-1]
    starts, ends = reach[:-1], low[1:]
    keep = same_row & (ends - starts >= size_u - EPS_M)
    return starts[keep], ends[keep], row[:-1][keep]


def _fits(
    starts: np.ndarray, ends: np.ndarray, offset: float, size: float, pitch: float
) -> tuple[np.ndarray, np.ndarray]:
    """First grid index and number of rectangles of each interval at one offset."""
    first = np.ceil((starts - offset) / pitch - EPS_M)
    last = np.floor((ends - size - offset) / pitch + EPS_M)
    return first.astype(int), np.maximum(last - first + 1, 0).astype(int)


def _counts(
    starts: np.ndarray, ends: np.ndarray, offsets: np.ndarray, size: float, pitch: float
) -> np.ndarray:
    """Rectangles that fit for each offset: (offsets,) counts."""
    if starts.size == 0:
        return np.zeros(offsets.size, dtype=int)
    chunk = max(1, MAX_COUNT_CELLS // starts.size)
    counts = [
        _fits(starts[:, None], ends[:, None], offsets[None, i : i + chunk], size, pitch)[1].sum(
            axis=0
        )
        for i in range(0, offsets.size, chunk)
    ]
    return np.concatenate(counts)


def _ranges(number: np.ndarray) -> np.ndarray:
    """0, 1, ..., n_i - 1 for each entry n_i, concatenated."""
    total = int(number.sum())
    return np.arange(total) - np.repeat(np.cumsum(number) - number, number)
