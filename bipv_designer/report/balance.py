"""The park balance for people (a text table) and for programs (JSON)."""

from __future__ import annotations

from typing import Any

from bipv_designer.energy.park import ParkBalance


def balance_json(park: ParkBalance) -> dict[str, Any]:
    """Annual figures of the park and of each meter, surface shares, notes and findings."""
    result = park.balance
    meters = {
        name: {column: float(value) for column, value in frame.sum().items()}
        for name, frame in result.meters.items()
    }
    return {
        "interval_hours": result.interval_hours,
        "park": result.figures(),
        "meters": meters,
        "on_site_share_by_surface": {k: float(v) for k, v in park.on_site_share.items()},
        "notes": list(result.notes),
        "load_findings": {k: list(v) for k, v in park.findings.items()},
    }


def balance_text(park: ParkBalance) -> str:
    """The balance as lines of text."""
    figures = park.balance.figures()
    lines = [
        "",
        "Against the park's load:",
        f"  PV {figures['pv_kwh']:>14,.0f} kWh   load {figures['load_kwh']:>14,.0f} kWh",
        f"  used on site {figures['pv_used_kwh']:,.0f} kWh, exported "
        f"{figures['export_kwh']:,.0f} kWh, curtailed {figures['curtailed_kwh']:,.0f} kWh",
        f"  imported {figures['import_kwh']:,.0f} kWh, peak import "
        f"{figures['peak_import_kw']:,.0f} kW, export hours {figures['export_hours']:,.0f} h",
        f"  self-consumption {100 * figures['self_consumption_ratio']:.1f} %, "
        f"self-sufficiency (green share) {100 * figures['self_sufficiency']:.1f} %",
    ]
    if figures["battery_charge_kwh"] > 0:
        lines.append(
            f"  battery charged {figures['battery_charge_kwh']:,.0f} kWh, discharged "
            f"{figures['battery_discharge_kwh']:,.0f} kWh"
        )
    lines += [f"  note: {note}" for note in park.balance.notes]
    lines.append("  share of each surface's energy used on site:")
    lines += [f"    {name:<30} {100 * share:5.1f} %" for name, share in park.on_site_share.items()]
    for meter, found in park.findings.items():
        lines += [f"  {meter}: {finding}" for finding in found]
    return "\n".join(lines) + "\n"
