"""Horizon profiles as CSV: 'azimuth,elevation' rows in degrees (azimuth 0 north, 90
east), an optional header row and '#' comments."""

from __future__ import annotations

import os
from pathlib import Path

from bipv_designer.errors import WeatherFileError
from bipv_designer.files import write_text_atomically
from bipv_designer.words import N_


def read_horizon_csv(path: str | os.PathLike[str]) -> tuple[tuple[float, float], ...]:
    """The profile in a horizon CSV, sorted by azimuth; errors name the line."""
    name = Path(path).name
    profile = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        cells = [c.strip() for c in text.replace(";", ",").split(",")]
        try:
            azimuth, elevation = float(cells[0]), float(cells[1])
        except (ValueError, IndexError):
            if not profile and number == _first_content_line(lines):
                continue
            raise WeatherFileError(
                N_(
                    "Errors",
                    "{name} line {number}: expected 'azimuth,elevation' in degrees, got {text}",
                ).format(
                    name=name,
                    number=number,
                    text=repr(text),
                )
            ) from None
        if not (0.0 <= azimuth <= 360.0 and 0.0 <= elevation < 90.0):
            raise WeatherFileError(
                N_(
                    "Errors",
                    "{name} line {number}: azimuth {azimuth:g}, elevation "
                    "{elevation:g}; expected 0..360 and 0..90 degrees",
                ).format(
                    name=name,
                    number=number,
                    azimuth=azimuth,
                    elevation=elevation,
                )
            )
        profile.append((azimuth % 360.0, elevation))
    if len(profile) < 2:
        raise WeatherFileError(
            N_(
                "Errors",
                "{name}: expected at least 2 'azimuth,elevation' rows",
            ).format(
                name=name,
            )
        )
    return tuple(sorted(profile))


def write_horizon_csv(path: str | os.PathLike[str], profile) -> None:
    """Write a profile with a header row; read back by :func:`read_horizon_csv`."""
    rows = "".join(f"{float(a):.2f},{float(e):.2f}\n" for a, e in sorted(profile))
    write_text_atomically(path, "azimuth,elevation\n" + rows)


def _first_content_line(lines: list[str]) -> int:
    return next(
        n for n, line in enumerate(lines, 1) if line.strip() and not line.strip().startswith("#")
    )
