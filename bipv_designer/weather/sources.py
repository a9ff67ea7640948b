"""Getting at a weather file's content: text in a tolerant encoding, and pvlib's readers
with their errors turned into :class:`~bipv_designer.errors.WeatherFileError`."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from bipv_designer.errors import WeatherFileError
from bipv_designer.words import N_

T = TypeVar("T")

TEXT_ENCODINGS = ("utf-8-sig", "gb18030", "cp1252", "latin-1")
"""Encodings tried in turn. Weather files are ASCII by their specifications, but names
and comments arrive in UTF-8, in GBK (Chinese Windows; read as its superset GB18030, and
taken only when what it gives is Chinese) or in Windows code page 1252; latin-1 decodes
any byte, so reading never fails on encoding."""
CHINESE = (("\u4e00", "\u9fff"), ("\u3000", "\u303f"), ("\uff00", "\uffef"))
"""Unicode ranges of Chinese text: CJK ideographs, CJK punctuation, full-width forms."""
LATIN_TOUCHING_IDEOGRAPH = re.compile(r"[A-Za-z][\u4e00-\u9fff]|[\u4e00-\u9fff][A-Za-z]")


def decode(raw: bytes) -> str:
    """The text of a file's bytes, in the first of :data:`TEXT_ENCODINGS` that fits."""
    for encoding in TEXT_ENCODINGS[:-1]:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding != "gb18030" or _is_chinese(text):
            return text
    return raw.decode(TEXT_ENCODINGS[-1])


def _is_chinese(text: str) -> bool:
    """True when every non-ASCII character is Chinese and no ideograph touches a Latin
    letter: accented Latin text in code page 1252 decodes as GB18030 too, but into single
    ideographs inside Latin words."""
    chinese = all(c.isascii() or any(low <= c <= high for low, high in CHINESE) for c in text)
    return chinese and not LATIN_TOUCHING_IDEOGRAPH.search(text)


def read_text(path: Path) -> str:
    """The whole text of a weather file."""
    return decode(path.read_bytes())


def head_text(path: Path, n_bytes: int = 16_384) -> str:
    """The first ``n_bytes`` bytes of a file as text, to tell its format."""
    with path.open("rb") as stream:
        return decode(stream.read(n_bytes))


def run_reader(
    reader: Callable[..., T], path: Path, format_label: str, *args: Any, **kwargs: Any
) -> T:
    """Call a parser (one of pvlib's readers, or pandas); any failure becomes a WeatherFileError.

    Parameters
    ----------
    reader : callable
        A ``pvlib.iotools`` reader or ``pandas.read_csv``.
    path : pathlib.Path
        The file, named in the error message.
    format_label : str
        The format the file was read as, e.g. "TMY3", named in the error message.
    *args, **kwargs
        Passed to ``reader``.
    """
    try:
        return reader(*args, **kwargs)
    except Exception as exc:
        raise unreadable(path, format_label, exc) from exc


def unreadable(path: Path, format_label: str, exc: Exception) -> WeatherFileError:
    """The error for a file of ``format_label`` its reader failed on with ``exc``."""
    return WeatherFileError(
        N_(
            "Errors",
            "{name}: not a readable {format_label} file ({name2}: {exc})",
        ).format(
            name=path.name,
            format_label=format_label,
            name2=type(exc).__name__,
            exc=exc,
        )
    )
