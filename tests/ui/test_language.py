"""中文 / English: the running window switches language (menus, docks, the workspace
tabs, the results workspace) and back; every marked text of the window is translated
(lupdate finds nothing new, unfinished or obsolete)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from bipv_designer.paths import REPOSITORY_ROOT
from bipv_designer.ui import i18n

SHOTS = REPOSITORY_ROOT / "build" / "screenshots"


def test_the_running_window_switches_to_chinese_and_back(qtbot, window):
    window.resize(1366, 768)
    try:
        window.language_actions[i18n.CHINESE].trigger()
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == "文件(&F)"
        assert "视图(&V)" in menus
        assert window._tree_dock.windowTitle() == "项目"
        assert window.workspaces.tabText(1) == "结果"
        assert window.results.hint.text().startswith("尚未模拟")
        assert window.results.table.horizontalHeaderItem(0).text() == "安装面"
        assert window.menuBar().height() >= window.menuBar().sizeHint().height()
        assert window.undo_action.text() == "撤销(&U)"
        layout = window.properties.layout_panel
        assert layout.curtain.text() == "幕墙分格"  # a text and a tooltip on one widget
        assert layout.curtain.toolTip().startswith("立面分格")
        assert layout.rack_layout.itemText(1) == "东西向双坡支架"  # combo-box items
        edit_menu = window.menuBar().actions()[1].menu()
        assert window.undo_action in edit_menu.actions()
        SHOTS.mkdir(parents=True, exist_ok=True)
        qtbot.wait(20)  # the toolbar lays its buttons out again for the new texts
        window.grab().save(str(SHOTS / "window_zh_1366.png"))
    finally:
        window.language_actions[i18n.ENGLISH].trigger()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.undo_action.text() == "&Undo"
    assert window.properties.layout_panel.rack_layout.itemText(1) == "East-west tents"
    assert window._tree_dock.windowTitle() == "Project"
    assert window.results.hint.text().startswith("Not simulated yet")
    qtbot.wait(20)
    window.grab().save(str(SHOTS / "window_en_1366.png"))


def test_the_undo_history_follows_a_language_switch(qtbot, window):
    from tests.ui.test_main_window import draw_hall

    draw_hall(qtbot, window)
    stack = window.document.undo_stack
    english = stack.text(0)
    try:
        window.language_actions[i18n.CHINESE].trigger()
        chinese = stack.text(0)
        assert chinese != english
        assert any("\u4e00" <= c <= "\u9fff" for c in chinese)
        assert chinese in window.undo_action.text()
    finally:
        window.language_actions[i18n.ENGLISH].trigger()
    assert stack.text(0) == english
    assert english in window.undo_action.text()


def test_every_marked_text_of_the_window_is_translated(tmp_path):
    """lupdate run over the window's sources into a copy of the .ts file adds nothing and
    leaves nothing unfinished or obsolete."""
    copy = tmp_path / "check.ts"
    shutil.copy(i18n.TS_FILE, copy)
    subprocess.run(i18n.lupdate_command(copy), check=True, capture_output=True)
    problems = [
        (message.find("source").text, translation.get("type"))
        for message in ET.parse(copy).getroot().iter("message")
        for translation in [message.find("translation")]
        if translation.get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert problems == []


def test_the_english_window_has_a_font_for_chinese_names(tmp_path):
    """A fresh process in English registers the shipped CJK font as every family's
    fallback (a project's Chinese names, the place search's examples)."""
    script = (
        "from PySide6.QtGui import QFont\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from bipv_designer.ui import i18n\n"
        "app = QApplication([])\n"
        "i18n.install_language(i18n.ENGLISH)\n"
        "print(QFont.substitutes(QFont().family()))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    answer = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment
    )
    assert "droid sans fallback" in answer.stdout.lower(), answer.stderr
