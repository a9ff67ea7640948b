"""The window, driven with real mouse and keyboard events on the offscreen display."""

from __future__ import annotations

import math

import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import QDateTime, QPoint, Qt

from bipv_designer.geometry.frames import polygon_area
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project
from bipv_designer.project.model import RoofType
from bipv_designer.ui.canvas.view import Tool
from bipv_designer.ui.main_window import MainWindow
from bipv_designer.ui.selection import Selection, SelectionKind
from bipv_designer.ui.workers import Worker
from tests.ui.conftest import click, drag, viewport_point

pytestmark = pytest.mark.gui


def draw_hall(qtbot, window):
    window.tool_actions[Tool.RECTANGLE].trigger()
    drag(qtbot, window, (0.0, 0.0), (60.0, 30.0))
    return window.document.project.buildings[-1]


def type_into(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def test_draw_type_height_change_roof_undo_redo_save_reopen(qtbot, window, tmp_path):
    stack = window.document.undo_stack
    hall = draw_hall(qtbot, window)
    assert_allclose(hall.footprint, [(0, 0), (60, 0), (60, 30), (0, 30)], atol=1e-9)
    surfaces = [s for s in window.document.project.surfaces if s.building_id == hall.id]
    assert len(surfaces) == 5
    assert stack.undoText() == "Draw building 'Building 1'"
    assert window.windowTitle().startswith("*")

    panel = window.properties.building_panel
    assert panel.isEnabled()
    type_into(qtbot, panel.height, "12")
    assert window.document.project.building(hall.id).height_m == 12.0
    assert stack.undoText() == "Change height of 'Building 1'"

    panel.roof_type.setCurrentIndex(panel.roof_type.findData(RoofType.GABLE))
    type_into(qtbot, panel.slope, "10")
    type_into(qtbot, panel.direction, "90")
    project = window.document.project
    roofs = [s for s in project.surfaces if s.building_id == hall.id and s.kind == "roof"]
    facades = [s for s in project.surfaces if s.building_id == hall.id and s.kind == "facade"]
    # hand values: ridge east-west along the 60 m side, 10 degree slope
    assert [(r.surface_tilt, r.surface_azimuth) for r in roofs] == [(10.0, 180.0), (10.0, 0.0)]
    assert_allclose([polygon_area(r.outline) for r in roofs], 60 * 15 / math.cos(math.radians(10)))
    assert sorted(f.surface_azimuth for f in facades) == [0.0, 90.0, 180.0, 270.0]
    gable_end = 30 * 12 + 0.5 * 30 * 15 * math.tan(math.radians(10))
    areas = {f.surface_azimuth: polygon_area(f.outline) for f in facades}
    assert_allclose([areas[180.0], areas[90.0]], [60 * 12, gable_end])

    steps = stack.count()
    snapshots = [stack.command(i) for i in range(steps)]
    assert len(snapshots) == 5
    for _ in range(steps - 1):
        window.undo_action.trigger()
    assert window.document.project.building(hall.id).height_m == 10.0
    assert window.document.project.building(hall.id).roof.roof_type is RoofType.FLAT
    window.undo_action.trigger()
    assert window.document.project.buildings == ()
    assert window.document.project.surfaces == ()
    for _ in range(steps):
        window.redo_action.trigger()
    assert window.document.project == project

    path = tmp_path / "hall.bipv.json"
    assert window.files.save_as(path)
    assert not window.windowTitle().startswith("*")
    assert load_project(path) == project
    reopened = MainWindow(load_project(path), path)
    qtbot.addWidget(reopened)
    assert reopened.document.project == project


def test_polygon_by_clicks_with_typed_length_and_enter(qtbot, window):
    window.tool_actions[Tool.POLYGON].trigger()
    for point in [(0.0, 0.0), (40.0, 0.0)]:
        click(qtbot, window, point)
    qtbot.keyClicks(window.view, "20<90")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    click(qtbot, window, (0.0, 20.0))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    (building,) = window.document.project.buildings
    assert_allclose(building.footprint, [(0, 0), (40, 0), (40, 20), (0, 20)], atol=1e-9)


def test_escape_cancels_and_a_click_closes_on_the_first_vertex(qtbot, window):
    window.tool_actions[Tool.POLYGON].trigger()
    click(qtbot, window, (0.0, 0.0))
    click(qtbot, window, (10.0, 0.0))
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.document.project.buildings == ()
    for point in [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.2, 0.2)]:
        click(qtbot, window, point)
    assert len(window.document.project.buildings) == 1
    assert len(window.document.project.buildings[0].footprint) == 3


