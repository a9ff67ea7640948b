"""The shading colours on the plan: computed in the background, recoloured after a
keep-out moves, the window answering all the while."""

from __future__ import annotations

import numpy as np
import pytest
from msgspec.structs import replace
from PySide6.QtCore import QTimer

from bipv_designer.edits import obstacles
from bipv_designer.geometry.module_outlines import placement_outlines_on_plan
from bipv_designer.paths import REPOSITORY_ROOT
from bipv_designer.ui.main_window import MainWindow
from tests.shading.test_module_shading import roof_with_unit

SHOTS = REPOSITORY_ROOT / "build" / "screenshots"


@pytest.fixture
def shaded_window(qtbot, dialogs):
    window = MainWindow(roof_with_unit(parapet_m=0.0), None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shading_map.worker.shutdown()
    window.runner.worker.shutdown()
    window.weather_actions.downloads.shutdown()


def _coloured(qtbot, window) -> np.ndarray:
    """Wait for the colours (the event loop runs meanwhile); each module's class."""
    with qtbot.waitSignal(window.shading_map.losses_changed, timeout=60_000) as published:
        pass
    assert published.args[0] is not None
    array_id = window.document.project.arrays[0].id
    return window.scene.modules_item(array_id).classes


def _modules_north_of(window, box) -> np.ndarray:
    """Modules whose centre lies within 3 m north of a box (x0, y0, x1, y1) [m]."""
    project = window.document.project
    centres = placement_outlines_on_plan(project, project.arrays[0]).mean(axis=1)
    x0, _y0, x1, y1 = box
    return (
        (centres[:, 0] > x0)
        & (centres[:, 0] < x1)
        & (centres[:, 1] > y1)
        & (centres[:, 1] < y1 + 3)
    )


def test_moving_a_keep_out_recolours_the_modules_behind_it(qtbot, shaded_window):
    window = shaded_window
    ticks: list[int] = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.actions_by_name["shading_colours"].trigger()
    classes = _coloured(qtbot, window)
    assert window.legend.widget.isVisible()
    behind_unit = _modules_north_of(window, (28.0, 13.0, 32.0, 17.0))
    assert behind_unit.any()
    assert (classes[behind_unit] > 0).any()  # the unit shades the modules north of it
    elsewhere = _modules_north_of(window, (48.0, 13.0, 52.0, 17.0))
    assert (classes[elsewhere] == 0).all()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "shading_colours_1366.png"))
    editor = window.layout_actions.open_surface_editor(window.document.project.arrays[0].id)
    fills = {
        item.brush().color().name() for item in editor.scene.items() if hasattr(item, "corner")
    }
    assert len(fills) > 2  # the module editor shows the same colours
    editor.close()

    roof_id = window.document.project.surfaces[0].id
    unit = obstacles.keep_out_of(window.document.project, roof_id, "unit")
    moved = replace(unit, points=((48.0, 13.0), (52.0, 17.0)))
    ticks.clear()
    window.document.edit(obstacles.change_keep_out, roof_id, moved)
    classes = _coloured(qtbot, window)
    assert (classes[_modules_north_of(window, (48.0, 13.0, 52.0, 17.0))] > 0).any()
    assert (classes[behind_unit] == 0).all()
    assert len(ticks) >= 5  # the window kept answering while the shading was computed
    timer.stop()

    window.actions_by_name["shading_colours"].trigger()
    assert window.scene.modules_item(window.document.project.arrays[0].id).classes is None
    assert not window.legend.widget.isVisible()
