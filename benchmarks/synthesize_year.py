"""Seconds to make a synthetic typical hourly year (target: under 2 s).

Run: .venv/bin/python benchmarks/synthesize_year.py [--repeat 5]

Times the whole path a project with only a site location takes: nearest station,
monthly normals, the synthetic year (solar position, Ineichen clear sky, daily and
hourly sequences, DIRINT split, temperatures), and writing it as plain CSV.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bipv_designer.project.model import Site
from bipv_designer.weather.project_weather import station_year
from bipv_designer.weather.writer import write_plain_csv

TARGET_S = 2.0
SITE = Site("Jiangning park", 31.93, 118.82, 20.0, "Asia/Shanghai", 0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    station_year(SITE, "nearest")  # load the table and pvlib's turbidity data once
    make, write = [], []
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(args.repeat):
            start = time.perf_counter()
            weather = station_year(SITE, "nearest", seed)
            made = time.perf_counter()
            write_plain_csv(weather, Path(folder) / "year.csv")
            make.append(made - start)
            write.append(time.perf_counter() - made)
    best = min(make)
    print(f"synthetic year: best {best:.3f} s, mean {sum(make) / len(make):.3f} s")
    print(f"writing the CSV: best {min(write):.3f} s")
    verdict = "met" if best < TARGET_S else "NOT met"
    print(f"target {TARGET_S:.1f} s: {verdict} ({TARGET_S / best:.0f}x margin)")


if __name__ == "__main__":
    main()
