"""Results of near shading kept between runs, one entry per receiving plane, keyed by a
fingerprint of everything the result depends on (the faces that can reach the plane,
its modules' sample points and rack rows, the sun directions). A moved obstacle changes
the keys of the planes it can shade only; an unchanged project finds every plane.
Beside the planes, the disk cache keeps whole results (the hourly shading of a project on
its weather, :mod:`near_shade`), so that an unchanged project skips even the step from
the planes to the hours.

``MemoryCache`` keeps the planes of the last computation (the window's shading colours);
``DiskCache`` keeps them in files, so that simulating a project again skips the shading
it already computed (entries are written atomically; the oldest go beyond
``MAX_DISK_BYTES``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np

from bipv_designer.disk_cache import cache_folder, kept, prune, source_digest
from bipv_designer.files import write_bytes_atomically

MAX_DISK_BYTES = 1_000_000_000
"""Largest size of the disk cache [bytes] (about 70 projects like the demo park)."""

T = TypeVar("T")
Counts = dict[str, np.ndarray]
"""Shaded sample points of a plane's arrays, by array id."""


SHADING_CODE = ("shading", "geometry", "layout", "project")
"""Packages whose code decides a shading result: the engine, the surfaces' and modules'
geometry, the layout settings' meaning and the document."""
SHADING_DATA = (("layout", "defaults.json"),)
"""Data files of resources/ those packages read (the layout's tolerance and defaults)."""


def code_digest() -> bytes:
    """A fingerprint of the :data:`SHADING_CODE` packages' source and the
    :data:`SHADING_DATA` files, part of every key: results computed by other code or
    defaults are never reused."""
    return source_digest(SHADING_CODE, SHADING_DATA)


class PlaneCache(Protocol):
    """Where shaded_points finds and leaves the results of receiving planes."""

    def get(self, key: bytes) -> Counts | None: ...

    def store(self, entries: dict[bytes, Counts]) -> None: ...

    def part(self, name: str) -> PlaneCache: ...


class MemoryCache:
    """The planes of the last computation of each kind, in memory."""

    def __init__(self) -> None:
        self._entries: dict[bytes, Counts] = {}
        self._parts: dict[str, MemoryCache] = {}

    def get(self, key: bytes) -> Counts | None:
        return self._entries.get(key)

    def store(self, entries: dict[bytes, Counts]) -> None:
        """Keep exactly ``entries`` (the planes of this computation)."""
        self._entries = dict(entries)

    def part(self, name: str) -> MemoryCache:
        """The cache of one kind of computation (beam in leaf, bare trees, sky, ground)."""
        return self._parts.setdefault(name, MemoryCache())


class DiskCache:
    """Planes in ``folder``, one compressed NumPy archive per key, and whole results, one
    pickle per key (read on every run: a millisecond)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def default(cls) -> DiskCache:
        """The cache in ``$BIPV_DESIGNER_CACHE`` or the user's cache folder."""
        return cls(cache_folder("near-shading"))

    def get(self, key: bytes) -> Counts | None:
        path = self._path(key)
        try:
            with np.load(path) as archive:
                counts = {
                    str(name): archive[f"counts_{k}"] for k, name in enumerate(archive["ids"])
                }
        except (OSError, ValueError):
            return None
        path.touch()  # recently used: pruned last
        return counts

    def store(self, entries: dict[bytes, Counts]) -> None:
        """Write the entries not there yet, then prune the oldest beyond the limit."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for key, counts in entries.items():
            path = self._path(key)
            if not path.exists():
                buffer = io.BytesIO()
                arrays = {f"counts_{k}": value for k, value in enumerate(counts.values())}
                np.savez_compressed(buffer, ids=np.array(list(counts)), **arrays)
                write_bytes_atomically(path, buffer.getvalue())
        prune(self.folder, MAX_DISK_BYTES)

    def part(self, name: str) -> DiskCache:
        """The same folder: keys already tell the kinds apart."""
        return self

    def result(self, key: bytes, kind: type[T], make: Callable[[], T]) -> T:
        """The whole result of type ``kind`` stored under ``key``, or else the one
        ``make`` makes, then stored."""
        return kept(self._result_path(key), kind, make, MAX_DISK_BYTES)

    def _result_path(self, key: bytes) -> Path:
        return self.folder / f"{key.hex()}.pickle"

    def _path(self, key: bytes) -> Path:
        return self.folder / f"{key.hex()}.npz"
