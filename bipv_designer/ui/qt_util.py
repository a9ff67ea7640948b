"""Small helpers for Qt objects."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject


@contextmanager
def signals_blocked(*objects: QObject) -> Iterator[None]:
    """Let the objects send no signals inside the block (e.g. while a panel shows a value
    it did not edit); each gets back the blocking state it had."""
    before = [o.blockSignals(True) for o in objects]
    try:
        yield
    finally:
        for obj, blocked in zip(objects, before, strict=True):
            obj.blockSignals(blocked)
