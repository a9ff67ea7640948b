"""Classes of modules' annual shading loss and their colours, shared by the window's
plan, the module editor and the report's drawings."""

from __future__ import annotations

import numpy as np

from bipv_designer.words import N_

LOSS_CLASSES = (
    (0.01, "#1e3c96", N_("Shading", "under 1 %")),
    (0.03, "#2896a0", N_("Shading", "1 to 3 %")),
    (0.05, "#78be50", N_("Shading", "3 to 5 %")),
    (0.10, "#f0d232", N_("Shading", "5 to 10 %")),
    (0.20, "#f0821e", N_("Shading", "10 to 20 %")),
    (np.inf, "#c81e1e", N_("Shading", "20 % and more")),
)
"""Upper bound of each class of annual beam loss [-], its colour and its label: under
3 % is what a well-placed array loses, over 10 % is worth moving the modules."""


def loss_classes(losses: np.ndarray) -> np.ndarray:
    """Index into LOSS_CLASSES of each loss [-]."""
    bounds = np.array([upper for upper, _, _ in LOSS_CLASSES])
    return np.searchsorted(bounds, np.asarray(losses), side="right").clip(0, len(bounds) - 1)
