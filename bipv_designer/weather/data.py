"""WeatherData: the one shape every weather reader returns."""

from __future__ import annotations

import pandas as pd
from msgspec import Struct, field
from msgspec.structs import replace

REQUIRED_COLUMNS = ("ghi", "dni", "dhi", "temp_air", "wind_speed")
"""Columns every WeatherData carries: irradiance [W/m2], air temperature [C], wind [m/s]."""

OPTIONAL_COLUMNS = ("albedo", "pressure", "temp_dew", "relative_humidity")
"""Columns a WeatherData may carry: albedo [-], pressure [Pa], dew point [C], humidity [%]."""


class WeatherMetadata(Struct, frozen=True):
    """Where a weather series comes from and what it stands for.

    Attributes
    ----------
    source : str
        File path or other origin of the data.
    file_format : str
        One of ``epw``, ``pvgis_epw``, ``tmy3``, ``tmy2``, ``pvgis_csv``,
        ``pvgis_json``, ``csv``, ``synthetic``.
    name : str
        Station or place name as given by the file ("" if none).
    latitude, longitude : float or None
        Location of the data [degrees north, degrees east]; None if the file has none.
    altitude : float or None
        Elevation of the data [m above sea level].
    utc_offset_hours : float
        The fixed UTC offset of the file's time stamps [h].
    source_label : str
        What the file's own time stamps meant, in words, e.g. "hour ending",
        "instantaneous sample at the stamp (UTC)".
    description : str
        A human label shown wherever the weather is shown (CLI, GUI, report).
    warnings : tuple of str
        Problems found while reading that did not stop it (each with numbers).
    """

    source: str
    file_format: str
    name: str = ""
    latitude: float | None = None
    longitude: float | None = None
    altitude: float | None = None
    utc_offset_hours: float = 0.0
    source_label: str = ""
    description: str = ""
    warnings: tuple[str, ...] = ()


class WeatherData(Struct, frozen=True):
    """A regular series of weather records with an explicit time convention.

    Attributes
    ----------
    data : pandas.DataFrame
        One row per record. The index is tz-aware (the file's fixed UTC offset) and
        marks the START of the interval the record stands for: every record is the
        mean over ``[index, index + interval)``. Columns: ``ghi``, ``dni``, ``dhi``
        [W/m2], ``temp_air`` [C], ``wind_speed`` [m/s]; optional ``albedo`` [-],
        ``pressure`` [Pa], ``temp_dew`` [C], ``relative_humidity`` [%].
    interval : pandas.Timedelta
        Length of each record.
    solar_times : pandas.DatetimeIndex
        For each record, the instant at which the sun is computed (normally the
        middle of the interval; for instantaneous samples, the sample time).
    metadata : WeatherMetadata
        Origin, location and reading notes.
    """

    data: pd.DataFrame
    interval: pd.Timedelta
    solar_times: pd.DatetimeIndex
    metadata: WeatherMetadata = field(default_factory=lambda: WeatherMetadata("", "unknown"))

    @property
    def index(self) -> pd.DatetimeIndex:
        """Interval starts of the records (tz-aware)."""
        return self.data.index

    @property
    def interval_hours(self) -> float:
        """Length of each record [h]."""
        return self.interval / pd.Timedelta(hours=1)

    def with_warning(self, message: str) -> WeatherData:
        """A copy with one more reading warning."""
        metadata = replace(self.metadata, warnings=(*self.metadata.warnings, message))
        return replace(self, metadata=metadata)


def mid_interval_times(index: pd.DatetimeIndex, interval: pd.Timedelta) -> pd.DatetimeIndex:
    """Middle of each interval that starts at ``index`` (where the sun goes for a mean)."""
    return pd.DatetimeIndex(index + interval / 2)
