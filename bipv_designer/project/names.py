"""The project's kinds of things as people name them (marked for translation, see
``bipv_designer.words``): roof types, mountings and the PVWatts loss categories."""

from __future__ import annotations

from bipv_designer.project.model import Mounting, RoofType
from bipv_designer.words import N_

ROOF_TYPE_NAMES = {
    RoofType.FLAT: N_("Project", "Flat"),
    RoofType.MONO_PITCH: N_("Project", "Mono-pitch"),
    RoofType.GABLE: N_("Project", "Gable"),
    RoofType.SAW_TOOTH: N_("Project", "Saw-tooth"),
}
MOUNTING_NAMES = {
    Mounting.OPEN_RACK: N_("Project", "Open rack (free-standing)"),
    Mounting.ROOF_PARALLEL: N_("Project", "Roof-parallel BAPV (air gap)"),
    Mounting.INTEGRATED: N_("Project", "Integrated BIPV (insulated back)"),
    Mounting.VENTILATED_FACADE: N_("Project", "Ventilated facade"),
}
