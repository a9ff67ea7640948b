"""The demo park's PDF report (target: under 5 s), from a computed run, beside the run
itself and the workbook.

Run: PYTHONPATH=. .venv/bin/python benchmarks/report.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project
from bipv_designer.report.pdf_report import write_report
from bipv_designer.report.project_run import run_project
from bipv_designer.report.workbook import write_workbook
from bipv_designer.weather.project_weather import read_project_weather

TARGET_S = 5.0
REPEATS = 3


def main() -> None:
    project = load_project(DEMO_PROJECT)
    weather = read_project_weather(project.weather, DEMO_PROJECT, project.site)
    start = time.perf_counter()
    run = run_project(project, weather, DEMO_PROJECT)
    run_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        times = []
        for _ in range(REPEATS):  # the first pays for loading fonts and matplotlib's caches
            start = time.perf_counter()
            pdf = write_report(run, Path(folder) / "report.pdf", DEMO_PROJECT)
            times.append(time.perf_counter() - start)
        first_s, report_s = times[0], statistics.median(times)
        start = time.perf_counter()
        write_workbook(run, Path(folder) / "results.xlsx")
        workbook_s = time.perf_counter() - start
        size_kb = pdf.stat().st_size / 1000
    print(f"simulation, balance, money (near shading on): {run_s:6.2f} s")
    print(f"PDF report, first in the process:            {first_s:6.2f} s")
    print(
        f"PDF report ({size_kb:,.0f} kB), median of {REPEATS}:   {report_s:6.2f} s  "
        f"({report_s / TARGET_S:4.2f} x target)"
    )
    print(f"workbook (a year of hours):                  {workbook_s:6.2f} s")


if __name__ == "__main__":
    main()
