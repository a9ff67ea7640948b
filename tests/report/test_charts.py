"""The report's and the window's charts: readable where the data is dense."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project
from bipv_designer.report.charts_results import monthly_energy_figure
from bipv_designer.report.project_run import run_project
from bipv_designer.weather.project_weather import read_project_weather


@pytest.fixture(scope="module")
def demo_run():
    project = load_project(DEMO_PROJECT)
    weather = read_project_weather(project.weather, DEMO_PROJECT, project.site)
    return run_project(project, weather, DEMO_PROJECT)


def test_the_monthly_legend_sits_beside_the_bars_not_over_them(demo_run):
    figure = monthly_energy_figure(demo_run.result, demo_run.park)
    FigureCanvasAgg(figure).draw()  # lays the figure out as the report's pages do
    (ax,) = figure.axes
    (legend,) = figure.legends
    box = legend.get_window_extent()
    assert box.x0 >= ax.get_window_extent().x1
    assert box.x1 <= figure.bbox.x1  # whole, not cut at the edge
    labels = [text.get_text() for text in legend.get_texts()]
    assert "Park load" in labels
    assert len(labels) == len(demo_run.result.surface_ids) + 1
