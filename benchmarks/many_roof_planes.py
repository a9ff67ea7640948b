"""Edits on a building with 200 roof planes in the window (target: each under 0.5 s).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/many_roof_planes.py [--planes 200]

A 120 m x 60 m hall in an open window is switched to a saw-tooth roof whose teeth give
the asked number of roof planes (two per tooth), then every roof is filled with modules,
its height is changed, and each of these is undone. Each step is timed from the action
to the end of the window's updates (plan, tree, Properties, 3-D view, all repainted).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from msgspec.structs import replace
from PySide6.QtWidgets import QApplication

from bipv_designer.edits import arrays, buildings
from bipv_designer.layout.roof_fill import FillOptions, FlatRoofFill
from bipv_designer.project.model import RoofType
from bipv_designer.ui.main_window import MainWindow
from bipv_designer.ui.selection import Selection, SelectionKind
from tests.factories import make_small_project

TARGET_S = 0.5
EVERY_ROOF = FillOptions(0.0, FlatRoofFill.FLUSH)
"""Fill every roof plane, the glazing too, flush: the most modules to draw."""
HALL_M = (120.0, 60.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--planes", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="print the slowest calls")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    empty = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    window = MainWindow(empty, None)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    width, depth = HALL_M
    window.document.edit(buildings.draw_building, [(0, 0), (width, 0), (width, depth), (0, depth)])
    building = window.document.project.buildings[0]
    window.select(Selection(SelectionKind.BUILDING, building.id))
    teeth = args.planes // 2
    saw_tooth = replace(
        building,
        roof=replace(
            building.roof,
            roof_type=RoofType.SAW_TOOTH,
            slope_deg=20.0,
            direction_deg=0.0,
            tooth_width_m=depth / teeth,
        ),
    )
    profile = cProfile.Profile() if args.profile else None
    steps = (
        (
            "choose the saw-tooth roof",
            lambda: window.document.edit(buildings.change_building, saw_tooth),
        ),
        (
            "fill every roof",
            lambda: window.document.push(
                *arrays.fill_roofs(window.document.project, EVERY_ROOF)[0]
            ),
        ),
        (
            "change the height",
            lambda: window.document.edit(
                buildings.change_building, replace(saw_tooth, height_m=12.0)
            ),
        ),
        ("undo the height", window.document.undo_stack.undo),
        ("undo the fill", window.document.undo_stack.undo),
        ("undo the roof", window.document.undo_stack.undo),
    )
    print(f"{args.planes} roof planes asked; target {TARGET_S:.1f} s a step")
    for name, step in steps:
        start = time.perf_counter()
        if profile:
            profile.enable()
        step()
        window.repaint()
        app.processEvents()
        if profile:
            profile.disable()
        elapsed = time.perf_counter() - start
        roofs = sum(s.kind == "roof" for s in window.document.project.surfaces)
        print(f"{name:28s} {elapsed:6.3f} s  ({elapsed / TARGET_S:4.2f} x target, {roofs} roofs)")
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    window.runner.worker.shutdown()
    window.weather_actions.downloads.shutdown()


if __name__ == "__main__":
    main()
