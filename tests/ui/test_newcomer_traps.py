"""The traps a new user fell into, driven with real mouse and key events: File ▸ New at a
site far from the demo, a saw-tooth hall, Delete after clicking modules, weather far
from the site, and a new project whose every edit is one readable undo step."""

from __future__ import annotations

import pytest
from numpy.testing import assert_allclose
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog

from bipv_designer.layout.roof_fill import FillOptions, FlatRoofFill
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project
from bipv_designer.project.model import RoofType
from bipv_designer.ui import new_project
from bipv_designer.ui.canvas.coordinates import to_scene
from bipv_designer.ui.canvas.view import Tool
from bipv_designer.ui.fill_roofs_dialog import FillRoofsDialog
from bipv_designer.ui.main_window import MainWindow
from tests.ui.conftest import click, drag
from tests.ui.test_main_window import draw_hall, type_into
from tests.ui.test_plan_tools import click_tree

pytestmark = pytest.mark.gui


def answer_new_project(monkeypatch, qtbot, place: str, name: str = "Ordos park"):
    """File ▸ New's site step answered by typing: a project name and a place, Enter, OK."""
    seen = {}

    def run(dialog) -> int:
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, name)
        type_text(qtbot, dialog.place.field, place)
        qtbot.keyClick(dialog.place.field, Qt.Key.Key_Return)
        seen["found"] = dialog.place.found.text()
        seen["weather"] = dialog.weather.text()
        found = dialog.place.places.count()
        return QDialog.DialogCode.Accepted if found else QDialog.DialogCode.Rejected

    monkeypatch.setattr(new_project.NewProjectDialog, "exec", run)
    return seen


def type_text(qtbot, line_edit, text: str) -> None:
    """Keys for Latin text; Chinese arrives as an input method's commit, as it does from a
    real pinyin keyboard."""
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(line_edit, event)


def edit_menu_action(window, words):
    menu = next(a for a in window.menuBar().actions() if a.text() == "&Edit").menu()
    return next(a for a in menu.actions() if words in a.text())


@pytest.mark.parametrize("place", ["Ordos", "鄂尔多斯", "Erdos"])
def test_file_new_starts_at_a_place_found_by_name_with_its_own_weather(
    qtbot, window, monkeypatch, place
):
    seen = answer_new_project(monkeypatch, qtbot, place)
    window.actions_by_name["new"].trigger()
    project = window.document.project
    assert project.name == "Ordos park"
    assert project.site.name == "鄂尔多斯市"
    assert project.site.latitude == pytest.approx(39.61, abs=0.05)
    assert project.site.longitude == pytest.approx(109.78, abs=0.05)
    assert project.site.timezone == "Asia/Shanghai"
    assert 1000.0 < project.site.altitude < 1600.0  # the Ordos plateau, not Nanjing's 10 m
    assert project.weather.path == "station:nearest"
    assert project.buildings == ()
    assert project.modules == ()
    assert "found" in seen["found"]
    assert "km away" in seen["weather"]
    assert window.windowTitle().startswith("Ordos park")


def test_file_new_says_no_match_for_an_unknown_place(qtbot, window, monkeypatch):
    before = window.document.project
    seen = answer_new_project(monkeypatch, qtbot, "Xyzzyqq")
    window.actions_by_name["new"].trigger()
    assert seen["found"].startswith("No match for 'Xyzzyqq'")
    assert window.document.project is before


def test_weather_far_from_the_site_is_asked_about_before_simulating(qtbot, dialogs):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.show()
    click_tree(qtbot, window, "site")
    panel = window.properties.site_panel
    type_into(qtbot, panel.latitude, "39.61")
    type_into(qtbot, panel.longitude, "109.78")
    window.actions_by_name["simulate"].trigger()
    (question,) = dialogs.questions
    assert "km away from the site" in question
    assert not window.runner.worker.is_running()
    assert window.runner.result is None
    window.runner.worker.shutdown()
    window.weather_actions.downloads.shutdown()


