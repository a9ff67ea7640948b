"""Properties of the site: name, location (typed or picked from the climatology
stations by name), time zone, ground albedo, plan north, and its weather."""

from __future__ import annotations

import zoneinfo

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bipv_designer.project.defaults import NEAREST_STATION
from bipv_designer.project.model import Site, WeatherReference
from bipv_designer.ui.i18n import translated, translated_label
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.place_search import PlaceSearch
from bipv_designer.ui.qt_util import signals_blocked
from bipv_designer.weather.gazetteer import Place
from bipv_designer.weather.places import timezone_at
from bipv_designer.weather.stations import all_stations, altitude_near


class SitePanel(QWidget):
    """Edits the site; a new location brings its time zone along.

    Signals:
        site_edited(object): the Site after one field was changed.
        weather_edited(object): the WeatherReference the user chose.
        weather_file_requested(): the user wants to pick a weather file.
        pvgis_weather_requested(): the user wants the PVGIS typical year (online).
        horizon_requested(str): "import", "download" or "clear" the horizon profile.
        name_edited(str): the project's new name.
        near_shading_edited(bool): near shading of every module turned on or off.
    """

    site_edited = Signal(object)
    weather_edited = Signal(object)
    weather_file_requested = Signal()
    pvgis_weather_requested = Signal()
    horizon_requested = Signal(str)
    name_edited = Signal(str)
    near_shading_edited = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self._site: Site | None = None
        self.project_name = QLineEdit()
        self.project_name.editingFinished.connect(
            lambda: self.name_edited.emit(self.project_name.text())
        )
        self.name = QLineEdit()
        self.place = PlaceSearch()
        self.place.place_chosen.connect(self._place_picked)
        self._stations = {s.label: s for s in all_stations()}
        self.station = QLineEdit()
        translated(
            self.station,
            "SitePanel",
            QT_TRANSLATE_NOOP("SitePanel", "Type a station or city, e.g. Nanjing"),
            "setPlaceholderText",
        )
        self._station_names = QStringListModel(sorted(self._stations), self)
        completer = QCompleter(self._station_names, self.station)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.station.setCompleter(completer)
        completer.activated.connect(self._station_picked)
        self.weather = QLabel()
        self.weather.setWordWrap(True)
        self.nearest_weather = QPushButton()
        translated(
            self.nearest_weather,
            "SitePanel",
            QT_TRANSLATE_NOOP("SitePanel", "Typical year of the nearest station"),
        )
        self.weather_file = QPushButton()
        translated(self.weather_file, "SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Weather file…"))
        self.pvgis_weather = QPushButton()
        translated(
            self.pvgis_weather,
            "SitePanel",
            QT_TRANSLATE_NOOP("SitePanel", "Download from PVGIS (online)…"),
        )
        weather_buttons = QVBoxLayout()
        for button in (self.nearest_weather, self.weather_file, self.pvgis_weather):
            weather_buttons.addWidget(button)
        self.pvgis_weather.clicked.connect(self.pvgis_weather_requested)
        self.near_shading = QCheckBox()
        translated(
            self.near_shading,
            "SitePanel",
            QT_TRANSLATE_NOOP(
                "SitePanel", "Compute the shade of buildings, parapets and roof objects"
            ),
        )
        translated(
            self.near_shading,
            "SitePanel",
            QT_TRANSLATE_NOOP(
                "SitePanel",
                "Each module's shading over the year (sets the flat shading loss to 0)",
            ),
            "setToolTip",
        )
        self.near_shading.clicked.connect(self.near_shading_edited)
        self.horizon = QLabel()
        horizon_buttons = QVBoxLayout()
        self.horizon_buttons = {}
        for action, label in (
            ("import", QT_TRANSLATE_NOOP("SitePanel", "Import horizon CSV…")),
            ("download", QT_TRANSLATE_NOOP("SitePanel", "Horizon from PVGIS (online)…")),
            ("clear", QT_TRANSLATE_NOOP("SitePanel", "No horizon")),
        ):
            button = QPushButton()
            translated(button, "SitePanel", label)
            button.clicked.connect(lambda checked=False, a=action: self.horizon_requested.emit(a))
            horizon_buttons.addWidget(button)
            self.horizon_buttons[action] = button
        self.nearest_weather.clicked.connect(lambda: self.weather_edited.emit(NEAREST_STATION))
        self.weather_file.clicked.connect(self.weather_file_requested)
        self.latitude = number_field(-90.0, 90.0, "° N", 4)
        self.longitude = number_field(-180.0, 180.0, "° E", 4)
        self.altitude = number_field(-500.0, 9000.0, " m", 0)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.albedo = number_field(0.0, 1.0, "", 2)
        self.plan_north = number_field(-180.0, 180.0, "°", 1)
        translated(
            self.plan_north,
            "SitePanel",
            QT_TRANSLATE_NOOP(
                "SitePanel",
                "Where true north points on the plan, clockwise from up (0: north is up)",
            ),
            "setToolTip",
        )
        form = QFormLayout(self)
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Project")),
            self.project_name,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Site name")), self.name
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Find a place")),
            self.place,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Station")), self.station
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Latitude")),
            self.latitude,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Longitude")),
            self.longitude,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Altitude")),
            self.altitude,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Time zone")),
            self.timezone,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Ground albedo")),
            self.albedo,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Plan north")),
            self.plan_north,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Weather")), self.weather
        )
        form.addRow("", weather_buttons)
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Near shading")),
            self.near_shading,
        )
        form.addRow(
            translated_label("SitePanel", QT_TRANSLATE_NOOP("SitePanel", "Horizon")), self.horizon
        )
        form.addRow("", horizon_buttons)
        self.name.editingFinished.connect(self._edited)
        for spin in (self.altitude, self.albedo, self.plan_north):
            spin.editingFinished.connect(self._edited)
        self.latitude.editingFinished.connect(self._located)
        self.longitude.editingFinished.connect(self._located)
        self.timezone.activated.connect(self._edited)

    def set_site(
        self,
        site: Site,
        weather: WeatherReference | None = None,
        project_name: str = "",
        near_shading: bool = False,
    ) -> None:
        """Show ``site``, the project's weather, name and near-shading setting."""
        self._site = site
        with signals_blocked(self.near_shading):
            self.near_shading.setChecked(near_shading)
        if weather is not None:
            self.weather.setText(_weather_text(weather))
        self.horizon.setText(
            self.tr("{0} directions, highest {1}°").format(
                len(site.horizon), f"{max(e for _, e in site.horizon):.1f}"
            )
            if site.horizon
            else self.tr("free (none)")
        )
        with signals_blocked(
            self.project_name,
            self.name,
            self.latitude,
            self.longitude,
            self.altitude,
            self.albedo,
            self.plan_north,
            self.timezone,
        ):
            self.project_name.setText(project_name)
            self.name.setText(site.name)
            self.latitude.setValue(site.latitude)
            self.longitude.setValue(site.longitude)
            self.altitude.setValue(site.altitude)
            self.albedo.setValue(site.albedo)
            self.plan_north.setValue(site.plan_north_deg)
            self.timezone.setCurrentText(site.timezone)

    def _station_picked(self, label: str) -> None:
        """Move the site to the station picked by name."""
        found = self._stations.get(label)
        if found is None or self._site is None:
            return
        with signals_blocked(self.latitude, self.longitude, self.altitude):
            self.latitude.setValue(found.latitude)
            self.longitude.setValue(found.longitude)
            self.altitude.setValue(found.altitude)
        self.station.clear()
        self._located()

    def _place_picked(self, place: Place) -> None:
        """Move the site to a place found by name; the altitude follows from the nearest
        station when one is near."""
        if self._site is None:
            return
        altitude = altitude_near(place.latitude, place.longitude)
        with signals_blocked(self.latitude, self.longitude, self.altitude):
            self.latitude.setValue(place.latitude)
            self.longitude.setValue(place.longitude)
            if altitude is not None:
                self.altitude.setValue(altitude)
        self._located()

    def _located(self) -> None:
        self.timezone.setCurrentText(timezone_at(self.latitude.value(), self.longitude.value()))
        self._edited()

    def _edited(self) -> None:
        if self._site is None:
            return
        zone = self.timezone.currentText().strip()
        edited = replace(
            self._site,
            name=self.name.text().strip() or self._site.name,
            latitude=self.latitude.value(),
            longitude=self.longitude.value(),
            altitude=self.altitude.value(),
            timezone=zone if zone in zoneinfo.available_timezones() else self._site.timezone,
            albedo=self.albedo.value(),
            plan_north_deg=self.plan_north.value(),
        )
        if edited != self._site:
            self._site = edited
            self.site_edited.emit(edited)


def _weather_text(weather: WeatherReference) -> str:
    if weather.path == NEAREST_STATION.path:
        return "Synthetic typical year of the nearest climatology station"
    if weather.path.startswith("station:"):
        return f"Synthetic typical year of station {weather.path.removeprefix('station:')}"
    return weather.path
