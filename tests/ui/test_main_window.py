"""The window: open the demo, simulate off the GUI thread, show per-surface results."""

from __future__ import annotations

import time

import pytest

from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project
from bipv_designer.ui.main_window import MainWindow
from bipv_designer.ui.workers import Worker

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.worker.shutdown()


def test_tree_shows_buildings_and_surfaces(window):
    project = window.project
    top_level = [
        window.tree.topLevelItem(i).text(0) for i in range(window.tree.topLevelItemCount())
    ]
    assert top_level[0] == "Site"
    for building in project.buildings:
        assert building.name in top_level


def test_simulate_fills_the_results_table(window, qtbot, tmp_path):
    window.simulate_action.trigger()
    qtbot.waitUntil(lambda: window.result is not None, timeout=60_000)
    surfaces = len(window.result.surface_ids)
    assert window.results.rowCount() == surfaces + 1
    assert window.results.item(surfaces, 0).text() == "Total"
    total_kwh = float(window.results.item(surfaces, 2).text().replace(",", ""))
    assert total_kwh == pytest.approx(window.result.summary().loc["total", "annual_ac_kwh"], abs=1)
    assert window.progress.isHidden()
    window.grab().save(str(tmp_path / "main_window.png"))


def test_worker_reports_failure_and_stays_silent_when_cancelled(qtbot):
    worker = Worker()
    failures, results = [], []
    worker.failed.connect(failures.append)
    worker.finished.connect(results.append)

    def failing(progress, cancel):
        raise ValueError("boom")

    worker.start(failing)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5_000)
    assert str(failures[0]) == "boom"

    def slow(progress, cancel):
        while not cancel():
            time.sleep(0.01)
        return "late"

    worker.start(slow)
    worker.cancel()
    worker.shutdown()
    qtbot.wait(50)
    assert results == []
