"""A project as a job that runs anywhere: the project, its weather and its meter files
travel as data, so a worker needs none of the client's paths (docs/scale.md)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from msgspec import Struct

from bipv_designer.project.model import Project
from bipv_designer.weather.data import WeatherData

PROJECT_FILE_NAME = "project.bipv.json"
"""Name the project takes in a worker's scratch folder (meter files sit beside it)."""


class BatchJob(Struct, frozen=True):
    """One project of a batch.

    Attributes
    ----------
    name : str  the project file's stem (unique in the batch)
    source : str  where the project came from (a path), for the summary
    project : Project
    weather : WeatherData  read on the client
    files : dict of relative path to bytes  the meter files the project reads
    """

    name: str
    source: str
    project: Project
    weather: WeatherData
    files: dict[str, bytes]


class JobResult(Struct, frozen=True):
    """What a job gave: the results document (``simulate --json``), or why not."""

    name: str
    source: str
    document: dict[str, Any] | None
    error: str = ""


def prepare_job(path: Path, name: str) -> BatchJob:
    """Read a project file, its weather and its meter files (BipvError if any is
    broken)."""
    from bipv_designer.project.io import load_project
    from bipv_designer.weather.project_weather import read_project_weather

    project = load_project(path)
    weather = read_project_weather(project.weather, path, project.site)
    files = {}
    if project.load is not None:
        for meter in project.load.meters:
            if meter.file is not None:
                files[meter.file.path] = (path.parent / meter.file.path).read_bytes()
    return BatchJob(name, str(path), project, weather, files)


def run_job(job: BatchJob) -> JobResult:
    """Simulate a job and give its results document (on a worker: the meter files are
    written to a scratch folder of its own)."""
    from bipv_designer.report.project_run import run_project

    with tempfile.TemporaryDirectory(prefix="bipv-batch-") as folder:
        for relative, data in job.files.items():
            target = Path(folder) / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        run = run_project(job.project, job.weather, Path(folder) / PROJECT_FILE_NAME)
        return JobResult(job.name, job.source, run.document())
