"""Layout figures per array and per building, and the roof-load check."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from msgspec import Struct

from bipv_designer.components.datasheets import default_module_mass_kg_per_m2
from bipv_designer.layout.result import Layout
from bipv_designer.layout.warnings import LayoutWarning
from bipv_designer.project.layout_model import ModuleDatasheet, RoofCapacity
from bipv_designer.project.model import Module
from bipv_designer.words import N_


class LayoutFigures(Struct, frozen=True):
    """What a layout puts on a surface or a building.

    Attributes
    ----------
    module_count : int
    dc_kwp : float  DC nameplate [kWp]
    module_area_m2 : float  area of the modules themselves [m2]
    covered_area_m2 : float  area of their footprints on the surface [m2]
    reference_area_m2 : float  area of the surface or roof the figures refer to [m2]
    added_mass_kg : float  modules plus mounting [kg]
    """

    module_count: int
    dc_kwp: float
    module_area_m2: float
    covered_area_m2: float
    reference_area_m2: float
    added_mass_kg: float

    @property
    def coverage_pct(self) -> float:
        """Share of the reference area covered by module footprints [%]."""
        return 100.0 * self.covered_area_m2 / self.reference_area_m2

    @property
    def added_load_kg_per_m2(self) -> float:
        """Added mass over the covered area: the load where modules stand [kg/m2]."""
        if self.covered_area_m2 == 0.0:
            return 0.0
        return self.added_mass_kg / self.covered_area_m2

    @property
    def mean_load_kg_per_m2(self) -> float:
        """Added mass spread over the whole reference area [kg/m2]."""
        return self.added_mass_kg / self.reference_area_m2


def module_mass_kg_per_m2(module: Module, datasheet: ModuleDatasheet | None) -> float:
    """Mass of a module per m2 of its area [kg/m2]: datasheet weight or the default.

    The default for modules without a datasheet is in
    ``resources/modules/datasheet_defaults.json``.
    """
    if datasheet is not None:
        return datasheet.weight_kg / module.area_m2
    return default_module_mass_kg_per_m2()


def layout_figures(
    layout: Layout,
    module: Module,
    *,
    module_mass_kg_per_m2: float,
    mounting_mass_kg_per_m2: float,
    reference_area_m2: float,
) -> LayoutFigures:
    """Figures of one array's layout.

    Parameters
    ----------
    layout : Layout
    module : Module
        Its power density ``pdc0_w / area_m2`` gives each element's nameplate, so
        curtain-wall elements of custom size are rated by their area.
    module_mass_kg_per_m2, mounting_mass_kg_per_m2 : float
        Masses per m2 of module area [kg/m2].
    reference_area_m2 : float
        Area of the surface the array lies on [m2].
    """
    module_area = float(np.sum(layout.module_area_m2))
    return LayoutFigures(
        module_count=layout.count,
        dc_kwp=module_area * module.pdc0_w / module.area_m2 / 1000.0,
        module_area_m2=module_area,
        covered_area_m2=float(np.sum(layout.size_u_m * layout.size_v_m)),
        reference_area_m2=reference_area_m2,
        added_mass_kg=module_area * (module_mass_kg_per_m2 + mounting_mass_kg_per_m2),
    )


def combined_figures(figures: Sequence[LayoutFigures], reference_area_m2: float) -> LayoutFigures:
    """Figures of several arrays together, e.g. all arrays on a building's roofs.

    ``reference_area_m2`` is the area they are set against (the building's roof area).
    """
    return LayoutFigures(
        module_count=sum(f.module_count for f in figures),
        dc_kwp=sum(f.dc_kwp for f in figures),
        module_area_m2=sum(f.module_area_m2 for f in figures),
        covered_area_m2=sum(f.covered_area_m2 for f in figures),
        reference_area_m2=reference_area_m2,
        added_mass_kg=sum(f.added_mass_kg for f in figures),
    )


def check_roof_load(figures: LayoutFigures, capacity: RoofCapacity) -> tuple[LayoutWarning, ...]:
    """A warning when the added load where modules stand exceeds the roof's capacity."""
    load = figures.added_load_kg_per_m2
    if load <= capacity.roof_load_capacity_kg_per_m2:
        return ()
    return (
        LayoutWarning(
            code="roof_load",
            subject=capacity.building_id,
            message=N_(
                "Layout",
                "modules and mounting add {load:.1f} kg/m2 where they stand, more than the "
                "roof's capacity of {capacity:.1f} kg/m2",
            ).format(load=load, capacity=capacity.roof_load_capacity_kg_per_m2),
        ),
    )
