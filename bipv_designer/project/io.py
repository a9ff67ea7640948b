"""Project files: versioned JSON, read with checks, written atomically.

The format is documented in ``docs/project-format.md``.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any

import msgspec

from bipv_designer.errors import ProjectFileError
from bipv_designer.files import write_text_atomically
from bipv_designer.paths import WEATHER, pvlib_data_file
from bipv_designer.project.codec import decode, encode
from bipv_designer.project.migrations import SCHEMA_VERSION, upgrade
from bipv_designer.project.model import Project, WeatherReference
from bipv_designer.project.validate import validate_project
from bipv_designer.words import N_

FILE_FORMAT = "bipv-designer-project"
"""Value of the top-level ``format`` key that marks a BIPV Designer project file."""

PVLIB_DATA_PREFIX = "pvlib:"
BUNDLED_WEATHER_PREFIX = "weather:"
"""Weather paths starting with this name a data file shipped with pvlib."""


def project_to_json(project: Project) -> dict[str, Any]:
    """The JSON document of a project (the current schema version)."""
    return {"format": FILE_FORMAT, "schema_version": SCHEMA_VERSION, **encode(project)}


def project_from_json(document: Any, source: str = "<project>") -> Project:
    """Decode and check a JSON document; errors name ``source`` and the JSON path."""
    if not isinstance(document, dict) or document.get("format") != FILE_FORMAT:
        raise ProjectFileError(
            N_(
                "Errors",
                "{source}: not a BIPV Designer project: expected a JSON object with "
                '"format": "{file_format}"',
            ).format(source=source, file_format=FILE_FORMAT)
        )
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectFileError(
            N_(
                "Errors", "{source}: $.schema_version: expected a whole number, got {version}"
            ).format(source=source, version=repr(version))
        )
    body = upgrade(dict(document), version, source)
    body.pop("format")
    body.pop("schema_version")
    try:
        return validate_project(decode(Project, body))
    except ProjectFileError as error:
        raise ProjectFileError(
            N_("Errors", "{source}: {error}").format(source=source, error=str(error))
        ) from None


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a project file.

    Raises
    ------
    ProjectFileError
        If the file is missing, not JSON, not a project, newer than this program, or
        inconsistent; the message names the file and the JSON path.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProjectFileError(
            N_("Errors", "{path}: no such project file").format(path=path)
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProjectFileError(
            N_("Errors", "{path}: cannot read the file: {error}").format(
                path=path, error=str(error)
            )
        ) from None
    try:  # msgspec refuses NaN, Infinity and numbers beyond any float (1e999) itself
        document = msgspec.json.decode(text)
    except msgspec.MsgspecError:  # the standard reader, for a message with the line
        document = _json_document(text, path)
    return project_from_json(document, str(path))


def _json_document(text: str, path: Path) -> Any:
    """The JSON document in ``text``, refusing what is not finite, or ProjectFileError
    naming ``path`` and the line and column."""
    try:
        return json.loads(text, parse_float=_finite, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ProjectFileError(
            N_("Errors", "{path} line {line}, column {column}: not valid JSON: {reason}").format(
                path=path, line=error.lineno, column=error.colno, reason=error.msg
            )
        ) from None
    except ValueError as error:
        raise ProjectFileError(
            N_("Errors", "{source}: {error}").format(
                source=path,
                # the marked text of _reject_constant (str() of a ValueError drops it)
                error=error.args[0] if len(error.args) == 1 else str(error),
            )
        ) from None


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Write a project file atomically: a temporary file in the same folder, then rename.

    A failure at any point leaves an existing file at ``path`` as it was.
    """
    path = Path(path)
    text = _compact_number_lists(
        json.dumps(project_to_json(project), indent=2, ensure_ascii=False, allow_nan=False)
    )
    write_text_atomically(path, text + "\n")


def resolve_weather_path(
    reference: WeatherReference, project_path: str | os.PathLike[str]
) -> Path:
    """The weather file a project refers to: relative to the project's folder, in pvlib
    (``pvlib:NAME``) or in the bundled ``weather/`` folder (``weather:NAME``)."""
    if reference.path.startswith(PVLIB_DATA_PREFIX):
        return pvlib_data_file(reference.path.removeprefix(PVLIB_DATA_PREFIX))
    if reference.path.startswith(BUNDLED_WEATHER_PREFIX):
        return WEATHER / reference.path.removeprefix(BUNDLED_WEATHER_PREFIX)
    return (Path(project_path).resolve().parent / reference.path).resolve()


_NUMBER_LIST = re.compile(r"\[\s+(-?[0-9][-+0-9.eE]*(?:,\s+-?[0-9][-+0-9.eE]*)*)\s+\]")


def _compact_number_lists(text: str) -> str:
    """Put arrays of plain numbers (points) on one line: ``[12.0, 30.0]``."""
    return _NUMBER_LIST.sub(
        lambda match: "[" + ", ".join(part.strip() for part in match.group(1).split(",")) + "]",
        text,
    )


def _finite(text: str) -> float:
    """A JSON number as a float, refused when beyond any float (``1e999`` reads as inf)."""
    value = float(text)
    if not math.isfinite(value):
        _reject_constant(text)
    return value


def _reject_constant(name: str) -> None:
    raise ValueError(
        N_("Errors", "{name} is not allowed in a project file; expected a finite number").format(
            name=name
        )
    )
