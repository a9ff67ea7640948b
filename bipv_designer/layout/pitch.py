"""Row pitch of tilted racks: from a ground-coverage ratio or the winter-solstice rule.

Sun positions here are analytic, in solar time, on the winter solstice of the site's
hemisphere; no weather or clock time is needed.
"""

from __future__ import annotations

import math

import numpy as np

from bipv_designer.errors import LayoutError
from bipv_designer.layout.defaults import layout_defaults
from bipv_designer.words import N_


def row_pitch_gcr(slope_length_m: float, gcr: float) -> float:
    """Row pitch [m] for a ground-coverage ratio.

    Parameters
    ----------
    slope_length_m : float
        Length of the rack face along its slope [m].
    gcr : float
        Ground-coverage ratio (0, 1] [-].

    Notes
    -----
    ``pitch = slope_length / gcr`` (GCR is collector length over row pitch, as in
    pvlib's infinite-sheds model).
    """
    if not 0.0 < gcr <= 1.0:
        raise LayoutError(
            N_(
                "Errors",
                "racks.gcr: expected a ratio in (0, 1], got {gcr:g}",
            ).format(
                gcr=gcr,
            )
        )
    return slope_length_m / gcr


def solstice_sun_directions(latitude: float) -> np.ndarray:
    """Unit vectors towards the sun (east, north, up) over the design window, shape (T, 3).

    Parameters
    ----------
    latitude : float  [degrees north]

    Notes
    -----
    With declination d (the winter solstice of the site's hemisphere, ``-sign(lat)``
    times the obliquity), hour angle w = 15 degrees per hour from solar noon and
    latitude p::

        east  = -cos d sin w
        north = cos p sin d - sin p cos d cos w
        up    = sin p sin d + cos p cos d cos w

    (the standard horizontal-coordinate transformation, e.g. Duffie & Beckman,
    Solar Engineering of Thermal Processes, 4th ed., section 1.6).
    """
    settings = layout_defaults()["winter_solstice"]
    obliquity = float(settings["obliquity_deg"])
    declination = math.radians(-obliquity if latitude >= 0.0 else obliquity)
    start, end = float(settings["start_solar_hour"]), float(settings["end_solar_hour"])
    samples = round((end - start) * float(settings["samples_per_hour"])) + 1
    hour_angle = np.radians(15.0 * (np.linspace(start, end, samples) - 12.0))
    phi = math.radians(latitude)
    east = -math.cos(declination) * np.sin(hour_angle)
    north = math.cos(phi) * math.sin(declination) - math.sin(phi) * math.cos(declination) * np.cos(
        hour_angle
    )
    up = math.sin(phi) * math.sin(declination) + math.cos(phi) * math.cos(declination) * np.cos(
        hour_angle
    )
    return np.column_stack([east, north, up])


def shadow_ratio(latitude: float, facing_azimuth: float) -> float:
    """Longest shadow behind a row per metre of height, over the winter-solstice window [-].

    Parameters
    ----------
    latitude : float  [degrees north]
    facing_azimuth : float
        Direction the modules face [degrees]; their shadow falls the other way.

    Notes
    -----
    A point at height H casts its shadow ``H (s_h . f) / s_up`` behind the row, where
    s is the unit vector towards the sun, s_h its horizontal part and f the unit
    vector the row faces. The ratio is the largest value over the window, at least 0.
    """
    if not -90.0 < latitude < 90.0:
        raise LayoutError(
            N_(
                "Errors",
                "site latitude: expected -90 < latitude < 90, got {latitude:g}",
            ).format(
                latitude=latitude,
            )
        )
    sun = solstice_sun_directions(latitude)
    if np.any(sun[:, 2] <= 0.0):
        raise LayoutError(
            N_(
                "Errors",
                "winter-solstice row rule: the sun is below the horizon during the "
                "design window at latitude {latitude:g}; use a ground-coverage "
                "ratio instead",
            ).format(
                latitude=latitude,
            )
        )
    azimuth = math.radians(facing_azimuth)
    along = sun[:, 0] * math.sin(azimuth) + sun[:, 1] * math.cos(azimuth)
    return max(0.0, float(np.max(along / sun[:, 2])))


def row_pitch_winter_solstice(
    slope_length_m: float, surface_tilt: float, latitude: float, facing_azimuth: float
) -> float:
    """Row pitch [m] at which no row shades the next during the winter-solstice window.

    Parameters
    ----------
    slope_length_m : float  length of the rack face along its slope [m]
    surface_tilt : float  rack tilt [degrees]
    latitude : float  site latitude [degrees north]
    facing_azimuth : float  direction the modules face [degrees]

    Notes
    -----
    ``pitch = L cos(tilt) + L sin(tilt) * shadow_ratio``: the row's own depth plus
    the shadow of its top edge, which stands ``L sin(tilt)`` above the next row's
    lower edge (rows on one plane).
    """
    tilt = math.radians(surface_tilt)
    ratio = shadow_ratio(latitude, facing_azimuth)
    return slope_length_m * (math.cos(tilt) + math.sin(tilt) * ratio)