def test_choosing_a_saw_tooth_roof_gives_ten_metre_teeth_and_stays_quick(qtbot, window):
    window.tool_actions[Tool.RECTANGLE].trigger()
    drag(qtbot, window, (0.0, 0.0), (120.0, 60.0))
    panel = window.properties.building_panel
    panel.roof_type.setCurrentIndex(panel.roof_type.findData(RoofType.SAW_TOOTH))
    (hall,) = window.document.project.buildings
    assert hall.roof.tooth_width_m == 10.0
    roofs = [s for s in window.document.project.surfaces if s.kind == "roof"]
    assert len(roofs) == 12
    assert panel.tooth_width.value() == 10.0


def test_clicking_modules_selects_them_and_delete_removes_only_the_modules(qtbot, window):
    hall = draw_hall(qtbot, window)
    edit_menu_action(window, "Fill every roof").trigger()
    (array,) = window.document.project.arrays
    placement = array.placements[len(array.placements) // 2]
    window.tool_actions[Tool.SELECT].trigger()
    click(qtbot, window, (placement.u + 0.5, placement.v + 0.5))
    assert window.properties.current_page() is window.properties.layout_panel
    assert window.scene.selection().item_id == array.id
    window.actions_by_name["delete"].trigger()
    project = window.document.project
    assert project.arrays == ()
    assert project.building(hall.id) == hall
    assert window.document.undo_stack.undoText() == f"Remove the modules of '{array.name}'"


def test_every_edit_of_a_new_project_is_one_step_with_a_readable_text(qtbot, window, monkeypatch):
    answer_new_project(monkeypatch, qtbot, "Ordos")
    window.actions_by_name["new"].trigger()
    stack = window.document.undo_stack
    steps = []

    def step(expected):
        steps.append(expected)
        assert stack.count() == len(steps)
        assert stack.undoText() == expected

    hall = draw_hall(qtbot, window)
    step("Draw building 'Building 1'")
    panel = window.properties.building_panel
    type_into(qtbot, panel.height, "14")
    step("Change height of 'Building 1'")
    panel.name.selectAll()
    qtbot.keyClicks(panel.name, "Hall A")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    step("Change name of 'Hall A'")
    edit_menu_action(window, "Fill every roof").trigger()
    step("Fill 1 roof with modules")
    window.tool_actions[Tool.KEEP_OUT_RECTANGLE].trigger()
    drag(qtbot, window, (2.0, 2.0), (5.0, 4.0))
    step("Add keep-out 'Skylight' on 'Hall A roof'")
    window.tool_actions[Tool.SELECT].trigger()
    drag(qtbot, window, (30.0, 28.0), (40.0, 38.0))
    step("Move building 'Hall A'")
    click_tree(qtbot, window, "site")
    site_panel = window.properties.site_panel
    site_panel.project_name.selectAll()
    qtbot.keyClicks(site_panel.project_name, "Ordos zero-carbon park")
    qtbot.keyClick(site_panel.project_name, Qt.Key.Key_Return)
    step("Rename the project to 'Ordos zero-carbon park'")
    window.actions_by_name["rotate"].trigger()
    assert stack.count() == len(steps)  # nothing selected on the plan: nothing turned
    window.scene.select_building(hall.id)
    window.actions_by_name["rotate"].trigger()
    step("Rotate building 'Hall A'")
    window.actions_by_name["delete"].trigger()
    step("Delete building 'Hall A'")
    assert window.windowTitle().startswith("*Ordos zero-carbon park")
    for _ in steps:
        window.undo_action.trigger()
    assert window.document.project.buildings == ()


def test_polygon_corners_land_where_clicked_and_the_plan_stays_put(qtbot, window):
    draw_hall(qtbot, window)
    window.view.resetTransform()
    window.view.scale(1.5, 1.5)  # zoomed out: 8 pixels are more than 5 m
    window.view.centerOn(to_scene((40.0, 20.0)))
    window.tool_actions[Tool.POLYGON].trigger()
    corner_before = window.view.mapToScene(0, 0)
    wanted = [(62.3, 2.1), (90.7, 2.1), (90.7, 27.4), (62.3, 27.4)]
    for point in wanted:
        click(qtbot, window, point)
        assert window.view.mapToScene(0, 0) == corner_before
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    drawn = window.document.project.buildings[-1]
    pixel_m = 1 / 1.5
    assert_allclose(sorted(drawn.footprint), sorted(wanted), atol=1.5 * pixel_m)

    window.view.resetTransform()
    window.view.scale(40.0, 40.0)  # zoomed in: clicks land to 0.05 m
    window.view.centerOn(to_scene((120.0, 10.0)))
    wanted = [(118.34, 7.89), (121.21, 7.89), (121.21, 12.46)]
    for point in wanted:
        click(qtbot, window, point)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    drawn = window.document.project.buildings[-1]
    assert_allclose(sorted(drawn.footprint), sorted(wanted), atol=0.05)


def test_a_turned_hall_is_filled_along_its_edges_and_another_edge_can_be_picked(
    qtbot, window, dialogs
):
    dialogs.fill_options = FillOptions(0.7, FlatRoofFill.FLUSH)  # racks keep facing south
    window.tool_actions[Tool.POLYGON].trigger()
    click(qtbot, window, (0.0, 0.0))
    for typed in ("48<17", "24<107", "48<197"):
        qtbot.keyClicks(window.view, typed)
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    edit_menu_action(window, "Fill every roof").trigger()
    (array,) = window.document.project.arrays
    assert {round(p.angle_deg, 6) for p in array.placements} == {17.0}
    click_tree(qtbot, window, "array", array.id)
    panel = window.properties.layout_panel
    assert panel.grid_along.isVisible()
    assert panel.grid_along.currentText() == "the longest edge"
    steps = window.document.undo_stack.count()
    qtbot.keyClick(panel.grid_along, Qt.Key.Key_Down)  # the first edge, 48 m at 17°
    assert window.document.undo_stack.count() == steps + 1
    (array,) = window.document.project.arrays
    assert window.document.project.array_layouts[-1].grid_angle_deg == pytest.approx(17.0)
    assert panel.grid_along.currentText().startswith("edge 1")


def wheel(widget, position, up: bool) -> None:
    """One notch of the mouse wheel over ``position`` (viewport pixels)."""
    point = QPointF(position)
    event = QWheelEvent(
        point,
        widget.mapToGlobal(point),
        QPoint(0, 0),
        QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_module_editor_opens_fitted_and_zooms_pans_and_fits_again(qtbot, window):
    hall = draw_hall(qtbot, window)
    edit_menu_action(window, "Fill every roof").trigger()
    (array,) = window.document.project.arrays
    editor = window.layout_actions.open_surface_editor(array.id)
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    view = editor.view
    roof = view.mapFromScene(editor.scene.itemsBoundingRect()).boundingRect()
    assert roof.width() >= 0.8 * view.viewport().width() or (
        roof.height() >= 0.8 * view.viewport().height()
    )
    module = next(i for i in editor.scene.items() if hasattr(i, "corner"))
    before = view.mapFromScene(module.sceneBoundingRect()).boundingRect().width()
    centre = view.mapFromScene(module.sceneBoundingRect().center())
    for _ in range(4):
        wheel(view.viewport(), centre, up=True)
    after = view.mapFromScene(module.sceneBoundingRect()).boundingRect().width()
    assert after == pytest.approx(before * 1.25**4, rel=0.1)
    under = view.mapToScene(view.viewport().rect().center())
    viewport = view.viewport()
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(60, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=start + QPoint(60, 0))
    assert view.mapToScene(view.viewport().rect().center()).x() < under.x()
    assert window.document.project.arrays[0] == array  # panning changes nothing
    qtbot.mouseClick(editor.fit_button, Qt.MouseButton.LeftButton)
    refit = view.mapFromScene(module.sceneBoundingRect()).boundingRect().width()
    assert refit == pytest.approx(before, abs=1)
    assert hall.id in {b.id for b in window.document.project.buildings}
    editor.close()


def test_fill_every_roof_asks_how_and_leaves_north_glazing_empty(qtbot, window, dialogs):
    window.tool_actions[Tool.RECTANGLE].trigger()
    drag(qtbot, window, (0.0, 0.0), (120.0, 60.0))
    panel = window.properties.building_panel
    panel.roof_type.setCurrentIndex(panel.roof_type.findData(RoofType.SAW_TOOTH))
    type_into(qtbot, panel.direction, "0")  # glazing faces north
    edit_menu_action(window, "Fill every roof").trigger()
    assert dialogs.questions == ["Fill every roof"]
    project = window.document.project
    filled = {project.surface(a.surface_id).surface_tilt for a in project.arrays}
    assert filled == {20.0}
    assert "Left empty, facing away from the sun" in window.statusBar().currentMessage()
    assert window.document.undo_stack.undoText() == "Fill 6 roofs with modules"


def test_the_fill_dialog_takes_a_typed_share_and_a_flat_roof_choice(qtbot):
    dialog = FillRoofsDialog(FillOptions(0.7, FlatRoofFill.SOUTH_RACKS))
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.min_share, "50")
    dialog.flat_roofs.setCurrentIndex(dialog.flat_roofs.findData(FlatRoofFill.EAST_WEST))
    assert dialog.options() == FillOptions(0.5, FlatRoofFill.EAST_WEST)


def test_the_site_page_finds_a_place_by_name_and_moves_the_site(qtbot, window):
    click_tree(qtbot, window, "site")
    search = window.properties.site_panel.place
    type_text(qtbot, search.field, "Erdos")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    site = window.document.project.site
    assert (round(site.latitude, 2), round(site.longitude, 2)) == (39.61, 109.78)
    assert site.timezone == "Asia/Shanghai"
    assert 1000.0 < site.altitude < 1600.0
    assert window.document.undo_stack.undoText() == "Change the site"
    type_text(qtbot, search.field, "qqq")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert search.found.text().startswith("No match for")
    assert window.document.project.site == site


def test_facade_arrays_offer_no_racks_and_money_fields_read_right(qtbot, window):
    hall = draw_hall(qtbot, window)
    facade = f"{hall.id}/facade-1"
    click_tree(qtbot, window, "surface", facade)
    qtbot.mouseClick(window.properties.surface_panel.fill, Qt.MouseButton.LeftButton)
    (array,) = window.document.project.arrays
    click_tree(qtbot, window, "array", array.id)
    panel = window.properties.layout_panel
    assert panel.curtain.isVisible()
    assert not panel.racks.isVisible()
    assert not panel.rack_tilt.isVisible()
    assert not panel.grid_along.isVisible()
    click_tree(qtbot, window, "money")
    money = window.properties.money_panel
    assert money.layout().labelForField(money.om).text() == "O&&M"  # shown as O&M, not OM
    type_into(qtbot, money.price, "0.6543")
    assert window.document.project.tariff.tariff.periods[0].price_per_kwh == 0.6543


def test_near_shading_is_switched_in_the_site_page_in_one_step(qtbot, window):
    click_tree(qtbot, window, "site")
    box = window.properties.site_panel.near_shading
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    project = window.document.project
    assert project.shading.near_shading
    assert project.losses.shading_pct == 0.0
    assert window.document.undo_stack.undoText() == "Compute near shading"
    window.undo_action.trigger()
    assert not window.document.project.shading.near_shading
    assert not box.isChecked()
