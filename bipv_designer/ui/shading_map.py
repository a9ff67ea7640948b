"""The annual shading loss of every module, computed in the background whenever the
geometry changes and shown as colours on the plan (View ▸ Shading colours)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from bipv_designer.edits.changes import ProjectChanges
from bipv_designer.paths import DEMO_PROJECT
from bipv_designer.shading.plane_cache import MemoryCache
from bipv_designer.ui.document import Document
from bipv_designer.ui.workers import Worker

SETTLE_MS = 400
"""Quiet time after an edit before the shading is computed again [ms] (a drag of an
obstacle starts one computation, not one per step)."""
GEOMETRY_SECTIONS = frozenset(
    {"site", "weather", "obstacles", "modules", "string_plan", "inverters"}
)
"""Project sections whose change alters the shade."""


class ShadingMap(QObject):
    """Keeps each module's annual beam shading loss up to date while the map is on.

    Signals:
        losses_changed(object): ``{array_id: ndarray}`` of each module's loss [-], or
            None when the map is off or out of date.
    """

    losses_changed = Signal(object)

    def __init__(self, document: Document, status_bar: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self.document = document
        self._status_bar = status_bar
        self.enabled = False
        self.losses: dict | None = None
        self._weather_key = None
        self._weather = None
        self._cache = MemoryCache()
        self.worker = Worker(self)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.compute)
        document.changed.connect(self._changed)

    def set_enabled(self, on: bool) -> None:
        """Show the colours (computing them now) or hide them."""
        self.enabled = on
        if on:
            self.compute()
        else:
            self.worker.cancel()
            self._timer.stop()
            self._publish(None)

    def compute(self) -> None:
        """Compute the losses of the project as it is now, in the background."""
        from bipv_designer.shading.annual import annual_shading
        from bipv_designer.weather.project_weather import read_project_weather
        from bipv_designer.weather.relocate import weather_at_site

        project = self.document.project
        path = self.document.path or DEMO_PROJECT
        revision = self.document.revision
        key = (project.weather, project.site, str(path))
        cached = self._weather if key == self._weather_key else None
        cache = self._cache if cached is not None else MemoryCache()

        def job(progress, cancel):
            weather = cached or weather_at_site(
                read_project_weather(project.weather, path, project.site), project.site
            )
            shading = annual_shading(project, weather, cancel=cancel, cache=cache)
            losses = {a: shading.module_beam_loss(a) for a in shading.per_module}
            return revision, key, weather, losses, cache

        self._status_bar.showMessage(self.tr("Computing the shading of every module…"))
        self.worker.start(job)

    def _changed(self, changes: ProjectChanges) -> None:
        if not self.enabled:
            return
        if (
            changes.everything
            or changes.buildings
            or changes.surfaces
            or changes.arrays
            or changes.keep_outs
            or changes.sections & GEOMETRY_SECTIONS
        ):
            self.worker.cancel()
            self._timer.start()

    def _on_finished(self, outcome: tuple) -> None:
        revision, key, weather, losses, cache = outcome
        self._weather_key, self._weather, self._cache = key, weather, cache
        if revision != self.document.revision or not self.enabled:
            return
        self._publish(losses)
        self._status_bar.showMessage(self.tr("Shading colours up to date."), 3000)

    def _on_failed(self, error: BaseException) -> None:
        self._publish(None)
        self._status_bar.showMessage(self.tr("No shading colours: {0}").format(error))

    def _publish(self, losses: dict | None) -> None:
        self.losses = losses
        self.losses_changed.emit(losses)
