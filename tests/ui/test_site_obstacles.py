"""Obstacles on the site drawn, edited, dragged, deleted, undone, saved and reopened;
keep-outs dragged across their roof."""

from __future__ import annotations

import pytest
from numpy.testing import assert_allclose

from bipv_designer.project.io import load_project
from bipv_designer.project.model import ObstacleShape
from bipv_designer.ui.canvas.view import Tool
from bipv_designer.ui.selection import Selection, SelectionKind
from tests.ui.conftest import click, drag
from tests.ui.test_main_window import draw_hall, type_into


def test_trees_and_neighbours_drawn_edited_dragged_undone_and_reopened(qtbot, window, tmp_path):
    project = lambda: window.document.project  # noqa: E731
    window.tool_actions[Tool.TREE].trigger()
    click(qtbot, window, (10.0, -8.0))
    (tree,) = project().obstacles
    assert tree.shape is ObstacleShape.TREE
    assert_allclose(tree.outline, [(10.0, -8.0)], atol=0.05)
    assert tree.leaf_off_months == (11, 12, 1, 2, 3)  # Nanjing is north of the equator
    assert window.properties.current_page() is window.properties.obstacle_panel
    assert window.document.undo_stack.undoText() == "Add Tree 1"

    panel = window.properties.obstacle_panel
    type_into(qtbot, panel.height, "16")
    type_into(qtbot, panel.transparency, "70")
    panel.month_boxes[3].click()  # April bare too
    tree = project().obstacle(tree.id)
    assert tree.height_m == 16.0
    assert tree.leaf_off_transparency == pytest.approx(0.7)
    assert 4 in tree.leaf_off_months

    window.tool_actions[Tool.OBSTACLE_BOX].trigger()
    drag(qtbot, window, (70.0, 0.0), (90.0, 30.0))
    neighbour = project().obstacles[-1]
    assert neighbour.shape is ObstacleShape.BOX
    assert neighbour.height_m == 15.0
    assert not panel.form.isRowVisible(panel.months)

    window.tool_actions[Tool.SELECT].trigger()
    drag(qtbot, window, (10.0, -8.0), (20.0, -10.0))
    assert_allclose(project().obstacle(tree.id).outline, [(20.0, -10.0)], atol=0.05)
    assert window.document.undo_stack.undoText() == "Move Tree 1"
    window.undo_action.trigger()
    assert_allclose(project().obstacle(tree.id).outline, [(10.0, -8.0)], atol=0.05)

    window.select(Selection(SelectionKind.OBSTACLE, neighbour.id))
    window.actions_by_name["delete"].trigger()
    assert [o.id for o in project().obstacles] == [tree.id]

    path = tmp_path / "trees.bipv.json"
    window.files.save_as(path)
    reopened = load_project(path)
    assert reopened.obstacles == project().obstacles


def test_a_keep_out_dragged_on_the_plan_moves_on_its_roof(qtbot, window):
    hall = draw_hall(qtbot, window)
    window.tool_actions[Tool.KEEP_OUT_RECTANGLE].trigger()
    drag(qtbot, window, (10.0, 10.0), (14.0, 16.0))
    window.tool_actions[Tool.SELECT].trigger()
    drag(qtbot, window, (12.0, 13.0), (32.0, 8.0))
    (layout,) = window.document.project.surface_layouts
    assert layout.surface_id == f"{hall.id}/roof-1"
    assert_allclose(layout.keep_outs[0].points, ((30.0, 5.0), (34.0, 11.0)), atol=0.05)
    assert window.document.undo_stack.undoText().startswith("Move keep-out")


def test_the_sun_path_of_a_facade_shows_the_neighbour_that_hides_the_winter_sun(qtbot, dialogs):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from bipv_designer.paths import DEMO_PROJECT, REPOSITORY_ROOT
    from bipv_designer.shading.skyline import obstacle_skyline
    from bipv_designer.ui.main_window import MainWindow

    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.select(Selection(SelectionKind.SURFACE, "office-c/facade-1"))
    panel = window.properties.surface_panel
    assert panel.sun_path.isVisible()
    with qtbot.waitSignal(panel.sun_path_requested):
        qtbot.mouseClick(panel.sun_path, Qt.MouseButton.LeftButton)
    (dialog,) = [
        d for d in window.findChildren(QDialog) if d.windowTitle().startswith("Sun path of")
    ]
    assert dialog.isVisible()
    canvas = dialog.findChild(FigureCanvasQTAgg)
    labels = [text.get_text() for text in canvas.figure.axes[0].get_legend().get_texts()]
    assert "Park obstacles" in labels
    azimuth, elevation = obstacle_skyline(window.document.project, "office-c/facade-1")
    south_east = (azimuth > 110) & (azimuth < 150)
    assert elevation[south_east].max() > 15  # the logistics block
    shots = REPOSITORY_ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(shots / "sun_path_office_c.png"))
    window.runner.worker.shutdown()
    window.shading_map.worker.shutdown()
    window.weather_actions.downloads.shutdown()


def test_an_overhang_added_on_a_facade_page_shades_the_modules_below_it(qtbot, window, dialogs):
    from PySide6.QtCore import Qt

    from bipv_designer.project.layout_model import FacadeShadeKind
    from tests.ui.test_plan_tools import click_tree

    hall = draw_hall(qtbot, window)
    facade_id = f"{hall.id}/facade-1"
    click_tree(qtbot, window, "surface", facade_id)
    shades = window.properties.surface_panel.shades
    assert shades.isVisible()
    overhang_button, fin_button = shades.add_buttons
    qtbot.mouseClick(overhang_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(fin_button, Qt.MouseButton.LeftButton)
    layout = next(s for s in window.document.project.surface_layouts if s.surface_id == facade_id)
    overhang, fin = layout.shades
    assert (overhang.kind, fin.kind) == (FacadeShadeKind.OVERHANG, FacadeShadeKind.FIN)
    assert window.document.undo_stack.undoText().startswith("Add an overhang or fin to")
    shades.table.item(0, 5).setText("2")
    layout = next(s for s in window.document.project.surface_layouts if s.surface_id == facade_id)
    assert layout.shades[0].depth_m == 2.0
    shades.table.item(0, 5).setText("-1")
    assert "expected more than 0" in dialogs.errors.pop()
    window.undo_action.trigger()
    layout = next(s for s in window.document.project.surface_layouts if s.surface_id == facade_id)
    assert layout.shades[0].depth_m == 1.0
