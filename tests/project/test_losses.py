"""System losses: PVWatts' default total and scaling a breakdown to a total."""

from __future__ import annotations

import pytest
from numpy.testing import assert_allclose

from bipv_designer.errors import ProjectFileError
from bipv_designer.project.defaults import default_losses
from bipv_designer.project.losses import scale_losses_to_total, total_loss_pct


def test_default_losses_total_is_pvwatts_14_08_percent():
    # Dobos 2014, PVWatts v5 manual, Table 2: 14.08 % in total
    assert_allclose(total_loss_pct(default_losses()), 14.08, atol=0.005)


@pytest.mark.parametrize("target", [0.0, 5.0, 14.08, 25.0])
def test_scaling_reaches_the_target_total(target):
    scaled = scale_losses_to_total(default_losses(), target)
    assert_allclose(total_loss_pct(scaled), target, atol=1e-9)
    assert scaled.snow_pct == 0.0


def test_scaling_keeps_the_order_of_the_categories():
    scaled = scale_losses_to_total(default_losses(), 20.0)
    assert scaled.shading_pct > scaled.soiling_pct > scaled.lid_pct > scaled.connections_pct


def test_scaling_refuses_a_total_of_100_percent():
    with pytest.raises(ProjectFileError, match=r"expected a percentage in \[0, 100\)"):
        scale_losses_to_total(default_losses(), 100.0)
