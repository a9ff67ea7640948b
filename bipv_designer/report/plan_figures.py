"""Drawings of the layout as matplotlib figures: the site plan with buildings, modules
(coloured by their shading loss when known), keep-outs and obstacles, and each surface
face-on. The report shows them; File ▸ Export writes the plan as PNG or SVG."""

from __future__ import annotations

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Patch, Polygon

from bipv_designer.geometry.keep_out_shape import keep_out_shape
from bipv_designer.geometry.module_outlines import (
    placement_outlines_on_plan,
    placement_outlines_uv,
)
from bipv_designer.geometry.roof_plan import roof_plane_to_plan
from bipv_designer.layout.obstacles import surface_layout
from bipv_designer.project.model import ObstacleShape, Project
from bipv_designer.report.charts_shading import COMPASS
from bipv_designer.report.fonts import use_chart_fonts
from bipv_designer.report.loss_classes import LOSS_CLASSES, loss_classes
from bipv_designer.words import ENGLISH_WORDS, N_, Words

ROOF_FILL = "#dfe6ee"
MODULE_FILL = LOSS_CLASSES[0][1]
KEEP_OUT_COLOUR = "#c0392b"
OBSTACLE_COLOURS = {
    ObstacleShape.BOX: "#8c8c96",
    ObstacleShape.CYLINDER: "#6a88a6",
    ObstacleShape.TREE: "#4a9a4a",
}


def site_plan_figure(
    project: Project,
    module_losses: dict[str, np.ndarray] | None = None,
    size_in: tuple[float, float] = (8.0, 6.0),
    words: Words = ENGLISH_WORDS,
) -> Figure:
    """The park seen from above (site metres, north up)."""
    use_chart_fonts()
    figure = Figure(figsize=size_in, layout="constrained")
    ax = figure.subplots()
    for building in project.buildings:
        ax.add_patch(
            Polygon(
                building.footprint,
                closed=True,
                facecolor=ROOF_FILL,
                edgecolor="#333333",
                linewidth=0.8,
            )
        )
        centre = np.mean(building.footprint, axis=0)
        ax.text(
            *centre,
            f"{building.name}\n{building.height_m:g} m",
            ha="center",
            va="center",
            fontsize=7,
            zorder=5,
        )
    for array in project.arrays:
        outlines = placement_outlines_on_plan(project, array)
        if len(outlines):
            ax.add_collection(_modules(outlines, _losses_of(module_losses, array.id, outlines)))
    for layout in project.surface_layouts:
        surface = project.surface(layout.surface_id)
        if surface.kind != "roof":
            continue
        for keep_out in layout.keep_outs:
            ring = list(keep_out_shape(keep_out).exterior.coords)[:-1]
            ax.add_patch(
                Polygon(
                    roof_plane_to_plan(surface, ring),
                    closed=True,
                    fill=False,
                    hatch="////",
                    edgecolor=KEEP_OUT_COLOUR,
                    linewidth=0.6,
                )
            )
    for obstacle in project.obstacles:
        colour = OBSTACLE_COLOURS[obstacle.shape]
        if obstacle.shape is ObstacleShape.BOX:
            patch = Polygon(obstacle.outline, closed=True, facecolor=colour, alpha=0.8)
        else:
            patch = Circle(obstacle.outline[0], obstacle.radius_m, facecolor=colour, alpha=0.8)
        ax.add_patch(patch)
    ax.set_aspect("equal")
    ax.autoscale_view()
    ax.margins(0.05)
    ax.set_xlabel(words(N_("Charts", "x (east) [m]")))
    ax.set_ylabel(words(N_("Charts", "y (north) [m]")))
    ax.set_title(words(N_("Charts", "Site plan")))
    _north_arrow(ax, words)
    if module_losses:
        ax.legend(
            handles=_legend(words),
            fontsize=6,
            loc="lower right",
            title=words(N_("Shading", "Annual beam shading loss")),
            title_fontsize=6,
        )
    return figure


def surfaces_figure(
    project: Project,
    surface_ids: list[str],
    module_losses: dict[str, np.ndarray] | None = None,
    columns: int = 2,
    words: Words = ENGLISH_WORDS,
) -> Figure:
    """Surfaces face-on (each in its own plane coordinates, metres), side by side:
    outline, keep-outs, openings and modules coloured by their shading loss."""
    use_chart_fonts()
    rows = max(1, -(-len(surface_ids) // columns))
    figure = Figure(figsize=(8.0, 2.9 * rows), layout="constrained")
    axes = np.atleast_1d(figure.subplots(rows, columns)).ravel()
    for ax, surface_id in zip(axes, surface_ids, strict=False):
        _draw_surface(ax, project, surface_id, module_losses)
    for ax in axes[len(surface_ids) :]:
        ax.set_axis_off()
    if module_losses:
        figure.legend(handles=_legend(words), fontsize=6, loc="outside lower center", ncols=6)
    return figure


def _draw_surface(ax, project: Project, surface_id: str, module_losses) -> None:
    surface = project.surface(surface_id)
    layout = surface_layout(project, surface_id)
    ax.add_patch(
        Polygon(
            surface.outline, closed=True, facecolor=ROOF_FILL, edgecolor="#333333", linewidth=0.8
        )
    )
    for array in project.arrays:
        if array.surface_id != surface_id:
            continue
        outlines = placement_outlines_uv(project, array)
        if len(outlines):
            ax.add_collection(_modules(outlines, _losses_of(module_losses, array.id, outlines)))
    for keep_out in layout.keep_outs:
        ring = list(keep_out_shape(keep_out).exterior.coords)[:-1]
        ax.add_patch(
            Polygon(
                ring,
                closed=True,
                fill=False,
                hatch="////",
                edgecolor=KEEP_OUT_COLOUR,
                linewidth=0.6,
            )
        )
    for opening in layout.openings:
        corners = [
            (opening.u, opening.v),
            (opening.u + opening.width_m, opening.v),
            (opening.u + opening.width_m, opening.v + opening.height_m),
            (opening.u, opening.v + opening.height_m),
        ]
        ax.add_patch(
            Polygon(corners, closed=True, facecolor="#ffffff", edgecolor="#555555", linewidth=0.6)
        )
    ax.set_aspect("equal")
    ax.autoscale_view()
    ax.margins(0.03)
    ax.set_title(surface.name, fontsize=8)
    ax.tick_params(labelsize=6)


def _modules(outlines: np.ndarray, losses: np.ndarray | None) -> PolyCollection:
    colours = MODULE_FILL if losses is None else [LOSS_CLASSES[k][1] for k in loss_classes(losses)]
    return PolyCollection(outlines, facecolors=colours, edgecolors="#c8d2eb", linewidths=0.1)


def _losses_of(module_losses, array_id: str, outlines: np.ndarray) -> np.ndarray | None:
    losses = None if module_losses is None else module_losses.get(array_id)
    return losses if losses is not None and len(losses) == len(outlines) else None


def _legend(words: Words) -> list[Patch]:
    return [Patch(facecolor=colour, label=words(label)) for _, colour, label in LOSS_CLASSES]


def _north_arrow(ax, words: Words) -> None:
    ax.annotate(
        words(COMPASS[0]),
        xy=(0.96, 0.96),
        xytext=(0.96, 0.86),
        xycoords="axes fraction",
        ha="center",
        va="center",
        fontsize=9,
        arrowprops={"arrowstyle": "-|>", "color": "#333333"},
    )
