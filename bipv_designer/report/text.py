"""Results as a plain-text table for the terminal."""

from __future__ import annotations

from bipv_designer.simulation.result import TOTAL, SimulationResult


def results_table(result: SimulationResult, project_name: str) -> str:
    """Per-surface kWp, kWh, kWh/kWp, PR and POA, the total, and the total's losses."""
    summary = result.summary()
    name_width = max(12, *(len(str(n)) for n in summary["name"]))
    header = (
        f"{'surface':<{name_width}}  {'kWp':>9}  {'kWh/yr':>12}  {'kWh/kWp':>8}  "
        f"{'PR':>5}  {'POA kWh/m2':>10}"
    )
    lines = [
        f"Project: {project_name}",
        f"Weather: {result.weather.description or result.weather.source}",
    ]
    lines += [f"Warning: {warning}" for warning in result.warnings]
    lines += ["", header, "-" * len(header)]
    for label, row in summary.iterrows():
        if label == TOTAL:
            lines.append("-" * len(header))
        lines.append(
            f"{row['name']:<{name_width}}  {row['dc_kwp']:9.2f}  {row['annual_ac_kwh']:12,.0f}  "
            f"{row['specific_yield_kwh_per_kwp']:8.1f}  {row['performance_ratio']:5.3f}  "
            f"{row['poa_annual_kwh_m2']:10.1f}"
        )
    lines += ["", "Losses of the total (factor, kWh lost):"]
    energy = result.loss_energy_kwh[TOTAL]
    for step, factor in result.loss_factors()[TOTAL].items():
        lost = energy.shift(1)[step] - energy[step]
        lines.append(f"  {step:<20} {factor:7.4f}  {round(lost):12,d}")
    return "\n".join(lines) + "\n"
