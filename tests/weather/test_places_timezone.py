"""Time zones looked up offline from a site's coordinates."""

from __future__ import annotations

import pytest

from bipv_designer.weather.places import timezone_at


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [
        (32.06, 118.80, "Asia/Shanghai"),
        (43.83, 87.62, "Asia/Urumqi"),
        (36.10, -79.94, "America/New_York"),
        (48.14, 11.58, "Europe/Berlin"),
        (-30.0, -150.0, "Etc/GMT+10"),
    ],
)
def test_zone_of_a_place(latitude, longitude, zone):
    assert timezone_at(latitude, longitude) == zone
