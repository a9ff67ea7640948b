"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 released a reference
to None on every call of a method that returns nothing, so an app crashed after a few
thousand calls on Python 3.11 (where None is not immortal). pyproject.toml pins below it.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QPainterPath


def test_calls_that_return_nothing_keep_the_reference_count_of_none():
    path = QPainterPath()
    before = sys.getrefcount(None)
    for _ in range(2000):
        path.lineTo(1.0, 1.0)
    assert sys.getrefcount(None) - before > -100
