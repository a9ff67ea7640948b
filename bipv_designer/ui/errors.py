"""The one path from the program to a message box: errors and questions to the user."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from bipv_designer.ui.i18n import core_words


class Answer(StrEnum):
    """The user's answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user what went wrong (the message names the file, field or value); a
    message the core marked for translation comes in the window's language."""
    QMessageBox.warning(parent, title, core_words()(message))


def ask_save_changes(parent: QWidget | None, question: str) -> Answer:
    """Save, discard or cancel, before unsaved changes would be lost."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Errors", "Unsaved changes"),
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
    )
    if answer == buttons.Save:
        return Answer.SAVE
    return Answer.DISCARD if answer == buttons.Discard else Answer.CANCEL


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """A yes-or-no question; True for yes."""
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


def ask_number(
    parent: QWidget | None, title: str, label: str, low: float, high: float, decimals: int
) -> float | None:
    """A number typed by the user in [low, high]; None when cancelled."""
    value, ok = QInputDialog.getDouble(parent, title, label, low, low, high, decimals)
    return value if ok else None


def show_report(parent: QWidget | None, title: str, text: str) -> None:
    """Show a report (e.g. the checks of a weather file) for the user to read."""
    box = QMessageBox(QMessageBox.Icon.Information, title, title, parent=parent)
    box.setInformativeText(core_words()(text))
    box.exec()
