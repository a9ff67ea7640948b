"""Seconds per surface-year: our vectorised chain vs a pvlib ModelChain loop vs PySAM PVWatts v8.

Run: .venv/bin/python benchmarks/simulate_surfaces.py [--sizes 10 100 1000]

For each N the script times, in the same process and on the same weather (pvlib's
bundled TMY3 file 723170TYA.CSV): our chain with the PVWatts DC model (all N surfaces
in one call), a loop of pvlib ModelChain (one per surface), and a loop of NREL PySAM
Pvwattsv8 (one call per surface, weather passed as arrays), plus our chain with a CEC
single-diode module; it prints seconds per surface-year, the speed-up ratios and the
peak memory of our chain (tracemalloc). Ours is timed after a warm-up run (imports and
first-use tables excluded), best of three. Targets (issue 16): at N = 1 no slower than
PySAM (x SAM >= 1.0); at N = 100 with the PVWatts DC model >= 20x faster than the
ModelChain loop and >= 15x faster than PySAM.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import numpy as np
import pvlib
import PySAM.Pvwattsv8 as Pvwattsv8
from msgspec.structs import replace

from bipv_designer.components.library import cec_module, cec_table, generic_module
from bipv_designer.paths import pvlib_data_file
from bipv_designer.project.defaults import default_losses
from bipv_designer.project.model import (
    Array,
    Mounting,
    Project,
    Site,
    Surface,
    SurfaceKind,
    WeatherReference,
)
from bipv_designer.simulation.run import simulate
from bipv_designer.weather.data import WeatherData
from bipv_designer.weather.readers import read_weather

LOOP_LIMIT = 200
"""Loops over more surfaces than this are timed on the first LOOP_LIMIT only."""


PARK_TILTS = (0.0, 3.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 90.0)
"""Tilts a park's surfaces share: flat roofs, pitched halls, saw-tooth teeth, facades."""


def orientations(n: int, distinct_tilts: bool = False) -> list[tuple[float, float]]:
    """N random orientations: tilts from PARK_TILTS, or all different (the worst case)."""
    rng = np.random.default_rng(n)
    tilts = rng.uniform(0, 90, n) if distinct_tilts else rng.choice(PARK_TILTS, n)
    return list(zip(tilts, rng.uniform(0, 360, n), strict=True))


def project_for(
    weather: WeatherData, n: int, cec: bool = False, distinct_tilts: bool = False
) -> Project:
    meta = weather.metadata
    module = (
        replace(cec_module(cec_table().columns[5000]), id="m")
        if cec
        else (replace(generic_module(), id="m"))
    )
    surfaces, arrays = [], []
    for i, (tilt, azimuth) in enumerate(orientations(n, distinct_tilts)):
        surfaces.append(
            Surface(
                id=f"s{i}",
                name=f"S{i}",
                kind=SurfaceKind.ROOF,
                building_id=None,
                outline=((0, 0), (1, 0), (1, 1), (0, 1)),
                origin=(0, 0, 0),
                surface_tilt=float(tilt),
                surface_azimuth=float(azimuth),
                mounting=Mounting.OPEN_RACK,
            )
        )
        arrays.append(
            Array(id=f"a{i}", name=f"A{i}", surface_id=f"s{i}", module_id="m", module_count=8)
        )
    return Project(
        name="benchmark",
        site=Site("bench", meta.latitude, meta.longitude, meta.altitude, "Etc/GMT+5", 0.2),
        buildings=(),
        surfaces=tuple(surfaces),
        modules=(module,),
        arrays=tuple(arrays),
        losses=default_losses(),
        weather=WeatherReference(meta.source),
    )


REPEATS = 3
"""Runs of ours timed; the best counts."""


def time_ours(weather: WeatherData, project: Project) -> float:
    """Seconds per surface of the best of :data:`REPEATS` runs."""
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        simulate(project, weather)
        best = min(best, time.perf_counter() - start)
    return best / len(project.surfaces)


