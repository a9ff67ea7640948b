"""The demo's ``simulate --json`` as a whole process against a process that only imports
pvlib and pandas (issue 16's target: at most 1.3 x), and the first run of the demo on an
empty cache. The two processes take turns, ten times each, so that a machine whose
speed drifts slows both alike; the ratio is of the best of each.

The package's bytecode is compiled first, as an installation does. The processes share a
cache folder of their own (a temporary one): the first run fills it, the timed runs find
the demo's weather, power table and near shading there, as a user's second run does.

Run: .venv/bin/python benchmarks/startup.py
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "examples" / "nanjing_park.bipv.json"
REPEATS = 10
TARGET_RATIO = 1.3


def seconds(command: list[str], environment: dict[str, str]) -> float:
    """Wall time of one process [s]."""
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    compileall.compile_dir(ROOT / "bipv_designer", quiet=1)
    imports = [sys.executable, "-c", "import pvlib, pandas"]
    simulate = [sys.executable, "main.py", "simulate", str(DEMO), "--json"]
    with tempfile.TemporaryDirectory() as cache:
        environment = {**os.environ, "BIPV_DESIGNER_CACHE": cache}
        first = seconds(simulate, environment)
        pairs = [
            (seconds(imports, environment), seconds(simulate, environment)) for _ in range(REPEATS)
        ]
        baseline, demo = (min(times) for times in zip(*pairs, strict=True))
    print(f"import pvlib, pandas: {baseline:.2f} s (best of {REPEATS})")
    print(f"demo simulate --json: {demo:.2f} s (best of {REPEATS}, shading cached)")
    print(f"ratio: {demo / baseline:.2f} (target {TARGET_RATIO})")
    print(f"first demo run, empty cache: {first:.2f} s")


if __name__ == "__main__":
    main()
