"""Sun positions: middle of each record, and of the sunlit part at sunrise and sunset."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pvlib

from bipv_designer.simulation.sun import sun_positions
from tests.simulation.conftest import clear_sky_weather


def test_midpoints_except_in_sunrise_and_sunset_records():
    weather = clear_sky_weather(32.06, 118.80, 8.0, days=3)
    plain = sun_positions(weather, 32.06, 118.80, 0.0, sunrise_sunset_sun=False)
    moved = sun_positions(weather, 32.06, 118.80, 0.0)
    assert (plain["solar_time"] == weather.solar_times).all()
    changed = moved["solar_time"] != plain["solar_time"]
    assert changed.sum() == 6  # one sunrise and one sunset record a day
    starts = weather.data.index[changed]
    # every moved instant lies in its own record, with the sun just above the horizon
    assert (
        (moved["solar_time"][changed] > starts)
        & (moved["solar_time"][changed] < starts + pd.Timedelta(hours=1))
    ).all()
    assert (moved["apparent_zenith"][changed] < 90).all()
    assert (plain.loc[~changed, "azimuth"] == moved.loc[~changed, "azimuth"]).all()


def test_sunrise_record_gets_the_middle_of_its_sunlit_part():
    weather = clear_sky_weather(32.06, 118.80, 8.0, days=1)
    moved = sun_positions(weather, 32.06, 118.80, 0.0)
    day = pd.DatetimeIndex([weather.data.index[0].normalize()])
    sunrise = pvlib.solarposition.sun_rise_set_transit_spa(day, 32.06, 118.80)["sunrise"].iloc[0]
    record = weather.data.index.floor("h") == sunrise.floor("h")
    expected = sunrise + (sunrise.ceil("h") - sunrise) / 2
    # SPA sunrise uses a -0.8333 deg horizon; our crossing is apparent elevation 0
    # interpolated linearly: within a couple of minutes
    assert abs(moved["solar_time"][record].iloc[0] - expected) < pd.Timedelta(minutes=3)
    assert np.isfinite(moved["apparent_zenith"]).all()


def test_moved_records_have_the_sun_spa_gives_at_their_instant():
    """One SPA run serves every record: the sun of a moved record, interpolated from
    its neighbours, is where SPA puts it at the new instant (to 0.005 degrees, the sun's
    path in a second), at mid and high latitudes of both hemispheres."""
    for latitude, longitude in [(32.06, 118.80), (-33.9, 151.2), (64.1, -21.9)]:
        weather = clear_sky_weather(latitude, longitude, round(longitude / 15), days=40)
        moved = sun_positions(weather, latitude, longitude, 300.0)
        changed = moved["solar_time"] != weather.solar_times
        assert changed.sum() >= 70
        exact = pvlib.solarposition.get_solarposition(
            pd.DatetimeIndex(moved["solar_time"][changed]), latitude, longitude, 300.0
        )
        for column in ("apparent_zenith", "zenith"):
            found = moved.loc[changed, column].to_numpy()
            assert np.abs(found - exact[column].to_numpy()).max() < 0.005
        turned = (
            moved.loc[changed, "azimuth"].to_numpy() - exact["azimuth"].to_numpy() + 180
        ) % 360
        assert np.abs(turned - 180).max() < 0.005
