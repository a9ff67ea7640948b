"""Weather and horizon: a weather file checked by reading it, the station year, PVGIS
downloads (only when the user asks) and horizon profiles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from bipv_designer.edits import settings
from bipv_designer.errors import BipvError
from bipv_designer.project.model import WeatherReference
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui.document import Document
from bipv_designer.ui.panels.site_panel import SitePanel
from bipv_designer.ui.workers import Worker

WEATHER_FILTER = "Weather files (*.epw *.csv *.tm2 *.json);;All files (*)"


class WeatherActions(QObject):
    """Wires the site page's weather and horizon buttons to edits and downloads.

    ``stored_path`` says how the project refers to a file the user picked.
    """

    def __init__(
        self,
        document: Document,
        site_panel: SitePanel,
        parent: QWidget,
        status: Callable[[str], None],
        stored_path: Callable[[Path], str],
        folder: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.parent_widget = parent
        self._status = status
        self._stored_path = stored_path
        self._folder = folder
        self.downloads = Worker(self)
        self.downloads.finished.connect(self._download_finished)
        self.downloads.failed.connect(self._download_failed)
        site_panel.weather_edited.connect(self.set_weather)
        site_panel.weather_file_requested.connect(lambda: self.choose_weather_file())
        site_panel.pvgis_weather_requested.connect(self.download_pvgis_weather)
        site_panel.horizon_requested.connect(self._horizon_requested)

    def set_weather(self, reference: WeatherReference) -> None:
        """Use ``reference`` as the project's weather (one undoable step)."""
        self.document.edit(settings.set_weather, reference)

    def choose_weather_file(self, path: Path | None = None) -> None:
        """Use a weather file (checked by reading it) as the project's weather."""
        from bipv_designer.weather.quality import check_weather
        from bipv_designer.weather.readers import read_weather
        from bipv_designer.weather.timing import standard_utc_offset_hours

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent_widget, self.tr("Weather file"), self._folder(), WEATHER_FILTER
            )
            if not name:
                return
            path = Path(name)
        site = self.document.project.site
        try:
            weather = read_weather(path)
        except (BipvError, OSError) as error:
            dialogs.show_error(
                self.parent_widget, self.tr("Cannot use this weather file"), str(error)
            )
            return
        report = check_weather(
            weather,
            site.latitude,
            site.longitude,
            site.altitude,
            standard_utc_offset_hours(site.timezone),
        )
        ghi_only = False
        if report.warnings:
            dialogs.show_report(
                self.parent_widget, self.tr("Checks of {0}").format(path.name), report.text()
            )
        if report.closure_failed():
            ghi_only = dialogs.ask_yes_no(
                self.parent_widget,
                self.tr("Use GHI only?"),
                self.tr(
                    "The DNI and DHI of {0} do not add up to its GHI. Use only its GHI and "
                    "split it with the DIRINT model?"
                ).format(path.name),
            )
        self.set_weather(
            WeatherReference(self._stored_path(path), weather.metadata.file_format, ghi_only)
        )

    def download_pvgis_weather(self) -> None:
        """Fetch the PVGIS typical year at the site in the background (online)."""
        from bipv_designer.weather.downloads import download_pvgis_tmy

        site = self.document.project.site

        def job(progress, cancel):
            path = download_pvgis_tmy(site.latitude, site.longitude)
            return "weather", WeatherReference(str(path), "pvgis_json")

        self._status(self.tr("Downloading the PVGIS typical year…"))
        self.downloads.start(job)

    def import_horizon(self, path: Path | None = None) -> None:
        """Take the site's horizon profile from a CSV of azimuth,elevation rows."""
        from bipv_designer.weather.horizon_file import read_horizon_csv

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent_widget, self.tr("Horizon profile"), self._folder(), "CSV (*.csv *.txt)"
            )
            if not name:
                return
            path = Path(name)
        try:
            profile = read_horizon_csv(path)
        except (BipvError, OSError) as error:
            dialogs.show_error(self.parent_widget, self.tr("Cannot use this horizon"), str(error))
            return
        self.document.edit(settings.set_horizon, profile, f"Import the horizon from '{path.name}'")

    def _horizon_requested(self, action: str) -> None:
        from bipv_designer.weather.downloads import download_pvgis_horizon

        if action == "import":
            self.import_horizon()
        elif action == "clear":
            self.document.edit(settings.set_horizon, (), "Remove the horizon")
        else:
            site = self.document.project.site
            self._status(self.tr("Downloading the horizon from PVGIS…"))
            self.downloads.start(
                lambda progress, cancel: (
                    "horizon",
                    download_pvgis_horizon(site.latitude, site.longitude),
                )
            )

    def _download_finished(self, outcome) -> None:
        kind, value = outcome
        if kind == "horizon":
            self.document.edit(settings.set_horizon, value, "Horizon from PVGIS")
        else:
            self.set_weather(value)
        self._status(self.tr("Downloaded."))

    def _download_failed(self, error: BaseException) -> None:
        title = self.tr("Download failed")
        self._status(title)
        dialogs.show_error(self.parent_widget, title, str(error))