def peak_memory_mib(weather: WeatherData, project: Project) -> float:
    """Peak memory traced during one run [MiB]."""
    tracemalloc.start()
    simulate(project, weather)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def time_modelchain(weather: WeatherData, n: int) -> float:
    meta = weather.metadata
    location = pvlib.location.Location(meta.latitude, meta.longitude, altitude=meta.altitude)
    data = weather.data[["ghi", "dni", "dhi", "temp_air", "wind_speed"]].copy()
    data.index = weather.solar_times
    subset = orientations(n)[:LOOP_LIMIT]
    start = time.perf_counter()
    for tilt, azimuth in subset:
        system = pvlib.pvsystem.PVSystem(
            surface_tilt=tilt,
            surface_azimuth=azimuth,
            module_parameters={"pdc0": 4400.0, "gamma_pdc": -0.0035},
            inverter_parameters={"pdc0": 4400.0 / 1.2 / 0.96},
            temperature_model_parameters={"u_c": 29.0, "u_v": 0.0},
        )
        chain = pvlib.modelchain.ModelChain(
            system,
            location,
            aoi_model="physical",
            spectral_model="no_loss",
            transposition_model="perez",
            losses_model="pvwatts",
        )
        chain.run_model(data)
    return (time.perf_counter() - start) / len(subset)


def time_pysam(weather: WeatherData, n: int) -> float:
    meta, data = weather.metadata, weather.data
    stamps = data.index
    resource = {
        "lat": meta.latitude,
        "lon": meta.longitude,
        "tz": meta.utc_offset_hours,
        "elev": meta.altitude,
        "year": list(stamps.year),
        "month": list(stamps.month),
        "day": list(stamps.day),
        "hour": list(stamps.hour),
        "minute": [30] * len(stamps),
        "dn": list(data["dni"]),
        "df": list(data["dhi"]),
        "gh": list(data["ghi"]),
        "tdry": list(data["temp_air"]),
        "wspd": list(data["wind_speed"]),
    }
    subset = orientations(n)[:LOOP_LIMIT]
    start = time.perf_counter()
    for tilt, azimuth in subset:
        model = Pvwattsv8.default("PVWattsNone")
        model.SolarResource.solar_resource_data = resource
        design = model.SystemDesign
        design.system_capacity, design.tilt, design.azimuth = 4.4, tilt, azimuth
        design.array_type, design.losses, design.dc_ac_ratio = 1, 14.08, 1.2
        model.execute()
    return (time.perf_counter() - start) / len(subset)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000])
    args = parser.parse_args()
    weather = read_weather(pvlib_data_file("723170TYA.CSV"))
    simulate(project_for(weather, 2), weather)  # warm-up: imports, tables
    print(
        f"{'N':>5} {'ours ms':>8} {'ModelChain ms':>14} {'PySAM ms':>9} {'x MC':>6} "
        f"{'x SAM':>6} {'peak MiB':>9} {'distinct-tilt ms':>17} {'ours CEC ms':>12}"
    )
    for n in args.sizes:
        park = project_for(weather, n)
        ours = time_ours(weather, park)
        peak = peak_memory_mib(weather, park)
        distinct = time_ours(weather, project_for(weather, n, distinct_tilts=True))
        cec = time_ours(weather, project_for(weather, min(n, 100), cec=True))
        modelchain = time_modelchain(weather, n)
        pysam = time_pysam(weather, n)
        print(
            f"{n:5d} {1000 * ours:8.2f} {1000 * modelchain:14.2f} {1000 * pysam:9.2f} "
            f"{modelchain / ours:6.1f} {pysam / ours:6.1f} {peak:9.1f} "
            f"{1000 * distinct:17.2f} {1000 * cec:12.2f}"
        )
    print(
        f"ours: park-like tilts {PARK_TILTS}, random azimuths, best of {REPEATS} after a "
        "warm-up; distinct-tilt: every tilt different. "
        f"Loops over more than {LOOP_LIMIT} surfaces are timed on "
        f"the first {LOOP_LIMIT}; CEC timed on at most 100 surfaces."
    )


if __name__ == "__main__":
    main()
