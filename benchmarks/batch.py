"""Projects per minute through the batch engine on a local cluster of 1 and 2 worker
processes (the small test hall, 100 modules, a TMY3 year), and the speed-up; cluster
start-up is counted, as a user waits for it too.

Run: PYTHONPATH=. .venv/bin/python benchmarks/batch.py [PROJECTS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from bipv_designer.batch.engine import run_batch
from bipv_designer.batch.jobs import prepare_job
from bipv_designer.project.io import save_project
from tests.factories import make_small_project

DEFAULT_PROJECTS = 12


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PROJECTS
    folder = Path(__file__).resolve().parent.parent / "build" / "batch-benchmark"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "small.bipv.json"
    save_project(make_small_project(), path)
    jobs = [prepare_job(path, f"small-{k}") for k in range(count)]
    per_minute = {}
    for workers in (1, 2):
        start = time.perf_counter()
        results = run_batch(jobs, workers=workers)
        elapsed = time.perf_counter() - start
        assert all(r.document is not None for r in results)
        per_minute[workers] = 60.0 * count / elapsed
        print(
            f"{workers} worker(s): {count} projects in {elapsed:.1f} s = "
            f"{per_minute[workers]:.0f} projects/min"
        )
    print(f"speed-up with 2 workers: {per_minute[2] / per_minute[1]:.2f} x")


if __name__ == "__main__":
    main()
