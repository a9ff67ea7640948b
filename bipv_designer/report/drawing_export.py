"""The layout for designers' CAD (DXF through ezdxf) and as a picture (PNG or SVG): site
metres, north up; in the DXF one closed polyline per placed module on layer MODULES,
with BUILDINGS, KEEP_OUTS and OBSTACLES on their own layers."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np

from bipv_designer.files import write_bytes_atomically
from bipv_designer.geometry.keep_out_shape import keep_out_shape
from bipv_designer.geometry.module_outlines import placement_outlines_on_plan
from bipv_designer.geometry.roof_plan import roof_plane_to_plan
from bipv_designer.project.model import ObstacleShape, Project
from bipv_designer.report.plan_figures import site_plan_figure
from bipv_designer.words import ENGLISH_WORDS, Words

LAYERS = {"BUILDINGS": 7, "MODULES": 5, "KEEP_OUTS": 1, "OBSTACLES": 3}
"""DXF layers and their AutoCAD colour index (white, blue, red, green)."""


def write_dxf(project: Project, path: str | os.PathLike[str]) -> Path:
    """Write the layout as DXF R2013 in metres (atomically); returns the path."""
    import ezdxf
    from ezdxf import units

    document = ezdxf.new("R2013", setup=True)
    document.units = units.M
    for name, colour in LAYERS.items():
        document.layers.add(name, color=colour)
    space = document.modelspace()
    for building in project.buildings:
        space.add_lwpolyline(building.footprint, close=True, dxfattribs={"layer": "BUILDINGS"})
        space.add_text(building.name, height=1.5, dxfattribs={"layer": "BUILDINGS"}).set_placement(
            tuple(np.mean(building.footprint, axis=0))
        )
    for array in project.arrays:
        for outline in placement_outlines_on_plan(project, array):
            space.add_lwpolyline(outline.tolist(), close=True, dxfattribs={"layer": "MODULES"})
    for layout in project.surface_layouts:
        surface = project.surface(layout.surface_id)
        if surface.kind != "roof":
            continue
        for keep_out in layout.keep_outs:
            ring = list(keep_out_shape(keep_out).exterior.coords)[:-1]
            space.add_lwpolyline(
                roof_plane_to_plan(surface, ring).tolist(),
                close=True,
                dxfattribs={"layer": "KEEP_OUTS"},
            )
    for obstacle in project.obstacles:
        if obstacle.shape is ObstacleShape.BOX:
            space.add_lwpolyline(obstacle.outline, close=True, dxfattribs={"layer": "OBSTACLES"})
        else:
            space.add_circle(
                obstacle.outline[0], obstacle.radius_m, dxfattribs={"layer": "OBSTACLES"}
            )
    stream = io.StringIO()
    document.write(stream)
    return write_bytes_atomically(Path(path), stream.getvalue().encode("utf-8"))


def write_plan_picture(
    project: Project,
    path: str | os.PathLike[str],
    module_losses=None,
    words: Words = ENGLISH_WORDS,
) -> Path:
    """Write the site plan as PNG or SVG (by the file's suffix), labelled in the language
    of ``words``; returns the path."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("png", "svg"):
        raise ValueError(f"{path}: expected a .png or .svg file name")
    buffer = io.BytesIO()
    site_plan_figure(project, module_losses, size_in=(11.0, 8.0), words=words).savefig(
        buffer, format=kind, dpi=200
    )
    return write_bytes_atomically(path, buffer.getvalue())
