"""The design cell temperatures of the project's weather, read once per weather and
site, for string sizing in the layout and string-plan pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bipv_designer.errors import BipvError
from bipv_designer.layout.string_plan import DesignTemperatures, design_temperatures
from bipv_designer.project.model import Project
from bipv_designer.weather.project_weather import read_project_weather


class DesignTemperatureCache:
    """Remembers the temperatures of the last weather and site asked for."""

    def __init__(self) -> None:
        self._key: object = None
        self._value: DesignTemperatures | None = None

    def get(self, project: Project, project_path: Path) -> DesignTemperatures:
        """The temperatures (raises BipvError or OSError when the weather is unreadable)."""
        key = (project.weather, project.site, project_path)
        if key != self._key or self._value is None:
            weather = read_project_weather(project.weather, project_path, project.site)
            self._value, self._key = design_temperatures(weather), key
        return self._value

    def described(
        self, project: Project, project_path: Path
    ) -> tuple[DesignTemperatures | None, str]:
        """The temperatures and their words, or None and why there are none."""
        try:
            temperatures = self.get(project, project_path)
        except (BipvError, OSError) as error:
            return None, QCoreApplication.translate(
                "DesignTemperatures", "no weather for the design temperatures: {0}"
            ).format(error)
        return temperatures, QCoreApplication.translate(
            "DesignTemperatures",
            "Cells {0} °C (coldest sunny hour) to {1} °C (hottest hour, in the sun)",
        ).format(f"{temperatures.temp_cell_min:.0f}", f"{temperatures.temp_cell_max:.0f}")
