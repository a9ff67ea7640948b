"""GUI fixtures: a window on a fresh project, settings kept out of the user's home."""

from __future__ import annotations

import pytest
from msgspec.structs import replace
from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt

from bipv_designer.layout.roof_fill import FillOptions
from bipv_designer.ui import errors, fill_roofs_dialog, i18n, settings
from bipv_designer.ui.canvas.coordinates import to_scene
from bipv_designer.ui.errors import Answer
from bipv_designer.ui.main_window import MainWindow
from tests.factories import make_small_project


@pytest.fixture(autouse=True)
def _isolated_settings(qapp, tmp_path, monkeypatch):
    """Settings and a recovery file of each test's own (two test runs at once must not
    share them; a language left by another run must not leak in), in English."""
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    qapp.setOrganizationName("BIPV Designer tests")
    qapp.setApplicationName("BIPV Designer tests")
    monkeypatch.setattr(settings, "recovery_file", lambda: tmp_path / "recovery.bipv.json")
    assert i18n.current_language() == i18n.ENGLISH


class Dialogs:
    """Stands in for ui/errors.py: records what would have been shown, answers questions."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.save_answer = Answer.DISCARD
        self.questions: list[str] = []
        self.numbers: list[float | None] = []
        self.reports: list[str] = []
        self.yes = False
        self.fill_options: FillOptions | None = None

    def show_error(self, parent, title, message) -> None:
        self.errors.append(f"{title}: {message}")

    def ask_save_changes(self, parent, question) -> Answer:
        self.questions.append(question)
        return self.save_answer

    def ask_yes_no(self, parent, title, question) -> bool:
        self.questions.append(question)
        return self.yes

    def show_report(self, parent, title, text) -> None:
        self.reports.append(f"{title}: {text}")

    def ask_fill_options(self, parent, options) -> FillOptions | None:
        self.questions.append("Fill every roof")
        return self.fill_options or options

    def ask_number(self, parent, title, label, low, high, decimals) -> float | None:
        self.questions.append(label)
        return self.numbers.pop(0)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    """No modal dialog ever blocks a test; tests assert on what would have been shown."""
    fake = Dialogs()
    for name in ("show_error", "ask_save_changes", "ask_yes_no", "ask_number", "show_report"):
        monkeypatch.setattr(errors, name, getattr(fake, name))
    monkeypatch.setattr(fill_roofs_dialog, "ask_fill_options", fake.ask_fill_options)
    return fake


@pytest.fixture
def window(qtbot, dialogs):
    """A window on an empty project at the small project's site, at 2 px per metre."""
    empty = replace(make_small_project(), buildings=(), surfaces=(), arrays=())
    window = MainWindow(empty, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.view.resetTransform()
    window.view.scale(2.0, 2.0)
    window.view.centerOn(to_scene((40.0, 20.0)))
    yield window
    window.runner.worker.shutdown()
    window.weather_actions.downloads.shutdown()
    assert dialogs.errors == []


def viewport_point(window, site_point) -> QPoint:
    """Viewport pixel of a site point [m]."""
    return window.view.mapFromScene(to_scene(site_point))


def drag(qtbot, window, start, end, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press at ``start``, move to and release at ``end`` (site metres) on the site plan."""
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, viewport_point(window, start))
    qtbot.mouseMove(viewport, viewport_point(window, end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, viewport_point(window, end))


def click(qtbot, window, point, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A left click at a site point [m]."""
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, modifier, viewport_point(window, point))
