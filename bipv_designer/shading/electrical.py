"""What shaded substrings cost electrically.

String inverters (Deline et al. 2013, "A simplified model of uniform shading in large
photovoltaic arrays", Solar Energy 96): the current of a string follows its unshaded
substrings, and a substring with shade on any of its cells is bypassed by its diode, so
it gives no beam power; its diffuse share stays (the diode conducts only while the
substring's current is below the string's, which the diffuse light alone does not
lift). A module keeps the beam share of its unshaded substrings. Module-level
electronics (optimisers, microinverters) lose only the shaded area's beam.
"""

from __future__ import annotations

import numpy as np


def string_beam_factor(substring_shares: np.ndarray) -> np.ndarray:
    """Share of a module's beam power kept on a string inverter [-]: the unshaded share
    of its substrings; ``substring_shares`` (..., substrings) are their shaded shares."""
    shares = np.asarray(substring_shares, dtype=float)
    return (shares <= 0.0).mean(axis=-1)


def module_level_beam_factor(substring_shares: np.ndarray) -> np.ndarray:
    """Share of a module's beam power kept with module-level electronics [-]: its
    unshaded area (all substrings are the same size)."""
    return 1.0 - np.asarray(substring_shares, dtype=float).mean(axis=-1)
