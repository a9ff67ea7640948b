"""The report in Chinese (``report --lang zh``): Chinese headings and the glossary's
terms in the PDF, every character drawn by an embedded font, and the core's words
rendered without Qt."""

from __future__ import annotations

import csv
import pickle
import shutil
import subprocess

import pytest

from bipv_designer.cli import main
from bipv_designer.paths import DEMO_PROJECT, resource
from bipv_designer.words import N_, Text, Words, data_text

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed"
)
HEADINGS = (
    "概要",
    "场地与布置",
    "系统",
    "气象",
    "发电量与损失",
    "遮挡",
    "光伏与园区负荷",
    "经济性与报价",
    "碳减排与零碳园区",
    "假设与来源",
)
TERMS = (
    "装机容量",
    "年发电量",
    "单位千瓦年发电量",
    "系统效率（PR）",
    "自发自用率",
    "自给率",
    "余电上网",
    "弃光",
    "碳减排量",
    "零碳园区",
    "单位能耗碳排放",
    "电网排放因子",
    "容配比",
    "水平面总辐照量",
    "近距离遮挡",
    "地面反射率",
    "净现值（NPV）",
    "内部收益率（IRR）",
    "平准化度电成本（LCOE）",
    "投资回收期",
)


@pytest.fixture(scope="module")
def chinese_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("zh") / "report.pdf"
    assert main(["report", str(DEMO_PROJECT), "-o", str(path), "--lang", "zh"]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return path, text


@needs_poppler
def test_the_chinese_report_has_chinese_headings_and_the_glossary_terms(chinese_report):
    _, text = chinese_report
    glossary = resource("i18n", "glossary.csv").read_text(encoding="utf-8")
    for heading in HEADINGS:
        assert heading in text, heading
    for term in TERMS:
        assert term.split("（")[0] in glossary, f"{term} is not a glossary term"
        assert term in text, term
    for english in ("Summary", "Yield and losses", "Page 2 of", "Installed capacity"):
        assert english not in text


@needs_poppler
def test_every_character_of_the_chinese_report_is_in_an_embedded_font(chinese_report):
    """No missing-glyph boxes: each character printed is in the Latin font or the
    shipped CJK font, the two fonts the PDF embeds."""
    from fontTools.ttLib import TTFont

    from bipv_designer.report.fonts import CJK_FONT, latin_font

    path, text = chinese_report
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "DroidSansFallback" in fonts
    assert "DejaVuSans" in fonts
    covered = set()
    for font in (latin_font(), latin_font(bold=True), CJK_FONT):
        covered |= set(TTFont(str(font), fontNumber=0, lazy=True).getBestCmap())
    used = {ch for ch in text if not ch.isspace()}
    missing = sorted(ch for ch in used if ord(ch) not in covered)
    assert missing == []
    assert sum("\u4e00" <= ch <= "\u9fff" for ch in used) > 200


def test_texts_render_in_chinese_with_their_parameters():
    zh = Words("zh")
    text = N_("Report", "DC nameplate {dc:,.1f} kWp.").format(dc=2048.6)
    assert text == "DC nameplate 2,048.6 kWp."  # English wherever it is printed as is
    assert zh(text) == "直流装机容量 2,048.6 kWp。"
    nested = N_("Report", "Threshold: {note}.").format(
        note=N_("Carbon", "no official threshold below 200,000 tce; 0.2 used for the gap")
    )
    assert zh(nested).startswith("限值：年综合能耗")
    assert zh("a name the user typed") == "a name the user typed"
    assert Words("en")(text) == text


def test_data_texts_carry_their_own_translation_and_survive_pickling():
    label = data_text("East China grid 2023", {"zh_CN": "华东电网 2023"})
    assert Words("zh")(label) == "华东电网 2023"
    assert Words("en")(label) == "East China grid 2023"
    copy = pickle.loads(pickle.dumps(N_("Report", "{years:.1f} years").format(years=6.55)))
    assert isinstance(copy, Text)
    assert Words("zh")(copy) == "6.5 年" or Words("zh")(copy) == "6.6 年"


def test_every_glossary_row_has_both_languages():
    with resource("i18n", "glossary.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 50
    for row in rows:
        assert row["english"].strip()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in row["chinese"]), row


def test_an_error_from_the_core_reaches_the_user_in_chinese(tmp_path):
    """A project file with a negative height is refused with a message that keeps its
    translation through ``str(error)``: English on the command line, Chinese in the window."""
    import json

    from bipv_designer.errors import ProjectFileError
    from bipv_designer.project.io import load_project

    document = json.loads(DEMO_PROJECT.read_text(encoding="utf-8"))
    document["buildings"][0]["height_m"] = -3
    path = tmp_path / "bad.bipv.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectFileError) as refused:
        load_project(path)
    message = str(refused.value)
    assert "height_m" in message
    assert "expected" in message
    chinese = Words("zh")(message)
    assert "height_m" in chinese
    assert "应" in chinese
    assert "expected" not in chinese


def test_the_exports_headings_follow_the_language(tmp_path):
    """``report --lang zh`` writes the workbook's sheets and headings and the hourly CSV's
    headings in Chinese, the numbers the same as in English."""
    import openpyxl

    books = {}
    for lang in ("en", "zh"):
        folder = tmp_path / lang
        folder.mkdir()
        arguments = ["report", str(DEMO_PROJECT), "-o", str(folder / "r.pdf"), "--lang", lang]
        arguments += ["--xlsx", str(folder / "r.xlsx"), "--hourly-csv", str(folder / "h.csv")]
        assert main(arguments) == 0
        books[lang] = openpyxl.load_workbook(folder / "r.xlsx", read_only=True)
    english, chinese = books["en"], books["zh"]
    assert chinese.sheetnames == ["概要", "安装面", "月份", "损失", "逐时", "报价", "现金流"]
    assert english.sheetnames[:2] == ["Summary", "Surfaces"]
    hours = {
        lang: list(book.worksheets[4].iter_rows(values_only=True)) for lang, book in books.items()
    }
    assert hours["zh"][0][0] == "时间"
    assert "合计 · 交流功率 [kW]" in hours["zh"][0]
    assert "园区负荷 [kW]" in hours["zh"][0]
    assert hours["zh"][1:] == hours["en"][1:]
    flows = next(chinese["现金流"].iter_rows(values_only=True))
    assert flows[:3] == ("年份", "光伏发电量 [kWh]", "节省电费 [CNY]")
    with open(tmp_path / "zh" / "h.csv", encoding="utf-8-sig", newline="") as file:
        heading = next(csv.reader(file))
    assert heading[0] == "时间"
    assert "园区负荷 [kW]" in heading
