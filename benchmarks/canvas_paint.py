"""Time to paint the site plan of a stress project with 20,000 modules (target: < 50 ms).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/canvas_paint.py [--modules 20000]

Builds a park of flat halls whose roofs are filled with modules in a grid, opens the
site plan (scene and view, 1280 x 800 pixels), and times full repaints of the view:
the whole park in view, zoomed in 4x (a pan across the park), and the time to build the
scene's module items from the project.
"""

from __future__ import annotations

import argparse
import math
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from msgspec.structs import replace
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from bipv_designer.geometry.park import place_building
from bipv_designer.project.model import (
    Array,
    Building,
    ModulePlacement,
    Roof,
    RoofType,
)
from bipv_designer.ui.canvas.scene import SitePlanScene
from bipv_designer.ui.canvas.view import SitePlanView
from bipv_designer.ui.document import Document
from tests.factories import make_small_project

TARGET_MS = 50.0
HALL_M = (120.0, 60.0)
VIEW_PX = (1280, 800)


def stress_project(modules: int):
    """Halls side by side, each roof a grid of portrait modules with 20 mm gaps."""
    project = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    module = project.modules[0]
    pitch_u, pitch_v = module.width_m + 0.02, module.length_m + 0.02
    per_roof = int(HALL_M[0] // pitch_u) * int(HALL_M[1] // pitch_v)
    halls = math.ceil(modules / per_roof)
    arrays = []
    for k in range(halls):
        x0, y0 = (k % 4) * (HALL_M[0] + 20.0), (k // 4) * (HALL_M[1] + 20.0)
        footprint = (
            (x0, y0),
            (x0 + HALL_M[0], y0),
            (x0 + HALL_M[0], y0 + HALL_M[1]),
            (x0, y0 + HALL_M[1]),
        )
        building = Building(f"hall-{k}", f"Hall {k}", footprint, 12.0, Roof(RoofType.FLAT))
        project = place_building(project, building)
        count = min(per_roof, modules - k * per_roof)
        columns = int(HALL_M[0] // pitch_u)
        placements = tuple(
            ModulePlacement(x0 + (i % columns) * pitch_u, y0 + (i // columns) * pitch_v)
            for i in range(count)
        )
        arrays.append(
            Array(f"a{k}", f"Roof {k}", f"hall-{k}/roof-1", module.id, count, placements)
        )
    return replace(project, arrays=tuple(arrays))


def paint_ms(view: SitePlanView, repeats: int) -> float:
    """Best time of ``repeats`` full renders of the view into an image [ms]."""
    image = QImage(*VIEW_PX, QImage.Format.Format_ARGB32_Premultiplied)
    best = math.inf
    for _ in range(repeats):
        painter = QPainter(image)
        start = time.perf_counter()
        view.render(painter)
        painter.end()
        best = min(best, time.perf_counter() - start)
    return 1000.0 * best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--modules", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    project = stress_project(args.modules)
    start = time.perf_counter()
    scene = SitePlanScene(Document(project))
    built_ms = 1000.0 * (time.perf_counter() - start)
    view = SitePlanView(scene)
    view.resize(*VIEW_PX)
    view.show()
    view.fit_all()
    total = sum(a.module_count for a in project.arrays)
    whole = paint_ms(view, args.repeats)
    view.scale(4.0, 4.0)
    zoomed = paint_ms(view, args.repeats)
    print(f"{total} modules on {len(project.arrays)} roofs")
    print(f"scene built from the project: {built_ms:.0f} ms")
    print(
        f"paint, whole park in view: {whole:.1f} ms (target {TARGET_MS:.0f} ms: "
        f"{'met' if whole < TARGET_MS else 'NOT met'})"
    )
    print(f"paint, zoomed in 4x: {zoomed:.1f} ms")


if __name__ == "__main__":
    main()
