"""Ordered upgrades of older project files to the current schema.

``MIGRATIONS[n]`` turns a version-``n`` JSON document into version ``n + 1``. Each
past version has a fixture in ``tests/project/fixtures/`` that a test loads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bipv_designer.errors import ProjectFileError

SCHEMA_VERSION = 1
"""The schema version this program writes."""

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def upgrade(document: dict[str, Any], version: int, source: str) -> dict[str, Any]:
    """Bring a version-``version`` document up to SCHEMA_VERSION."""
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"{source}: $.schema_version is {version}: the file was written by a newer "
            f"BIPV Designer; this version reads schema versions 1 to {SCHEMA_VERSION}"
        )
    if version < 1:
        raise ProjectFileError(
            f"{source}: $.schema_version: expected 1 to {SCHEMA_VERSION}, got {version}"
        )
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    return document
