"""New ids for things the user adds: ``stem-1``, ``stem-2``, ... never one in use."""

from __future__ import annotations

import itertools
from collections.abc import Collection


def free_id(stem: str, taken: Collection[str]) -> tuple[str, int]:
    """The first ``stem-N`` (N = 1, 2, ...) not in ``taken``, and its number N."""
    number = next(n for n in itertools.count(1) if f"{stem}-{n}" not in taken)
    return f"{stem}-{number}", number
