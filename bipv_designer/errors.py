"""The errors the core raises.

Every message says what was expected, what arrived and where (file, line, column,
field or JSON path), so that the CLI can print it as one line and the GUI can show it
in a dialog without a traceback.
"""


class BipvError(Exception):
    """Base of all errors that BIPV Designer reports to users. A message marked for
    translation (``bipv_designer.words.N_``) stays a ``Text`` through ``str(error)``, so
    the window can show it in the user's language."""

    def __str__(self) -> str:
        if len(self.args) == 1 and isinstance(self.args[0], str):
            return self.args[0]
        return super().__str__()


class ProjectFileError(BipvError):
    """A project file is broken, foreign, newer than this program, or inconsistent."""


class WeatherFileError(BipvError):
    """A weather file cannot be read or fails a plausibility check."""


class GeometryError(BipvError):
    """A polygon or surface definition is geometrically invalid."""


class ComponentError(BipvError):
    """A module or inverter is unknown or its parameters are unusable."""


class SimulationError(BipvError):
    """The inputs of a simulation do not fit together."""


class Cancelled(BipvError):
    """A long computation was cancelled by the user."""


class LayoutError(BipvError):
    """Layout settings that cannot be applied to a surface (sizes, setbacks, racks)."""


class DownloadError(BipvError):
    """A download the user asked for failed: offline, refused, or an unusable answer."""


class LoadFileError(BipvError):
    """A load (meter) file or load setting that cannot be used as it is."""


class TariffError(BipvError):
    """A tariff, cost or carbon setting that cannot be used as it is."""
