"""Properties of the site: name, location, time zone, ground albedo and plan north."""

from __future__ import annotations

import dataclasses
import zoneinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from bipv_designer.project.model import Site
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.weather.places import timezone_at


class SitePanel(QWidget):
    """Edits the site; a new location brings its time zone along.

    Signals:
        site_edited(object): the Site after one field was changed.
    """

    site_edited = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._site: Site | None = None
        self.name = QLineEdit()
        self.latitude = number_field(-90.0, 90.0, "° N", 4)
        self.longitude = number_field(-180.0, 180.0, "° E", 4)
        self.altitude = number_field(-500.0, 9000.0, " m", 0)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.albedo = number_field(0.0, 1.0, "", 2)
        self.plan_north = number_field(-180.0, 180.0, "°", 1)
        self.plan_north.setToolTip(
            "Where true north points on the plan, clockwise from up (0: north is up)"
        )
        form = QFormLayout(self)
        form.addRow("Name", self.name)
        form.addRow("Latitude", self.latitude)
        form.addRow("Longitude", self.longitude)
        form.addRow("Altitude", self.altitude)
        form.addRow("Time zone", self.timezone)
        form.addRow("Ground albedo", self.albedo)
        form.addRow("Plan north", self.plan_north)
        self.name.editingFinished.connect(self._edited)
        for spin in (self.altitude, self.albedo, self.plan_north):
            spin.editingFinished.connect(self._edited)
        self.latitude.editingFinished.connect(self._located)
        self.longitude.editingFinished.connect(self._located)
        self.timezone.activated.connect(self._edited)

    def set_site(self, site: Site) -> None:
        """Show ``site``."""
        self._site = site
        widgets = (
            self.name,
            self.latitude,
            self.longitude,
            self.altitude,
            self.albedo,
            self.plan_north,
            self.timezone,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.name.setText(site.name)
        self.latitude.setValue(site.latitude)
        self.longitude.setValue(site.longitude)
        self.altitude.setValue(site.altitude)
        self.albedo.setValue(site.albedo)
        self.plan_north.setValue(site.plan_north_deg)
        self.timezone.setCurrentText(site.timezone)
        for widget in widgets:
            widget.blockSignals(False)

    def _located(self) -> None:
        self.timezone.setCurrentText(timezone_at(self.latitude.value(), self.longitude.value()))
        self._edited()

    def _edited(self) -> None:
        if self._site is None:
            return
        zone = self.timezone.currentText().strip()
        edited = dataclasses.replace(
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
