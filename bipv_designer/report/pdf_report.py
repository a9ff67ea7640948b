"""The PDF report of a project run (``python main.py report``, File ▸ Report…): cover,
summary, site and layout, system, weather, yield and losses, shading, load match, money,
carbon and the assumptions with their sources (docs/reports.md).

Every figure printed is taken from the results document ``simulate --json`` prints
(:meth:`ProjectRun.document`) and formatted by :func:`summary_figures` and friends, so
the report and the JSON cannot disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bipv_designer import __version__
from bipv_designer.files import write_bytes_atomically
from bipv_designer.layout.apply import module_planes
from bipv_designer.report import charts_results as charts
from bipv_designer.report.charts_money import cash_flow_figure
from bipv_designer.report.charts_shading import sun_path_figure
from bipv_designer.report.fonts import chart_fonts
from bipv_designer.report.loss_steps import loss_steps
from bipv_designer.report.pdf_document import ReportPdf
from bipv_designer.report.plan_figures import site_plan_figure, surfaces_figure
from bipv_designer.report.project_run import ProjectRun
from bipv_designer.shading.skyline import obstacle_skyline
from bipv_designer.simulation.systems import system_table

Progress = Callable[[float, str], None]
MONTHS = charts.MONTHS


def write_report(
    run: ProjectRun,
    path: str | os.PathLike[str],
    project_path: str | os.PathLike[str] = ".",
    progress: Progress | None = None,
) -> Path:
    """Write the report of ``run`` to ``path`` (atomically); the logo is found next to
    ``project_path``. Returns the path written."""
    report = progress or (lambda fraction, message: None)
    document = run.document()
    project = run.project
    chinese = has_cjk(_words(run, document))
    with chart_fonts(chinese):
        pdf = ReportPdf(
            f"{project.name} · BIPV design report",
            f"BIPV Designer {__version__} · {dt.date.today().isoformat()}",
            chinese=chinese,
        )
        pdf.alias_nb_pages()
        for k, (name, draw) in enumerate(_sections(pdf, run, document, Path(project_path))):
            report(k / len(SECTIONS), name)
            draw()
        report(1.0, "Writing the PDF")
        data = pdf.finished()
    return write_bytes_atomically(Path(path), data)


SECTIONS = (
    "Cover",
    "Summary",
    "Site and layout",
    "System",
    "Weather",
    "Yield",
    "Shading",
    "Load",
    "Money",
    "Carbon",
    "Assumptions",
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


CJK_CHARACTERS = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\uffef]")
"""CJK radicals, symbols, kana, ideographs, hangul and full-width forms."""


def has_cjk(text: str) -> bool:
    """True when ``text`` holds CJK characters."""
    return CJK_CHARACTERS.search(text) is not None


def _words(run: ProjectRun, document: dict) -> str:
    """Every name and text the report prints (not the numbers)."""
    project = run.project
    names = [project.name, project.site.name, *dataclasses.astuple(project.report)]
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
        ("Installed capacity (DC)", f"{total['dc_kwp']:,.1f} kWp"),
        ("Annual energy (AC)", f"{total['annual_ac_kwh'] / 1000:,.1f} MWh"),
        ("Specific yield", f"{total['specific_yield_kwh_per_kwp']:,.0f} kWh/kWp"),
        ("Performance ratio (PR)", f"{100 * total['performance_ratio']:.1f} %"),
        ("Near-shading loss", f"{100 * total['near_shading_loss']:.1f} %"),
    ]
    balance = document.get("balance")
    if balance is not None:
        park = balance["park"]
        rows += [
            ("Self-consumption", f"{100 * park['self_consumption_ratio']:.1f} %"),
            ("Self-sufficiency", f"{100 * park['self_sufficiency']:.1f} %"),
            ("Export to the grid", f"{park['export_kwh'] / 1000:,.1f} MWh"),
            ("Curtailment", f"{park['curtailed_kwh'] / 1000:,.1f} MWh"),
        ]
    money = document.get("money")
    if money is not None:
        currency = money["currency"]
        rows += [
            ("Investment", f"{money['capex']:,.0f} {currency}"),
            ("Savings, first year", f"{money['savings_first_year']:,.0f} {currency}"),
            ("Simple payback", _years(money["simple_payback_years"])),
            ("IRR", "-" if money["irr"] is None else f"{100 * money['irr']:.1f} %"),
            ("NPV", f"{money['npv']:,.0f} {currency}"),
        ]
    carbon = document["carbon"]
    rows += [
        ("CO2 avoided, first year", f"{carbon['co2_avoided_t_first_year']:,.0f} t"),
        ("CO2 avoided, lifetime", f"{carbon['co2_avoided_t_lifetime']:,.0f} t"),
    ]
    indicator = carbon.get("park_indicator")
    if indicator is not None:
        rows.append(
            (
                "Park carbon intensity, before → after",
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
        "Building-integrated photovoltaics: design and yield report",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(8)
    site = run.project.site
    lines = [
        ("Site", f"{site.name} ({site.latitude:.3f}°, {site.longitude:.3f}°)"),
        ("Customer", settings.customer),
        ("Prepared by", ", ".join(p for p in (settings.prepared_by, settings.company) if p)),
        ("Date", dt.date.today().isoformat()),
        ("Software", f"BIPV Designer {__version__} (pvlib chain, docs/physics.md)"),
    ]
    pdf.table(None, [(k, v) for k, v in lines if v], widths=(35, 125))
    pdf.ln(6)
    pdf.table(None, summary_figures(document)[:4], widths=(60, 60), size=11)
    pdf.cover = False


def _summary(pdf: ReportPdf, document: dict) -> None:
    pdf.add_page()
    pdf.heading("Summary")
    pdf.table(
        ("Figure", "Value"), summary_figures(document), widths=(95, 65), align=("LEFT", "RIGHT")
    )
    if document["weather"]["warnings"]:
        pdf.subheading("What to know about the inputs")
        for warning in document["weather"]["warnings"]:
            pdf.paragraph(f"• {warning}", size=8.5)


def _site(pdf: ReportPdf, run: ProjectRun) -> None:
    project, site = run.project, run.project.site
    pdf.heading("Site and layout")
    horizon = "none" if not site.horizon else f"{len(site.horizon)} points"
    pdf.table(
        None,
        [
            ("Location", f"{site.latitude:.4f}° N, {site.longitude:.4f}° E, {site.altitude:g} m"),
            ("Time zone", site.timezone),
            ("Ground albedo", f"{site.albedo:.2f}"),
            ("Far horizon", horizon),
            ("Buildings", f"{len(project.buildings)}"),
            ("Obstacles on the site", f"{len(project.obstacles)}"),
        ],
        widths=(50, 110),
    )
    pdf.figure(site_plan_figure(project, run.result.module_shading), width_mm=165, raster=True)
    pdf.subheading("Buildings")
    pdf.table(
        ("Building", "Height", "Roof", "Footprint"),
        [
            (
                b.name,
                f"{b.height_m:g} m",
                b.roof.roof_type.value.replace("_", " "),
                f"{_area(b.footprint):,.0f} m²",
            )
            for b in project.buildings
        ],
        widths=(70, 25, 35, 30),
        align=("LEFT", "RIGHT", "LEFT", "RIGHT"),
    )


def _system(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    project = run.project
    pdf.heading("System")
    pdf.subheading("Modules")
    counts: dict[str, int] = {}
    for array in project.arrays:
        counts[array.module_id] = counts.get(array.module_id, 0) + array.module_count
    pdf.table(
        ("Module", "W", "Efficiency", "Count", "kWp"),
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
    pdf.subheading("Arrays")
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
                surface.mounting.value.replace("_", " "),
            )
        )
    pdf.table(
        ("Array", "Surface", "Tilt/azimuth", "Modules", "kWp", "Mounting"),
        rows,
        widths=(38, 40, 24, 16, 16, 26),
        align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "LEFT"),
        size=7.5,
    )
    banks = system_table(project).banks
    ac_kw = float((banks.count * banks.paco_w).sum()) / 1000.0
    dc_kw = document["total"]["dc_kwp"]
    pdf.paragraph(
        f"DC nameplate {dc_kw:,.1f} kWp, inverters {ac_kw:,.1f} kW AC: "
        f"DC/AC ratio {dc_kw / ac_kw:.2f}."
        if ac_kw
        else f"DC nameplate {dc_kw:,.1f} kWp."
    )
    pdf.subheading("Inverters and strings")
    if project.string_plan:
        pdf.table(
            ("Array", "Inverters", "Strings", "Modules per string"),
            _strings_by_array(project),
            widths=(50, 60, 20, 30),
            align=("LEFT", "LEFT", "RIGHT", "RIGHT"),
            size=8,
        )
    else:
        pdf.paragraph("No string plan: each array's inverters are sized by its DC/AC ratio.")


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
    pdf.heading("Weather")
    weather = document["weather"]
    data = run.weather.data
    hours = run.weather.interval_hours
    pdf.table(
        None,
        [
            ("Source", weather["description"] or weather["source"]),
            ("File", Path(weather["source"]).name),
            ("Global horizontal irradiation", f"{data['ghi'].sum() * hours / 1000:,.0f} kWh/m²"),
            ("Diffuse horizontal irradiation", f"{data['dhi'].sum() * hours / 1000:,.0f} kWh/m²"),
            ("Mean air temperature", f"{data['temp_air'].mean():.1f} °C"),
            ("Checks", "; ".join(weather["warnings"]) or "no warnings"),
        ],
        widths=(60, 100),
    )


def _yield(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    pdf.heading("Yield and losses")
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
            "Total",
            f"{total['dc_kwp']:,.1f}",
            f"{total['annual_ac_kwh'] / 1000:,.1f}",
            f"{total['specific_yield_kwh_per_kwp']:,.0f}",
            f"{100 * total['performance_ratio']:.1f} %",
            f"{100 * total['near_shading_loss']:.1f} %",
        )
    )
    pdf.table(
        ("Surface", "kWp", "MWh/yr", "kWh/kWp", "PR", "Shading"),
        rows,
        widths=(60, 20, 22, 20, 18, 20),
        align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    )
    steps = [s for s in loss_steps(run) if s.factor is None or s.factor != 1.0]
    pdf.figure(charts.loss_diagram_figure(steps))
    pdf.figure(charts.monthly_energy_figure(run.result, run.park))
    pdf.subheading("Monthly energy [MWh]")
    months = [[MONTHS[m]] for m in range(12)]
    for surface in document["surfaces"]:
        for m, value in enumerate(surface["monthly_ac_kwh"]):
            months[m].append(f"{value / 1000:,.1f}")
    for m, value in enumerate(total["monthly_ac_kwh"]):
        months[m].append(f"{value / 1000:,.1f}")
    names = [s["name"] for s in document["surfaces"]]
    width = (160 - 14) / (len(names) + 1)
    pdf.table(
        ["Month", *names, "Total"],
        months,
        widths=(14, *[width] * (len(names) + 1)),
        align=("LEFT", *["RIGHT"] * (len(names) + 1)),
        size=7,
    )


def _shading(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    pdf.heading("Shading")
    on = run.project.shading.near_shading
    pdf.paragraph(
        "Near shading computed for every module: beam on shaded cells, diffuse and ground "
        "light hidden, and substrings bypassed by their diodes (docs/shading.md)."
        if on
        else "Near shading not computed: a flat shading allowance applies "
        f"({run.project.losses.shading_pct:g} %)."
    )
    steps = ("near_shading_diffuse", "near_shading_beam", "shading_electrical")
    rows = [
        (s["name"], *(f"{100 * (1 - s['loss_factors'][k]):.2f} %" for k in steps))
        for s in document["surfaces"]
    ]
    pdf.table(
        ("Surface", "Diffuse", "Beam", "Electrical"),
        rows,
        widths=(85, 25, 25, 25),
        align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    if not on:
        return
    pdf.figure(
        surfaces_figure(
            run.project, [s["id"] for s in document["surfaces"]], run.result.module_shading
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
            f"{worst['name']}: sun paths, horizon and obstacles",
        )
    )


def _load(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    pdf.heading("PV against the park's load")
    balance = document.get("balance")
    if balance is None:
        pdf.paragraph("The project has no load: give the park its meters to see the match.")
        return
    park = balance["park"]
    pdf.table(
        None,
        [
            ("PV energy", f"{park['pv_kwh'] / 1000:,.1f} MWh"),
            ("Load", f"{park['load_kwh'] / 1000:,.1f} MWh"),
            ("Used on site", f"{park['pv_used_kwh'] / 1000:,.1f} MWh"),
            ("Exported", f"{park['export_kwh'] / 1000:,.1f} MWh"),
            ("Curtailed", f"{park['curtailed_kwh'] / 1000:,.1f} MWh"),
            ("Imported", f"{park['import_kwh'] / 1000:,.1f} MWh"),
            ("Peak import", f"{park['peak_import_kw']:,.0f} kW"),
        ],
        widths=(60, 50),
        align=("LEFT", "RIGHT"),
    )
    pdf.figure(charts.energy_flow_figure(park))
    pdf.figure(charts.typical_days_figure(run.result, run.park))
    pdf.figure(charts.pv_heatmap_figure(run.result), raster=True)


def _money(pdf: ReportPdf, document: dict) -> None:
    pdf.heading("Money and the quote")
    money = document.get("money")
    if money is None:
        pdf.paragraph("The project has no tariff and costs.")
        return
    currency = money["currency"]
    pdf.paragraph(f"Tariff: {money['tariff']}. Source: {money['tariff_source']}.", size=8.5)
    pdf.table(
        None,
        [
            ("Investment", f"{money['capex']:,.0f} {currency}"),
            ("Savings, first year", f"{money['savings_first_year']:,.0f} {currency}"),
            (
                "Export revenue, first year",
                f"{money['export_revenue_first_year']:,.0f} {currency}",
            ),
            ("NPV", f"{money['npv']:,.0f} {currency}"),
            ("IRR", "-" if money["irr"] is None else f"{100 * money['irr']:.1f} %"),
            ("Simple payback", _years(money["simple_payback_years"])),
            ("Discounted payback", _years(money["discounted_payback_years"])),
            ("LCOE", f"{money['lcoe_per_kwh']:.3f} {currency}/kWh"),
        ],
        widths=(60, 50),
        align=("LEFT", "RIGHT"),
    )
    pdf.figure(cash_flow_figure(money))
    pdf.subheading("Quote")
    pdf.table(
        ("Item", "Quantity", "Unit", f"Amount [{currency}]"),
        [
            (row["item"], f"{row['quantity']:,.1f}", row["unit"], f"{row['amount']:,.0f}")
            for row in money["quote"]
        ],
        widths=(95, 22, 13, 30),
        align=("LEFT", "RIGHT", "LEFT", "RIGHT"),
    )
    for note in money["notes"]:
        pdf.paragraph(f"• {note}", size=8.5)


def _carbon(pdf: ReportPdf, document: dict) -> None:
    carbon = document["carbon"]
    factor = carbon["grid_factor"]
    pdf.heading("Carbon and the zero-carbon park")
    pdf.table(
        None,
        [
            ("Grid emission factor", f"{factor['kg_per_kwh']:.4f} kgCO2/kWh ({factor['label']})"),
            ("CO2 avoided, first year", f"{carbon['co2_avoided_t_first_year']:,.0f} t"),
            ("CO2 avoided, lifetime", f"{carbon['co2_avoided_t_lifetime']:,.0f} t"),
            (
                "Standard coal saved (calorific)",
                f"{carbon['standard_coal_saved_t_calorific']:,.0f} tce",
            ),
        ],
        widths=(60, 100),
    )
    pdf.figure(charts.co2_figure(carbon))
    indicator = carbon.get("park_indicator")
    if indicator is None:
        return
    pdf.subheading("Park indicator: carbon per unit of energy")
    threshold = indicator["threshold_t_per_tce"]
    pdf.table(
        ("", "Before PV", "With PV"),
        [
            (
                "CO2 [t/yr]",
                f"{indicator['before']['co2_t']:,.0f}",
                f"{indicator['after']['co2_t']:,.0f}",
            ),
            (
                "Intensity [tCO2/tce]",
                f"{indicator['before']['intensity_t_per_tce']:.2f}",
                f"{indicator['after']['intensity_t_per_tce']:.2f}",
            ),
        ],
        widths=(60, 35, 35),
        align=("LEFT", "RIGHT", "RIGHT"),
    )
    pdf.paragraph(
        f"Threshold: {'-' if threshold is None else f'{threshold:.2f} tCO2/tce'}; "
        f"{indicator['threshold_note']}. Green share of electricity "
        f"{100 * indicator['green_share']:.1f} %.",
        size=8.5,
    )


def _assumptions(pdf: ReportPdf, run: ProjectRun, document: dict) -> None:
    project = run.project
    pdf.heading("Assumptions and sources")
    losses = project.losses
    pdf.subheading("System losses (PVWatts categories)")
    pdf.table(
        ("Loss", "%"),
        [
            (name.removesuffix("_pct").replace("_", " "), f"{getattr(losses, name):g}")
            for name in type(losses).__dataclass_fields__
        ],
        widths=(60, 20),
        align=("LEFT", "RIGHT"),
    )
    rows = [
        (
            "Sun and irradiance",
            "pvlib: solar position (SPA), Perez 1990 transposition, "
            "physical IAM; DC by PVWatts or the CEC single-diode model; Sandia or PVWatts "
            "inverters (docs/physics.md)",
        ),
        (
            "Near shading",
            "per module and bypass-diode substring, sun-direction table "
            "2.5° by 2.5°, Tregenza sky patches, Deline 2013 string rule (docs/shading.md)",
        ),
        ("Weather", document["weather"]["description"] or document["weather"]["source"]),
        (
            "Grid factor",
            f"{document['carbon']['grid_factor']['label']}: "
            f"{document['carbon']['grid_factor']['source']}",
        ),
    ]
    money = document.get("money")
    if money is not None:
        rows.append(("Tariff", money["tariff_source"]))
    pdf.table(("Item", "Model or source"), rows, widths=(35, 125), size=8)


def _logo(logo: str, folder: Path) -> Path | None:
    if not logo:
        return None
    path = Path(logo) if Path(logo).is_absolute() else folder.parent / logo
    return path if path.is_file() else None


def _years(value: float | None) -> str:
    return "not within the life" if value is None else f"{value:.1f} years"


def _area(points) -> float:
    import shapely

    return shapely.Polygon(points).area
