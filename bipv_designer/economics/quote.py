"""The bill of quantities and price lines of a project (docs/economics.md)."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from bipv_designer.project.model import Mounting, Project
from bipv_designer.project.money_model import Costs
from bipv_designer.words import N_

KIND_NAMES = {
    "roof_bapv": N_("Quote", "roof BAPV"),
    "roof_bipv": N_("Quote", "roof BIPV"),
    "facade_bipv": N_("Quote", "facade BIPV"),
}
"""The array kinds of the costs, for people."""


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
        {
            "item": N_("Quote", "module {name}").format(name=name),
            "quantity": count,
            "unit": N_("Quote", "pcs"),
            "amount": 0.0,
        }
        for name, count in sorted(modules.items())
    ]
    rows.append(
        {
            "item": N_("Quote", "inverters (AC)"),
            "quantity": round(inverter_kw, 1),
            "unit": "kW",
            "amount": 0.0,
        }
    )
    for kind, kwp in sorted(kwp_by_kind.items()):
        rows.append(
            {
                "item": N_("Quote", "system {kind} (area {area:,.0f} m2)").format(
                    kind=KIND_NAMES[kind], area=area_by_kind[kind]
                ),
                "quantity": round(kwp, 2),
                "unit": "kWp",
                "amount": kwp * 1000.0 * prices.get(kind, 0.0),
            }
        )
    bipv_area = area_by_kind["roof_bipv"] + area_by_kind["facade_bipv"]
    if bipv_area:
        rows.append(
            {
                "item": N_("Quote", "BIPV elements, extra"),
                "quantity": round(bipv_area, 1),
                "unit": "m2",
                "amount": bipv_area * costs.bipv_capex_per_m2,
            }
        )
        rows.append(
            {
                "item": N_("Quote", "cladding and glazing not bought"),
                "quantity": round(bipv_area, 1),
                "unit": "m2",
                "amount": -bipv_area * costs.cladding_credit_per_m2,
            }
        )
    table = pd.DataFrame(rows)
    total = pd.DataFrame(
        [
            {
                "item": N_("Quote", "total"),
                "quantity": round(sum(kwp_by_kind.values()), 2),
                "unit": "kWp",
                "amount": table["amount"].sum(),
            }
        ]
    )
    return pd.concat([table, total], ignore_index=True)
