"""Start BIPV Designer: the window, or a headless subcommand.

``python main.py`` opens the window on the demo project, ``python main.py FILE.json``
on that project; anything else (``simulate ...``, ``quick ...``, ``--help``) runs
headless.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``main.py``, ``python -m bipv_designer`` and ``bipv-designer``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (len(args) == 1 and args[0].lower().endswith(".json")):
        from bipv_designer.ui.main_window import run_gui

        return run_gui(args[0] if args else None)
    from bipv_designer.cli import main as cli_main

    return cli_main(args)
