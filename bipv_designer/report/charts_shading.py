"""The sun's paths across a surface's sky with the far horizon and the obstacles of the
park (a matplotlib figure, the same on screen and in reports)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from bipv_designer.geometry.horizon import horizon_elevation
from bipv_designer.words import ENGLISH_WORDS, N_, Words

PATH_DATES = (
    ("12-21", N_("Charts", "21 Dec")),
    ("01-21", N_("Charts", "21 Jan / Nov")),
    ("02-21", N_("Charts", "21 Feb / Oct")),
    ("03-21", N_("Charts", "21 Mar / Sep")),
    ("04-21", N_("Charts", "21 Apr / Aug")),
    ("05-21", N_("Charts", "21 May / Jul")),
    ("06-21", N_("Charts", "21 Jun")),
)
"""Days whose sun path is drawn (each stands for its mirror month about the solstice)."""
COMPASS = (
    N_("Charts", "N"),
    N_("Charts", "NE"),
    N_("Charts", "E"),
    N_("Charts", "SE"),
    N_("Charts", "S"),
    N_("Charts", "SW"),
    N_("Charts", "W"),
    N_("Charts", "NW"),
)
"""The eight compass points from north, clockwise."""


def sun_path_figure(
    latitude: float,
    longitude: float,
    timezone: str,
    skyline: tuple[np.ndarray, np.ndarray],
    horizon: Sequence[tuple[float, float]] = (),
    title: str = "",
    words: Words = ENGLISH_WORDS,
) -> Figure:
    """Sun paths (apparent elevation against azimuth, with solar-hour marks), the far
    horizon and the near obstacles' skyline ``(azimuth, elevation)`` [degrees]."""
    import pvlib

    figure = Figure(figsize=(8, 4.2), layout="constrained")
    ax = figure.subplots()
    azimuth, elevation = skyline
    far = horizon_elevation(horizon, azimuth)
    ax.fill_between(
        azimuth, 0, far, color="#b0b0b0", label=words(N_("Charts", "Far horizon")), step="mid"
    )
    ax.fill_between(
        azimuth,
        far,
        np.maximum(elevation, far),
        color="#555555",
        label=words(N_("Charts", "Park obstacles")),
        step="mid",
        where=elevation > far,
    )
    hours = {}
    for month_day, label in PATH_DATES:
        times = pd.date_range(f"2023-{month_day} 00:00", periods=24 * 12, freq="5min", tz=timezone)
        sun = pvlib.solarposition.get_solarposition(times, latitude, longitude)
        up = sun["apparent_elevation"] > 0
        ax.plot(sun["azimuth"][up], sun["apparent_elevation"][up], lw=1.2, label=words(label))
        solar_hour = (
            12.0
            + pvlib.solarposition.hour_angle(times, longitude, sun["equation_of_time"].to_numpy())
            / 15.0
        )
        for hour in range(5, 20):
            nearest = np.argmin(np.abs(np.asarray(solar_hour) - hour))
            if sun["apparent_elevation"].iloc[nearest] > 0:
                hours.setdefault(hour, []).append(
                    (sun["azimuth"].iloc[nearest], sun["apparent_elevation"].iloc[nearest])
                )
    for hour, points in hours.items():
        points = np.array(points)
        ax.plot(points[:, 0], points[:, 1], ":", color="#888888", lw=0.8)
        top = points[np.argmax(points[:, 1])]
        ax.annotate(
            f"{hour}h",
            top,
            textcoords="offset points",
            xytext=(0, 3),
            fontsize=7,
            ha="center",
            color="#555555",
        )
    ax.set_xlim(0, 360)
    ax.set_ylim(0, 90)
    ax.set_xticks(range(0, 361, 45), [words(d) for d in (*COMPASS, COMPASS[0])])
    ax.set_xlabel(words(N_("Charts", "Azimuth")))
    ax.set_ylabel(words(N_("Charts", "Elevation [°]")))
    ax.set_title(words(title or N_("Charts", "Sun paths, horizon and obstacles")))
    ax.legend(loc="upper right", fontsize=7, ncols=2)
    ax.grid(alpha=0.3)
    return figure
