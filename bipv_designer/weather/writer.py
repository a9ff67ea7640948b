"""Write a WeatherData in BIPV Designer's plain CSV format (read back by plain_csv.py)."""

from __future__ import annotations

import os

from bipv_designer.files import write_text_atomically
from bipv_designer.weather.data import REQUIRED_COLUMNS, WeatherData

DECIMALS = {"ghi": 1, "dni": 1, "dhi": 1, "temp_air": 2, "wind_speed": 2}
"""Decimals written per column: 0.1 W/m2 and 0.01 C or m/s."""


def write_plain_csv(weather: WeatherData, path: str | os.PathLike[str]) -> None:
    """Write ``weather`` (interval-start stamps with their UTC offset) to ``path``.

    The comments carry the name, location and the weather's description, so a file
    written here and read back shows the same label.
    """
    metadata = weather.metadata
    lines = [f"# name: {metadata.name}"] if metadata.name else []
    for key in ("latitude", "longitude", "altitude"):
        value = getattr(metadata, key)
        if value is not None:
            lines.append(f"# {key}: {value:.4f}")
    lines.append("# timestamp_label: start")
    if metadata.description:
        lines.append(f"# description: {metadata.description}")
    frame = weather.data[list(REQUIRED_COLUMNS)].round(DECIMALS)
    frame.index = frame.index.strftime("%Y-%m-%dT%H:%M%z").str.replace(
        r"(\d{2})(\d{2})$", r"\1:\2", regex=True
    )
    frame.index.name = "timestamp"
    text = "\n".join(lines) + "\n" + frame.to_csv(lineterminator="\n")
    write_text_atomically(path, text)
