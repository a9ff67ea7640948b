"""The background image under the site plan (a drawn site plan or a map screenshot)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsPixmapItem

from bipv_designer.project.model import BackgroundImage
from bipv_designer.ui.canvas.coordinates import to_scene

BACKGROUND_Z = -1000.0


def image_path(background: BackgroundImage, project_path: Path | None) -> Path:
    """The image file: relative paths are relative to the project file's folder."""
    path = Path(background.path)
    if path.is_absolute() or project_path is None:
        return path
    return project_path.parent / path


class BackgroundItem(QGraphicsPixmapItem):
    """The image, scaled to metres, its lower-left corner at the background's (x, y).

    The image stays upright on screen when the plan is turned (plan north): a drawing
    or map is imported as it looks, and plan north is set to where its north points.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(BACKGROUND_Z)
        self.setTransformationMode(self.transformationMode().SmoothTransformation)
        self._shown: tuple[BackgroundImage, Path] | None = None

    def show_background(
        self,
        background: BackgroundImage | None,
        project_path: Path | None,
        plan_north_deg: float,
    ) -> None:
        """Show ``background`` upright on a plan turned by ``plan_north_deg`` (hidden
        when None or when its file cannot be read)."""
        if background is None:
            self._shown = None
            self.setPixmap(QPixmap())
            self.hide()
            return
        path = image_path(background, project_path)
        if self._shown is None or self._shown[1] != path:
            self.setPixmap(QPixmap(str(path)))
        self._shown = (background, path)
        height_px = self.pixmap().height()
        scale = background.metres_per_pixel
        corner = to_scene((background.x, background.y))
        placement = (
            QTransform()
            .translate(corner.x(), corner.y())
            .rotate(-plan_north_deg)
            .translate(0.0, -height_px * scale)
            .scale(scale, scale)
        )
        self.setPos(0.0, 0.0)
        self.setTransform(placement)
        self.setOpacity(background.opacity)
        self.setVisible(not self.pixmap().isNull())

    def is_locked(self) -> bool:
        """True when there is no image or the user locked it."""
        return self._shown is None or self._shown[0].locked