def test_drag_moves_a_building_in_one_undo_step(qtbot, window):
    hall = draw_hall(qtbot, window)
    window.tool_actions[Tool.SELECT].trigger()
    drag(qtbot, window, (30.0, 15.0), (40.0, 20.0))
    moved = window.document.project.building(hall.id)
    assert_allclose(moved.footprint[0], (10.0, 5.0), atol=0.6)
    assert window.document.undo_stack.undoText() == "Move building 'Building 1'"
    window.undo_action.trigger()
    assert window.document.project.building(hall.id).footprint == hall.footprint


def test_delete_removes_the_building_and_undo_restores_it(qtbot, window):
    draw_hall(qtbot, window)
    project = window.document.project
    window.actions_by_name["delete"].trigger()
    assert window.document.project.buildings == ()
    window.undo_action.trigger()
    assert window.document.project == project


def test_cursor_position_in_metres_in_the_status_bar(qtbot, window):
    qtbot.mouseMove(window.view.viewport(), window.view.mapFromScene(0.0, -10.0))
    assert "y 10.00 m" in window.position_label.text()


def test_simulate_fills_the_results_table(qtbot, tmp_path):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.show()
    window.actions_by_name["simulate"].trigger()
    assert window.runner.cancel_button.isVisible()
    qtbot.mouseClick(window.runner.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.runner.progress.isVisible()
    assert window.statusBar().currentMessage() == "Simulation cancelled."
    window.actions_by_name["simulate"].trigger()
    qtbot.waitUntil(lambda: window.runner.result is not None, timeout=60_000)
    assert not window.runner.cancel_button.isVisible()
    assert window.workspaces.currentWidget() is window.results  # results come forward
    assert window.results.charts.count() >= 9  # with a load and a tariff
    labels = [caption.text() for caption, _ in window.results.cards.cards]
    assert "Self-sufficiency" in labels
    surfaces = len(window.runner.result.surface_ids)
    assert window.results.table.rowCount() == surfaces + 1
    assert window.results.table.item(surfaces, 0).text() == "Total"
    total_kwh = float(window.results.table.item(surfaces, 2).text().replace(",", ""))
    assert total_kwh == pytest.approx(
        window.runner.result.summary().loc["total", "annual_ac_kwh"], abs=1
    )
    window.grab().save(str(tmp_path / "main_window.png"))
    window.runner.worker.shutdown()


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
            qtbot.wait(1)
        return "late"

    worker.start(slow)
    worker.cancel()
    worker.shutdown()
    qtbot.wait(50)
    assert results == []


def test_3d_view_orbits_and_moves_the_sun(qtbot, window):
    draw_hall(qtbot, window)
    view = window.view3d.view
    azimuth = view.camera_azimuth
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=view.rect().center())
    qtbot.mouseMove(view, view.rect().center() + QPoint(50, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=view.rect().center() + QPoint(50, 0))
    assert view.camera_azimuth == pytest.approx((azimuth - 50 * 0.4) % 360)
    window.view3d.when.setDateTime(QDateTime(2023, 6, 21, 12, 5, 0))
    assert view.moment.month == 6
    image = view.grab().toImage()
    assert image.pixelColor(5, 5) != image.pixelColor(view.width() // 2, view.height() // 2)


def tree_item(window, kind, item_id="", surface_id=""):
    wanted = Selection(SelectionKind(kind), item_id, surface_id)
    matches = [
        item
        for item in window.tree.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
        )
        if item.data(0, Qt.ItemDataRole.UserRole) == wanted
    ]
    assert len(matches) == 1
    return matches[0]


def test_site_location_brings_its_time_zone_and_undoes_in_one_step(qtbot, window):
    item = tree_item(window, "site")
    qtbot.mouseClick(
        window.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.tree.visualItemRect(item).center(),
    )
    panel = window.properties.site_panel
    assert window.properties.current_page() is panel
    type_into(qtbot, panel.longitude, "87.62")
    type_into(qtbot, panel.latitude, "43.83")
    site = window.document.project.site
    assert (site.latitude, site.longitude, site.timezone) == (43.83, 87.62, "Asia/Urumqi")
    window.undo_action.trigger()
    assert window.document.project.site.latitude == 32.06


def test_tree_items_show_their_name_and_details_in_full_as_tooltips(qtbot, window):
    """The tree is narrow on a 1366 px screen: hovering an item tells it all."""
    hall = draw_hall(qtbot, window)
    item = tree_item(window, "surface", f"{hall.id}/facade-1")
    tip = item.data(0, Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{item.text(0)}: {item.text(1)}"
    assert item.text(0)
    assert "°" in item.text(1)
    assert item.data(1, Qt.ItemDataRole.ToolTipRole) == tip


def test_surface_rename_and_mounting_from_the_tree(qtbot, window):
    hall = draw_hall(qtbot, window)
    item = tree_item(window, "surface", f"{hall.id}/facade-1")
    window.tree.scrollToItem(item)
    qtbot.mouseClick(
        window.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.tree.visualItemRect(item).center(),
    )
    panel = window.properties.surface_panel
    assert window.properties.current_page() is panel
    panel.name.selectAll()
    qtbot.keyClicks(panel.name, "Street front")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert window.document.project.surface(f"{hall.id}/facade-1").name == "Street front"
    assert window.document.undo_stack.undoText() == "Change name of 'Street front'"
    type_into(qtbot, window.properties.building_panel.height, "15")
    assert window.document.project.surface(f"{hall.id}/facade-1").name == "Street front"


def test_corner_drag_insert_and_delete(qtbot, window):
    hall = draw_hall(qtbot, window)
    window.tool_actions[Tool.SELECT].trigger()
    drag(qtbot, window, (60.0, 30.0), (70.0, 40.0))
    footprint = window.document.project.building(hall.id).footprint
    assert_allclose(footprint[2], (70.0, 40.0))
    assert window.document.undo_stack.undoText() == "Move a corner of 'Building 1'"

    viewport = window.view.viewport()
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=viewport_point(window, (30.0, 0.0)))
    footprint = window.document.project.building(hall.id).footprint
    assert len(footprint) == 5
    assert_allclose(footprint[1], (30.0, 0.0), atol=0.3)

    click(qtbot, window, footprint[1], Qt.KeyboardModifier.AltModifier)
    assert len(window.document.project.building(hall.id).footprint) == 4
    for _ in range(3):
        window.undo_action.trigger()
    assert window.document.project.building(hall.id).footprint == hall.footprint


def test_rotate_and_duplicate(qtbot, window):
    hall = draw_hall(qtbot, window)
    window.actions_by_name["rotate"].trigger()
    turned = window.document.project.building(hall.id)
    facades = sorted(
        s.surface_azimuth
        for s in window.document.project.surfaces
        if s.building_id == hall.id and s.kind == "facade"
    )
    assert_allclose(facades, [0.0, 90.0, 180.0, 270.0], atol=1e-9)
    xs = [x for x, _ in turned.footprint]
    assert max(xs) - min(xs) == pytest.approx(30.0)
    window.actions_by_name["duplicate"].trigger()
    copy = window.document.project.buildings[-1]
    assert copy.name == "Building 1 (copy)"
    assert window.scene.selected_building_id() == copy.id
    assert len(window.document.project.surfaces) == 10
