"""Projects per minute through the batch engine on a local cluster of 1 and 2 worker
processes (the small test hall, 100 modules, a TMY3 year), and the speed-up: with the
cluster's start-up counted (what a user waits for on one machine) and on a cluster
already running (what a long batch or a real cluster sees).

Run: PYTHONPATH=. .venv/bin/python benchmarks/batch.py [PROJECTS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from distributed import LocalCluster

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
    warm_per_minute = {}
    for workers in (1, 2):
        start = time.perf_counter()
        results = run_batch(jobs, workers=workers)
        cold = time.perf_counter() - start
        assert all(r.document is not None for r in results)
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster:
            run_batch(jobs[:workers], scheduler=cluster.scheduler_address)  # workers warm
            start = time.perf_counter()
            run_batch(jobs, scheduler=cluster.scheduler_address)
            warm = time.perf_counter() - start
        warm_per_minute[workers] = 60.0 * count / warm
        print(
            f"{workers} worker(s), {count} projects: {60.0 * count / cold:.0f} projects/min "
            f"with start-up ({cold:.1f} s), {60.0 * count / warm:.0f} projects/min on a "
            f"running cluster ({warm:.1f} s)"
        )
    speed_up = warm_per_minute[2] / warm_per_minute[1]
    print(f"speed-up with 2 workers on a running cluster: {speed_up:.2f} x")


if __name__ == "__main__":
    main()
