"""The report's page layout on fpdf2: A4, DejaVu Sans with the shipped CJK font as
fallback (embedded as subsets), a header with the project, page numbers, numbered
headings, tables that repeat their heading row across page breaks, and charts.

Charts stay vector: fpdf2 keeps a place for each, matplotlib draws it as a one-page PDF
and pypdf lays that page onto the report's page (drawing charts as SVG through fpdf2's
SVG parser took four times longer). Drawings of thousands of modules go in as PNG.

fpdf2 rather than reportlab: it embeds subsets of TrueType fonts with per-glyph
fallback (Chinese names in Latin text) and its tables break across pages with repeated
headings; pypdf is its sibling project (docs/reports.md).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib
from fpdf import FPDF
from fpdf.fonts import FontFace
from matplotlib.figure import Figure
from msgspec import Struct

from bipv_designer.report.fonts import CJK_FONT, latin_font
from bipv_designer.words import N_, Words

FONT = "DejaVu"
CJK = "CJK"
MARGIN_MM = 18.0
ACCENT = (30, 60, 150)
GREY = (110, 110, 110)
HEADING_FILL = (228, 233, 242)
POINTS_PER_MM = 72.0 / 25.4
KEEP_WITH_NEXT_MM = 40.0
RASTER_DPI = 140
"""Resolution of drawings put in as pictures [dots per inch]: a module is 7 dots wide on
the A4 site plan of a 200 m park."""


class FigureSlot(Struct, frozen=True):
    """The place kept for a chart: page (from 1) and box [mm from the top left]."""

    page: int
    x: float
    y: float
    width: float
    height: float
    figure: Figure


class ReportPdf(FPDF):
    """An A4 report with the project's name in the header and "page n of N" below; texts
    are rendered by ``words`` (:mod:`bipv_designer.words`); ``chinese`` when any text may
    hold CJK characters."""

    def __init__(self, title: str, footer_note: str, words: Words, chinese: bool = True) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.words = words
        self.title_text = title
        self.footer_note = footer_note
        self.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(True, margin=MARGIN_MM)
        self.add_font(FONT, "", str(latin_font()))
        self.add_font(FONT, "B", str(latin_font(bold=True)))
        if chinese:  # reading the 4 MB font takes half a second; only when needed
            self.add_font(CJK, "", str(CJK_FONT))
            self.set_fallback_fonts([CJK], exact_match=False)
        self.set_title(title)
        self.set_creator("BIPV Designer")
        self._section = 0
        self.cover = True
        self.slots: list[FigureSlot] = []

    @property
    def text_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    def header(self) -> None:
        if self.cover:
            return
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.title_text, align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.cover:
            return
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(self.text_width / 2, 5, self.footer_note, align="L")
        page = N_("Report", "Page {page} of {pages}").format(page=self.page_no(), pages="{nb}")
        self.cell(self.text_width / 2, 5, self.words(page), align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str) -> None:
        """A numbered section heading, on a new page when less than a quarter is left."""
        if self.get_y() > self.h * 0.72:
            self.add_page()
        self._section += 1
        self.ln(3)
        self.set_font(FONT, "B", 14)
        self.set_text_color(*ACCENT)
        self.cell(0, 9, f"{self._section}  {self.words(text)}", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def subheading(self, text: str) -> None:
        """A heading that keeps at least KEEP_WITH_NEXT_MM of what follows on its page."""
        if self.get_y() > self.h - self.b_margin - KEEP_WITH_NEXT_MM:
            self.add_page()
        self.ln(1)
        self.set_font(FONT, "B", 10.5)
        self.cell(0, 7, self.words(text), new_x="LMARGIN", new_y="NEXT")

    def paragraph(self, text: str, size: float = 9.5) -> None:
        self.set_font(FONT, "", size)
        self.multi_cell(0, 5, self.words(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def table(
        self,
        heading: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float] | None = None,
        align: Sequence[str] | None = None,
        size: float = 8.5,
    ) -> None:
        """A table; its heading row is repeated on each page it spans."""
        self.set_font(FONT, "", size)
        heading_style = FontFace(emphasis="BOLD", fill_color=HEADING_FILL)
        with super().table(
            col_widths=widths,
            text_align=align or "LEFT",
            headings_style=heading_style,
            repeat_headings=1,
            first_row_as_headings=heading is not None,
            line_height=1.35 * size * 0.3528 + 1.2,
            padding=0.8,
            borders_layout="HORIZONTAL_LINES",
        ) as table:
            for row in ([heading] if heading is not None else []) + list(rows):
                cells = table.row()
                for value in row:
                    cells.cell(self.words(value))
        self.ln(3)

    def figure(self, figure: Figure, width_mm: float | None = None, raster: bool = False) -> None:
        """A matplotlib figure, centred: vector (laid on by :meth:`finished`), or PNG for
        ``raster``."""
        width = width_mm or self.text_width
        height = width * figure.get_figheight() / figure.get_figwidth()
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()
        x = self.l_margin + (self.text_width - width) / 2
        if raster:
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=RASTER_DPI)
            buffer.seek(0)
            self.image(buffer, x=x, y=self.get_y(), w=width)
        else:
            self.slots.append(FigureSlot(self.page_no(), x, self.get_y(), width, height, figure))
        self.set_y(self.get_y() + height + 3)

    def finished(self) -> bytes:
        """The PDF with every vector chart drawn in its place: each chart's page becomes
        a form XObject that the report's page draws, scaled and moved (pypdf's
        ``merge_transformed_page`` would parse every page's content again)."""
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import (
            ArrayObject,
            DecodedStreamObject,
            DictionaryObject,
            NameObject,
        )

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(self.output()))))
        for number, slot in enumerate(self.slots):
            buffer = io.BytesIO()
            with matplotlib.rc_context({"pdf.fonttype": 3}):
                slot.figure.savefig(buffer, format="pdf")
            buffer.seek(0)
            chart = PdfReader(buffer).pages[0]
            form = DecodedStreamObject()
            form.set_data(chart.get_contents().get_data())
            form[NameObject("/Type")] = NameObject("/XObject")
            form[NameObject("/Subtype")] = NameObject("/Form")
            form[NameObject("/BBox")] = ArrayObject(chart.mediabox)
            form[NameObject("/Resources")] = chart["/Resources"].clone(writer)
            name = NameObject(f"/Chart{number}")
            page = writer.pages[slot.page - 1]
            resources = page[NameObject("/Resources")].get_object()
            xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject())
            xobjects.get_object()[name] = writer._add_object(form)
            scale = slot.width * POINTS_PER_MM / float(chart.mediabox.width)
            left = slot.x * POINTS_PER_MM
            bottom = float(page.mediabox.height) - (slot.y + slot.height) * POINTS_PER_MM
            drawing = DecodedStreamObject()
            drawing.set_data(
                f"q {scale:.6f} 0 0 {scale:.6f} {left:.3f} {bottom:.3f} cm {name} Do Q".encode()
            )
            contents = page[NameObject("/Contents")].get_object()
            parts = (
                list(contents)
                if isinstance(contents, ArrayObject)
                else [page.raw_get(NameObject("/Contents"))]
            )
            page[NameObject("/Contents")] = ArrayObject([*parts, writer._add_object(drawing)])
        output = io.BytesIO()
        writer.write(output)
        return output.getvalue()
