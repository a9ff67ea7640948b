"""The window's menus, toolbar and shortcuts, declared as data and built in one place."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from msgspec import Struct
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from bipv_designer.ui.canvas.view import Tool
from bipv_designer.ui.i18n import LANGUAGES, translated

CONTEXT = "Actions"
SEPARATOR = "-"

Key = QKeySequence.StandardKey


class ActionSpec(Struct, frozen=True):
    """One menu entry: ``name`` is the handler's key and the action's key in the table
    the window keeps; ``text`` is translated in the ``Actions`` context."""

    name: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    toolbar: bool = False
    checkable: bool = False


MENUS: tuple[tuple[str, str, tuple[ActionSpec | str, ...]], ...] = (
    (
        "file",
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New…"), Key.New),
            ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), Key.Open),
            "recent",
            ActionSpec("save", QT_TRANSLATE_NOOP("Actions", "&Save"), Key.Save),
            ActionSpec("save_as", QT_TRANSLATE_NOOP("Actions", "Save &As…"), Key.SaveAs),
            SEPARATOR,
            ActionSpec(
                "import_background", QT_TRANSLATE_NOOP("Actions", "&Import background image…")
            ),
            ActionSpec("report", QT_TRANSLATE_NOOP("Actions", "&Report (PDF)…"), Key.Print),
            ActionSpec("export_results", QT_TRANSLATE_NOOP("Actions", "&Export results…")),
            SEPARATOR,
            ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit),
        ),
    ),
    (
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (
            "undo",
            "redo",
            SEPARATOR,
            ActionSpec("rotate", QT_TRANSLATE_NOOP("Actions", "R&otate 90°"), "Ctrl+R"),
            ActionSpec("duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate"), "Ctrl+D"),
            ActionSpec("delete", QT_TRANSLATE_NOOP("Actions", "&Delete"), Key.Delete),
            ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), Key.SelectAll),
            SEPARATOR,
            ActionSpec(
                "fill_roofs", QT_TRANSLATE_NOOP("Actions", "&Fill every roof with modules…")
            ),
        ),
    ),
    (
        "view",
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            ActionSpec("show_plan", QT_TRANSLATE_NOOP("Actions", "Site &plan"), "Ctrl+1"),
            ActionSpec("show_results", QT_TRANSLATE_NOOP("Actions", "&Results"), "Ctrl+2"),
            ActionSpec("fit", QT_TRANSLATE_NOOP("Actions", "&Fit the park"), "Ctrl+0"),
            "language",
            ActionSpec(
                "shading_colours",
                QT_TRANSLATE_NOOP("Actions", "&Shading colours"),
                "Ctrl+Shift+H",
                checkable=True,
            ),
        ),
    ),
    ("draw", QT_TRANSLATE_NOOP("Actions", "&Draw"), ("tools",)),
    (
        "simulate",
        QT_TRANSLATE_NOOP("Actions", "&Simulate"),
        (ActionSpec("simulate", QT_TRANSLATE_NOOP("Actions", "&Simulate"), "F5", toolbar=True),),
    ),
    (
        "help",
        QT_TRANSLATE_NOOP("Actions", "&Help"),
        (
            ActionSpec("user_guide", QT_TRANSLATE_NOOP("Actions", "&User guide"), "F1"),
            ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About BIPV Designer")),
        ),
    ),
)
"""Menus in order: key, title, entries (an ActionSpec, a separator, or the name of a
group built elsewhere: the recent files, undo/redo, the drawing tools)."""

TOOLS: tuple[tuple[Tool, str, str], ...] = (
    (Tool.SELECT, QT_TRANSLATE_NOOP("Actions", "Select"), "S"),
    (Tool.RECTANGLE, QT_TRANSLATE_NOOP("Actions", "Rectangle building"), "R"),
    (Tool.POLYGON, QT_TRANSLATE_NOOP("Actions", "Polygon building"), "P"),
    (Tool.KEEP_OUT_RECTANGLE, QT_TRANSLATE_NOOP("Actions", "Keep-out rectangle"), "O"),
    (Tool.KEEP_OUT_CIRCLE, QT_TRANSLATE_NOOP("Actions", "Keep-out circle"), "C"),
    (Tool.KEEP_OUT_POLYGON, QT_TRANSLATE_NOOP("Actions", "Keep-out polygon"), "Shift+O"),
    (Tool.TREE, QT_TRANSLATE_NOOP("Actions", "Tree"), "T"),
    (Tool.OBSTACLE_BOX, QT_TRANSLATE_NOOP("Actions", "Neighbouring building"), "N"),
    (Tool.OBSTACLE_ROUND, QT_TRANSLATE_NOOP("Actions", "Tank or chimney"), "Shift+C"),
    (Tool.MEASURE, QT_TRANSLATE_NOOP("Actions", "Measure"), "M"),
    (Tool.SCALE_BACKGROUND, QT_TRANSLATE_NOOP("Actions", "Scale background"), "K"),
)
"""The drawing tools: tool, label, shortcut; each is a checkable action in the Draw menu
and on the toolbar."""


class WindowActions(Struct):
    """The actions built from the tables, by name, and the menus that hold groups."""

    actions: dict[str, QAction]
    tools: dict[Tool, QAction]
    recent_menu: QMenu
    languages: dict[str, QAction]


def build_actions(
    window: QMainWindow,
    handlers: Mapping[str, Callable[[], object]],
    undo: QAction,
    redo: QAction,
    tool_chosen: Callable[[Tool], None],
    language_chosen: Callable[[str], None] = lambda code: None,
) -> WindowActions:
    """Menus and toolbar of ``window``; ``handlers`` has a callable for every ActionSpec."""
    toolbar = QToolBar(window)
    translated(toolbar, CONTEXT, QT_TRANSLATE_NOOP("Actions", "Tools"), "setWindowTitle")
    toolbar.setObjectName("Tools")
    window.addToolBar(toolbar)
    actions: dict[str, QAction] = {}
    tools: dict[Tool, QAction] = {}
    languages: dict[str, QAction] = {}
    recent_menu = QMenu(window)
    translated(recent_menu, CONTEXT, QT_TRANSLATE_NOOP("Actions", "Open &Recent"), "setTitle")
    undo.setShortcut(Key.Undo)
    redo.setShortcut(Key.Redo)
    for _, title, entries in MENUS:
        menu = window.menuBar().addMenu("")
        translated(menu, CONTEXT, title, "setTitle")
        for entry in entries:
            if entry == SEPARATOR:
                menu.addSeparator()
            elif entry == "recent":
                menu.addMenu(recent_menu)
            elif entry == "language":
                languages = _language_actions(window, menu, language_chosen)
            elif entry == "undo":
                menu.addAction(undo)
            elif entry == "redo":
                menu.addAction(redo)
            elif entry == "tools":
                tools = _tool_actions(window, menu, toolbar, tool_chosen)
                toolbar.addSeparator()
                toolbar.addAction(undo)
                toolbar.addAction(redo)
            else:
                assert isinstance(entry, ActionSpec)
                action = QAction(window, checkable=entry.checkable)
                translated(action, CONTEXT, entry.text)
                if entry.shortcut is not None:
                    action.setShortcut(QKeySequence(entry.shortcut))
                action.triggered.connect(lambda checked=False, h=handlers[entry.name]: h())
                menu.addAction(action)
                if entry.toolbar:
                    toolbar.addAction(action)
                actions[entry.name] = action
    return WindowActions(actions, tools, recent_menu, languages)


def _language_actions(window, menu: QMenu, chosen) -> dict[str, QAction]:
    """View ▸ Language: each language named in itself, one checked."""
    submenu = menu.addMenu("")
    translated(submenu, CONTEXT, QT_TRANSLATE_NOOP("Actions", "&Language"), "setTitle")
    group = QActionGroup(window)
    actions = {}
    for code, name in LANGUAGES.items():
        action = QAction(name, window, checkable=True)
        action.triggered.connect(lambda checked=False, c=code: chosen(c))
        group.addAction(action)
        submenu.addAction(action)
        actions[code] = action
    return actions


def _tool_actions(window, menu, toolbar, tool_chosen) -> dict[Tool, QAction]:
    group = QActionGroup(window)
    tools = {}
    for tool, label, key in TOOLS:
        action = QAction(window, checkable=True, shortcut=QKeySequence(key))
        translated(action, CONTEXT, label)
        action.triggered.connect(lambda checked=False, t=tool: tool_chosen(t))
        group.addAction(action)
        menu.addAction(action)
        toolbar.addAction(action)
        tools[tool] = action
    tools[Tool.SELECT].setChecked(True)
    return tools
