"""A progress line on a terminal (stderr), rewritten in place; silent when the stream is
not a terminal (pipes, files, tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from bipv_designer.words import ENGLISH_WORDS, Words


def progress_line(stream: TextIO, words: Words = ENGLISH_WORDS) -> Callable[[float, str], None]:
    """``progress(fraction, message)`` rewriting one line of ``stream``."""
    if not stream.isatty():
        return lambda fraction, message: None

    def progress(fraction: float, message: str) -> None:
        stream.write(f"\r[{100 * fraction:5.1f} %] {words(message):<50.50}")
        if fraction >= 1.0:
            stream.write("\n")
        stream.flush()

    return progress
