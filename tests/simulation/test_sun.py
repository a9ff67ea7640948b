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
