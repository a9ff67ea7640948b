"""Before simulating: weather from far away is shown as a warning the user must answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bipv_designer.errors import BipvError
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui.document import Document
from bipv_designer.weather.project_weather import weather_distance_km
from bipv_designer.weather.stations import FAR_KM


def weather_is_near_enough(parent: QWidget, document: Document) -> bool:
    """True when the project's weather lies within FAR_KM of the site, or the user chose
    to simulate with it anyway; errors reading it are left to the simulation to report."""
    project = document.project
    try:
        distance, words = weather_distance_km(
            project.weather, document.path or DEMO_PROJECT, project.site
        )
    except (BipvError, OSError):
        return True
    if distance is None or distance <= FAR_KM:
        return True
    return dialogs.ask_yes_no(
        parent,
        QCoreApplication.translate("WeatherDistance", "Weather far from the site"),
        QCoreApplication.translate(
            "WeatherDistance",
            "The weather ({0}) comes from {1:,.0f} km away from the site '{2}' (more than "
            "{3:.0f} km): its sun and temperatures may be quite different. Choose weather "
            "for the site in Site ▸ Weather, or simulate with this weather anyway?",
        ).format(words, distance, project.site.name, FAR_KM),
    )
