"""Layout fill speed: a 50,000 m2 roof with 30 keep-outs.

Prints the time of the allowed-region construction and of the fill, for flush modules
(about 18,000) and for south racks at the winter-solstice pitch (about 10,000), with
and without the offset search, and the ratio to a box-by-box plain grid over the same
area (shapely ``covers`` per candidate, the approach the engine avoids).

Run: ``.venv/bin/python benchmarks/layout_fill.py``
"""

from __future__ import annotations

import time

import numpy as np
import shapely

from bipv_designer.layout.grid import fill_grid
from bipv_designer.layout.racks import rack_layout
from bipv_designer.layout.region import allowed_region
from bipv_designer.project.layout_model import (
    ArrayLayout,
    KeepOut,
    KeepOutShape,
    PitchRule,
    RackLayout,
    RackSettings,
    Setback,
)
from bipv_designer.project.model import Module

MODULE = Module("m", "550 W", 2.278, 1.134, 550.0, -0.0035)
ROOF = ((0.0, 0.0), (250.0, 0.0), (250.0, 200.0), (0.0, 200.0))


def keep_outs(seed: int = 7) -> list[KeepOut]:
    rng = np.random.default_rng(seed)
    found = []
    for i in range(30):
        u, v = (float(x) for x in rng.uniform(10.0, 230.0, 2))
        if i % 2:
            found.append(
                KeepOut(
                    f"c{i}", "fan", KeepOutShape.CIRCLE, ((u, v),), radius_m=1.0, clearance_m=0.5
                )
            )
        else:
            found.append(
                KeepOut(
                    f"r{i}",
                    "skylight",
                    KeepOutShape.RECTANGLE,
                    ((u, v), (u + 6.0, v + 2.0)),
                    clearance_m=0.6,
                )
            )
    return found


def timed(function, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    obstacles = keep_outs()
    region_time, region = timed(lambda: allowed_region(ROOF, Setback(uniform_m=1.5), obstacles))
    print(f"roof 250 m x 200 m = {shapely.Polygon(ROOF).area:,.0f} m2, 30 keep-outs")
    print(f"allowed region: {region_time * 1000:.1f} ms")
    w, h = MODULE.width_m, MODULE.length_m
    for search in (False, True):
        seconds, corners = timed(
            lambda s=search: fill_grid(region, w, h, w + 0.02, h + 0.02, offset_search=s)
        )
        label = "offset search" if search else "plain grid   "
        print(f"flush fill, {label}: {corners.u.size:6d} modules in {seconds:.3f} s")
    racks = RackSettings(RackLayout.SOUTH, 10.0, 1, PitchRule.WINTER_SOLSTICE, 0.6)
    layout = ArrayLayout("a", True, 0.02, 0.02, True, 25.0, racks=racks)
    seconds, racked = timed(lambda: rack_layout(region, MODULE, layout, racks, 180.0, 32.0))
    print(f"south racks at 32 N, offset search: {racked.count:6d} modules in {seconds:.3f} s")
    total = region_time + seconds
    print(f"region + racked fill: {total:.3f} s (target < 1 s for 10,000 modules)")

    minx, miny, maxx, maxy = region.bounds
    u = minx + (w + 0.02) * np.arange(int((maxx - minx) / (w + 0.02)) + 1)
    v = miny + (h + 0.02) * np.arange(int((maxy - miny) / (h + 0.02)) + 1)
    uu, vv = (a.ravel() for a in np.meshgrid(u, v))

    def box_by_box() -> int:
        return int(np.count_nonzero(shapely.covers(region, shapely.box(uu, vv, uu + w, vv + h))))

    naive_seconds, naive = timed(box_by_box, repeat=1)
    plain_seconds, plain = timed(
        lambda: fill_grid(region, w, h, w + 0.02, h + 0.02, offset_search=False)
    )
    print(
        f"box-by-box plain grid: {naive} modules in {naive_seconds:.3f} s; "
        f"row engine {plain.u.size} in {plain_seconds:.3f} s "
        f"(ratio {naive_seconds / plain_seconds:.1f}x)"
    )


if __name__ == "__main__":
    main()
