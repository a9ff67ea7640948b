"""Cover reflection: beam IAM limits, diffuse IAM equal to Marion's integration (a table
for the default cover, cached integration for others)."""

from __future__ import annotations

import numpy as np
import pvlib
import pytest
from msgspec.structs import replace
from numpy.testing import assert_allclose

from bipv_designer.simulation import optics
from bipv_designer.simulation.parameters import cover_optics


def test_beam_iam_is_one_at_normal_incidence_and_zero_behind():
    iam = optics.beam_iam(np.array([0.0, 60.0, 90.0, 120.0]), cover_optics())
    assert iam[0] == pytest.approx(1.0)
    assert 0.85 < iam[1] < 0.99
    assert iam[2] == pytest.approx(0.0, abs=1e-12)
    assert iam[3] == 0.0


def test_the_beam_table_equals_the_physical_model():
    cover = cover_optics()
    aoi = np.random.default_rng(1).uniform(0.0, 90.0, 10_000)
    expected = pvlib.iam.physical(aoi, n=cover.n, K=cover.K, L=cover.L, n_ar=cover.n_ar)
    assert_allclose(optics.beam_iam(aoi, cover), expected, atol=5e-6)


def test_the_default_covers_table_matches_marion_integration_between_its_tilts():
    """The shipped table is for the optics of optics.json (regenerate it with
    tools/diffuse_iam_table.py after changing them) and interpolates within 5e-4 (at
    most 0.3 % of a modifier within half a degree of flat, where the horizon band and the
    ground send no light)."""
    cover = cover_optics()
    table_optics, _ = optics._table()
    assert table_optics == cover
    tilts = np.array([0.0, 0.6, 1.625, 3.3, 12.34, 47.5, 90.1, 135.7, 179.4, 180.0])
    expected = pvlib.iam.marion_diffuse(
        "physical", tilts, n=cover.n, K=cover.K, L=cover.L, n_ar=cover.n_ar
    )
    found = optics.diffuse_iam(tilts, cover)
    for region in optics.DIFFUSE_REGIONS:
        assert_allclose(found[region], expected[region], atol=5e-4)


def test_diffuse_iam_of_another_cover_equals_marion_integration_computed_once(monkeypatch):
    cover = replace(cover_optics(), n_ar=None)
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
