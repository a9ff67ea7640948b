"""Convert the frozen document dataclasses to JSON values and back, checking types.

The decoder follows each dataclass's type hints, so a wrong type anywhere is reported
with the JSON path where it happened (``$.surfaces[2].surface_tilt``) and what was
expected there. Semantic checks (ranges, references between ids) live in
``validate.py``.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import types
import typing
from functools import cache
from typing import Any, Union

from bipv_designer.errors import ProjectFileError
from bipv_designer.words import N_, Text


def encode(value: Any) -> Any:
    """A JSON-ready value (dicts, lists, numbers, strings) for a document value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    return value


def decode(cls: type, data: Any, path: str = "$") -> Any:
    """Build a value of type ``cls`` from JSON data, raising ProjectFileError on mismatch."""
    return _decode(cls, data, path)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, data: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return _decode_optional(hint, data, path)
    if origin is tuple:
        return _decode_tuple(hint, data, path)
    if origin is dict or hint is dict:
        if not isinstance(data, dict):
            raise _mismatch(N_("Errors", "{path}: expected a JSON object, got {got}"), path, data)
        return data
    if dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, data, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _decode_enum(hint, data, path)
    if hint is bool:
        if not isinstance(data, bool):
            raise _mismatch(N_("Errors", "{path}: expected true or false, got {got}"), path, data)
        return data
    if hint is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise _mismatch(N_("Errors", "{path}: expected a whole number, got {got}"), path, data)
        return data
    if hint is float:
        if isinstance(data, bool) or not isinstance(data, int | float) or not math.isfinite(data):
            raise _mismatch(
                N_("Errors", "{path}: expected a finite number, got {got}"), path, data
            )
        return float(data)
    if hint is str:
        if not isinstance(data, str):
            raise _mismatch(N_("Errors", "{path}: expected a string, got {got}"), path, data)
        return data
    if hint is Any:
        return data
    raise TypeError(f"no JSON decoder for {hint!r} at {path}")


def _decode_optional(hint: Any, data: Any, path: str) -> Any:
    members = [member for member in typing.get_args(hint) if member is not type(None)]
    if data is None:
        if len(members) == len(typing.get_args(hint)):
            raise _mismatch(N_("Errors", "{path}: expected a value, got {got}"), path, data)
        return None
    if len(members) != 1:
        raise TypeError(f"only 'X | None' unions are supported, found {hint!r} at {path}")
    return _decode(members[0], data, path)


def _decode_tuple(hint: Any, data: Any, path: str) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise _mismatch(N_("Errors", "{path}: expected a JSON array, got {got}"), path, data)
    args = typing.get_args(hint)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], item, f"{path}[{i}]") for i, item in enumerate(data))
    if len(data) != len(args):
        raise ProjectFileError(
            N_("Errors", "{path}: expected an array of {expected} values, got {count}").format(
                path=path, expected=len(args), count=len(data)
            )
        )
    return tuple(
        _decode(arg, item, f"{path}[{i}]")
        for i, (arg, item) in enumerate(zip(args, data, strict=True))
    )


def _decode_dataclass(cls: type, data: Any, path: str) -> Any:
    if not isinstance(data, dict):
        raise _mismatch(
            N_("Errors", "{path}: expected a JSON object ({name}), got {got}"),
            path,
            data,
            name=cls.__name__,
        )
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ProjectFileError(
            N_("Errors", "{path}: unknown field {field} in {name}; expected only {fields}").format(
                path=path, field=repr(unknown[0]), name=cls.__name__, fields=", ".join(fields)
            )
        )
    hints = _hints(cls)
    values = {}
    for name, f in fields.items():
        if name in data:
            values[name] = _decode(hints[name], data[name], f"{path}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ProjectFileError(
                N_("Errors", "{path}: missing field {field} of {name}").format(
                    path=path, field=repr(name), name=cls.__name__
                )
            )
    return cls(**values)


def _decode_enum(cls: type[enum.Enum], data: Any, path: str) -> enum.Enum:
    allowed = [member.value for member in cls]
    if data not in allowed:
        raise _mismatch(
            N_("Errors", "{path}: expected one of {allowed}, got {got}"),
            path,
            data,
            allowed=", ".join(map(repr, allowed)),
        )
    return cls(data)


def _mismatch(message: Text, path: str, data: Any, **params: Any) -> ProjectFileError:
    """``message`` (with ``{path}`` and ``{got}``, the value shown) for ``data``."""
    shown = repr(data)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return ProjectFileError(message.format(path=path, got=shown, **params))
