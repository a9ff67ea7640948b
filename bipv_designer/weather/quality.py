"""Quality checks of a user's weather file: timing, closure, location, time zone,
completeness (docs/weather-checks.md).

Each check gives a finding with its measured numbers; a warning finding says what is
probably wrong and what to do. The report renders as text (CLI) and JSON.
"""

from __future__ import annotations

from enum import StrEnum

import numpy as np
import pvlib
from msgspec import Struct
from msgspec.structs import asdict

from bipv_designer.weather.checks import SOLAR_NOON_TOLERANCE_HOURS, solar_noon_offset_hours
from bipv_designer.weather.data import WeatherData
from bipv_designer.weather.places import great_circle_km
from bipv_designer.weather.relocate import FAR_KM
from bipv_designer.weather.stations import HIGHER_M

CLOSURE_ZENITH_LIMITS = (75.0, 85.0)
"""Zenith bands [degrees] of the closure check: below the first the tolerance is
:data:`CLOSURE_TOLERANCES` [0], between them [1]; beyond the second records are not
checked."""
CLOSURE_TOLERANCES = (0.08, 0.15)
"""Allowed relative difference |(DNI cos z + DHI) / GHI - 1| per zenith band (the
BSRN comparison limits of Long & Dutton 2002, 8 % and 15 %)."""
CLOSURE_MIN_GHI = 50.0
"""Records with less GHI are not checked for closure [W/m2]."""
CLOSURE_FAILING_SHARE = 0.05
"""Share of checked records outside the tolerance above which closure fails."""
ZERO_GHI_ELEVATION = 10.0
"""Records with the sun this high [degrees] and zero GHI count as likely gaps."""
ZERO_GHI_SHARE = 0.01
"""Share of such records above which completeness warns."""
OFFSET_FROM_LONGITUDE_HOURS = 3.0
"""A UTC offset this far from longitude / 15 suggests stamps in another zone [h]."""


class Severity(StrEnum):
    """How a finding reads."""

    OK = "ok"
    WARNING = "warning"
    SKIPPED = "skipped"


class Finding(Struct, frozen=True):
    """One check's outcome: its code, severity and message with the measured numbers."""

    code: str
    severity: Severity
    message: str


class QualityReport(Struct, frozen=True):
    """Findings of every check on one weather series."""

    source: str
    findings: tuple[Finding, ...]

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings that warn."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    def closure_failed(self) -> bool:
        """True when the closure check warns (the user may choose "use GHI only")."""
        return any(f.code == "closure" for f in self.warnings)

    def text(self) -> str:
        """One line per finding, warnings marked."""
        marks = {Severity.OK: "ok  ", Severity.WARNING: "WARN", Severity.SKIPPED: "--  "}
        lines = [f"Weather check of {self.source}"]
        lines += [f"{marks[f.severity]} {f.code:<12} {f.message}" for f in self.findings]
        lines.append(f"{len(self.warnings)} warning(s)")
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict:
        """The report as a JSON-ready document."""
        return {
            "source": self.source,
            "findings": [asdict(f) | {"severity": f.severity.value} for f in self.findings],
            "warnings": len(self.warnings),
        }


CHECK_SUN_METHOD = "ephemeris"
"""pvlib's fast solar position (Grover Hughes 1985) for the checks: its zenith is within
0.012 degrees of NREL SPA over a year at 32-69 degrees north and 33 south (measured), far
finer than the checks' zenith bands, at a seventh of SPA's cost."""


def check_weather(
    weather: WeatherData,
    latitude: float | None = None,
    longitude: float | None = None,
    altitude: float | None = None,
    site_utc_offset_hours: float | None = None,
) -> QualityReport:
    """Run every check; the site (when given) is where the weather will be used.

    Timing, closure and completeness are judged with the sun where the data were
    measured: the file's own location, or the site's when the file has none.
    """
    meta = weather.metadata
    where_lat = latitude if meta.latitude is None else meta.latitude
    where_lon = longitude if meta.longitude is None else meta.longitude
    findings = [_timing(weather, where_lon)]
    if where_lat is None or where_lon is None:
        findings.append(Finding("closure", Severity.SKIPPED, "no location: give --lat and --lon"))
        findings.append(
            Finding("completeness", Severity.SKIPPED, "no location: give --lat and --lon")
        )
    else:
        zenith = pvlib.solarposition.get_solarposition(
            weather.solar_times, where_lat, where_lon, method=CHECK_SUN_METHOD
        )["zenith"].to_numpy()
        findings.append(_closure(weather, zenith))
        findings.append(_completeness(weather, zenith))
    findings.append(_location(weather, latitude, longitude, altitude))
    findings.append(_time_zone(weather, where_lon, site_utc_offset_hours))
    return QualityReport(meta.source, tuple(findings))


