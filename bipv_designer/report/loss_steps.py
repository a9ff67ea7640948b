"""The loss diagram's numbers: from the global horizontal irradiation on the nameplate to
the AC energy at the meter, each step as a factor and in kWh. Every factor is the ratio
of consecutive annual energies, so the factors multiply exactly to the final energy."""

from __future__ import annotations

from dataclasses import dataclass

from bipv_designer.report.project_run import ProjectRun
from bipv_designer.simulation.result import TOTAL

HORIZONTAL = "horizontal"
STEP_LABELS = {
    HORIZONTAL: "Global horizontal irradiation on the nameplate",
    "nominal": "On the modules' planes (tilt, orientation, far horizon)",
    "near_shading_diffuse": "Near shading: diffuse and ground light",
    "near_shading_beam": "Near shading: beam on shaded cells",
    "shading_electrical": "Near shading: bypassed substrings",
    "iam": "Reflection at the module cover (IAM)",
    "irradiance_level": "Irradiance level",
    "temperature": "Cell temperature",
    "soiling": "Soiling",
    "shading": "Flat shading allowance",
    "snow": "Snow",
    "mismatch": "Mismatch",
    "wiring": "DC wiring",
    "connections": "Connections",
    "lid": "Light-induced degradation",
    "nameplate": "Nameplate tolerance",
    "age": "Ageing",
    "availability": "Availability",
    "inverter_clipping": "Inverter limit (clipping)",
    "inverter_efficiency": "Inverter efficiency: AC at the meter",
}
"""What each step means, for people (the keys are the results' loss-step names)."""


@dataclass(frozen=True, slots=True)
class LossStep:
    """One step: the energy after it [kWh], its factor over the step before (None for the
    first) and the energy it gained or lost [kWh, negative for a loss]."""

    name: str
    label: str
    energy_kwh: float
    factor: float | None
    change_kwh: float


def loss_steps(run: ProjectRun, column: str = TOTAL) -> list[LossStep]:
    """The steps of one surface id or of ``total``."""
    result = run.result
    kwp = float(result.summary().loc[column, "dc_kwp"])
    ghi = run.weather.data["ghi"].to_numpy().sum() * run.weather.interval_hours / 1000.0
    energies = [(HORIZONTAL, float(ghi * kwp))]
    energies += [(name, float(v)) for name, v in result.loss_energy_kwh[column].items()]
    steps = []
    for k, (name, energy) in enumerate(energies):
        before = energies[k - 1][1] if k else None
        steps.append(
            LossStep(
                name,
                STEP_LABELS.get(name, name),
                energy,
                None if before is None else (energy / before if before else 1.0),
                0.0 if before is None else energy - before,
            )
        )
    return steps
