"""The background image: imported, moved, scaled by two clicks, styled and removed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPointF
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QFileDialog, QWidget

from bipv_designer.edits import settings
from bipv_designer.project.model import BackgroundImage
from bipv_designer.ui import errors as dialogs
from bipv_designer.ui.canvas.view import SitePlanView, Tool
from bipv_designer.ui.document import Document
from bipv_designer.ui.panels.background_panel import BackgroundPanel
from bipv_designer.ui.selection import Selection, SelectionKind

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"
BACKGROUND_METRES_PER_PIXEL = 0.1
"""Scale of a newly imported background image until the user sets it [m/px]."""
SCALE_DISTANCE_LIMITS_M = (0.01, 100_000.0)
"""The distance a user may type between the two scale points [m]."""


class BackgroundActions(QObject):
    """Wires the background panel and the plan's background gestures to edits.

    ``set_tool`` switches the plan's tool and checks its action; ``select`` shows a
    selection; ``stored_path`` and ``folder`` come from the file actions.
    """

    def __init__(
        self,
        document: Document,
        view: SitePlanView,
        panel: BackgroundPanel,
        parent: QWidget,
        set_tool: Callable[[Tool], None],
        select: Callable[[Selection], None],
        stored_path: Callable[[Path], str],
        folder: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.view = view
        self.parent_widget = parent
        self._set_tool = set_tool
        self._select = select
        self._stored_path = stored_path
        self._folder = folder
        edit = document.edit
        panel.background_edited.connect(
            lambda background: edit(settings.set_background, background, "Change background")
        )
        panel.scale_requested.connect(lambda: set_tool(Tool.SCALE_BACKGROUND))
        panel.remove_requested.connect(self.remove_background)
        view.item_moved.connect(
            lambda kind, _id, _surface, dx, dy: (
                kind == "background" and edit(settings.move_background, dx, dy)
            )
        )
        view.scale_picked.connect(self._scale_picked)

    def import_background(self, path: Path | None = None) -> None:
        """Put an image (PNG/JPG) under the plan, its lower-left corner at the view's."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                self.tr("Import background image"),
                self._folder(),
                IMAGE_FILTER,
            )
            if not name:
                return
            path = Path(name)
        if QImageReader(str(path)).size().isEmpty():
            dialogs.show_error(
                self.parent_widget,
                self.tr("Cannot import the image"),
                self.tr("{0}: expected a readable PNG or JPG image").format(path),
            )
            return
        corner = self.view.site_position(QPointF(0, self.view.viewport().height()))
        background = BackgroundImage(
            self._stored_path(path),
            x=corner[0],
            y=corner[1],
            metres_per_pixel=BACKGROUND_METRES_PER_PIXEL,
        )
        self.document.edit(
            settings.set_background, background, f"Import background image '{path.name}'"
        )
        self._select(Selection(SelectionKind.BACKGROUND))
        self._set_tool(Tool.SCALE_BACKGROUND)

    def remove_background(self) -> None:
        """Take the background image away (one undoable step)."""
        self.document.edit(settings.remove_background)

    def _scale_picked(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self._set_tool(Tool.SELECT)
        if self.document.project.background is None:
            return
        distance = dialogs.ask_number(
            self.parent_widget,
            self.tr("Scale the background image"),
            self.tr("Distance between the two points [m]:"),
            *SCALE_DISTANCE_LIMITS_M,
            2,
        )
        if distance is not None:
            self.document.edit(settings.scale_background, (x1, y1), (x2, y2), distance)
