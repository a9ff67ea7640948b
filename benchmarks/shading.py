"""Beam shading of a park of flat halls with 20,000 modules and 100 rooftop obstacles for
a year (target: table method under 10 s on 2 cores), beside the exact per-hour method.

Run: PYTHONPATH=. .venv/bin/python benchmarks/shading.py [--modules 20000] [--obstacles 100]
     [--exact-hours 200]

The halls (120 m x 60 m, 1 m parapets, 12 m high) stand side by side with 20 m between
them; each roof is a grid of 2278 x 1134 mm modules; the obstacles are 2 m x 2 m units,
1.5 m tall, spread over the roofs. The exact method is timed on a sample of daylight
hours and scaled to the year.
"""

from __future__ import annotations

import argparse
import math
import time

import numpy as np
from msgspec.structs import replace

from bipv_designer.geometry.park import place_building
from bipv_designer.layout.obstacles import add_keep_out
from bipv_designer.project.layout_model import KeepOut, KeepOutShape
from bipv_designer.project.model import Array, Building, ModulePlacement, Roof, RoofType
from bipv_designer.shading.module_shading import SunHours, beam_factors
from bipv_designer.weather.project_weather import station_year
from tests.factories import make_small_project

TARGET_S = 10.0
HALL_M = (120.0, 60.0)
GAP_M = 20.0
PARAPET_M = 1.0
UNIT_M, UNIT_HEIGHT_M = 2.0, 1.5


def park(modules: int, obstacles: int):
    """Halls filled with modules in rows, with rooftop units among them."""
    project = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    module = project.modules[0]
    pitch_u, pitch_v = module.width_m + 0.02, module.length_m + 0.02
    columns, rows = int((HALL_M[0] - 2) // pitch_u), int((HALL_M[1] - 2) // pitch_v)
    halls = math.ceil(modules / (columns * rows))
    arrays = []
    for k in range(halls):
        x0, y0 = (k % 4) * (HALL_M[0] + GAP_M), (k // 4) * (HALL_M[1] + GAP_M)
        footprint = (
            (x0, y0),
            (x0 + HALL_M[0], y0),
            (x0 + HALL_M[0], y0 + HALL_M[1]),
            (x0, y0 + HALL_M[1]),
        )
        roof = Roof(RoofType.FLAT, parapet_height_m=PARAPET_M)
        project = place_building(
            project, Building(f"hall-{k}", f"Hall {k}", footprint, 12.0, roof)
        )
        count = min(columns * rows, modules - k * columns * rows)
        placements = tuple(
            ModulePlacement(x0 + 1 + (i % columns) * pitch_u, y0 + 1 + (i // columns) * pitch_v)
            for i in range(count)
        )
        arrays.append(
            Array(f"a{k}", f"Roof {k}", f"hall-{k}/roof-1", module.id, count, placements)
        )
    project = replace(project, arrays=tuple(arrays))
    rng = np.random.default_rng(1)
    for n in range(obstacles):
        k = n % halls
        x0, y0 = (k % 4) * (HALL_M[0] + GAP_M), (k // 4) * (HALL_M[1] + GAP_M)
        x, y = x0 + rng.uniform(5, HALL_M[0] - 5), y0 + rng.uniform(5, HALL_M[1] - 5)
        unit = KeepOut(
            f"unit-{n}",
            f"Unit {n}",
            KeepOutShape.RECTANGLE,
            ((x, y), (x + UNIT_M, y + UNIT_M)),
            height_m=UNIT_HEIGHT_M,
        )
        project = add_keep_out(project, f"hall-{k}/roof-1", unit)
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--modules", type=int, default=20_000)
    parser.add_argument("--obstacles", type=int, default=100)
    parser.add_argument("--exact-hours", type=int, default=200)
    args = parser.parse_args()
    project = park(args.modules, args.obstacles)
    site = project.site
    weather = station_year(site, "nearest")
    hours = SunHours.from_weather(weather, site.latitude, site.longitude, site.altitude)
    modules = sum(a.module_count for a in project.arrays)
    print(
        f"{modules} modules on {len(project.arrays)} roofs, {args.obstacles} obstacles, "
        f"{len(hours.dni)} daylight hours"
    )
    start = time.perf_counter()
    beam_factors(project, hours)
    table_s = time.perf_counter() - start
    print(f"table method, a year: {table_s:6.2f} s  ({table_s / TARGET_S:4.2f} x target)")
    sample = np.linspace(0, len(hours.dni) - 1, args.exact_hours).astype(int)
    some = SunHours(hours.elevation[sample], hours.azimuth[sample], hours.dni[sample])
    start = time.perf_counter()
    beam_factors(project, some, exact=True)
    exact_s = (time.perf_counter() - start) * len(hours.dni) / len(sample)
    print(
        f"exact method, a year: {exact_s:6.2f} s  (from {len(sample)} hours; "
        f"{exact_s / table_s:4.1f} x the table)"
    )


if __name__ == "__main__":
    main()
