"""What shaded substrings cost electrically, from the shaded sample points of each.

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

from bipv_designer.project.model import Project
from bipv_designer.shading.substrings import POINTS_PER_SUBSTRING


def string_beam_factor(shaded_points: np.ndarray) -> np.ndarray:
    """Share of a module's beam power kept on a string inverter [-]: the share of its
    substrings without a shaded point; ``shaded_points`` (..., substrings) counts them."""
    return (np.asarray(shaded_points) == 0).mean(axis=-1, dtype=np.float32)


def module_level_beam_factor(shaded_points: np.ndarray) -> np.ndarray:
    """Share of a module's beam power kept with module-level electronics [-]: its
    unshaded area (substrings are the same size, sampled by as many points)."""
    shaded = np.asarray(shaded_points).sum(axis=-1, dtype=np.float32)
    return 1.0 - shaded / (POINTS_PER_SUBSTRING * np.shape(shaded_points)[-1])


def module_level_arrays(project: Project) -> set[str]:
    """Arrays whose every string runs to inverters with module-level electronics
    (microinverters, or optimisers at each module: ``Inverter.module_level``)."""
    module_level = {i.id for i in project.inverters if i.module_level}
    kinds: dict[str, set[bool]] = {}
    for use in project.string_plan:
        for group in use.string_groups():
            kinds.setdefault(group.array_id, set()).add(use.inverter_id in module_level)
    return {array_id for array_id, kind in kinds.items() if kind == {True}}
