"""Writing files so that a crash never leaves half of one: a temporary file in the same
folder, flushed to disk, then renamed over the target."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_text_atomically(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` as :func:`write_bytes_atomically` does."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path``; on any failure an existing file stays as it was and no
    temporary file is left behind. The file keeps the permissions of the one it
    replaces; a new file gets those the user's umask gives (not the temporary file's 0600).
    An OSError names ``path`` (not the temporary file). Returns the path."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise _naming(error, path) from error
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _naming(error, path) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """True when two paths name the same file (also through links, when both exist)."""
    first, second = Path(first), Path(second)
    if first.exists() and second.exists():
        return os.path.samefile(first, second)
    return first.resolve() == second.resolve()


def _naming(error: OSError, path: Path) -> OSError:
    """The error with the target's name and a reason (never "None")."""
    return type(error)(error.errno, error.strerror or str(error), str(path))


def _mode_for(path: Path) -> int:
    """Permission bits for a file written at ``path``."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
