"""Plan tools: background image, measure, plan north, excluded surfaces, select all,
export and the user guide, driven with real mouse and keyboard events."""

from __future__ import annotations

import math

import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from bipv_designer.project.io import load_project
from bipv_designer.ui.canvas.view import Tool
from bipv_designer.ui.help import show_user_guide
from tests.ui.conftest import click, drag, viewport_point
from tests.ui.test_main_window import draw_hall, tree_item, type_into

pytestmark = pytest.mark.gui


def click_tree(qtbot, window, kind, item_id="", surface_id=""):
    item = tree_item(window, kind, item_id, surface_id)
    window.tree.scrollToItem(item)
    qtbot.mouseClick(
        window.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_near_left(window.tree.visualItemRect(item)),
    )


def _near_left(rect):
    """A point on the row's name (a row may be wider than the tree)."""
    return QPoint(rect.left() + 12, rect.center().y())


@pytest.fixture
def plan_image(tmp_path):
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(240, 240, 200))
    path = tmp_path / "plan.png"
    assert image.save(str(path))
    return path


def test_background_import_scale_by_two_clicks_opacity_lock_and_reopen(
    qtbot, window, dialogs, plan_image, tmp_path
):
    window.background_actions.import_background(plan_image)
    background = window.document.project.background
    assert background.metres_per_pixel == 0.1
    assert window.view.tool is Tool.SCALE_BACKGROUND
    assert window.scene.background.isVisible()
    # the image is 400 px wide: its lower edge runs 40 m east from its corner
    first = (background.x + 5.0, background.y + 2.0)
    second = (background.x + 25.0, background.y + 2.0)
    dialogs.numbers = [50.0]
    click(qtbot, window, first)
    click(qtbot, window, second)
    scaled = window.document.project.background
    assert scaled.metres_per_pixel == pytest.approx(0.1 * 50.0 / 20.0, rel=0.02)
    assert window.document.undo_stack.undoText() == "Scale background image"
    assert window.view.tool is Tool.SELECT

    click_tree(qtbot, window, "background")
    panel = window.properties.background_panel
    assert window.properties.current_page() is panel
    type_into(qtbot, panel.opacity, "0.8")
    assert window.document.project.background.opacity == 0.8
    assert window.scene.background.opacity() == pytest.approx(0.8)

    inside = (scaled.x + 30.0, scaled.y + 20.0)
    drag(qtbot, window, inside, (inside[0] + 10.0, inside[1]))
    assert window.document.project.background.x == pytest.approx(scaled.x + 10.0, abs=0.5)
    assert window.document.undo_stack.undoText() == "Move background image"
    panel.locked.click()
    assert window.document.project.background.locked
    locked = window.document.project.background
    drag(qtbot, window, (locked.x + 30.0, locked.y + 20.0), (locked.x + 50.0, locked.y + 20.0))
    assert window.document.project.background == locked

    path = tmp_path / "park.bipv.json"
    assert window.files.save_as(path)
    assert load_project(path).background == locked
    window.background_actions.remove_background()
    assert window.document.project.background is None
    assert not window.scene.background.isVisible()
    window.undo_action.trigger()
    assert window.document.project.background == locked


