"""The one place that finds the bundled folders ``resources/``, ``weather/`` and ``docs/``."""

from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = REPOSITORY_ROOT / "resources"
WEATHER = REPOSITORY_ROOT / "weather"
DOCS = REPOSITORY_ROOT / "docs"
USER_GUIDE = DOCS / "user-guide.md"
USER_GUIDE_ZH = DOCS / "zh" / "user-guide.md"
EXAMPLES = RESOURCES / "examples"
DEMO_PROJECT = EXAMPLES / "nanjing_park.bipv.json"


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return RESOURCES.joinpath(*parts)


def pvlib_data_file(name: str) -> Path:
    """Path of a data file that ships with the installed pvlib (e.g. ``723170TYA.CSV``)."""
    import pvlib

    return Path(pvlib.__file__).resolve().parent / "data" / name
