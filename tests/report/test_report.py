"""The report and the exports of the demo park: pages rendered and not blank, every
summary figure equal to simulate --json's, the loss diagram multiplying to the AC
energy, Chinese names in the PDF without system fonts, one DXF polyline per module, and
a workbook whose annual sums equal the JSON's."""

from __future__ import annotations

import json
import shutil
import subprocess

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.cli import main
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.project.io import load_project, save_project

POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftoppm) not installed")


def cli(*args: str) -> str:
    import io

    out = io.StringIO()
    assert main(list(args), stdout=out) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    paths = {
        "pdf": folder / "report.pdf",
        "xlsx": folder / "results.xlsx",
        "dxf": folder / "layout.dxf",
        "plan": folder / "plan.svg",
    }
    cli(
        "report",
        str(DEMO_PROJECT),
        "-o",
        str(paths["pdf"]),
        "--xlsx",
        str(paths["xlsx"]),
        "--dxf",
        str(paths["dxf"]),
        "--plan",
        str(paths["plan"]),
    )
    document = json.loads(cli("simulate", str(DEMO_PROJECT), "--json"))
    return paths, document


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@needs_poppler
def test_the_demo_report_has_its_pages_and_none_is_blank(demo_outputs, tmp_path):
    from PIL import Image

    paths, _ = demo_outputs
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(paths["pdf"]), str(tmp_path / "page")], check=True
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 8 <= len(pages) <= 30
    for page in pages:
        grey = np.asarray(Image.open(page).convert("L"), dtype=float)
        assert (grey < 200).mean() > 0.01, f"{page.name} is blank"


@needs_poppler
def test_every_summary_figure_is_the_json_figure(demo_outputs):
    """The report comes from one run, the JSON from another: the summary's figures,
    formatted from the JSON, are all printed in the PDF."""
    from bipv_designer.report.pdf_report import summary_figures

    paths, document = demo_outputs
    text = pdf_text(paths["pdf"])
    figures = summary_figures(document)
    assert len(figures) >= 15
    for label, value in figures:
        assert value in text, f"{label}: {value} not in the report"
    for surface in document["surfaces"]:
        assert f"{surface['annual_ac_kwh'] / 1000:,.1f}" in text


def test_the_loss_steps_multiply_to_the_ac_energy():
    from bipv_designer.report.loss_steps import loss_steps
    from bipv_designer.report.project_run import run_project
    from bipv_designer.simulation.result import TOTAL
    from bipv_designer.weather.project_weather import read_project_weather
    from tests.factories import make_small_project

    project = make_small_project()
    weather = read_project_weather(project.weather, DEMO_PROJECT, project.site)
    run = run_project(project, weather)
    for column in (*run.result.surface_ids, TOTAL):
        steps = loss_steps(run, column)
        product = steps[0].energy_kwh * np.prod([s.factor for s in steps[1:]])
        ac = run.result.summary().loc[column, "annual_ac_kwh"]
        assert product == pytest.approx(ac, rel=1e-4)  # 0.01 %
        assert steps[1].name == "nominal"
        assert sum(s.change_kwh for s in steps[1:]) == pytest.approx(ac - steps[0].energy_kwh)


@needs_poppler
def test_a_chinese_project_shows_its_characters_without_system_cjk_fonts(tmp_path):
    from bipv_designer.project.model import ReportSettings
    from tests.factories import make_small_project

    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
    project = make_small_project()
    project_path = tmp_path / "p.bipv.json"
    project = replace(
        project,
        name="江宁零碳园区一期",
        report=ReportSettings(customer="南京某某精密制造有限公司", company="示例设计院"),
    )
    save_project(project, project_path)
    out = tmp_path / "报告.pdf"
    cli("report", str(project_path), "-o", str(out))
    text = pdf_text(out)
    for words in ("江宁零碳园区一期", "南京某某精密制造有限公司", "示例设计院"):
        assert words in text
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DroidSansFallback" in listing  # embedded, not taken from the system
    if fonts.strip():
        pytest.skip("this machine has system CJK fonts; the embedding check above still ran")


def test_the_dxf_has_one_polyline_per_module_on_its_layer(demo_outputs):
    import ezdxf

    paths, _ = demo_outputs
    drawing = ezdxf.readfile(paths["dxf"])
    modules = drawing.modelspace().query('LWPOLYLINE[layer=="MODULES"]')
    project = load_project(DEMO_PROJECT)
    roof_modules = sum(
        len(a.placements) for a in project.arrays if project.surface(a.surface_id).kind == "roof"
    )
    assert len(modules) == roof_modules
    assert {layer.dxf.name for layer in drawing.layers} >= {"BUILDINGS", "MODULES", "KEEP_OUTS"}
    assert len(drawing.modelspace().query('*[layer=="OBSTACLES"]')) == len(project.obstacles)


def test_the_workbook_opens_and_its_annual_sums_are_the_json_figures(demo_outputs):
    import openpyxl

    paths, document = demo_outputs
    book = openpyxl.load_workbook(paths["xlsx"], read_only=True)
    assert {"Summary", "Surfaces", "Months", "Losses", "Hours", "Quote"} <= set(book.sheetnames)
    rows = list(book["Hours"].iter_rows(values_only=True))
    heading, values = rows[0], np.array([r[1:] for r in rows[1:]], dtype=float)
    total = values[:, heading.index("Total · AC power [kW]") - 1].sum()
    assert total == pytest.approx(document["total"]["annual_ac_kwh"], rel=1e-6)
    load = values[:, heading.index("Park load [kW]") - 1].sum()
    assert load == pytest.approx(document["balance"]["park"]["load_kwh"], rel=1e-6)
    months = list(book["Months"].iter_rows(values_only=True))
    column = months[0].index("Total [kWh]")
    assert sum(r[column] for r in months[1:]) == pytest.approx(
        document["total"]["annual_ac_kwh"], rel=1e-9
    )


def test_the_plan_picture_is_an_svg_of_the_park(demo_outputs):
    paths, _ = demo_outputs
    text = paths["plan"].read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml")
    assert "<svg" in text
