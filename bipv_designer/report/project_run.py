"""One run of a project: the simulation, the park balance, money and carbon, computed
once and shared by the command line, the window, the report and the exports (so that
every figure they show is the same number)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from msgspec import Struct

from bipv_designer.energy.park import ParkBalance, park_balance
from bipv_designer.project.model import Project
from bipv_designer.report.balance import balance_json
from bipv_designer.report.exports import results_json
from bipv_designer.report.money import carbon_figures, money_json
from bipv_designer.simulation.result import SimulationResult
from bipv_designer.simulation.run import simulate
from bipv_designer.weather.data import WeatherData


class ProjectRun(Struct, frozen=True):
    """A project's results.

    Attributes
    ----------
    project : Project
    weather : WeatherData  the weather it was simulated with
    result : SimulationResult
    park : ParkBalance or None  without a load
    money : dict or None  without a tariff (``report.money.money_json``)
    carbon : dict  (``report.money.carbon_figures``)
    """

    project: Project
    weather: WeatherData
    result: SimulationResult
    park: ParkBalance | None
    money: dict[str, Any] | None
    carbon: dict[str, Any]

    def document(self) -> dict[str, Any]:
        """The results document ``simulate --json`` prints (docs/results-format.md)."""
        document = results_json(self.result, self.project.name)
        if self.park is not None:
            document["balance"] = balance_json(self.park)
        document["money"] = self.money
        document["carbon"] = self.carbon
        return document


def run_project(
    project: Project,
    weather: WeatherData,
    project_path: str | os.PathLike[str] = ".",
    *,
    progress: Callable[[float, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ProjectRun:
    """Simulate the project with ``weather`` and set the result against its load, tariff
    and carbon settings (meter files are found next to ``project_path``)."""
    result = simulate(project, weather, progress=progress, cancel=cancel)
    park = park_balance(project, result, project_path, temp_air=weather.data["temp_air"])
    carbon = carbon_figures(project, result, park)
    return ProjectRun(
        project, weather, result, park, money_json(project, result, park, carbon), carbon
    )
