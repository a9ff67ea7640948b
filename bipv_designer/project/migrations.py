"""Ordered upgrades of older project files to the current schema.

``MIGRATIONS[n]`` turns a version-``n`` JSON document into version ``n + 1``. Each
past version has a fixture in ``tests/project/fixtures/`` that a test loads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bipv_designer.errors import ProjectFileError
from bipv_designer.words import N_

SCHEMA_VERSION = 7
"""The schema version this program writes."""


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the plan's north, excluded surfaces, a background image and the
    layout values (setbacks, keep-outs, openings, array layouts, roof capacities, module
    datasheets, inverters); version-1 files have none of them."""
    site = (
        {**document["site"], "plan_north_deg": 0.0}
        if isinstance(document.get("site"), dict)
        else document.get("site")
    )
    surfaces = [
        {**surface, "excluded": False} if isinstance(surface, dict) else surface
        for surface in document.get("surfaces", [])
    ]
    return {
        **document,
        "site": site,
        "surfaces": surfaces,
        "background": None,
        "surface_layouts": [],
        "array_layouts": [],
        "roof_capacities": [],
        "module_datasheets": [],
        "inverters": [],
    }


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds ``ghi_only`` to the weather reference (false before) and a horizon
    profile to the site (none before), and gives the ``load`` slot its meaning (the
    park's meters); a version-2 placeholder there cannot be read as meters."""
    for slot in ("load", "tariff", "carbon"):
        if document.get(slot) is not None:
            raise ProjectFileError(
                N_(
                    "Errors",
                    "{path}: a version-2 placeholder; version 3 gives this slot its settings "
                    "(docs/project-format.md): remove it and enter them again",
                ).format(path=f"$.{slot}")
            )
    weather = document.get("weather")
    if isinstance(weather, dict):
        weather = {**weather, "ghi_only": False}
    site = document.get("site")
    if isinstance(site, dict):
        site = {**site, "horizon": []}
    return {**document, "weather": weather, "site": site}


def _v3_to_v4(document: dict[str, Any]) -> dict[str, Any]:
    """Version 4 adds the string plan (the installed inverters and the strings on their
    MPPT inputs); version-3 files have none, so each array keeps its own inverters."""
    return {**document, "string_plan": []}


def _v4_to_v5(document: dict[str, Any]) -> dict[str, Any]:
    """Version 5 turns module grids: placements carry the grid's angle and array layouts
    the angle asked for (None: along the longest edge of a flat roof). Version-4 grids all
    ran along the plane's u axis, so their placements get 0 and their layouts keep 0,
    which lays them out again exactly as before."""
    arrays = [
        {
            **array,
            "placements": [
                {**p, "angle_deg": 0.0} if isinstance(p, dict) else p
                for p in array.get("placements", [])
            ],
        }
        if isinstance(array, dict)
        else array
        for array in document.get("arrays", [])
    ]
    layouts = [
        {**layout, "grid_angle_deg": 0.0} if isinstance(layout, dict) else layout
        for layout in document.get("array_layouts", [])
    ]
    return {**document, "arrays": arrays, "array_layouts": layouts}


def _v5_to_v6(document: dict[str, Any]) -> dict[str, Any]:
    """Version 6 adds the near-shading settings; version-5 projects keep their flat
    shading loss and compute no near shading (their results stay as they were)."""
    return {**document, "shading": {"near_shading": False, "exact": False}}


def _v6_to_v7(document: dict[str, Any]) -> dict[str, Any]:
    """Version 7 adds obstacles on the site (none in older projects), the module-level
    flag of inverters (off: string inverters), facades' overhangs and fins (none) and
    the report's customer, company and logo (empty)."""
    return {**document, "obstacles": [], "report": {}}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
    6: _v6_to_v7,
}


def upgrade(document: dict[str, Any], version: int, source: str) -> dict[str, Any]:
    """Bring a version-``version`` document up to SCHEMA_VERSION."""
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            N_(
                "Errors",
                "{source}: $.schema_version is {version}: the file was written by a newer "
                "BIPV Designer; this version reads schema versions 1 to {latest}",
            ).format(source=source, version=version, latest=SCHEMA_VERSION)
        )
    if version < 1:
        raise ProjectFileError(
            N_(
                "Errors", "{source}: $.schema_version: expected 1 to {latest}, got {version}"
            ).format(source=source, latest=SCHEMA_VERSION, version=version)
        )
    while version < SCHEMA_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
    return document
