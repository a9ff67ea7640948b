"""Background image: scale by two clicks and a typed distance, move."""

from __future__ import annotations

import math

import pytest

from bipv_designer.errors import GeometryError
from bipv_designer.geometry.background import moved, rescaled
from bipv_designer.project.model import BackgroundImage


def site_of_pixel(background: BackgroundImage, px: float, py: float) -> tuple[float, float]:
    """Where an image pixel (from the lower-left corner, y up) lies on the site [m]."""
    return (
        background.x + px * background.metres_per_pixel,
        background.y + py * background.metres_per_pixel,
    )


def test_two_pixels_end_up_the_typed_distance_apart_and_the_first_stays():
    image = BackgroundImage("plan.png", x=10.0, y=-5.0, metres_per_pixel=0.1)
    first, second = site_of_pixel(image, 100, 200), site_of_pixel(image, 400, 600)
    scaled = rescaled(image, first, second, 125.0)
    assert scaled.metres_per_pixel == pytest.approx(125.0 / 500.0)
    new_first, new_second = site_of_pixel(scaled, 100, 200), site_of_pixel(scaled, 400, 600)
    assert new_first == pytest.approx(first)
    assert math.dist(new_first, new_second) == pytest.approx(125.0)


@pytest.mark.parametrize("distance", [0.0, -3.0, math.nan])
def test_a_distance_that_is_not_positive_is_refused(distance):
    with pytest.raises(GeometryError, match="distance: expected a positive number"):
        rescaled(BackgroundImage("plan.png"), (0, 0), (1, 0), distance)


def test_two_clicks_on_the_same_point_are_refused():
    with pytest.raises(GeometryError, match="the two points are the same"):
        rescaled(BackgroundImage("plan.png"), (2, 3), (2, 3), 10.0)


def test_moving_shifts_the_corner():
    assert moved(BackgroundImage("p.png", x=1.0, y=2.0), 3.0, -4.0) == BackgroundImage(
        "p.png", x=4.0, y=-2.0
    )
