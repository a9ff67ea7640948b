"""The project's arrays as columns of numbers: what the vectorised chain consumes."""

from __future__ import annotations

import numpy as np
from msgspec import Struct

from bipv_designer.errors import SimulationError
from bipv_designer.layout.planes import module_planes
from bipv_designer.project.model import CecParameters, DcModel, Module, Mounting, Project
from bipv_designer.simulation.inverters import InverterBanks, inverter_banks
from bipv_designer.words import N_


class SystemTable(Struct, frozen=True):
    """N arrays on S distinct surfaces facing P distinct planes, one entry per array
    unless noted.

    Attributes
    ----------
    array_ids, surface_ids : tuple of str
        Ids of the arrays and of the surface each array lies on.
    surface_of_array : ndarray of int (N,)
        Index into the surface columns for each array (results are summed per surface).
    plane_tilt, plane_azimuth : ndarray (P,)
        Orientation of each distinct plane modules face [degrees].
    planes_of_array : ndarray of int (N, 2)
        The two planes each half of an array's modules face: both the same for flush
        modules (the surface's plane) and south racks (the rack tilt), the east and the
        west face for east-west tents.
    mountings : tuple of Mounting
    pdc0_w : ndarray (N,)  DC nameplate of the array [W]
    gamma_pdc : ndarray (N,)  temperature coefficient of power [1/K]
    module_efficiency : ndarray (N,)  STC efficiency of the module [-]
    cec : tuple of (CecParameters or None)
        Single-diode parameters for arrays whose module uses the CEC model.
    module_pdc0_w : ndarray (N,)  nameplate of one module [W]
    banks : InverterBanks  the inverters and the share of each array's DC they take
    warnings : tuple of str  modules the string plan leaves out or counts twice
    """

    array_ids: tuple[str, ...]
    surface_ids: tuple[str, ...]
    surface_of_array: np.ndarray
    plane_tilt: np.ndarray
    plane_azimuth: np.ndarray
    planes_of_array: np.ndarray
    mountings: tuple[Mounting, ...]
    pdc0_w: np.ndarray
    gamma_pdc: np.ndarray
    module_efficiency: np.ndarray
    cec: tuple[CecParameters | None, ...]
    module_pdc0_w: np.ndarray
    banks: InverterBanks
    warnings: tuple[str, ...] = ()

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
            N_(
                "Errors",
                "project {name} has no array with modules on an included surface",
            ).format(
                name=repr(project.name),
            )
        )
    surface_ids: list[str] = []
    planes: list[tuple[float, float]] = []
    planes_of_array = []
    for array in arrays:
        if array.surface_id not in surface_ids:
            surface_ids.append(array.surface_id)
        faces = []
        for plane in module_planes(project, array):
            if plane not in planes:
                planes.append(plane)
            faces.append(planes.index(plane))
        planes_of_array.append(faces)
    modules: list[Module] = [project.module(a.module_id) for a in arrays]
    pdc0 = np.array([m.pdc0_w * a.module_count for m, a in zip(modules, arrays, strict=True)])
    banks, warnings = inverter_banks(project, arrays, pdc0)
    return SystemTable(
        array_ids=tuple(a.id for a in arrays),
        surface_ids=tuple(surface_ids),
        surface_of_array=np.array([surface_ids.index(a.surface_id) for a in arrays]),
        plane_tilt=np.array([tilt for tilt, _ in planes]),
        plane_azimuth=np.array([azimuth for _, azimuth in planes]),
        planes_of_array=np.array(planes_of_array, dtype=int).reshape(len(arrays), 2),
        mountings=tuple(project.surface(a.surface_id).mounting for a in arrays),
        pdc0_w=pdc0,
        gamma_pdc=np.array([m.gamma_pdc for m in modules]),
        module_efficiency=np.array([m.efficiency for m in modules]),
        cec=tuple(m.cec if m.dc_model is DcModel.CEC else None for m in modules),
        module_pdc0_w=np.array([m.pdc0_w for m in modules]),
        banks=banks,
        warnings=warnings,
    )
