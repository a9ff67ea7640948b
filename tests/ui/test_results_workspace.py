"""The results workspace on the demo park: full size beside the plan, cards, a sortable
table whose rows select surfaces, the charts, the report and the exports written in the
background; screenshots at 1366 x 768 and 1920 x 1080."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bipv_designer.paths import DEMO_PROJECT, REPOSITORY_ROOT
from bipv_designer.project.io import load_project
from bipv_designer.ui.main_window import MainWindow
from bipv_designer.ui.selection import SelectionKind

SHOTS = REPOSITORY_ROOT / "build" / "screenshots"


@pytest.fixture(scope="module")
def simulated(qapp):
    window = MainWindow(load_project(DEMO_PROJECT), DEMO_PROJECT)
    window.resize(1366, 768)
    window.show()
    window.actions_by_name["simulate"].trigger()
    deadline = 120_000
    from pytestqt.qtbot import QtBot

    QtBot(qapp).waitUntil(lambda: window.runner.run is not None, timeout=deadline)
    yield window
    for worker in (window.runner.worker, window.shading_map.worker, window.report_job.worker):
        worker.shutdown()
    window.weather_actions.downloads.shutdown()
    window.close()


def test_the_results_take_the_window_and_give_it_back_to_the_plan(qtbot, simulated):
    window = simulated
    assert window.workspaces.currentWidget() is window.results
    assert not window.properties.scroll.isVisible()  # docks hidden for the results
    assert window.results.table.isVisible()
    window.actions_by_name["show_plan"].trigger()
    assert window.properties.scroll.isVisible()
    window.actions_by_name["show_results"].trigger()
    assert not window.properties.scroll.isVisible()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots_of_the_results_at_two_sizes(qtbot, simulated, size):
    window = simulated
    window.resize(*size)
    qtbot.wait(50)
    table = window.results.table
    assert table.height() > 5 * table.rowHeight(0)  # rows to read, not a sliver
    assert not table.horizontalScrollBar().isVisible()  # every column whole
    canvas = window.results.charts.currentWidget()
    assert canvas.width() >= 500
    assert canvas.height() >= 290
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"results_{size[0]}x{size[1]}.png"))
    for index in range(window.results.charts.count()):
        figure = window.results.charts.figure(index)
        for ax in figure.axes:
            assert ax.get_position().height > 0.15, f"tab {index}: axes collapsed"


def test_a_row_selects_its_surface_and_sorting_keeps_the_total_last(qtbot, simulated):
    window = simulated
    table = window.results.table
    table.horizontalHeader().sectionClicked.emit(2)  # by kWh/yr, ascending
    table.horizontalHeader().sectionClicked.emit(2)  # descending
    values = [float(table.item(r, 2).text().replace(",", "")) for r in range(table.rowCount() - 1)]
    assert values == sorted(values, reverse=True)
    assert table.item(table.rowCount() - 1, 0).text() == "Total"
    first = table.surface_ids()[0]
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.properties.selection.kind is SelectionKind.SURFACE
    assert window.properties.selection.item_id == first


def test_the_report_and_a_workbook_are_written_in_the_background(qtbot, simulated, tmp_path):
    window = simulated
    job = window.report_job
    pdf = tmp_path / "report.pdf"
    with qtbot.waitSignal(job.worker.finished, timeout=120_000):
        assert job.write_report(pdf)
        assert job.cancel_button.isVisible()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Wrote" in window.statusBar().currentMessage()
    workbook = tmp_path / "results.xlsx"
    with qtbot.waitSignal(job.worker.finished, timeout=120_000):
        assert window.export_results(workbook)
    assert workbook.stat().st_size > 10_000


def test_the_report_and_the_exports_come_in_the_windows_language(qtbot, simulated, tmp_path):
    import openpyxl
    from pypdf import PdfReader

    from bipv_designer.ui import i18n

    window = simulated
    job = window.report_job
    window.language_actions[i18n.CHINESE].trigger()
    try:
        pdf, workbook = tmp_path / "report.pdf", tmp_path / "results.xlsx"
        with qtbot.waitSignal(job.worker.finished, timeout=120_000):
            assert job.write_report(pdf)
        with qtbot.waitSignal(job.worker.finished, timeout=120_000):
            assert window.export_results(workbook)
    finally:
        window.language_actions[i18n.ENGLISH].trigger()
    assert "系统效率（PR）" in PdfReader(pdf).pages[0].extract_text()
    assert openpyxl.load_workbook(workbook, read_only=True).sheetnames[0] == "概要"


def test_the_report_page_sets_the_customer_and_company(qtbot, window):
    from tests.ui.test_plan_tools import click_tree

    click_tree(qtbot, window, "report")
    panel = window.properties.report_panel
    assert window.properties.current_page() is panel
    panel.customer.setText("南京某某精密制造有限公司")
    panel.customer.editingFinished.emit()
    panel.company.setText("Example Design Institute")
    panel.company.editingFinished.emit()
    report = window.document.project.report
    assert (report.customer, report.company) == (
        "南京某某精密制造有限公司",
        "Example Design Institute",
    )
    window.undo_action.trigger()
    assert window.document.project.report.company == ""
