"""Operations on a project's system losses."""

from __future__ import annotations

import math

from msgspec.structs import fields, replace

from bipv_designer.errors import ProjectFileError
from bipv_designer.project.model import Losses
from bipv_designer.words import N_


def total_loss_pct(losses: Losses) -> float:
    """Combined system loss [%]: 100 * (1 - prod(1 - loss_i / 100))."""
    remaining = math.prod(1.0 - getattr(losses, f.name) / 100.0 for f in fields(losses))
    return 100.0 * (1.0 - remaining)


def scale_losses_to_total(losses: Losses, total_pct: float) -> Losses:
    """Losses with the same relative shape whose combined loss is ``total_pct`` [%].

    Each factor (1 - loss_i) is raised to the same power k, chosen so that the product
    of the factors is 1 - total_pct / 100; the breakdown keeps its proportions on a
    logarithmic scale.
    """
    if not 0.0 <= total_pct < 100.0:
        raise ProjectFileError(
            N_("Errors", "total losses: expected a percentage in [0, 100), got {value:g}").format(
                value=total_pct
            )
        )
    current = total_loss_pct(losses)
    if total_pct == 0.0:
        return replace(losses, **{f.name: 0.0 for f in fields(losses)})
    if current == 0.0:
        raise ProjectFileError(
            N_("Errors", "total losses: cannot scale a breakdown whose losses are all zero")
        )
    power = math.log(1.0 - total_pct / 100.0) / math.log(1.0 - current / 100.0)
    return replace(
        losses,
        **{
            f.name: 100.0 * (1.0 - (1.0 - getattr(losses, f.name) / 100.0) ** power)
            for f in fields(losses)
        },
    )
