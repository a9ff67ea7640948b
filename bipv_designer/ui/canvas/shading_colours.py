"""Colours of modules by their annual shading loss, and the legend that explains them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from bipv_designer.report.loss_classes import LOSS_CLASSES
from bipv_designer.ui.i18n import translated

LOSS_COLOURS = tuple(QColor(colour) for _, colour, _ in LOSS_CLASSES)


class ShadingLegend(QFrame):
    """A small box of colour swatches and their loss ranges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(1)
        title = QLabel()
        translated(
            title, "ShadingLegend", QT_TRANSLATE_NOOP("ShadingLegend", "Annual beam shading loss")
        )
        grid.addWidget(title, 0, 0, 1, 2)
        for row, (colour, (_, _, text)) in enumerate(
            zip(LOSS_COLOURS, LOSS_CLASSES, strict=True), 1
        ):
            swatch = QLabel()
            swatch.setFixedSize(14, 10)
            swatch.setStyleSheet(f"background: {colour.name()}; border: 1px solid #888;")
            grid.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignVCenter)
            label = QLabel()
            translated(label, text.context, text.source)
            grid.addWidget(label, row, 1)
        self.adjustSize()


class CornerOverlay(QObject):
    """Keeps ``widget`` in the bottom-left corner of ``view`` as it is resized."""

    MARGIN_PX = 8

    def __init__(self, widget: QWidget, view: QWidget) -> None:
        super().__init__(view)
        self.widget = widget
        widget.setParent(view)
        widget.hide()
        view.installEventFilter(self)

    def set_visible(self, on: bool) -> None:
        """Show or hide the widget, placed in the corner."""
        self._place()
        self.widget.setVisible(on)
        self.widget.raise_()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        view = self.widget.parentWidget()
        self.widget.adjustSize()
        self.widget.move(
            self.MARGIN_PX, view.height() - self.widget.height() - self.MARGIN_PX - 16
        )
