"""Convert document values (msgspec Structs) to JSON values and back, checking types.

msgspec builds the value from the JSON data in one call, following each Struct's type
hints. When it refuses the data, the decoder here walks the same hints to report the
JSON path where it went wrong (``$.surfaces[2].surface_tilt``) and what was expected
there, in the user's language. The data is parsed JSON, so it holds no NaN or infinity
(the readers refuse them). Semantic checks (ranges, references between ids) live in
``validate.py``.
"""

from __future__ import annotations

import enum
import math
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Union

import msgspec

from bipv_designer.errors import ProjectFileError
from bipv_designer.words import N_, Text


def encode(value: Any) -> Any:
    """A JSON-ready value (dicts, lists, numbers, strings) for a document value."""
    if isinstance(value, msgspec.Struct):
        return {name: encode(getattr(value, name)) for name in value.__struct_fields__}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item) for key, item in value.items()}
    return value


def decode(cls: Any, data: Any, path: str = "$") -> Any:
    """Build a value of type ``cls`` from JSON data, raising ProjectFileError on mismatch."""
    try:
        return msgspec.convert(data, cls)
    except msgspec.ValidationError:
        return _decoder(cls)(data, path)


Decoder = Callable[[Any, str], Any]
"""Builds one value of a type from JSON data found at a JSON path, or says why not."""


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _decoder(hint: Any) -> Decoder:
    """The decoder of a type hint, worked out once per hint."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return _optional_decoder(hint)
    if origin is tuple:
        return _tuple_decoder(hint)
    if origin is dict or hint is dict:
        return _decode_object
    if isinstance(hint, type) and issubclass(hint, msgspec.Struct):
        return _struct_decoder(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_decoder(hint)
    scalar = {
        bool: _decode_bool,
        int: _decode_int,
        float: _decode_float,
        str: _decode_str,
        Any: lambda data, path: data,
    }.get(hint)
    if scalar is None:
        raise TypeError(f"no JSON decoder for {hint!r}")
    return scalar


def _decode_object(data: Any, path: str) -> dict:
    if not isinstance(data, dict):
        raise _mismatch(N_("Errors", "{path}: expected a JSON object, got {got}"), path, data)
    return data


def _decode_bool(data: Any, path: str) -> bool:
    if data is True or data is False:
        return data
    raise _mismatch(N_("Errors", "{path}: expected true or false, got {got}"), path, data)


def _decode_int(data: Any, path: str) -> int:
    if type(data) is int:
        return data
    raise _mismatch(N_("Errors", "{path}: expected a whole number, got {got}"), path, data)


def _decode_float(data: Any, path: str) -> float:
    kind = type(data)
    if kind is float or kind is int:
        try:
            value = float(data)
        except OverflowError:  # a whole number beyond any float
            value = math.inf
        if math.isfinite(value):
            return value
    raise _mismatch(N_("Errors", "{path}: expected a finite number, got {got}"), path, data)


def _decode_str(data: Any, path: str) -> str:
    if type(data) is str:
        return data
    raise _mismatch(N_("Errors", "{path}: expected a string, got {got}"), path, data)


def _optional_decoder(hint: Any) -> Decoder:
    arguments = typing.get_args(hint)
    members = [member for member in arguments if member is not type(None)]
    if len(members) != 1:
        raise TypeError(f"only 'X | None' unions are supported, found {hint!r}")
    nullable = len(members) < len(arguments)
    member = _decoder(members[0])

    def decode_optional(data: Any, path: str) -> Any:
        if data is None:
            if not nullable:
                raise _mismatch(N_("Errors", "{path}: expected a value, got {got}"), path, data)
            return None
        return member(data, path)

    return decode_optional


def _tuple_decoder(hint: Any) -> Decoder:
    arguments = typing.get_args(hint)
    if len(arguments) == 2 and arguments[1] is Ellipsis:
        item = _decoder(arguments[0])

        def decode_sequence(data: Any, path: str) -> tuple:
            if type(data) is not list:
                raise _mismatch(
                    N_("Errors", "{path}: expected a JSON array, got {got}"), path, data
                )
            return tuple(item(value, f"{path}[{i}]") for i, value in enumerate(data))

        return decode_sequence
    items = [_decoder(argument) for argument in arguments]

    def decode_fixed(data: Any, path: str) -> tuple:
        if type(data) is not list:
            raise _mismatch(N_("Errors", "{path}: expected a JSON array, got {got}"), path, data)
        if len(data) != len(items):
            raise ProjectFileError(
                N_("Errors", "{path}: expected an array of {expected} values, got {count}").format(
                    path=path, expected=len(items), count=len(data)
                )
            )
        return tuple(
            item(value, f"{path}[{i}]")
            for i, (item, value) in enumerate(zip(items, data, strict=True))
        )

    return decode_fixed


def _struct_decoder(cls: type[msgspec.Struct]) -> Decoder:
    hints = _hints(cls)
    fields = [(f.name, _decoder(hints[f.name]), f.required) for f in msgspec.structs.fields(cls)]
    names = frozenset(name for name, _, _ in fields)

    def decode_struct(data: Any, path: str) -> Any:
        if type(data) is not dict:
            raise _mismatch(
                N_("Errors", "{path}: expected a JSON object ({name}), got {got}"),
                path,
                data,
                name=cls.__name__,
            )
        if not names.issuperset(data):
            unknown = sorted(set(data) - names)
            raise ProjectFileError(
                N_(
                    "Errors", "{path}: unknown field {field} in {name}; expected only {fields}"
                ).format(
                    path=path,
                    field=repr(unknown[0]),
                    name=cls.__name__,
                    fields=", ".join(name for name, _, _ in fields),
                )
            )
        values = {}
        for name, decode_field, required in fields:
            if name in data:
                values[name] = decode_field(data[name], f"{path}.{name}")
            elif required:
                raise ProjectFileError(
                    N_("Errors", "{path}: missing field {field} of {name}").format(
                        path=path, field=repr(name), name=cls.__name__
                    )
                )
        return cls(**values)

    return decode_struct


def _enum_decoder(cls: type[enum.Enum]) -> Decoder:
    allowed = {member.value: member for member in cls}

    def decode_enum(data: Any, path: str) -> enum.Enum:
        try:
            return allowed[data]
        except (KeyError, TypeError):
            raise _mismatch(
                N_("Errors", "{path}: expected one of {allowed}, got {got}"),
                path,
                data,
                allowed=", ".join(map(repr, allowed)),
            ) from None

    return decode_enum


def _mismatch(message: Text, path: str, data: Any, **params: Any) -> ProjectFileError:
    """``message`` (with ``{path}`` and ``{got}``, the value shown) for ``data``."""
    shown = repr(data)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return ProjectFileError(message.format(path=path, got=shown, **params))
