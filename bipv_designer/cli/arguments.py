"""Argument types of the command line: numbers checked for range, never NaN."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable


def bounded(
    name: str, low: float, high: float, *, low_open: bool = False
) -> Callable[[str], float]:
    """An argparse type: a finite number in [low, high] (or (low, high] with
    ``low_open``)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
        too_low = value <= low if low_open else value < low
        if too_low or value > high or not math.isfinite(value):
            left = "(" if low_open else "["
            raise argparse.ArgumentTypeError(
                f"expected a number in {left}{low:g}, {high:g}], got {text}"
            )
        return value

    parse.__name__ = name
    return parse


def whole(name: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number in [low, high]."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"expected a whole number in [{low}, {high}], got {text}"
            )
        return value

    parse.__name__ = name
    return parse


ALTITUDE_M = (-500.0, 9000.0)
"""Altitudes taken for a site [m above sea level] (the project's own range)."""
SEED_RANGE = (0, 2**32 - 1)
"""Seeds numpy's generators take."""
