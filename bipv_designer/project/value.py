"""The base of every value in the project document."""

from msgspec import Struct


class Value(Struct, frozen=True, forbid_unknown_fields=True):
    """A frozen document value: compared and hashed by its fields, changed with
    ``msgspec.structs.replace``; a JSON object with a field it does not know is refused.

    The document uses msgspec Structs rather than dataclasses: a Struct type is defined
    in microseconds where a dataclass compiles its methods (the document's types cost
    0.07 s at each start), and msgspec decodes a whole project file in one call. The
    document's modules leave out ``from __future__ import annotations``: msgspec then
    reads their types as they are instead of evaluating strings (6 ms at each start).
    """
