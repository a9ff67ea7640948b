"""Input fields shared by the property panels."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox


def number_field(low: float, high: float, suffix: str, decimals: int) -> QDoubleSpinBox:
    """A number box that reports a value when editing finishes, not at every keystroke."""
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    return spin
