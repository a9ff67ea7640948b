"""File ▸ New: the site step. A place found by name (Chinese, pinyin or English) or a
typed latitude and longitude; altitude and time zone follow; the weather is the typical
year of the nearest station, which follows the site."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from bipv_designer.project.defaults import DEFAULT_ALBEDO, new_project
from bipv_designer.project.model import Project, Site
from bipv_designer.ui.i18n import core_words
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.place_search import PlaceSearch
from bipv_designer.ui.qt_util import signals_blocked
from bipv_designer.weather.gazetteer import Place
from bipv_designer.weather.places import timezone_at
from bipv_designer.weather.project_weather import NO_STATION_KM
from bipv_designer.weather.stations import FAR_KM, altitude_near, nearest_stations


class NewProjectDialog(QDialog):
    """Asks for the project's name and site; ``project()`` is the new project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project: where is the park?"))
        self.name = QLineEdit(self.tr("New project"))
        self.place = PlaceSearch()
        self.site_name = QLineEdit()
        self.latitude = number_field(-90.0, 90.0, "° N", 4)
        self.longitude = number_field(-180.0, 180.0, "° E", 4)
        self.altitude = number_field(-500.0, 9000.0, " m", 0)
        self.timezone = QLabel()
        self.weather = QLabel()
        self.weather.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Project name"), self.name)
        form.addRow(self.tr("Find a place"), self.place)
        form.addRow(self.tr("Site name"), self.site_name)
        form.addRow(self.tr("Latitude"), self.latitude)
        form.addRow(self.tr("Longitude"), self.longitude)
        form.addRow(self.tr("Altitude"), self.altitude)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Weather"), self.weather)
        form.addRow(buttons)
        self.place.place_chosen.connect(self._place_chosen)
        self.latitude.valueChanged.connect(self.follow_location)
        self.longitude.valueChanged.connect(self.follow_location)
        self.follow_location()

    def project(self) -> Project:
        """The new project at the chosen site."""
        latitude, longitude = self.latitude.value(), self.longitude.value()
        site = Site(
            name=self.site_name.text().strip() or self.tr("Site"),
            latitude=latitude,
            longitude=longitude,
            altitude=self.altitude.value(),
            timezone=timezone_at(latitude, longitude),
            albedo=DEFAULT_ALBEDO,
        )
        return new_project(self.name.text().strip() or self.tr("New project"), site)

    def _place_chosen(self, place: Place) -> None:
        self.site_name.setText(place.local_name or place.name)
        with signals_blocked(self.latitude, self.longitude):
            self.latitude.setValue(place.latitude)
            self.longitude.setValue(place.longitude)
        self.follow_location()

    def follow_location(self) -> None:
        """Time zone, altitude and weather follow the latitude and longitude."""
        latitude, longitude = self.latitude.value(), self.longitude.value()
        self.timezone.setText(timezone_at(latitude, longitude))
        (match,) = nearest_stations(latitude, longitude)
        station = match.station
        altitude = altitude_near(latitude, longitude)
        if altitude is not None:
            self.altitude.setValue(altitude)
        if match.distance_km > NO_STATION_KM:
            self.weather.setText(
                self.tr(
                    "No climatology station within {0:.0f} km: after creating the "
                    "project, choose a weather file or download one from PVGIS "
                    "(Site ▸ Weather)."
                ).format(NO_STATION_KM)
            )
        else:
            far = self.tr(" (far: its climate may differ)") if match.distance_km > FAR_KM else ""
            self.weather.setText(
                self.tr(
                    "Typical year of station {0}, {1:.0f} km away{2}; it follows the "
                    "site until you choose a weather file."
                ).format(core_words()(station.label), match.distance_km, far)
            )


def ask_new_project(parent: QWidget, current: Project) -> Project | None:
    """The project File ▸ New makes, starting at the current site; None when cancelled."""
    dialog = NewProjectDialog(parent)
    with signals_blocked(dialog.latitude, dialog.longitude):
        dialog.latitude.setValue(current.site.latitude)
        dialog.longitude.setValue(current.site.longitude)
    dialog.follow_location()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    project = dialog.project() if accepted else None
    dialog.deleteLater()
    return project
