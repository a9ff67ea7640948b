"""The project's arrays as columns of numbers: what the vectorised chain consumes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bipv_designer.errors import SimulationError
from bipv_designer.project.layout_model import RackLayout
from bipv_designer.project.model import CecParameters, DcModel, Module, Mounting, Project, Surface


@dataclass(frozen=True, slots=True)
class SystemTable:
    """N arrays on S distinct surfaces, one entry per array unless noted.

    Attributes
    ----------
    array_ids, surface_ids : tuple of str
        Ids of the arrays and of the surface each array lies on.
    surface_tilt, surface_azimuth : ndarray (S,)
        Orientation of each distinct surface [degrees].
    surface_of_array : ndarray of int (N,)
        Index into the surface columns for each array.
    mountings : tuple of Mounting
    pdc0_w : ndarray (N,)  DC nameplate of the array [W]
    gamma_pdc : ndarray (N,)  temperature coefficient of power [1/K]
    module_efficiency : ndarray (N,)  STC efficiency of the module [-]
    cec : tuple of (CecParameters or None)
        Single-diode parameters for arrays whose module uses the CEC model.
    module_pdc0_w : ndarray (N,)  nameplate of one module [W]
    ac_rating_w : ndarray (N,)  inverter AC rating serving the array [W]
    inverter_efficiency : ndarray (N,)  nominal inverter efficiency [-]
    """

    array_ids: tuple[str, ...]
    surface_ids: tuple[str, ...]
    surface_tilt: np.ndarray
    surface_azimuth: np.ndarray
    surface_of_array: np.ndarray
    mountings: tuple[Mounting, ...]
    pdc0_w: np.ndarray
    gamma_pdc: np.ndarray
    module_efficiency: np.ndarray
    cec: tuple[CecParameters | None, ...]
    module_pdc0_w: np.ndarray
    ac_rating_w: np.ndarray
    inverter_efficiency: np.ndarray

    @property
    def array_surface_ids(self) -> tuple[str, ...]:
        """The surface id of each array."""
        return tuple(self.surface_ids[i] for i in self.surface_of_array)


def system_table(project: Project) -> SystemTable:
    """Columns of the arrays that carry at least one module on a surface the user has not
    excluded, in project order."""
    excluded = {s.id for s in project.surfaces if s.excluded}
    arrays = [a for a in project.arrays if a.module_count > 0 and a.surface_id not in excluded]
    if not arrays:
        raise SimulationError(
            f"project {project.name!r} has no array with modules on an included surface"
        )
    surfaces: list[Surface] = []
    surface_index: dict[str, int] = {}
    for array in arrays:
        if array.surface_id not in surface_index:
            surface_index[array.surface_id] = len(surfaces)
            surfaces.append(project.surface(array.surface_id))
    modules: list[Module] = [project.module(a.module_id) for a in arrays]
    pdc0 = np.array([m.pdc0_w * a.module_count for m, a in zip(modules, arrays, strict=True)])
    return SystemTable(
        array_ids=tuple(a.id for a in arrays),
        surface_ids=tuple(s.id for s in surfaces),
        surface_tilt=np.array([_module_tilt(project, s, arrays) for s in surfaces], dtype=float),
        surface_azimuth=np.array([s.surface_azimuth for s in surfaces], dtype=float),
        surface_of_array=np.array([surface_index[a.surface_id] for a in arrays]),
        mountings=tuple(surfaces[surface_index[a.surface_id]].mounting for a in arrays),
        pdc0_w=pdc0,
        gamma_pdc=np.array([m.gamma_pdc for m in modules]),
        module_efficiency=np.array([m.efficiency for m in modules]),
        cec=tuple(m.cec if m.dc_model is DcModel.CEC else None for m in modules),
        module_pdc0_w=np.array([m.pdc0_w for m in modules]),
        ac_rating_w=np.array(
            [_ac_rating_w(project, a, p) for a, p in zip(arrays, pdc0, strict=True)]
        ),
        inverter_efficiency=np.array([_inverter_efficiency(project, a) for a in arrays]),
    )


def _chosen_inverter(project: Project, array):
    if array.inverter_id is None:
        return None
    for inverter in project.inverters:
        if inverter.id == array.inverter_id:
            return inverter
    raise SimulationError(
        f"array {array.id!r}: inverter {array.inverter_id!r} is not among the project's inverters"
    )


def _ac_rating_w(project: Project, array, pdc0_w: float) -> float:
    """The chosen inverters' AC rating, or the nameplate over the DC/AC ratio [W]."""
    inverter = _chosen_inverter(project, array)
    if inverter is None:
        return pdc0_w / array.dc_ac_ratio
    return inverter.paco_w * array.inverter_count


def _inverter_efficiency(project: Project, array) -> float:
    inverter = _chosen_inverter(project, array)
    return array.inverter_efficiency if inverter is None else inverter.efficiency


def _module_tilt(project: Project, surface: Surface, arrays) -> float:
    """The tilt the modules of a surface face the sky at: the rack tilt when every array
    on it stands on south-facing racks of one tilt, else the surface's own tilt (east-west
    tents and mixed surfaces are simulated at the surface's orientation)."""
    racks = {
        layout.array_id: layout.racks
        for layout in project.array_layouts
        if layout.racks is not None and layout.racks.layout is RackLayout.SOUTH
    }
    on_surface = [a.id for a in arrays if a.surface_id == surface.id]
    tilts = {racks[a].surface_tilt for a in on_surface if a in racks}
    if len(tilts) == 1 and all(a in racks for a in on_surface):
        return tilts.pop()
    return surface.surface_tilt
