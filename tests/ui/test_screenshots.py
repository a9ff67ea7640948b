"""Screenshots of the window, every Properties page and every dialog on the demo project
at 1366 x 768 (and the pages at 1920 x 1080), for a person to look at.

They go to ``build/screenshots/`` (not committed). The test checks what a machine can:
the window fits the screen, and the plan and the 3-D view are not blank.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from bipv_designer.geometry.frames import outline_edges
from bipv_designer.layout.roof_fill import default_fill_options
from bipv_designer.paths import DEMO_PROJECT, REPOSITORY_ROOT
from bipv_designer.project.io import load_project
from bipv_designer.project.layout_model import Setback
from bipv_designer.ui.catalogue_dialog import CatalogueDialog, CatalogueKind
from bipv_designer.ui.fill_roofs_dialog import FillRoofsDialog
from bipv_designer.ui.help import UserGuide
from bipv_designer.ui.load_import_dialog import LoadImportDialog
from bipv_designer.ui.main_window import MainWindow
from bipv_designer.ui.new_project import NewProjectDialog
from bipv_designer.ui.selection import Selection, SelectionKind
from bipv_designer.ui.setback_dialog import SetbackDialog

pytestmark = pytest.mark.gui

SCREEN = (1366, 768)
SHOTS = REPOSITORY_ROOT / "build" / "screenshots"


def distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_demo_window_and_3d_view_at_1366_by_768(qtbot):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit_all()
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0]
    assert hint.height() <= SCREEN[1]
    SHOTS.mkdir(parents=True, exist_ok=True)
    main = window.grab()
    assert (main.width(), main.height()) == SCREEN
    main.save(str(SHOTS / "main_window_demo.png"))
    view3d = window.view3d.grab()
    view3d.save(str(SHOTS / "view3d_demo.png"))
    assert distinct_colours(window.view.viewport().grab().toImage()) > 5
    assert distinct_colours(view3d.toImage()) > 5
    window.runner.worker.shutdown()


def test_layout_and_string_plan_panels_of_the_demo(qtbot):
    from tests.ui.test_plan_tools import click_tree

    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    click_tree(qtbot, window, "array", "hall-a-south")
    assert "5 x Generic 110 kW" in window.properties.layout_panel.inverter_name.text()
    window.properties.layout_panel.grab().save(str(SHOTS / "layout_panel_demo.png"))
    click_tree(qtbot, window, "strings")
    panel = window.properties.string_plan_panel
    assert panel.table.rowCount() > 0
    assert "No warnings" in panel.warnings.text()
    panel.grab().save(str(SHOTS / "string_plan_panel_demo.png"))
    window.grab().save(str(SHOTS / "main_window_strings_demo.png"))
    window.runner.worker.shutdown()


SCREENS = ((1366, 768), (1920, 1080))


def demo_selections(project):
    roof = next(s for s in project.surfaces if s.kind == "roof")
    facade = next(s for s in project.surfaces if s.kind == "facade")
    keep_out = next(
        (lay.surface_id, lay.keep_outs[0].id) for lay in project.surface_layouts if lay.keep_outs
    )
    roof_array = next(a for a in project.arrays if a.surface_id == roof.id)
    facade_array = next(
        a for a in project.arrays if project.surface(a.surface_id).kind == "facade"
    )
    return {
        "site": Selection(SelectionKind.SITE),
        "building": Selection(SelectionKind.BUILDING, project.buildings[0].id),
        "roof": Selection(SelectionKind.SURFACE, roof.id),
        "facade": Selection(SelectionKind.SURFACE, facade.id),
        "keep_out": Selection(SelectionKind.KEEP_OUT, keep_out[1], keep_out[0]),
        "roof_array": Selection(SelectionKind.ARRAY, roof_array.id),
        "facade_array": Selection(SelectionKind.ARRAY, facade_array.id),
        "strings": Selection(SelectionKind.STRINGS),
        "money": Selection(SelectionKind.MONEY),
        "load": Selection(SelectionKind.LOAD),
    }


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_properties_page_fits_the_dock_without_sideways_scrolling(qtbot, screen):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*screen)
    window.show()
    qtbot.waitExposed(window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    # the docks take their starting heights once the window is laid out
    qtbot.waitUntil(lambda: window.properties.scroll.height() > window.view3d.height())
    viewport = window.properties.scroll.viewport()
    for name, selection in demo_selections(window.document.project).items():
        window.select(selection)
        page = window.properties.current_page()
        assert page.minimumSizeHint().width() <= viewport.width(), name
        window.grab().save(str(SHOTS / f"properties_{name}_{screen[0]}.png"))
    window.runner.worker.shutdown()


def test_with_nothing_selected_the_dock_shows_its_hint_at_the_top(qtbot):
    """The page shown when nothing is selected is sized as itself (not as the tallest
    page, which put the hint out of sight below the dock's fold)."""
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    properties = window.properties
    hint = properties.nothing_selected
    assert properties.current_page() is hint
    viewport = properties.scroll.viewport()
    assert 0 <= hint.mapTo(viewport, QPoint(0, 0)).y() < hint.fontMetrics().lineSpacing()
    assert properties.pages.height() <= viewport.height()  # nothing to scroll to
    window.grab().save(str(SHOTS / "properties_nothing_1366.png"))
    window.runner.worker.shutdown()


def demo_meter_columns() -> tuple[str, str]:
    """The columns of the meter file the import dialog shows."""
    return ("time", "power_kw")


def demo_dialogs(window: MainWindow, tmp_path) -> dict:
    """Every dialog of the window, made on the demo project (not shown)."""
    project = window.document.project
    roof = next(s for s in project.surfaces if s.kind == "roof")
    meter = tmp_path / "meter.csv"
    meter.write_text(
        ",".join(demo_meter_columns()) + "\n2023-01-01 00:00,10\n2023-01-01 01:00,12\n"
    )
    new = NewProjectDialog(window)
    new.place.field.setText("Ordos")
    new.place.search()
    return {
        "new_project": new,
        "fill_roofs": FillRoofsDialog(default_fill_options(), window),
        "setback": SetbackDialog(
            outline_edges(roof.outline, roof.surface_tilt, roof.surface_azimuth), Setback(1.0)
        ),
        "module_catalogue": CatalogueDialog(CatalogueKind.MODULE),
        "inverter_catalogue": CatalogueDialog(CatalogueKind.INVERTER),
        "meter_import": LoadImportDialog(meter),
        "surface_editor": window.layout_actions.open_surface_editor(project.arrays[0].id),
        "sun_path": window.show_sun_path(roof.id),
        "user_guide": UserGuide(window),
    }


def test_every_dialog_fits_a_1366_by_768_screen(qtbot, tmp_path):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    dialogs = demo_dialogs(window, tmp_path)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= SCREEN[0], name
        assert hint.height() <= SCREEN[1], name
        dialog.grab().save(str(SHOTS / f"dialog_{name}.png"))
        dialog.close()
    window.runner.worker.shutdown()
