"""The loss diagram's numbers: from the global horizontal irradiation on the nameplate to
the AC energy at the meter, each step as a factor and in kWh. Every factor is the ratio
of consecutive annual energies, so the factors multiply exactly to the final energy."""

from __future__ import annotations

from msgspec import Struct

from bipv_designer.report.project_run import ProjectRun
from bipv_designer.simulation.result import TOTAL
from bipv_designer.words import N_

HORIZONTAL = "horizontal"
STEP_LABELS = {
    HORIZONTAL: N_("Losses", "Global horizontal irradiation on the nameplate"),
    "nominal": N_("Losses", "On the modules' planes (tilt, orientation, far horizon)"),
    "near_shading_diffuse": N_("Losses", "Near shading: diffuse and ground light"),
    "near_shading_beam": N_("Losses", "Near shading: beam on shaded cells"),
    "shading_electrical": N_("Losses", "Near shading: bypassed substrings"),
    "iam": N_("Losses", "Reflection at the module cover (IAM)"),
    "irradiance_level": N_("Losses", "Irradiance level"),
    "temperature": N_("Losses", "Cell temperature"),
    "soiling": N_("Losses", "Soiling"),
    "shading": N_("Losses", "Flat shading allowance"),
    "snow": N_("Losses", "Snow"),
    "mismatch": N_("Losses", "Mismatch"),
    "wiring": N_("Losses", "DC wiring"),
    "connections": N_("Losses", "Connections"),
    "lid": N_("Losses", "Light-induced degradation"),
    "nameplate": N_("Losses", "Nameplate tolerance"),
    "age": N_("Losses", "Ageing"),
    "availability": N_("Losses", "Availability"),
    "inverter_clipping": N_("Losses", "Inverter limit (clipping)"),
    "inverter_efficiency": N_("Losses", "Inverter efficiency: AC at the meter"),
}
"""What each step means, for people (the keys are the results' loss-step names)."""


class LossStep(Struct, frozen=True):
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
