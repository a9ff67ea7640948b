"""Which planes an array's modules lie in, from its layout settings (light enough for
the simulation to import without the layout engine)."""

from __future__ import annotations

from bipv_designer.layout.defaults import default_array_layout
from bipv_designer.project.layout_model import ArrayLayout, RackLayout
from bipv_designer.project.model import Array, Project


def array_layout(project: Project, array_id: str) -> ArrayLayout:
    """The array's layout settings, or the defaults when it has none yet."""
    for layout in project.array_layouts:
        if layout.array_id == array_id:
            return layout
    return default_array_layout(array_id)


def module_planes(project: Project, array: Array) -> tuple[tuple[float, float], ...]:
    """(tilt, azimuth) [degrees] of the two halves of the array's modules: the surface's
    plane, the rack tilt on south racks, or the two faces of east-west tents."""
    surface = project.surface(array.surface_id)
    racks = array_layout(project, array.id).racks
    if racks is None:
        plane = (surface.surface_tilt, surface.surface_azimuth)
        return plane, plane
    if racks.layout is RackLayout.SOUTH:
        plane = (racks.surface_tilt, surface.surface_azimuth)
        return plane, plane
    return tuple(
        (racks.surface_tilt, (surface.surface_azimuth + turn) % 360.0) for turn in (-90.0, 90.0)
    )
