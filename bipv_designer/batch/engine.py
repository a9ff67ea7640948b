"""The batch engine: Dask distributed, on a local cluster of processes or on an existing
cluster by address (docs/scale.md). Jobs go to the workers as data; each job's result
or error comes back; Ctrl-C cancels what is left and closes the cluster."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from bipv_designer.batch.jobs import BatchJob, JobResult, run_job

SCHEDULER_VARIABLE = "DASK_SCHEDULER_ADDRESS"
"""Environment variable naming a running scheduler (Dask's own convention)."""
CANCELLED = "cancelled (Ctrl-C)"

Progress = Callable[[int, int, JobResult], None]
"""Called with (done, total, the result just finished)."""


def scheduler_address(given: str | None) -> str | None:
    """The scheduler to use: the one given, else $DASK_SCHEDULER_ADDRESS, else None (a
    local cluster)."""
    return given or os.environ.get(SCHEDULER_VARIABLE) or None


def run_batch(
    jobs: Sequence[BatchJob],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> list[JobResult]:
    """Run every job; results in the order of ``jobs`` (a failed job carries its error,
    the others go on). ``workers`` processes on a local cluster unless ``scheduler``
    names a running one. On Ctrl-C (KeyboardInterrupt) the jobs not finished are
    cancelled and come back marked :data:`CANCELLED`; the cluster is closed either way."""
    from distributed import Client, LocalCluster, as_completed

    address = scheduler_address(scheduler)
    cluster = None
    if address is None:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
    client = Client(address or cluster)
    results: dict[int, JobResult] = {}
    try:
        futures = {client.submit(run_job, job, pure=False): k for k, job in enumerate(jobs)}
        try:
            for future in as_completed(futures):
                k = futures[future]
                results[k] = _result(future, jobs[k])
                if progress is not None:
                    progress(len(results), len(jobs), results[k])
        except KeyboardInterrupt:
            client.cancel(list(futures))
            for k, job in enumerate(jobs):
                results.setdefault(k, JobResult(job.name, job.source, None, CANCELLED))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return [results[k] for k in range(len(jobs))]


def _result(future, job: BatchJob) -> JobResult:
    """The future's result, or the job's error as a result (our errors say what went
    wrong; others are named by their type)."""
    from bipv_designer.errors import BipvError

    error = future.exception()
    if error is None:
        return future.result()
    if isinstance(error, BipvError):
        return JobResult(job.name, job.source, None, str(error))
    return JobResult(job.name, job.source, None, f"{type(error).__name__}: {error}")
