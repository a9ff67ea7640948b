"""Start BIPV Designer: the window, or a headless subcommand.

``python main.py`` opens the window on the demo project, ``python main.py FILE.json``
on that project; anything else (``simulate ...``, ``quick ...``, ``--help``) runs
headless. Qt is imported only for the window.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``main.py``, ``python -m bipv_designer`` and ``bipv-designer``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (len(args) == 1 and args[0].lower().endswith(".json")):
        return run_gui(args[0] if args else None)
    with collector_off_while_starting():
        from bipv_designer.cli import main as cli_main
    return cli_main(args)


@contextmanager
def collector_off_while_starting() -> Iterator[None]:
    """Imports and the first window make next to no cyclic garbage, yet each full pass of
    the collector over their growing heap costs 0.03-0.05 s: the collector is off while
    they are made, and what they hold, alive as long as the process, is then left out of
    its passes (``gc.freeze``; reference counting still frees what is dropped)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.freeze()


def run_gui(project_path: str | None) -> int:
    """Open the window on ``project_path``, the last project, or the demo project; an
    unexpected error anywhere shows one dialog and offers a recovery copy."""
    with collector_off_while_starting():
        from pathlib import Path

        from PySide6.QtWidgets import QApplication

        from bipv_designer.errors import BipvError
        from bipv_designer.paths import DEMO_PROJECT
        from bipv_designer.project.io import load_project
        from bipv_designer.ui import errors as dialogs
        from bipv_designer.ui import settings
        from bipv_designer.ui.crash import CrashReporter
        from bipv_designer.ui.i18n import initial_language, install_language
        from bipv_designer.ui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv)
        app.setOrganizationName(settings.ORGANISATION)
        app.setApplicationName(settings.APPLICATION)
        install_language(initial_language())
        path = Path(project_path) if project_path else (settings.last_project() or DEMO_PROJECT)
        try:
            window = MainWindow(load_project(path), path)
        except BipvError as error:
            window, refusal = None, str(error)
    if window is None:
        dialogs.show_error(None, "Cannot open the project", refusal)
        return 2
    crash_reporter = CrashReporter(window.files.save_recovery_now)
    crash_reporter.install()
    window.show()
    window.files.offer_recovery()
    return app.exec()
