"""Columns of hourly arrays summed by group: arrays into surfaces, arrays into the
inverter banks they feed and back."""

from __future__ import annotations

import numpy as np


class ColumnSums:
    """Sums the columns of (T, K) arrays by their group (K,) into (T, count) arrays;
    groups without a column sum to 0. The grouping is worked out once for every array
    summed with it."""

    def __init__(self, groups: np.ndarray, count: int) -> None:
        order = np.argsort(groups, kind="stable")
        ordered = np.asarray(groups)[order]
        self._starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])[: len(order)]
        self._targets = ordered[self._starts]
        self._order = None if (order == np.arange(len(order))).all() else order  # no copy
        self._count = count

    def __call__(self, values: np.ndarray) -> np.ndarray:
        if not len(self._starts):
            return np.zeros((values.shape[0], self._count))
        ordered = values if self._order is None else values[:, self._order]
        sums = np.add.reduceat(ordered, self._starts, axis=1)
        if len(self._targets) == self._count:  # every group has columns, in order
            return sums
        every = np.zeros((values.shape[0], self._count))
        every[:, self._targets] = sums
        return every
