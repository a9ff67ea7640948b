"""Results kept between runs in the user's cache folder (``$BIPV_DESIGNER_CACHE``, else
platformdirs' user cache folder), one sub-folder per kind: weather downloads, weather
files as read, single-diode power tables, near shading.

A kept result is found by a key that fingerprints everything it depends on, the code
that made it included (:func:`source_digest`), so a changed input or a new version of
the program never reads an old result. Files are written atomically; the oldest files of
a kind go when the kind's folder grows beyond its limit.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from bipv_designer.files import write_bytes_atomically
from bipv_designer.paths import resource

CACHE_ENVIRONMENT = "BIPV_DESIGNER_CACHE"
"""Environment variable naming the cache folder (the user's cache folder otherwise)."""

T = TypeVar("T")


def cache_folder(kind: str) -> Path:
    """The folder of one kind of kept result (not created here)."""
    root = os.environ.get(CACHE_ENVIRONMENT)
    if not root:
        from platformdirs import user_cache_dir

        root = user_cache_dir("bipv-designer")
    return Path(root) / kind


@cache
def source_digest(packages: tuple[str, ...], data: tuple[tuple[str, ...], ...] = ()) -> bytes:
    """A fingerprint of the source of ``packages`` (sub-packages of bipv_designer, or
    single modules by their path in it, ``"project/single_diode.py"``), of the data files
    ``data`` of resources/ they read (``("layout", "defaults.json")``) and of the versions
    of the libraries results depend on."""
    import numpy
    import pandas
    import pvlib

    root = Path(__file__).parent
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(f"{numpy.__version__} {pandas.__version__} {pvlib.__version__}".encode())
    for name in packages:
        paths = [root / name] if name.endswith(".py") else sorted((root / name).glob("*.py"))
        for path in paths:
            hasher.update(path.read_bytes())
    for parts in data:
        hasher.update(resource(*parts).read_bytes())
    return hasher.digest()


def prune(folder: Path, max_bytes: int) -> None:
    """Delete the least recently used files of ``folder`` beyond ``max_bytes`` in all."""
    files = sorted(folder.glob("*"), key=lambda p: p.stat().st_mtime, reverse=True)
    total = 0
    for path in files:
        total += path.stat().st_size
        if total > max_bytes:
            path.unlink(missing_ok=True)


def read_kept(path: Path) -> Any | None:
    """The value pickled at ``path`` by :func:`keep`, or None when there is none (or it
    cannot be read: it is then made again)."""
    try:
        value = pickle.loads(path.read_bytes())
    except (OSError, ValueError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    path.touch()  # recently used: pruned last
    return value


def kept(path: Path | None, kind: type[T], make: Callable[[], T], max_bytes: int) -> T:
    """The ``kind`` value kept at ``path``, or else the one ``make`` makes, then kept there
    (within ``max_bytes`` for the folder); ``path`` None: made, not kept."""
    value = None if path is None else read_kept(path)
    if isinstance(value, kind):
        return value
    value = make()
    if path is not None:
        keep(path, value, max_bytes)
    return value


def keep(path: Path, value: Any, max_bytes: int) -> None:
    """Pickle ``value`` to ``path`` atomically, then prune the folder to ``max_bytes``;
    a cache that cannot be written is skipped (the result was made anyway)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        prune(path.parent, max_bytes)
    except OSError:
        pass
