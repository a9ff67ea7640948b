"""The far horizon: analytic sky view, beam below the horizon, and no change without one."""

from __future__ import annotations

import numpy as np
import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.geometry.horizon import (
    horizon_elevation,
    sky_diffuse_kept,
    sun_above_horizon,
)
from bipv_designer.simulation.run import simulate

UNIFORM_20 = tuple((a, 20.0) for a in range(0, 360, 30))


def test_a_uniform_horizon_over_a_flat_surface_blocks_sine_squared():
    kept = sky_diffuse_kept(UNIFORM_20, np.array([0.0]), np.array([180.0]))
    assert kept[0] == pytest.approx(1.0 - np.sin(np.radians(20.0)) ** 2, rel=1e-3)


def test_a_horizon_behind_a_facade_does_not_shade_it():
    north_ridge = ((300.0, 0.0), (330.0, 30.0), (30.0, 30.0), (60.0, 0.0))
    kept = sky_diffuse_kept(north_ridge, np.array([90.0, 90.0]), np.array([180.0, 0.0]))
    assert kept[0] == pytest.approx(1.0)
    assert kept[1] < 0.9


def test_interpolation_wraps_round_north_and_the_sun_must_clear_the_line():
    profile = ((350.0, 10.0), (10.0, 30.0), (180.0, 0.0))
    assert horizon_elevation(profile, np.array([0.0, 360.0]))[0] == pytest.approx(20.0)
    assert_allclose(horizon_elevation(profile, np.array([0.0, 360.0])), 20.0)
    assert list(sun_above_horizon(profile, np.array([15.0, 25.0]), np.array([0.0, 0.0]))) == [
        False,
        True,
    ]
    assert_allclose(horizon_elevation((), np.array([10.0, 200.0])), 0.0)


def test_a_horizon_lowers_the_yield_and_none_changes_nothing(small_project, nanjing_clear_sky):
    plain = simulate(small_project, nanjing_clear_sky).summary()
    same = simulate(
        replace(small_project, site=replace(small_project.site, horizon=())),
        nanjing_clear_sky,
    ).summary()
    assert same.equals(plain)
    hills = replace(small_project.site, horizon=UNIFORM_20)
    shaded = simulate(replace(small_project, site=hills), nanjing_clear_sky).summary()
    ratio = shaded.loc["total", "poa_annual_kwh_m2"] / plain.loc["total", "poa_annual_kwh_m2"]
    assert 0.6 < ratio < 0.95
