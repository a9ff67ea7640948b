"""Shared fixtures. Qt runs offscreen in every test (CI has no display)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# near-shading results of a test session go to a folder of their own, not the user's cache
os.environ["BIPV_DESIGNER_CACHE"] = tempfile.mkdtemp(prefix="bipv-test-cache-")

import pytest

from bipv_designer.project.model import Project
from tests.factories import make_small_project


@pytest.fixture
def small_project() -> Project:
    """A 60 m x 30 m flat-roofed hall in Nanjing with one roof array of 100 modules."""
    return make_small_project()
