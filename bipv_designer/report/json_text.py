"""JSON that is always valid: undefined numbers (NaN, infinities) become null, each with
a note saying where and why, instead of the ``NaN`` that JSON readers refuse."""

from __future__ import annotations

import json
import math
from typing import Any

NOTE = "{path} is undefined (e.g. a ratio over zero irradiance or zero energy): null"


def json_text(document: dict[str, Any]) -> str:
    """``document`` as indented JSON text; non-finite numbers are null and listed in
    ``notes`` (added to any notes the document has)."""
    notes: list[str] = []
    finite = _finite(document, "$", notes)
    if notes:
        finite["notes"] = [*finite.get("notes", []), *notes]
    return json.dumps(finite, indent=2, ensure_ascii=False, allow_nan=False)


def _finite(value: Any, path: str, notes: list[str]) -> Any:
    if isinstance(value, dict):
        return {key: _finite(item, f"{path}.{key}", notes) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item, f"{path}[{i}]", notes) for i, item in enumerate(value)]
    if isinstance(value, float) and not math.isfinite(value):
        notes.append(NOTE.format(path=path))
        return None
    if hasattr(value, "item") and not isinstance(value, str):
        return _finite(value.item(), path, notes)
    return value
