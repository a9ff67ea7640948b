"""Sample points of the bypass-diode substrings of modules, for the shaded share of each.

A crystalline module's cells are wired in (usually three) substrings, each behind its own
bypass diode; each substring is a strip running the module's length, side by side across
its width (the junction box sits on a short edge). So shade along the bottom edge of a
portrait module reaches every substring, while along a landscape module it reaches one.
"""

from __future__ import annotations

import numpy as np

SUBSTRINGS = 3
"""Bypass-diode substrings of a module by default (60-, 72-, 120- and 144-cell
modules have three diodes)."""
POINTS_ACROSS, POINTS_ALONG = 2, 6
"""Sample points of one substring: across its width and along the module's length."""
POINTS_PER_SUBSTRING = POINTS_ACROSS * POINTS_ALONG


def substring_points(outlines_uv: np.ndarray, substrings: int = SUBSTRINGS) -> np.ndarray:
    """Sample points of each substring of each module, shape (N, substrings, k, 2), from
    module outlines (N, 4, 2) counter-clockwise from a corner (as
    ``geometry.module_outlines``): cell centres of a regular grid on each strip."""
    outlines = np.asarray(outlines_uv, dtype=float)
    corner = outlines[:, 0]
    first, second = outlines[:, 1] - corner, outlines[:, 3] - corner
    first_is_long = np.linalg.norm(first, axis=1) >= np.linalg.norm(second, axis=1)
    long_side = np.where(first_is_long[:, None], first, second)
    short_side = np.where(first_is_long[:, None], second, first)
    across = np.arange(substrings)[:, None] + (np.arange(POINTS_ACROSS) + 0.5) / POINTS_ACROSS
    across = (across / substrings)[:, :, None]  # (substrings, across, 1)
    along = ((np.arange(POINTS_ALONG) + 0.5) / POINTS_ALONG)[None, None, :]
    across, along = np.broadcast_arrays(across, along)
    fractions_across = across.reshape(substrings, -1)
    fractions_along = along.reshape(substrings, -1)
    return (
        corner[:, None, None, :]
        + fractions_across[None, :, :, None] * short_side[:, None, None, :]
        + fractions_along[None, :, :, None] * long_side[:, None, None, :]
    )
