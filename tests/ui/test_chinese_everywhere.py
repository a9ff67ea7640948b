"""The window in Chinese, everywhere a user looks: every dock, Properties page, menu,
the results workspace and every dialog, started in Chinese and switched to it while
running; any visible English word outside a whitelist (units, product and file names,
the project's own names, time-zone names) fails. Screenshots in both languages at
1366 x 768 go to build/screenshots/ for a person to look at."""

from __future__ import annotations

import re
import zoneinfo

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from bipv_designer.components.bundled import bundled_library
from bipv_designer.paths import DEMO_PROJECT, REPOSITORY_ROOT
from bipv_designer.project.io import load_project
from bipv_designer.ui import i18n
from bipv_designer.ui.main_window import MainWindow
from tests.ui.test_screenshots import demo_dialogs, demo_meter_columns, demo_selections

pytestmark = pytest.mark.gui

SHOTS = REPOSITORY_ROOT / "build" / "screenshots"
SCREEN = (1366, 768)
ALLOWED_WORDS = """
kWp kWh MWh GWh Wp kW MW W Wh m km mm cm m² m³ m2 kg kgce tce GJ CNY USD EUR V A Hz
tCO2 kgCO2 CO2 CO₂
PV BIPV BAPV PR IRR NPV LCOE DC AC MPPT GCR IAM LID STC NOCT TOU PERC HJT TOPCon
CEC PVsyst PAN OND PVGIS NASA POWER TMY EPW CSV XLSX PDF DXF PNG JPEG JPG SVG JSON
GeoNames SPA Perez Sandia PVWatts Tregenza Deline UTC GMT INV ISO
BIPV Designer pvlib shapely Qt Python PySide6 LGPL BSD Clause
Ordos Erdos SMA English
"""
ALLOWED = set(ALLOWED_WORDS.split())
"""Latin words that stay Latin in the Chinese window: units, abbreviations Chinese
engineers write in Latin letters, file formats, models and products, the example
names in placeholders (each beside its Chinese form) and the language menu's own
name of English."""
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9₂²³]+")
FILE_NAME = re.compile(r"[\w:/.-]+\.(?:csv|json|epw|xlsx|xls|pdf)\b")
TAG = re.compile(r"<[^>]+>")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can see on ``root`` and its children:
    labels, buttons, group titles, combo items, tab names, placeholders, suffixes,
    table and tree headings, dock titles, menu entries and tooltips."""
    texts = []
    for widget in (root, *root.findChildren(QWidget)):
        kind = type(widget).__name__
        found = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
        if isinstance(widget, QLabel):
            found.append(widget.text())
        if isinstance(widget, QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(k) for k in range(widget.count())]
        if isinstance(widget, QTabBar):
            found += [widget.tabText(k) for k in range(widget.count())]
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            found += [getattr(widget, "suffix", str)(), widget.specialValueText()]
        if isinstance(widget, QTableWidget):
            found += [
                item.text()
                for k in range(widget.columnCount())
                if (item := widget.horizontalHeaderItem(k)) is not None
            ]
        if isinstance(widget, QTreeWidget):
            found += [widget.headerItem().text(k) for k in range(widget.columnCount())]
        if isinstance(widget, QDockWidget):
            found.append(widget.windowTitle())
        if isinstance(widget, QMenu):
            found += [widget.title(), *(a.text() for a in widget.actions())]
            found += [a.toolTip() for a in widget.actions() if a.toolTip() != a.text()]
        texts += [(kind, text) for text in found if text]
    return texts


def english_words(texts, names: set[str]) -> list[tuple[str, str]]:
    """The (where, text) whose text holds a Latin word that is neither allowed nor part
    of the project's own names."""
    zones = zoneinfo.available_timezones()
    found = []
    for where, text in texts:
        plain = TAG.sub(" ", text).replace("&", "")
        if plain.strip() in zones:
            continue
        plain = FILE_NAME.sub(" ", plain)
        for name in sorted(names, key=len, reverse=True):
            plain = plain.replace(name, " ")
        words = [w for w in LATIN_WORD.findall(plain) if w not in ALLOWED]
        if words:
            found.append((where, text))
    return sorted(set(found))


def project_names(project) -> set[str]:
    """Names the user typed (or the demo came with): not ours to translate; the file
    name too."""
    names = {project.name, project.site.name, DEMO_PROJECT.name}
    for items in (
        project.buildings,
        project.surfaces,
        project.arrays,
        project.modules,
        project.inverters,
        project.obstacles,
    ):
        names |= {item.name for item in items}
    if project.load is not None:
        names |= {meter.name for meter in project.load.meters}
    if project.tariff is not None:
        names |= {project.tariff.tariff.name, project.tariff.tariff.source}
    names |= {record.module.name for record in bundled_library()}
    return {n for n in names if n}


def scan_window(qtbot, window: MainWindow, tmp_path) -> list[tuple[str, str]]:
    """Visible English in the window, each Properties page, each menu and dialog."""
    qtbot.wait(20)  # replaced actions and widgets are deleted
    texts = visible_texts(window)
    for selection in demo_selections(window.document.project).values():
        window.select(selection)
        texts += visible_texts(window.properties.current_page())
    for action in window.menuBar().actions():
        texts += visible_texts(action.menu())
    for name, dialog in demo_dialogs(window, tmp_path).items():
        qtbot.addWidget(dialog)
        texts += [(f"{name}: {where}", text) for where, text in visible_texts(dialog)]
        dialog.close()
    data = {
        window.runner.run.weather.metadata.description,  # the weather file's own words
        *demo_meter_columns(),  # the columns of the meter file being imported
    }
    return english_words(texts, project_names(window.document.project) | data)


@pytest.fixture
def chinese_at_start(qapp):
    i18n.install_language(i18n.CHINESE)
    yield
    i18n.install_language(i18n.ENGLISH)


def simulated_window(qtbot, project) -> MainWindow:
    window = MainWindow(project, DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["simulate"].trigger()
    qtbot.waitUntil(lambda: window.runner.run is not None, timeout=120_000)
    return window


def close(window: MainWindow) -> None:
    for worker in (window.runner.worker, window.shading_map.worker, window.report_job.worker):
        worker.shutdown()
    window.weather_actions.downloads.shutdown()


def test_a_window_started_in_chinese_shows_no_english(qtbot, chinese_at_start, tmp_path):
    window = simulated_window(qtbot, load_project(DEMO_PROJECT))
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "zh_results_1366.png"))
        english = scan_window(qtbot, window, tmp_path)
        assert english == [], "\n".join(f"{where}: {text!r}" for where, text in english)
        window.actions_by_name["show_plan"].trigger()
        window.grab().save(str(SHOTS / "zh_plan_1366.png"))
    finally:
        close(window)


def test_switching_a_running_window_to_chinese_leaves_no_english(qtbot, tmp_path):
    window = simulated_window(qtbot, load_project(DEMO_PROJECT))
    try:
        window.grab().save(str(SHOTS / "en_results_1366.png"))
        window.language_actions[i18n.CHINESE].trigger()
        english = scan_window(qtbot, window, tmp_path)
        assert english == [], "\n".join(f"{where}: {text!r}" for where, text in english)
    finally:
        window.language_actions[i18n.ENGLISH].trigger()
        close(window)