def _timing(weather: WeatherData, longitude: float | None) -> Finding:
    offset = solar_noon_offset_hours(weather, longitude)
    if offset is None:
        return Finding("timing", Severity.SKIPPED, "no longitude or no irradiance")
    minutes = 60.0 * offset
    side = "after" if offset > 0 else "before"
    message = (
        f"irradiance centred {abs(minutes):.0f} min {side} solar noon "
        f"(tolerance {60 * SOLAR_NOON_TOLERANCE_HOURS:.0f} min)"
    )
    if abs(offset) <= SOLAR_NOON_TOLERANCE_HOURS:
        return Finding("timing", Severity.OK, message)
    return Finding(
        "timing",
        Severity.WARNING,
        f"{message}: the time stamps are probably shifted by about {round(offset):+d} h",
    )


def _closure(weather: WeatherData, zenith: np.ndarray) -> Finding:
    data = weather.data
    ghi, dni, dhi = (data[c].to_numpy(dtype=float) for c in ("ghi", "dni", "dhi"))
    low, high = CLOSURE_ZENITH_LIMITS
    checked = (ghi >= CLOSURE_MIN_GHI) & (zenith < high)
    if not checked.any():
        return Finding("closure", Severity.SKIPPED, "no daylight records to check")
    ratio = (dni * np.cos(np.radians(zenith)) + dhi)[checked] / ghi[checked]
    tolerance = np.where(zenith[checked] < low, CLOSURE_TOLERANCES[0], CLOSURE_TOLERANCES[1])
    outside = np.abs(ratio - 1.0) > tolerance
    share = float(outside.mean())
    message = (
        f"DNI·cos(zenith) + DHI vs GHI: {100 * share:.1f} % of {checked.sum()} daylight "
        f"records outside ±{100 * CLOSURE_TOLERANCES[0]:.0f} % "
        f"(±{100 * CLOSURE_TOLERANCES[1]:.0f} % near the horizon); median ratio "
        f"{np.median(ratio):.3f}"
    )
    if share <= CLOSURE_FAILING_SHARE:
        return Finding("closure", Severity.OK, message)
    return Finding(
        "closure",
        Severity.WARNING,
        f"{message}: the components do not add up; consider using GHI only (DIRINT split)",
    )


def _completeness(weather: WeatherData, zenith: np.ndarray) -> Finding:
    ghi = weather.data["ghi"].to_numpy(dtype=float)
    sun_up = zenith < 90.0 - ZERO_GHI_ELEVATION
    zero = int(np.count_nonzero(sun_up & (ghi <= 0.0)))
    share = zero / max(int(sun_up.sum()), 1)
    message = (
        f"{len(ghi)} records; {zero} with the sun above {ZERO_GHI_ELEVATION:g}° and zero GHI "
        f"({100 * share:.1f} %)"
    )
    if share <= ZERO_GHI_SHARE:
        return Finding("completeness", Severity.OK, message)
    return Finding(
        "completeness",
        Severity.WARNING,
        f"{message}: probably gaps filled with zeros; the yield will be too low",
    )


def _location(weather, latitude, longitude, altitude) -> Finding:
    meta = weather.metadata
    if latitude is None or longitude is None:
        return Finding("location", Severity.SKIPPED, "no site given (--lat, --lon)")
    if meta.latitude is None or meta.longitude is None:
        return Finding("location", Severity.SKIPPED, "the file gives no location")
    distance = float(great_circle_km(meta.latitude, meta.longitude, latitude, longitude))
    parts = [f"the file's location is {distance:.0f} km from the site"]
    higher = None
    if altitude is not None and meta.altitude is not None:
        higher = meta.altitude - altitude
        parts.append(f"{higher:+.0f} m altitude")
    message = ", ".join(parts)
    if distance > FAR_KM or (higher is not None and abs(higher) > HIGHER_M):
        return Finding(
            "location",
            Severity.WARNING,
            f"{message} (more than {FAR_KM:.0f} km or {HIGHER_M:.0f} m): its climate may "
            "differ from the site's",
        )
    return Finding("location", Severity.OK, message)


def _time_zone(weather, longitude, site_utc_offset_hours) -> Finding:
    offset = weather.metadata.utc_offset_hours
    message = f"time stamps in UTC{offset:+g}"
    if site_utc_offset_hours is not None and offset != site_utc_offset_hours:
        return Finding(
            "time_zone",
            Severity.WARNING,
            f"{message}, the site's standard time is UTC{site_utc_offset_hours:+g}: "
            "results in site time are moved accordingly",
        )
    if longitude is not None and abs(offset - longitude / 15.0) > OFFSET_FROM_LONGITUDE_HOURS:
        return Finding(
            "time_zone",
            Severity.WARNING,
            f"{message} at longitude {longitude:.1f}° (local mean time UTC"
            f"{longitude / 15.0:+.1f}): the stamps may be UTC labelled as local time",
        )
    return Finding("time_zone", Severity.OK, message)
