"""The bill of quantities and price lines of a project (docs/economics.md)."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from bipv_designer.project.model import Mounting, Project
from bipv_designer.project.money_model import Costs


def array_kind(project: Project, surface_id: str) -> str:
    """``roof_bapv``, ``roof_bipv`` or ``facade_bipv``: how the costs see an array."""
    surface = project.surface(surface_id)
    if surface.kind == "facade":
        return "facade_bipv"
    return "roof_bipv" if surface.mounting is Mounting.INTEGRATED else "roof_bapv"


def quote(project: Project, costs: Costs, excluded: set[str] = frozenset()) -> pd.DataFrame:
    """Lines of the quote: modules by type, inverter capacity, mounting area, capital
    cost by array kind, BIPV extras and the cladding credit [currency]."""
    prices = dict(costs.capex_per_wp)
    modules: Counter = Counter()
    kwp_by_kind: Counter = Counter()
    area_by_kind: Counter = Counter()
    inverter_kw = 0.0
    for array in project.arrays:
        if array.module_count <= 0 or array.surface_id in excluded:
            continue
        module = project.module(array.module_id)
        kind = array_kind(project, array.surface_id)
        kwp = array.module_count * module.pdc0_w / 1000.0
        modules[module.name] += array.module_count
        kwp_by_kind[kind] += kwp
        area_by_kind[kind] += array.module_count * module.area_m2
        inverter_kw += kwp / array.dc_ac_ratio
    rows = [
        {"item": f"module {name}", "quantity": count, "unit": "pcs", "amount": 0.0}
        for name, count in sorted(modules.items())
    ]
    rows.append(
        {"item": "inverters (AC)", "quantity": round(inverter_kw, 1), "unit": "kW", "amount": 0.0}
    )
    for kind, kwp in sorted(kwp_by_kind.items()):
        rows.append(
            {
                "item": f"system {kind.replace('_', ' ')} (area {area_by_kind[kind]:,.0f} m2)",
                "quantity": round(kwp, 2),
                "unit": "kWp",
                "amount": kwp * 1000.0 * prices.get(kind, 0.0),
            }
        )
    bipv_area = area_by_kind["roof_bipv"] + area_by_kind["facade_bipv"]
    if bipv_area:
        rows.append(
            {
                "item": "BIPV elements, extra",
                "quantity": round(bipv_area, 1),
                "unit": "m2",
                "amount": bipv_area * costs.bipv_capex_per_m2,
            }
        )
        rows.append(
            {
                "item": "cladding and glazing not bought",
                "quantity": round(bipv_area, 1),
                "unit": "m2",
                "amount": -bipv_area * costs.cladding_credit_per_m2,
            }
        )
    table = pd.DataFrame(rows)
    total = pd.DataFrame(
        [
            {
                "item": "total",
                "quantity": round(sum(kwp_by_kind.values()), 2),
                "unit": "kWp",
                "amount": table["amount"].sum(),
            }
        ]
    )
    return pd.concat([table, total], ignore_index=True)
