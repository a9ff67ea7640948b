"""A graphics view that zooms with the wheel at the cursor, pans with the middle or
right button, and fits its scene on request."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

ZOOM_STEP = 1.25
FIT_MARGIN = 2.0
"""Margin around the scene when fitting [scene units]."""
PAN_BUTTONS = (Qt.MouseButton.MiddleButton, Qt.MouseButton.RightButton)


class ZoomPanView(QGraphicsView):
    """Wheel: zoom about the cursor; middle or right drag: pan; ``fit()``: all in view."""

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._pan_from: QPointF | None = None

    def fit(self) -> None:
        """Show the whole scene."""
        bounds = self.scene().itemsBoundingRect()
        if not bounds.isEmpty():
            margin = FIT_MARGIN
            self.fitInView(
                bounds.adjusted(-margin, -margin, margin, margin),
                Qt.AspectRatioMode.KeepAspectRatio,
            )

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` about the cursor (the view's centre when it is outside)."""
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() in PAN_BUTTONS:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            bars = (self.horizontalScrollBar(), self.verticalScrollBar())
            bars[0].setValue(bars[0].value() - round(delta.x()))
            bars[1].setValue(bars[1].value() - round(delta.y()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() in PAN_BUTTONS:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        super().mouseReleaseEvent(event)
