"""The fonts of reports and charts: DejaVu Sans (installed with matplotlib) for Latin
text and the shipped Droid Sans Fallback for Chinese (resources/fonts/README.md), so that
Chinese renders on a machine without system CJK fonts."""

from __future__ import annotations

from contextlib import contextmanager
from functools import cache
from pathlib import Path

from bipv_designer.paths import resource

CJK_FONT = resource("fonts", "DroidSansFallbackFull.ttf")
CJK_FAMILY = "Droid Sans Fallback"
LATIN_FAMILY = "DejaVu Sans"


def latin_font(bold: bool = False) -> Path:
    """DejaVu Sans (bold) as installed with matplotlib."""
    import matplotlib

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


@cache
def use_chart_fonts() -> None:
    """Charts draw Latin text in DejaVu Sans and fall back to the CJK font for Chinese
    (matplotlib picks a font per glyph from the family list)."""
    import matplotlib
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(CJK_FONT))
    matplotlib.rcParams["font.family"] = [LATIN_FAMILY, CJK_FAMILY]
    matplotlib.rcParams["svg.fonttype"] = "path"


@contextmanager
def chart_fonts(chinese: bool):
    """Within the block, charts use the CJK fallback only when ``chinese`` (looking up a
    second font for every glyph costs a fifth of a chart's drawing time)."""
    import matplotlib

    use_chart_fonts()
    family = [LATIN_FAMILY, CJK_FAMILY] if chinese else [LATIN_FAMILY]
    with matplotlib.rc_context({"font.family": family}):
        yield
