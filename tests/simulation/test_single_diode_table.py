"""The single-diode power table against the solve it replaces: within 2e-4 of the power
above 50 W/m2 and 1e-5 of the energy, for modules of three makers; a simulation that
reads the table gives the annual energy the exact solve gives."""

from __future__ import annotations

import numpy as np
import pytest

from bipv_designer.components.library import cec_module, cec_table
from bipv_designer.project import single_diode
from bipv_designer.project.single_diode import tabulated_powers


@pytest.mark.parametrize("index", [100, 5000, 12000])
def test_the_table_reads_what_the_solve_gives(index):
    cec = cec_module(cec_table().columns[index]).cec
    rng = np.random.default_rng(index)
    irradiance = rng.uniform(0.0, 1300.0, (20_000, 1))
    temperature = rng.uniform(-20.0, 80.0, (20_000, 1))
    exact = single_diode_single_solve(irradiance, temperature, cec)
    read = tabulated_powers(irradiance, temperature, cec)
    bright = irradiance[:, 0] > 50.0
    assert np.max(np.abs(read - exact)[bright] / exact[bright]) < 2e-4
    assert np.abs(read - exact).sum() / exact.sum() < 1e-5
    assert (read[irradiance <= 0] == 0).all()


def single_diode_single_solve(irradiance, temperature, cec):
    return single_diode._solved(irradiance, temperature, [cec])


def test_a_simulation_on_the_table_gives_the_exact_annual_energy(monkeypatch):
    from bipv_designer.paths import DEMO_PROJECT
    from bipv_designer.project.io import load_project
    from bipv_designer.simulation.run import simulate
    from bipv_designer.weather.project_weather import read_project_weather

    project = load_project(DEMO_PROJECT)
    weather = read_project_weather(project.weather, DEMO_PROJECT, project.site)
    monkeypatch.setattr(single_diode, "TABLE_FROM_LIT_VALUES", 0)  # always read
    read = simulate(project, weather).summary()["annual_ac_kwh"]
    monkeypatch.setattr(single_diode, "TABLE_FROM_LIT_VALUES", 10**12)  # always solved
    exact = simulate(project, weather).summary()["annual_ac_kwh"]
    assert read.to_numpy() == pytest.approx(exact.to_numpy(), rel=1e-5)
