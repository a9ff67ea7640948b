"""The PDF report of a project run (``python main.py report``, File ▸ Report…): cover,
summary, site and layout, system, weather, yield and losses, shading, load match, money,
carbon and the assumptions with their sources (docs/reports.md).

Every figure printed is taken from the results document ``simulate --json`` prints
(:meth:`ProjectRun.document`) and formatted by :func:`summary_figures` and friends, so
the report and the JSON cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from msgspec.structs import astuple

from bipv_designer import __version__
from bipv_designer.files import write_bytes_atomically
from bipv_designer.layout.planes import module_planes
from bipv_designer.project.names import MOUNTING_NAMES, ROOF_TYPE_NAMES
from bipv_designer.report import charts_results as charts
from bipv_designer.report.charts_money import cash_flow_figure
from bipv_designer.report.charts_shading import sun_path_figure
from bipv_designer.report.fonts import chart_fonts
from bipv_designer.report.loss_steps import STEP_LABELS, loss_steps
from bipv_designer.report.pdf_document import ReportPdf
from bipv_designer.report.plan_figures import site_plan_figure, surfaces_figure
from bipv_designer.report.project_run import ProjectRun
from bipv_designer.shading.skyline import obstacle_skyline
from bipv_designer.simulation.systems import system_table
from bipv_designer.words import ENGLISH_WORDS, N_, Words, has_cjk

Progress = Callable[[float, str], None]
MONTHS = charts.MONTHS
QUOTE_HEADINGS = (
    N_("Report", "Item"),
    N_("Report", "Quantity"),
    N_("Report", "Unit"),
    N_("Report", "Amount [{currency}]"),
)
"""Headings of the quote's columns (the report's table and the workbook's sheet)."""


def write_report(
    run: ProjectRun,
    path: str | os.PathLike[str],
    project_path: str | os.PathLike[str] = ".",
    progress: Progress | None = None,
    words: Words = ENGLISH_WORDS,
) -> Path:
    """Write the report of ``run`` to ``path`` (atomically) in the language of ``words``;
    the logo is found next to ``project_path``. Returns the path written."""
    report = progress or (lambda fraction, message: None)
    document = run.document()
    project = run.project
    chinese = words.chinese or has_cjk(_names(run, document))
    with chart_fonts(chinese):
        pdf = ReportPdf(
            words(N_("Report", "{name} · BIPV design report").format(name=project.name)),
            f"BIPV Designer {__version__} · {dt.date.today().isoformat()}",
            words,
            chinese=chinese,
        )
        pdf.alias_nb_pages()
        for k, (name, draw) in enumerate(_sections(pdf, run, document, Path(project_path))):
            report(k / len(SECTIONS), words(name))
            draw()
        report(1.0, words(N_("Report", "Writing the PDF")))
        data = pdf.finished()
    return write_bytes_atomically(Path(path), data)


SECTIONS = (
    N_("Report", "Cover"),
    N_("Report", "Summary"),
    N_("Report", "Site and layout"),
    N_("Report", "System"),
    N_("Report", "Weather"),
    N_("Report", "Yield"),
    N_("Report", "Shading"),
    N_("Report", "Load"),
    N_("Report", "Money"),
    N_("Report", "Carbon"),
    N_("Report", "Assumptions"),
)


def _sections(pdf: ReportPdf, run: ProjectRun, document: dict, folder: Path):
    """Each section's name and the call that draws it, in order."""
    draws = (
        lambda: _cover(pdf, run, document, folder),
        lambda: _summary(pdf, document),
        lambda: _site(pdf, run),
        lambda: _system(pdf, run, document),
        lambda: _weather(pdf, run, document),
        lambda: _yield(pdf, run, document),
        lambda: _shading(pdf, run, document),
        lambda: _load(pdf, run, document),
        lambda: _money(pdf, document),
        lambda: _carbon(pdf, document),
        lambda: _assumptions(pdf, run, document),
    )
    return zip(SECTIONS, draws, strict=True)


