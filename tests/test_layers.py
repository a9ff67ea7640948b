"""The core never imports Qt: import-linter's contracts, and a run without PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CORE_WITHOUT_QT = """
import importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
        return None

sys.meta_path.insert(0, NoQt())
from bipv_designer.cli import main
raise SystemExit(main(["quick", "--lat", "32", "--lon", "118.8", "--tilt", "30",
                       "--azimuth", "180", "--kwp", "10", "--json"]))
"""


def test_import_contracts_hold():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    completed = subprocess.run(
        [str(lint_imports)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "2 kept, 0 broken" in completed.stdout


def test_headless_commands_run_without_pyside6():
    completed = subprocess.run(
        [sys.executable, "-c", CORE_WITHOUT_QT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert '"annual_ac_kwh"' in completed.stdout
