"""Warnings of layout and string checks: findings a designer should see, not errors."""

from __future__ import annotations

from msgspec import Struct


class LayoutWarning(Struct, frozen=True):
    """One finding of a check.

    Attributes
    ----------
    code : str
        Stable identifier of the kind of finding (``roof_load``, ``string_too_long``,
        ``mppt_mixed_orientation``, ...), for filtering and tests.
    subject : str
        Id of what the finding is about (building, inverter use, array).
    message : str
        One sentence for the user, with the figures involved.
    """

    code: str
    subject: str
    message: str
