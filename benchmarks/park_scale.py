"""A park of many buildings, made by repeating the demo park on a grid (3 buildings, 16
surfaces and 4,004 modules a copy), simulated in-process without near shading: project
load, simulation, results JSON, peak memory, and the cost per surface from 50 to 400
buildings (it should stay flat). Targets at 200 buildings: simulate under 5 s and
400 MB, JSON under 0.5 s.

Run: PYTHONPATH=. .venv/bin/python benchmarks/park_scale.py [BUILDINGS ...]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from msgspec.structs import replace

from bipv_designer.geometry.drawing import translate
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project, save_project
from bipv_designer.project.model import Project, ShadingSettings
from bipv_designer.report.exports import results_json
from bipv_designer.report.json_text import json_text
from bipv_designer.simulation.run import simulate
from bipv_designer.weather.project_weather import read_project_weather

SPACING_M = 250.0
"""Distance between copies of the demo park on the grid [m]."""
TARGET_S, TARGET_MB, TARGET_JSON_S = 5.0, 400.0, 0.5
DEFAULT_SIZES = (50, 100, 200, 400)
REPEATS = 2
"""Simulations timed per park; the faster counts (the machine's noise is not the park's)."""


def replicated_park(demo: Project, buildings: int) -> Project:
    """The demo repeated until it has at least ``buildings`` buildings (near shading off,
    no string plan, no load: the simulation's scale alone)."""
    copies = -(-buildings // len(demo.buildings))
    columns = max(1, round(copies**0.5))
    new_buildings, surfaces, arrays, layouts, array_layouts = [], [], [], [], []
    for k in range(copies):
        dx, dy = SPACING_M * (k % columns), SPACING_M * (k // columns)

        def moved(item_id: str, k: int = k) -> str:
            return f"c{k}-{item_id}"

        for building in demo.buildings:
            new_buildings.append(
                replace(
                    building,
                    id=moved(building.id),
                    name=f"{building.name} #{k}",
                    footprint=translate(building.footprint, dx, dy),
                )
            )
        for surface in demo.surfaces:
            x, y, z = surface.origin
            surfaces.append(
                replace(
                    surface,
                    id=moved(surface.id),
                    building_id=moved(surface.building_id) if surface.building_id else None,
                    origin=(x + dx, y + dy, z),
                )
            )
        for array in demo.arrays:
            arrays.append(replace(array, id=moved(array.id), surface_id=moved(array.surface_id)))
        for layout in demo.surface_layouts:
            layouts.append(replace(layout, surface_id=moved(layout.surface_id)))
        for layout in demo.array_layouts:
            array_layouts.append(replace(layout, array_id=moved(layout.array_id)))
    return replace(
        demo,
        name=f"{len(new_buildings)} buildings",
        buildings=tuple(new_buildings),
        surfaces=tuple(surfaces),
        arrays=tuple(arrays),
        surface_layouts=tuple(layouts),
        array_layouts=tuple(array_layouts),
        roof_capacities=(),
        obstacles=(),
        string_plan=(),
        load=None,
        shading=ShadingSettings(near_shading=False),
    )


def measure(demo: Project, weather, buildings: int, folder: Path) -> dict[str, float]:
    park = replicated_park(demo, buildings)
    path = folder / f"park-{buildings}.bipv.json"
    save_project(park, path)
    start = time.perf_counter()
    park = load_project(path)
    load_s = time.perf_counter() - start
    simulate_s = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = simulate(park, weather)
        simulate_s = min(simulate_s, time.perf_counter() - start)
    start = time.perf_counter()
    json_text(results_json(result, park.name))
    json_s = time.perf_counter() - start
    tracemalloc.start()
    simulate(park, weather)
    peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    modules = sum(a.module_count for a in park.arrays)
    return {
        "buildings": len(park.buildings),
        "surfaces": len(park.surfaces),
        "modules": modules,
        "load_s": load_s,
        "simulate_s": simulate_s,
        "json_s": json_s,
        "peak_mb": peak_mb,
        "ms_per_surface": 1000.0 * simulate_s / len(park.surfaces),
    }


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or list(DEFAULT_SIZES)
    demo = load_project(DEMO_PROJECT)
    weather = read_project_weather(demo.weather, DEMO_PROJECT, demo.site)
    simulate(replicated_park(demo, 3), weather)  # warm-up: imports, caches
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            row = measure(demo, weather, size, Path(folder))
            rows.append(row)
            print(
                f"{row['buildings']:4d} buildings, {row['surfaces']:5d} surfaces, "
                f"{row['modules']:7d} modules: load {row['load_s']:.2f} s, simulate "
                f"{row['simulate_s']:.2f} s ({row['ms_per_surface']:.2f} ms/surface), JSON "
                f"{row['json_s']:.3f} s, peak {row['peak_mb']:.0f} MB (traced)"
            )
    per_surface = [r["ms_per_surface"] for r in rows]
    print(f"cost per surface, largest / smallest park: {per_surface[-1] / per_surface[0]:.2f}")
    at_200 = next((r for r in rows if r["buildings"] >= 200), None)
    if at_200 is not None:
        print(
            f"at {at_200['buildings']} buildings: simulate {at_200['simulate_s'] / TARGET_S:.2f} "
            f"of the {TARGET_S:g} s target, memory {at_200['peak_mb'] / TARGET_MB:.2f} of "
            f"{TARGET_MB:g} MB, JSON {at_200['json_s'] / TARGET_JSON_S:.2f} of {TARGET_JSON_S:g} s"
        )
    print(f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