def _names(run: ProjectRun, document: dict) -> str:
    """Every name and text the report prints (not the numbers)."""
    project = run.project
    names = [project.name, project.site.name, *astuple(project.report)]
    for items in (
        project.buildings,
        project.surfaces,
        project.arrays,
        project.modules,
        project.obstacles,
        project.inverters,
        project.string_plan,
    ):
        names += [item.name for item in items]
    return "\n".join(names) + json.dumps(
        {key: document.get(key) for key in ("weather", "money", "carbon")}, ensure_ascii=False
    )


def summary_figures(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The summary's label and printed value of each figure."""
    total = document["total"]
    rows = [
        (N_("Report", "Installed capacity (DC)"), f"{total['dc_kwp']:,.1f} kWp"),
        (N_("Report", "Annual energy (AC)"), f"{total['annual_ac_kwh'] / 1000:,.1f} MWh"),
        (N_("Report", "Specific yield"), f"{total['specific_yield_kwh_per_kwp']:,.0f} kWh/kWp"),
        (N_("Report", "Performance ratio (PR)"), f"{100 * total['performance_ratio']:.1f} %"),
        (N_("Report", "Near-shading loss"), f"{100 * total['near_shading_loss']:.1f} %"),
    ]
    balance = document.get("balance")
    if balance is not None:
        park = balance["park"]
        rows += [
            (N_("Report", "Self-consumption"), f"{100 * park['self_consumption_ratio']:.1f} %"),
            (N_("Report", "Self-sufficiency"), f"{100 * park['self_sufficiency']:.1f} %"),
            (N_("Report", "Export to the grid"), f"{park['export_kwh'] / 1000:,.1f} MWh"),
            (N_("Report", "Curtailment"), f"{park['curtailed_kwh'] / 1000:,.1f} MWh"),
        ]
    money = document.get("money")
    if money is not None:
        currency = money["currency"]
        rows += [
            (N_("Report", "Investment"), f"{money['capex']:,.0f} {currency}"),
            (
                N_("Report", "Savings, first year"),
                f"{money['savings_first_year']:,.0f} {currency}",
            ),
            (N_("Report", "Simple payback"), _years(money["simple_payback_years"])),
            (N_("Report", "IRR"), "-" if money["irr"] is None else f"{100 * money['irr']:.1f} %"),
            (N_("Report", "NPV"), f"{money['npv']:,.0f} {currency}"),
        ]
    carbon = document["carbon"]
    rows += [
        (N_("Report", "CO2 avoided, first year"), f"{carbon['co2_avoided_t_first_year']:,.0f} t"),
        (N_("Report", "CO2 avoided, lifetime"), f"{carbon['co2_avoided_t_lifetime']:,.0f} t"),
    ]
    indicator = carbon.get("park_indicator")
    if indicator is not None:
        rows.append(
            (
                N_("Report", "Park carbon intensity, before → after"),
                f"{indicator['before']['intensity_t_per_tce']:.2f} → "
                f"{indicator['after']['intensity_t_per_tce']:.2f} tCO2/tce",
            )
        )
    return rows


def _cover(pdf: ReportPdf, run: ProjectRun, document: dict, folder: Path) -> None:
    pdf.add_page()
    settings = run.project.report
    logo = _logo(settings.logo, folder)
    if logo is not None:
        pdf.image(str(logo), x=pdf.w - pdf.r_margin - 40, y=pdf.t_margin, w=40)
    pdf.set_y(70)
    pdf.set_font("DejaVu", "B", 24)
    pdf.multi_cell(0, 12, run.project.name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 13)
    pdf.cell(
        0,
        9,
        pdf.words(N_("Report", "Building-integrated photovoltaics: design and yield report")),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    site = run.project.site
    lines = [
        (N_("Report", "Site"), f"{site.name} ({site.latitude:.3f}°, {site.longitude:.3f}°)"),
        (N_("Report", "Customer"), settings.customer),
        (
            N_("Report", "Prepared by"),
            ", ".join(p for p in (settings.prepared_by, settings.company) if p),
        ),
        (N_("Report", "Date"), dt.date.today().isoformat()),
        (
            N_("Report", "Software"),
            N_("Report", "BIPV Designer {version} (pvlib chain, docs/physics.md)").format(
                version=__version__
            ),
        ),
    ]
    pdf.table(None, [(k, v) for k, v in lines if v], widths=(35, 125))
    pdf.ln(6)
    pdf.table(None, summary_figures(document)[:4], widths=(60, 60), size=11)
    pdf.cover = False


def _summary(pdf: ReportPdf, document: dict) -> None:
    pdf.add_page()
    pdf.heading(N_("Report", "Summary"))
    pdf.table(
        (N_("Report", "Figure"), N_("Report", "Value")),
        summary_figures(document),
        widths=(95, 65),
        align=("LEFT", "RIGHT"),
    )
    if document["weather"]["warnings"]:
        pdf.subheading(N_("Report", "What to know about the inputs"))
        for warning in document["weather"]["warnings"]:
            pdf.paragraph(N_("Report", "• {text}").format(text=warning), size=8.5)


def _site(pdf: ReportPdf, run: ProjectRun) -> None:
    project, site = run.project, run.project.site
    pdf.heading(N_("Report", "Site and layout"))
    horizon = (
        N_("Report", "none")
        if not site.horizon
        else N_("Report", "{count} points").format(count=len(site.horizon))
    )
    pdf.table(
        None,
        [
            (
                N_("Report", "Location"),
                f"{site.latitude:.4f}° N, {site.longitude:.4f}° E, {site.altitude:g} m",
            ),
            (N_("Report", "Time zone"), site.timezone),
            (N_("Report", "Ground albedo"), f"{site.albedo:.2f}"),
            (N_("Report", "Far horizon"), horizon),
            (N_("Report", "Buildings"), f"{len(project.buildings)}"),
            (N_("Report", "Obstacles on the site"), f"{len(project.obstacles)}"),
        ],
        widths=(50, 110),
    )
    pdf.figure(
        site_plan_figure(project, run.result.module_shading, words=pdf.words),
        width_mm=165,
        raster=True,
    )
    pdf.subheading(N_("Report", "Buildings"))
    pdf.table(
        (
            N_("Report", "Building"),
            N_("Report", "Height"),
            N_("Report", "Roof"),
            N_("Report", "Footprint"),
        ),
        [
            (
                b.name,
                f"{b.height_m:g} m",
                ROOF_TYPE_NAMES[b.roof.roof_type],
                f"{_area(b.footprint):,.0f} m²",
            )
            for b in project.buildings
        ],
        widths=(70, 25, 35, 30),
        align=("LEFT", "RIGHT", "LEFT", "RIGHT"),
    )


def _system(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    project = run.project
    pdf.heading(N_("Report", "System"))
    pdf.subheading(N_("Report", "Modules"))
    counts: dict[str, int] = {}
    for array in project.arrays:
        counts[array.module_id] = counts.get(array.module_id, 0) + array.module_count
    pdf.table(
        (N_("Report", "Module"), "W", N_("Report", "Efficiency"), N_("Report", "Count"), "kWp"),
        [
            (
                m.name,
                f"{m.pdc0_w:g}",
                f"{100 * m.efficiency:.1f} %",
                f"{counts[m.id]:,}",
                f"{counts[m.id] * m.pdc0_w / 1000:,.1f}",
            )
            for m in project.modules
            if counts.get(m.id)
        ],
        widths=(88, 14, 20, 18, 20),
        align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.subheading(N_("Report", "Arrays"))
    rows = []
    for array in project.arrays:
        if not array.module_count:
            continue
        surface = project.surface(array.surface_id)
        planes = " + ".join(
            f"{t:.0f}°/{a:.0f}°" for t, a in dict.fromkeys(module_planes(project, array))
        )
        module = project.module(array.module_id)
        rows.append(
            (
                array.name,
                surface.name,
                planes,
                f"{array.module_count:,}",
                f"{array.module_count * module.pdc0_w / 1000:,.1f}",
                MOUNTING_NAMES[surface.mounting],
            )
        )
    pdf.table(
        (
            N_("Report", "Array"),
            N_("Report", "Surface"),
            N_("Report", "Tilt/azimuth"),
            N_("Report", "Modules"),
            "kWp",
            N_("Report", "Mounting"),
        ),
        rows,
        widths=(38, 40, 24, 16, 16, 26),
        align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT"),
        size=7.5,
    )
    banks = system_table(project).banks
    ac_kw = float((banks.count * banks.paco_w).sum()) / 1000.0
    dc_kw = document["total"]["dc_kwp"]
    pdf.paragraph(
        N_(
            "Report",
            "DC nameplate {dc:,.1f} kWp, inverters {ac:,.1f} kW AC: DC/AC ratio {ratio:.2f}.",
        ).format(dc=dc_kw, ac=ac_kw, ratio=dc_kw / ac_kw)
        if ac_kw
        else N_("Report", "DC nameplate {dc:,.1f} kWp.").format(dc=dc_kw)
    )
    pdf.subheading(N_("Report", "Inverters and strings"))
    if project.string_plan:
        pdf.table(
            (
                N_("Report", "Array"),
                N_("Report", "Inverters"),
                N_("Report", "Strings"),
                N_("Report", "Modules per string"),
            ),
            _strings_by_array(project),
            widths=(50, 60, 20, 30),
            align=("LEFT", "LEFT", "RIGHT", "RIGHT"),
            size=8,
        )
    else:
        pdf.paragraph(
            N_("Report", "No string plan: each array's inverters are sized by its DC/AC ratio.")
        )


def _strings_by_array(project) -> list[tuple[str, str, str, str]]:
    """For each array in the string plan: its inverters (count x type), strings and
    modules per string."""
    inverters = {i.id: i for i in project.inverters}
    rows = []
    for array in project.arrays:
        uses = [
            u
            for u in project.string_plan
            if any(g.array_id == array.id for g in u.string_groups())
        ]
        if not uses:
            continue
        types: dict[str, int] = {}
        for use in uses:
            types[inverters[use.inverter_id].name] = (
                types.get(inverters[use.inverter_id].name, 0) + 1
            )
        groups = [g for u in uses for g in u.string_groups() if g.array_id == array.id]
        lengths = sorted({g.modules_per_string for g in groups})
        rows.append(
            (
                array.name,
                ", ".join(f"{count} x {name}" for name, count in types.items()),
                f"{sum(g.string_count for g in groups):,}",
                " / ".join(str(n) for n in lengths),
            )
        )
    return rows


def _weather(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    pdf.heading(N_("Report", "Weather"))
    weather = document["weather"]
    data = run.weather.data
    hours = run.weather.interval_hours
    pdf.table(
        None,
        [
            (N_("Report", "Source"), weather["description"] or weather["source"]),
            (N_("Report", "File"), Path(weather["source"]).name),
            (
                N_("Report", "Global horizontal irradiation"),
                f"{data['ghi'].sum() * hours / 1000:,.0f} kWh/m²",
            ),
            (
                N_("Report", "Diffuse horizontal irradiation"),
                f"{data['dhi'].sum() * hours / 1000:,.0f} kWh/m²",
            ),
            (N_("Report", "Mean air temperature"), f"{data['temp_air'].mean():.1f} °C"),
            (
                N_("Report", "Checks"),
                "; ".join(pdf.words(w) for w in weather["warnings"])
                or N_("Report", "no warnings"),
            ),
        ],
        widths=(60, 100),
    )


def _yield(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    pdf.heading(N_("Report", "Yield and losses"))
    rows = [
        (
            s["name"],
            f"{s['dc_kwp']:,.1f}",
            f"{s['annual_ac_kwh'] / 1000:,.1f}",
            f"{s['specific_yield_kwh_per_kwp']:,.0f}",
            f"{100 * s['performance_ratio']:.1f} %",
            f"{100 * s['near_shading_loss']:.1f} %",
        )
        for s in document["surfaces"]
    ]
    total = document["total"]
    rows.append(
        (
            N_("Report", "Total"),
            f"{total['dc_kwp']:,.1f}",
            f"{total['annual_ac_kwh'] / 1000:,.1f}",
            f"{total['specific_yield_kwh_per_kwp']:,.0f}",
            f"{100 * total['performance_ratio']:.1f} %",
            f"{100 * total['near_shading_loss']:.1f} %",
        )
    )
    pdf.table(
        (
            N_("Report", "Surface"),
            "kWp",
            N_("Report", "MWh/yr"),
            "kWh/kWp",
            "PR",
            N_("Report", "Shading"),
        ),
        rows,
        widths=(60, 20, 22, 20, 18, 20),
        align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    )
    steps = [s for s in loss_steps(run) if s.factor is None or s.factor != 1.0]
    pdf.figure(charts.loss_diagram_figure(steps, pdf.words))
    pdf.figure(charts.monthly_energy_figure(run.result, run.park, pdf.words))
    pdf.subheading(N_("Report", "Monthly energy [MWh]"))
    months = [[pdf.words(MONTHS[m])] for m in range(12)]
    for surface in document["surfaces"]:
        for m, value in enumerate(surface["monthly_ac_kwh"]):
            months[m].append(f"{value / 1000:,.1f}")
    for m, value in enumerate(total["monthly_ac_kwh"]):
        months[m].append(f"{value / 1000:,.1f}")
    names = [s["name"] for s in document["surfaces"]]
    width = (160 - 14) / (len(names) + 1)
    pdf.table(
        [N_("Report", "Month"), *names, N_("Report", "Total")],
        months,
        widths=(14, *[width] * (len(names) + 1)),
        align=("LEFT", *["RIGHT"] * (len(names) + 1)),
        size=7,
    )


def _shading(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    pdf.heading(N_("Report", "Shading"))
    on = run.project.shading.near_shading
    pdf.paragraph(
        N_(
            "Report",
            "Near shading computed for every module: beam on shaded cells, diffuse and ground "
            "light hidden, and substrings bypassed by their diodes (docs/shading.md).",
        )
        if on
        else N_(
            "Report", "Near shading not computed: a flat shading allowance applies ({pct:g} %)."
        ).format(pct=run.project.losses.shading_pct)
    )
    steps = ("near_shading_diffuse", "near_shading_beam", "shading_electrical")
    rows = [
        (s["name"], *(f"{100 * (1 - s['loss_factors'][k]):.2f} %" for k in steps))
        for s in document["surfaces"]
    ]
    pdf.table(
        (
            N_("Report", "Surface"),
            N_("Report", "Diffuse"),
            N_("Report", "Beam"),
            N_("Report", "Electrical"),
        ),
        rows,
        widths=(85, 25, 25, 25),
        align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    if not on:
        return
    pdf.figure(
        surfaces_figure(
            run.project,
            [s["id"] for s in document["surfaces"]],
            run.result.module_shading,
            words=pdf.words,
        ),
        raster=True,
    )
    worst = max(document["surfaces"], key=lambda s: s["near_shading_loss"])
    site = run.project.site
    pdf.figure(
        sun_path_figure(
            site.latitude,
            site.longitude,
            site.timezone,
            obstacle_skyline(run.project, worst["id"]),
            site.horizon,
            N_("Report", "{surface}: sun paths, horizon and obstacles").format(
                surface=worst["name"]
            ),
            pdf.words,
        )
    )


def _load(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    pdf.heading(N_("Report", "PV against the park's load"))
    balance = document.get("balance")
    if balance is None:
        pdf.paragraph(
            N_("Report", "The project has no load: give the park its meters to see the match.")
        )
        return
    park = balance["park"]
    pdf.table(
        None,
        [
            (N_("Report", "PV energy"), f"{park['pv_kwh'] / 1000:,.1f} MWh"),
            (N_("Report", "Load"), f"{park['load_kwh'] / 1000:,.1f} MWh"),
            (N_("Report", "Used on site"), f"{park['pv_used_kwh'] / 1000:,.1f} MWh"),
            (N_("Report", "Exported"), f"{park['export_kwh'] / 1000:,.1f} MWh"),
            (N_("Report", "Curtailed"), f"{park['curtailed_kwh'] / 1000:,.1f} MWh"),
            (N_("Report", "Imported"), f"{park['import_kwh'] / 1000:,.1f} MWh"),
            (N_("Report", "Peak import"), f"{park['peak_import_kw']:,.0f} kW"),
        ],
        widths=(60, 50),
        align=("LEFT", "RIGHT"),
    )
    pdf.figure(charts.energy_flow_figure(park, pdf.words))
    pdf.figure(charts.typical_days_figure(run.result, run.park, pdf.words))
    pdf.figure(charts.pv_heatmap_figure(run.result, pdf.words), raster=True)


def _money(pdf: ReportPdf, document: dict) -> None:
    pdf.heading(N_("Report", "Money and the quote"))
    money = document.get("money")
    if money is None:
        pdf.paragraph(N_("Report", "The project has no tariff and costs."))
        return
    currency = money["currency"]
    pdf.paragraph(
        N_("Report", "Tariff: {tariff}. Source: {source}.").format(
            tariff=money["tariff"], source=money["tariff_source"]
        ),
        size=8.5,
    )
    pdf.table(
        None,
        [
            (N_("Report", "Investment"), f"{money['capex']:,.0f} {currency}"),
            (
                N_("Report", "Savings, first year"),
                f"{money['savings_first_year']:,.0f} {currency}",
            ),
            (
                N_("Report", "Export revenue, first year"),
                f"{money['export_revenue_first_year']:,.0f} {currency}",
            ),
            (N_("Report", "NPV"), f"{money['npv']:,.0f} {currency}"),
            (N_("Report", "IRR"), "-" if money["irr"] is None else f"{100 * money['irr']:.1f} %"),
            (N_("Report", "Simple payback"), _years(money["simple_payback_years"])),
            (N_("Report", "Discounted payback"), _years(money["discounted_payback_years"])),
            (N_("Report", "LCOE"), f"{money['lcoe_per_kwh']:.3f} {currency}/kWh"),
        ],
        widths=(60, 50),
        align=("LEFT", "RIGHT"),
    )
    pdf.figure(cash_flow_figure(money, pdf.words))
    pdf.subheading(N_("Report", "Quote"))
    pdf.table(
        tuple(heading.format(currency=currency) for heading in QUOTE_HEADINGS),
        [
            (row["item"], f"{row['quantity']:,.1f}", row["unit"], f"{row['amount']:,.0f}")
            for row in money["quote"]
        ],
        widths=(95, 22, 13, 30),
        align=("LEFT", "RIGHT", "LEFT", "RIGHT"),
    )
    for note in money["notes"]:
        pdf.paragraph(N_("Report", "• {text}").format(text=note), size=8.5)


def _carbon(pdf: ReportPdf, document: dict) -> None:
    carbon = document["carbon"]
    factor = carbon["grid_factor"]
    pdf.heading(N_("Report", "Carbon and the zero-carbon park"))
    pdf.table(
        None,
        [
            (
                N_("Report", "Grid emission factor"),
                f"{factor['kg_per_kwh']:.4f} kgCO2/kWh ({pdf.words(factor['label'])})",
            ),
            (
                N_("Report", "CO2 avoided, first year"),
                f"{carbon['co2_avoided_t_first_year']:,.0f} t",
            ),
            (N_("Report", "CO2 avoided, lifetime"), f"{carbon['co2_avoided_t_lifetime']:,.0f} t"),
            (
                N_("Report", "Standard coal saved (calorific)"),
                f"{carbon['standard_coal_saved_t_calorific']:,.0f} tce",
            ),
        ],
        widths=(60, 100),
    )
    pdf.figure(charts.co2_figure(carbon, pdf.words))
    indicator = carbon.get("park_indicator")
    if indicator is None:
        return
    pdf.subheading(N_("Report", "Park indicator: carbon per unit of energy"))
    threshold = indicator["threshold_t_per_tce"]
    pdf.table(
        ("", N_("Report", "Before PV"), N_("Report", "With PV")),
        [
            (
                N_("Report", "CO2 [t/yr]"),
                f"{indicator['before']['co2_t']:,.0f}",
                f"{indicator['after']['co2_t']:,.0f}",
            ),
            (
                N_("Report", "Intensity [tCO2/tce]"),
                f"{indicator['before']['intensity_t_per_tce']:.2f}",
                f"{indicator['after']['intensity_t_per_tce']:.2f}",
            ),
        ],
        widths=(60, 35, 35),
        align=("LEFT", "RIGHT", "RIGHT"),
    )
    threshold_text = (
        N_("Report", "Threshold: {threshold:.2f} tCO2/tce.").format(threshold=threshold)
        if threshold is not None
        else N_("Report", "Threshold: {note}.").format(note=indicator["threshold_note"])
    )
    pdf.paragraph(threshold_text, size=8.5)
    pdf.paragraph(
        N_("Report", "Green share of electricity {share:.1f} %.").format(
            share=100 * indicator["green_share"]
        ),
        size=8.5,
    )


def _assumptions(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    project = run.project
    pdf.heading(N_("Report", "Assumptions and sources"))
    losses = project.losses
    pdf.subheading(N_("Report", "System losses (PVWatts categories)"))
    pdf.table(
        (N_("Report", "Loss"), "%"),
        [
            (_loss_name(name), f"{getattr(losses, name):g}")
            for name in type(losses).__struct_fields__
        ],
        widths=(60, 20),
        align=("LEFT", "RIGHT"),
    )
    rows = [
        (
            N_("Report", "Sun and irradiance"),
            N_(
                "Report",
                "pvlib: solar position (SPA), Perez 1990 transposition, "
                "physical IAM; DC by PVWatts or the CEC single-diode model; Sandia or PVWatts "
                "inverters (docs/physics.md)",
            ),
        ),
        (
            N_("Report", "Near shading"),
            N_(
                "Report",
                "per module and bypass-diode substring, sun-direction table "
                "2.5° by 2.5°, Tregenza sky patches, Deline 2013 string rule (docs/shading.md)",
            ),
        ),
        (
            N_("Report", "Weather"),
            document["weather"]["description"] or document["weather"]["source"],
        ),
        (
            N_("Report", "Grid factor"),
            f"{pdf.words(document['carbon']['grid_factor']['label'])}: "
            f"{pdf.words(document['carbon']['grid_factor']['source'])}",
        ),
    ]
    money = document.get("money")
    if money is not None:
        rows.append((N_("Report", "Tariff"), money["tariff_source"]))
    pdf.table(
        (N_("Report", "Item"), N_("Report", "Model or source")), rows, widths=(35, 125), size=8
    )


def _loss_name(field: str) -> str:
    """A PVWatts loss field (``soiling_pct``) as the loss diagram names its step."""
    step = field.removesuffix("_pct")
    return STEP_LABELS.get(step, step)


def _logo(logo: str, folder: Path) -> Path | None:
    if not logo:
        return None
    path = Path(logo) if Path(logo).is_absolute() else folder.parent / logo
    return path if path.is_file() else None


def _years(value: float | None) -> str:
    if value is None:
        return N_("Report", "not within the life")
    return N_("Report", "{years:.1f} years").format(years=value)


def _area(points) -> float:
    import shapely

    return shapely.Polygon(points).area
