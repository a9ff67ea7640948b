"""Bad input in the window: refused with a reason, and nothing is lost."""

from __future__ import annotations

import sys
import threading

import pytest
from msgspec.structs import replace
from PySide6.QtCore import Qt

from bipv_designer.project.io import load_project
from bipv_designer.ui import errors, main_window, settings
from bipv_designer.ui.canvas.view import Tool
from bipv_designer.ui.crash import CrashReporter
from tests.ui.conftest import click
from tests.ui.test_main_window import draw_hall, type_into

pytestmark = pytest.mark.gui


def draw_polygon(qtbot, window, points):
    window.tool_actions[Tool.POLYGON].trigger()
    for point in points:
        click(qtbot, window, point)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)


def test_a_self_intersecting_footprint_is_refused_with_a_message(qtbot, window, dialogs):
    draw_polygon(qtbot, window, [(0, 0), (40, 30), (40, 0), (0, 30)])
    assert window.document.project.buildings == ()
    assert window.document.undo_stack.count() == 0
    assert len(dialogs.errors) == 1
    assert dialogs.errors[0].startswith("Cannot make this change: ")
    assert "self-intersect" in dialogs.errors[0].lower()
    dialogs.errors.clear()


def test_a_footprint_without_area_is_refused(qtbot, window, dialogs):
    draw_polygon(qtbot, window, [(0, 0), (20, 0), (40, 0)])
    assert window.document.project.buildings == ()
    assert len(dialogs.errors) == 1
    dialogs.errors.clear()


def test_property_fields_refuse_negative_heights_and_slopes_of_90_degrees(qtbot, window):
    hall = draw_hall(qtbot, window)
    panel = window.properties.building_panel
    type_into(qtbot, panel.height, "-5")
    assert window.document.project.building(hall.id).height_m > 0
    assert window.document.project.building(hall.id).roof == hall.roof
    assert panel.height.minimum() > 0
    assert panel.slope.maximum() < 90
    type_into(qtbot, panel.slope, "95")
    assert window.document.project.building(hall.id).roof.slope_deg < 90


def test_a_broken_project_file_opens_nothing_and_says_why(window, dialogs, tmp_path):
    before = window.document.project
    broken = tmp_path / "broken.bipv.json"
    broken.write_text('{"format": "bipv-designer-project", "schema_version": 2,\n  "name": }')
    window.files.open_project(broken)
    assert window.document.project is before
    assert window.document.path is None
    (message,) = dialogs.errors
    assert message.startswith(f"Cannot open the project: {broken}")
    assert "line 2" in message
    dialogs.errors.clear()


def test_unsaved_work_is_kept_and_offered_after_a_crash(qtbot, window, dialogs, monkeypatch):
    draw_hall(qtbot, window)
    window.files.write_recovery()
    recovery = settings.recovery_file()
    assert load_project(recovery) == window.document.project
    drawn = window.document.project

    empty = replace(drawn, buildings=(), surfaces=(), arrays=())
    fresh = main_window.MainWindow(empty, None)
    qtbot.addWidget(fresh)
    monkeypatch.setattr(errors, "ask_yes_no", lambda parent, title, question: True)
    fresh.files.offer_recovery()
    assert fresh.document.project == drawn
    assert fresh.document.undo_stack.undoText() == "Recover unsaved work"
    assert not recovery.exists()
    fresh.runner.worker.shutdown()


def test_an_unexpected_error_shows_one_dialog_and_saves_a_recovery_copy(
    qtbot, window, dialogs, monkeypatch
):
    draw_hall(qtbot, window)
    reporter = CrashReporter(window.files.save_recovery_now)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter.install()
    dialogs.yes = True
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(dialogs.reports), timeout=5_000)
    (question,) = dialogs.questions
    assert "ZeroDivisionError: division by zero" in question
    assert load_project(settings.recovery_file()) == window.document.project
    assert dialogs.reports[0].startswith("Recovery copy saved")


def test_the_window_start_refuses_a_broken_project_with_one_message(
    dialogs, tmp_path, monkeypatch
):
    """``python main.py broken.json``: one message naming the file, exit status 2, and the
    collector (off while the window is made) on again."""
    import gc

    from bipv_designer.app import run_gui

    monkeypatch.setattr(gc, "freeze", lambda: None)
    broken = tmp_path / "broken.bipv.json"
    broken.write_text("{", encoding="utf-8")
    assert run_gui(str(broken)) == 2
    (message,) = dialogs.errors
    assert message.startswith(f"Cannot open the project: {broken}")
    assert gc.isenabled()
    dialogs.errors.clear()
