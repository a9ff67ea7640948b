"""Shared fixtures. Qt runs offscreen in every test (CI has no display)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from bipv_designer.project.model import Project
from tests.factories import make_small_project


@pytest.fixture
def small_project() -> Project:
    """A 60 m x 30 m flat-roofed hall in Nanjing with one roof array of 100 modules."""
    return make_small_project()
