"""Cover reflection: beam IAM limits, diffuse IAM equal to Marion's integration, cached."""

from __future__ import annotations

import numpy as np
import pvlib
import pytest
from numpy.testing import assert_allclose

from bipv_designer.simulation import optics
from bipv_designer.simulation.parameters import cover_optics


def test_beam_iam_is_one_at_normal_incidence_and_zero_behind():
    iam = optics.beam_iam(np.array([0.0, 60.0, 90.0, 120.0]), cover_optics())
    assert iam[0] == pytest.approx(1.0)
    assert 0.85 < iam[1] < 0.99
    assert iam[2] == pytest.approx(0.0, abs=1e-12)
    assert iam[3] == 0.0


def test_diffuse_iam_equals_marion_integration_and_is_computed_once(monkeypatch):
    cover = cover_optics()
    tilts = np.array([12.34, 90.0, 12.34, 47.5])
    expected = pvlib.iam.marion_diffuse(
        "physical", tilts, n=cover.n, K=cover.K, L=cover.L, n_ar=cover.n_ar
    )
    first = optics.diffuse_iam(tilts, cover)
    for region in optics.DIFFUSE_REGIONS:
        assert_allclose(first[region], expected[region], rtol=1e-12)

    def must_not_run(*args, **kwargs):
        raise AssertionError("the integration ran again for a known tilt")

    monkeypatch.setattr(pvlib.iam, "marion_diffuse", must_not_run)
    again = optics.diffuse_iam(tilts[::-1], cover)
    assert_allclose(again["sky"], first["sky"][::-1])
