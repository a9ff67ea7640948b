"""A surface's sun paths with the far horizon and the park's obstacles, in a dialog (the
chart the report shows)."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from bipv_designer.project.model import Project
from bipv_designer.report.charts_shading import sun_path_figure
from bipv_designer.shading.skyline import obstacle_skyline
from bipv_designer.ui.i18n import core_words

SIZE_PX = (860, 520)


def sun_path_dialog(parent: QWidget, project: Project, surface_id: str) -> QDialog:
    """A dialog (not yet shown) with the sun-path chart of a surface."""
    surface = project.surface(surface_id)
    site = project.site
    figure = sun_path_figure(
        site.latitude,
        site.longitude,
        site.timezone,
        obstacle_skyline(project, surface_id),
        site.horizon,
        QCoreApplication.translate(
            "SunPathDialog",
            "{0}: sun paths, horizon and obstacles seen from the middle of its modules",
        ).format(surface.name),
        core_words(),
    )
    dialog = QDialog(parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("SunPathDialog", "Sun path of {0}").format(surface.name)
    )
    layout = QVBoxLayout(dialog)
    layout.addWidget(FigureCanvasQTAgg(figure))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(*SIZE_PX)
    return dialog
