"""Help menu: the user guide (docs/user-guide.md) and About."""

from __future__ import annotations

import pvlib
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from bipv_designer import __version__
from bipv_designer.paths import USER_GUIDE, USER_GUIDE_ZH
from bipv_designer.ui.i18n import CHINESE, current_language

GUIDE_SIZE_PX = (760, 640)


class UserGuide(QDialog):
    """The user guide in the window's language (docs/zh/ for Chinese), rendered from
    Markdown; links to other docs open in the browser."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("BIPV Designer — user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        guide = USER_GUIDE
        if current_language() == CHINESE and USER_GUIDE_ZH.is_file():
            guide = USER_GUIDE_ZH
        self.browser.setSearchPaths([str(guide.parent)])
        self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(*GUIDE_SIZE_PX)


def show_user_guide(parent: QWidget | None) -> UserGuide:
    """Open the user guide beside the window (not modal)."""
    guide = UserGuide(parent)
    guide.show()
    return guide


def show_about(parent: QWidget | None) -> None:
    """Version and the libraries the numbers come from."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About BIPV Designer"),
        QCoreApplication.translate(
            "About",
            "<b>BIPV Designer</b> {0}<br>"
            "Photovoltaics on factory roofs and facades, set against the park's load.<br><br>"
            "Irradiance and yield: pvlib {1} (BSD-3-Clause).<br>"
            "Geometry: shapely. Interface: Qt for Python (PySide6, LGPL).",
        ).format(__version__, pvlib.__version__),
    )
