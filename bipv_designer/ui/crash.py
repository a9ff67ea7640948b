"""Unexpected errors: one dialog instead of a silent death, and a recovery copy of the
unsaved work."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from bipv_designer.ui import errors as dialogs


class CrashReporter(QObject):
    """Shows unexpected exceptions of any thread on the GUI thread, one dialog at a time.

    ``save_recovery`` writes the unsaved work to the recovery file and returns where.

    Signals:
        reported(str, str): the error in one line and its traceback (queued to the GUI
            thread when raised on another).
    """

    reported = Signal(str, str)

    def __init__(self, save_recovery: Callable[[], str]) -> None:
        super().__init__()
        self._save_recovery = save_recovery
        self._showing = False
        self.reported.connect(self._show)

    def install(self) -> None:
        """Route ``sys.excepthook`` and ``threading.excepthook`` here."""
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def handle(
        self,
        exc_type: type[BaseException],
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Report an exception nobody caught (any thread)."""
        text = "".join(traceback.format_exception(exc_type, value, tb))
        print(text, file=sys.stderr)  # noqa: T201 - the log of last resort
        self.reported.emit(f"{exc_type.__name__}: {value}", text)

    def _show(self, summary: str, details: str) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            if dialogs.ask_yes_no(
                None,
                self.tr("Unexpected error"),
                self.tr(
                    "BIPV Designer hit an error it did not expect:\n{0}\n\nSave a recovery "
                    "copy of your unsaved work? It is offered again at the next start."
                ).format(summary),
            ):
                where = self._save_recovery()
                dialogs.show_report(None, self.tr("Recovery copy saved"), where)
        finally:
            self._showing = False