def test_an_unreadable_image_is_refused_with_its_name(window, dialogs, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_text("not an image")
    window.background_actions.import_background(broken)
    assert window.document.project.background is None
    assert dialogs.errors == [
        f"Cannot import the image: {broken}: expected a readable PNG or JPG image"
    ]
    dialogs.errors.clear()


def test_measure_reports_lengths_and_area_and_changes_nothing(qtbot, window):
    window.tool_actions[Tool.MEASURE].trigger()
    for point in ((0.0, 0.0), (30.0, 0.0), (30.0, 40.0)):
        click(qtbot, window, point)
    message = window.statusBar().currentMessage()
    assert "Distance 40.00 m, total 70.00 m, enclosed area 600.0 m²" in message
    assert window.document.undo_stack.count() == 0


def test_plan_north_turns_the_plan_and_shift_locks_to_its_axes(qtbot, window):
    click_tree(qtbot, window, "site")
    type_into(qtbot, window.properties.site_panel.plan_north, "30")
    assert window.document.project.site.plan_north_deg == 30.0
    origin = viewport_point(window, (40.0, 20.0))
    north = viewport_point(window, (40.0, 60.0))
    # screen angle of true north, clockwise from up
    angle = math.degrees(math.atan2(north.x() - origin.x(), origin.y() - north.y()))
    assert angle == pytest.approx(30.0, abs=1.0)

    window.tool_actions[Tool.POLYGON].trigger()
    click(qtbot, window, (40.0, 20.0))
    turned_x = (math.cos(math.radians(30.0)), math.sin(math.radians(30.0)))
    near = (40.0 + 20.0 * turned_x[0] + 1.0, 20.0 + 20.0 * turned_x[1] - 1.5)
    snapped = window.view.snapped(near, shift=True)
    direction = math.degrees(math.atan2(snapped[1] - 20.0, snapped[0] - 40.0))
    assert direction == pytest.approx(30.0, abs=0.01)
    window.undo_action.trigger()
    assert window.view.north_deg == 0.0


def test_excluding_a_surface_is_one_undoable_step_shown_in_the_tree(qtbot, window):
    hall = draw_hall(qtbot, window)
    facade_id = f"{hall.id}/facade-2"
    click_tree(qtbot, window, "surface", facade_id)
    window.properties.surface_panel.excluded.click()
    facade = window.document.project.surface(facade_id)
    assert facade.excluded
    assert window.document.undo_stack.undoText() == f"Exclude '{facade.name}'"
    assert tree_item(window, "surface", facade_id).text(1).endswith("(excluded)")
    window.undo_action.trigger()
    assert not window.document.project.surface(facade_id).excluded


def test_select_all_and_delete_is_one_step(qtbot, window):
    draw_hall(qtbot, window)
    drag(qtbot, window, (0.0, 40.0), (20.0, 60.0))
    assert len(window.document.project.buildings) == 2
    window.tool_actions[Tool.SELECT].trigger()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    window.actions_by_name["delete"].trigger()
    assert window.document.project.buildings == ()
    assert window.document.undo_stack.undoText() == "Delete 2 buildings"
    window.undo_action.trigger()
    assert len(window.document.project.buildings) == 2


def test_export_without_results_asks_to_simulate_first(window, dialogs, tmp_path):
    assert not window.export_results(tmp_path / "out.csv")
    assert dialogs.errors == ["Nothing to export: Simulate the project first (F5)."]
    assert not (tmp_path / "out.csv").exists()
    assert not (tmp_path / "out.csv").exists()
    dialogs.errors.clear()


def test_user_guide_opens_with_the_drawing_tools(qtbot, window):
    guide = show_user_guide(window)
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Drawing buildings" in text
    assert "Scale background" in text
    assert_allclose(guide.width() > 400, True)


def test_keep_outs_drawn_on_a_roof_edited_deleted_and_undone(qtbot, window):
    hall = draw_hall(qtbot, window)
    roof_id = f"{hall.id}/roof-1"
    window.tool_actions[Tool.KEEP_OUT_RECTANGLE].trigger()
    drag(qtbot, window, (10.0, 10.0), (14.0, 16.0))
    (layout,) = window.document.project.surface_layouts
    (skylight,) = layout.keep_outs
    assert layout.surface_id == roof_id
    assert skylight.shape == "rectangle"
    assert_allclose(skylight.points, ((10.0, 10.0), (14.0, 16.0)), atol=1e-9)
    assert (
        window.document.undo_stack.undoText()
        == f"Add keep-out 'Skylight' on '{window.document.project.surface(roof_id).name}'"
    )
    assert window.properties.current_page() is window.properties.keep_out_panel

    type_into(qtbot, window.properties.keep_out_panel.height, "2.5")
    assert window.document.project.surface_layouts[0].keep_outs[0].height_m == 2.5

    window.tool_actions[Tool.KEEP_OUT_CIRCLE].trigger()
    drag(qtbot, window, (40.0, 20.0), (43.0, 20.0))
    fan = window.document.project.surface_layouts[0].keep_outs[1]
    assert fan.shape == "circle"
    assert_allclose(fan.points, ((40.0, 20.0),), atol=1e-9)
    assert fan.radius_m == pytest.approx(3.0)

    window.tool_actions[Tool.KEEP_OUT_RECTANGLE].trigger()
    drag(qtbot, window, (100.0, 100.0), (104.0, 106.0))
    assert len(window.document.project.surface_layouts[0].keep_outs) == 2
    assert "no roof under that point" in window.statusBar().currentMessage()

    window.tool_actions[Tool.SELECT].trigger()
    click_tree(qtbot, window, "keep_out", skylight.id, roof_id)
    window.actions_by_name["delete"].trigger()
    assert [k.id for k in window.document.project.surface_layouts[0].keep_outs] == [fan.id]
    assert len(window.document.project.buildings) == 1
    window.undo_action.trigger()
    assert len(window.document.project.surface_layouts[0].keep_outs) == 2


def test_facade_openings_added_typed_refused_removed_and_undone(qtbot, window, dialogs):
    hall = draw_hall(qtbot, window)
    facade_id = f"{hall.id}/facade-1"
    click_tree(qtbot, window, "surface", facade_id)
    table = window.properties.surface_panel.openings
    assert table.isVisible()
    qtbot.mouseClick(table.add, Qt.MouseButton.LeftButton)
    (opening,) = window.document.project.surface_layouts[0].openings
    assert (opening.width_m, opening.height_m) == (2.0, 1.5)
    assert window.document.undo_stack.undoText().startswith("Add an opening to")

    table.table.item(0, 3).setText("3.5")
    assert window.document.project.surface_layouts[0].openings[0].width_m == 3.5
    table.table.item(0, 4).setText("tall")
    assert dialogs.errors == [
        "Cannot take this value: Window 1, Height [m]: expected a number, got 'tall'"
    ]
    dialogs.errors.clear()
    assert table.table.item(0, 4).text() == "1.5"
    table.table.item(0, 4).setText("0")
    assert dialogs.errors
    assert "expected more than 0" in dialogs.errors[0]
    dialogs.errors.clear()

    table.table.selectRow(0)
    qtbot.mouseClick(table.remove, Qt.MouseButton.LeftButton)
    assert window.document.project.surface_layouts[0].openings == ()
    window.undo_action.trigger()
    assert window.document.project.surface_layouts[0].openings[0].width_m == 3.5

    click_tree(qtbot, window, "surface", f"{hall.id}/roof-1")
    assert not window.properties.surface_panel.openings.isVisible()


def test_site_picked_from_the_station_list_by_name_and_its_weather(qtbot, window, tmp_path):
    click_tree(qtbot, window, "site")
    panel = window.properties.site_panel
    completer = panel.station.completer()
    panel.station.setFocus()
    qtbot.keyClicks(panel.station, "Lasa")
    assert completer.completionPrefix() == "Lasa"
    assert completer.completionCount() >= 1
    completer.activated.emit(completer.currentCompletion())
    site = window.document.project.site
    assert (site.latitude, site.longitude) == pytest.approx((29.6667, 91.1333), abs=1e-3)
    assert site.timezone == "Asia/Shanghai"
    assert site.altitude > 3000
    assert window.document.undo_stack.undoText() == "Change the site"

    qtbot.mouseClick(panel.nearest_weather, Qt.MouseButton.LeftButton)
    assert window.document.project.weather.path == "station:nearest"
    assert "nearest climatology station" in panel.weather.text()
    window.undo_action.trigger()
    assert window.document.project.weather.path != "station:nearest"


def test_a_bad_weather_file_is_refused_with_its_reason(window, dialogs, tmp_path):
    before = window.document.project.weather
    bad = tmp_path / "bad.csv"
    bad.write_text("timestamp,ghi\n2023-01-01T00:00+08:00,abc\n")
    window.weather_actions.choose_weather_file(bad)
    assert window.document.project.weather == before
    (message,) = dialogs.errors
    assert message.startswith("Cannot use this weather file: bad.csv")
    dialogs.errors.clear()


def test_a_weather_file_whose_components_do_not_add_up_can_be_used_with_ghi_only(
    window, dialogs, tmp_path
):
    from bipv_designer.weather.writer import write_plain_csv
    from tests.simulation.conftest import clear_sky_weather

    year = clear_sky_weather(32.06, 118.80, 8.0, altitude=10.0)
    broken = replace(year, data=year.data.assign(dhi=year.data["dhi"] * 2.0))
    path = tmp_path / "broken.csv"
    write_plain_csv(broken, path)
    dialogs.yes = True
    window.weather_actions.choose_weather_file(path)
    assert window.document.project.weather.ghi_only
    (report,) = dialogs.reports
    assert "WARN closure" in report
    assert "do not add up" in dialogs.questions[-1]


def test_horizon_imported_downloaded_offline_and_cleared(
    qtbot, window, dialogs, tmp_path, monkeypatch
):
    import requests

    path = tmp_path / "horizon.csv"
    path.write_text("azimuth,elevation\n0,5\n90,15\n180,2\n270,8\n")
    window.weather_actions.import_horizon(path)
    assert window.document.project.site.horizon == (
        (0.0, 5.0),
        (90.0, 15.0),
        (180.0, 2.0),
        (270.0, 8.0),
    )
    click_tree(qtbot, window, "site")
    assert "highest 15.0°" in window.properties.site_panel.horizon.text()

    monkeypatch.setenv("BIPV_DESIGNER_CACHE", str(tmp_path / "cache"))

    def offline(*args, **kwargs):
        raise requests.ConnectionError("offline")

    monkeypatch.setattr(requests, "get", offline)
    qtbot.mouseClick(
        window.properties.site_panel.horizon_buttons["download"], Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=10_000)
    assert "PVGIS cannot be reached" in dialogs.errors[0]
    dialogs.errors.clear()
    assert window.document.project.site.horizon  # unchanged

    qtbot.mouseClick(
        window.properties.site_panel.horizon_buttons["clear"], Qt.MouseButton.LeftButton
    )
    assert window.document.project.site.horizon == ()
    window.undo_action.trigger()
    assert len(window.document.project.site.horizon) == 4
