"""The clear-sky share of the horizontal's sun that decides which roofs are filled."""

from __future__ import annotations

import numpy as np
import pytest
from msgspec.structs import replace

from bipv_designer.layout.sun_facing import share_of_horizontal
from tests.factories import make_small_project


@pytest.fixture
def ordos():
    return replace(make_small_project().site, latitude=39.61, longitude=109.78, altitude=1360.0)


def test_shares_order_the_planes_as_the_sun_does(ordos):
    flat, south, east, west, north_low, north_glazing = share_of_horizontal(
        ordos,
        np.array([0.0, 39.6, 90.0, 90.0, 5.0, 90.0]),
        np.array([180.0, 180.0, 90.0, 270.0, 0.0, 0.0]),
    )
    assert flat == pytest.approx(1.0, abs=1e-9)  # the horizontal against itself
    assert south > 1.15  # tilted at the latitude towards the equator
    assert east == pytest.approx(west, rel=0.03)  # the sun path is symmetric about noon
    assert 0.85 < north_low < 1.0
    assert north_glazing < 0.3


def test_in_the_south_the_equator_side_is_north(ordos):
    sydney = replace(ordos, latitude=-33.87, longitude=151.21, altitude=20.0)
    facing_north, facing_south = share_of_horizontal(
        sydney, np.array([34.0, 34.0]), np.array([0.0, 180.0])
    )
    assert facing_north > 1.1 > 0.8 > facing_south
