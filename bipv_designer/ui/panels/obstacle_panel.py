"""Properties of an obstacle on the site: name, height, a round one's radius, and a
tree's crown and leaves."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QWidget

from bipv_designer.project.model import ObstacleShape, SiteObstacle
from bipv_designer.report.charts_results import MONTHS
from bipv_designer.ui.i18n import translated, translated_label
from bipv_designer.ui.panels.fields import number_field
from bipv_designer.ui.qt_util import signals_blocked

SHAPE_LABELS = {
    ObstacleShape.BOX: "Building or wall",
    ObstacleShape.CYLINDER: "Tank or chimney",
    ObstacleShape.TREE: "Tree",
}


class ObstaclePanel(QWidget):
    """Edits one obstacle on the site.

    Signals:
        obstacle_edited(object): the SiteObstacle after one field was changed.
    """

    obstacle_edited = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._obstacle: SiteObstacle | None = None
        self.name = QLineEdit()
        self.shape = QLabel()
        self.height = number_field(0.1, 1000.0, " m", 2)
        self.radius = number_field(0.1, 500.0, " m", 2)
        self.crown_base = number_field(0.0, 999.0, " m", 2)
        self.transparency = number_field(0.0, 100.0, " %", 0)
        translated(
            self.transparency,
            "ObstaclePanel",
            QT_TRANSLATE_NOOP(
                "ObstaclePanel",
                "Share of the sun a bare crown lets through (50 to 80 % for plane trees)",
            ),
            "setToolTip",
        )
        self.months = QWidget()
        grid = QGridLayout(self.months)
        grid.setContentsMargins(0, 0, 0, 0)
        self.month_boxes = []
        for month in range(1, 13):
            box = QCheckBox()
            translated(box, MONTHS[month - 1].context, MONTHS[month - 1].source)
            grid.addWidget(box, (month - 1) // 4, (month - 1) % 4)
            box.clicked.connect(self._edited)
            self.month_boxes.append(box)
        self.form = QFormLayout(self)
        self.form.addRow(
            translated_label("ObstaclePanel", QT_TRANSLATE_NOOP("ObstaclePanel", "Name")),
            self.name,
        )
        self.form.addRow(
            translated_label("ObstaclePanel", QT_TRANSLATE_NOOP("ObstaclePanel", "Kind")),
            self.shape,
        )
        self.form.addRow(
            translated_label("ObstaclePanel", QT_TRANSLATE_NOOP("ObstaclePanel", "Height")),
            self.height,
        )
        self.form.addRow(
            translated_label("ObstaclePanel", QT_TRANSLATE_NOOP("ObstaclePanel", "Radius")),
            self.radius,
        )
        self.form.addRow(
            translated_label("ObstaclePanel", QT_TRANSLATE_NOOP("ObstaclePanel", "Crown from")),
            self.crown_base,
        )
        self.form.addRow(
            translated_label("ObstaclePanel", QT_TRANSLATE_NOOP("ObstaclePanel", "Bare in")),
            self.months,
        )
        self.form.addRow(
            translated_label(
                "ObstaclePanel", QT_TRANSLATE_NOOP("ObstaclePanel", "Bare crown lets through")
            ),
            self.transparency,
        )
        self.name.editingFinished.connect(self._edited)
        for spin in (self.height, self.radius, self.crown_base, self.transparency):
            spin.editingFinished.connect(self._edited)

    def set_obstacle(self, obstacle: SiteObstacle) -> None:
        """Show ``obstacle``."""
        self._obstacle = obstacle
        widgets = (self.name, self.height, self.radius, self.crown_base, self.transparency)
        with signals_blocked(*widgets, *self.month_boxes):
            self.name.setText(obstacle.name)
            self.shape.setText(self.tr(SHAPE_LABELS[obstacle.shape]))
            self.height.setValue(obstacle.height_m)
            self.radius.setValue(max(obstacle.radius_m, self.radius.minimum()))
            self.crown_base.setValue(obstacle.crown_base_m)
            self.transparency.setValue(100.0 * obstacle.leaf_off_transparency)
            for month, box in enumerate(self.month_boxes, start=1):
                box.setChecked(month in obstacle.leaf_off_months)
        round_ = obstacle.shape is not ObstacleShape.BOX
        tree = obstacle.shape is ObstacleShape.TREE
        self.form.setRowVisible(self.radius, round_)
        for widget in (self.crown_base, self.months, self.transparency):
            self.form.setRowVisible(widget, tree)

    def _edited(self) -> None:
        obstacle = self._obstacle
        if obstacle is None:
            return
        tree = obstacle.shape is ObstacleShape.TREE
        edited = replace(
            obstacle,
            name=self.name.text().strip() or obstacle.name,
            height_m=self.height.value(),
            radius_m=self.radius.value() if obstacle.shape is not ObstacleShape.BOX else 0.0,
            crown_base_m=self.crown_base.value() if tree else 0.0,
            leaf_off_months=tuple(
                m for m, box in enumerate(self.month_boxes, start=1) if box.isChecked()
            )
            if tree
            else (),
            leaf_off_transparency=self.transparency.value() / 100.0 if tree else 0.0,
        )
        if edited != obstacle:
            self._obstacle = edited
            self.obstacle_edited.emit(edited)
