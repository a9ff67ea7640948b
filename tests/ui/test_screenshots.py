"""Screenshots of the window on the demo project at 1366 x 768, for a person to look at.

They go to ``build/screenshots/`` (not committed). The test checks what a machine can:
the window fits the screen, and the plan and the 3-D view are not blank.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from bipv_designer.paths import DEMO_PROJECT, REPOSITORY_ROOT
from bipv_designer.project.io import load_project
from bipv_designer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

SCREEN = (1366, 768)
SHOTS = REPOSITORY_ROOT / "build" / "screenshots"


def distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_demo_window_and_3d_view_at_1366_by_768(qtbot):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit_all()
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0]
    assert hint.height() <= SCREEN[1]
    SHOTS.mkdir(parents=True, exist_ok=True)
    main = window.grab()
    assert (main.width(), main.height()) == SCREEN
    main.save(str(SHOTS / "main_window_demo.png"))
    view3d = window.view3d.grab()
    view3d.save(str(SHOTS / "view3d_demo.png"))
    assert distinct_colours(window.view.viewport().grab().toImage()) > 5
    assert distinct_colours(view3d.toImage()) > 5
    window.runner.worker.shutdown()


def test_layout_and_string_plan_panels_of_the_demo(qtbot):
    from tests.ui.test_plan_tools import click_tree

    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    click_tree(qtbot, window, "array", "hall-a-south")
    assert "5 x Generic 110 kW" in window.properties.layout_panel.inverter_name.text()
    window.properties.layout_panel.grab().save(str(SHOTS / "layout_panel_demo.png"))
    click_tree(qtbot, window, "strings")
    panel = window.properties.string_plan_panel
    assert panel.table.rowCount() > 0
    assert "No warnings" in panel.warnings.text()
    panel.grab().save(str(SHOTS / "string_plan_panel_demo.png"))
    window.grab().save(str(SHOTS / "main_window_strings_demo.png"))
    window.runner.worker.shutdown()
