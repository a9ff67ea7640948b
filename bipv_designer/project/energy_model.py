"""Document values of the park's load, meters and battery (issue 6; docs/energy.md).

They describe what the user chose; ``bipv_designer.energy`` turns them into load series
and the energy balance.
"""

from enum import StrEnum

from msgspec import field

from bipv_designer.project.value import Value


class WorkingWeek(StrEnum):
    """Which days of the week a factory works."""

    MONDAY_TO_FRIDAY = "mon_fri"
    MONDAY_TO_SATURDAY = "mon_sat"
    EVERY_DAY = "every_day"


class GapRule(StrEnum):
    """What to do with missing records of a meter export."""

    INTERPOLATE = "interpolate"
    ZERO = "zero"
    REFUSE = "refuse"


class DuplicateRule(StrEnum):
    """What to do with repeated time stamps."""

    MEAN = "mean"
    FIRST = "first"
    REFUSE = "refuse"


class NegativeRule(StrEnum):
    """What to do with negative readings."""

    ZERO = "zero"
    REFUSE = "refuse"


class Dispatch(StrEnum):
    """When the battery charges and discharges."""

    SELF_CONSUMPTION = "self_consumption"
    """Charge from PV surplus, discharge whenever the park imports."""
    PEAK_SHAVING = "peak_tariff"
    """Charge from PV surplus only, discharge only in peak-tariff hours."""


class LoadMapping(Value):
    """How to read one meter export.

    Attributes
    ----------
    timestamp_column, value_column : str  header names of the two columns
    unit : str  ``kW`` (mean power over the interval) or ``kWh`` (energy per interval)
    timezone : str  IANA zone of stamps without an offset
    header_row : int  0-based row of the header (rows above it are skipped)
    timestamp_format : str or None  strptime format; None reads ISO-like stamps
    timestamp_label : str  ``start`` or ``end``: what each stamp marks of its interval
    gaps, duplicates, negatives : the rules for those problems
    year : int or None  move the series to this calendar year (the weather's)
    expected_annual_kwh : float or None  the bills' total, to catch kW/kWh mix-ups
    """

    timestamp_column: str
    value_column: str
    unit: str = "kW"
    timezone: str = "Asia/Shanghai"
    header_row: int = 0
    timestamp_format: str | None = None
    timestamp_label: str = "start"
    gaps: GapRule = GapRule.REFUSE
    duplicates: DuplicateRule = DuplicateRule.REFUSE
    negatives: NegativeRule = NegativeRule.REFUSE
    year: int | None = None
    expected_annual_kwh: float | None = None


class FactoryPattern(Value):
    """How a factory uses electricity (synthetic loads).

    Attributes
    ----------
    shifts : int  1, 2 or 3 shifts a working day
    working_week : WorkingWeek
    base_load_fraction : float  power outside production as a share of production power [-]
    cooling_share : float  share of the annual energy used for cooling [-]
    public_holidays : bool  Chinese public holidays are days off
    spring_festival_extra_days : int  days of shutdown after the official Spring Festival
    """

    shifts: int = 2
    working_week: WorkingWeek = WorkingWeek.MONDAY_TO_SATURDAY
    base_load_fraction: float = 0.3
    cooling_share: float = 0.1
    public_holidays: bool = True
    spring_festival_extra_days: int = 7


class Battery(Value):
    """Usable energy, power limits, round-trip efficiency and state-of-charge window.

    Attributes
    ----------
    capacity_kwh : float  usable energy [kWh]
    charge_kw, discharge_kw : float  power limits [kW]
    round_trip_efficiency : float  energy out over energy in [-], split equally
    soc_min, soc_max : float  state-of-charge window [-] of ``capacity_kwh``
    soc_start : float  state of charge at the first interval [-]
    dispatch : Dispatch
    """

    capacity_kwh: float
    charge_kw: float
    discharge_kw: float
    round_trip_efficiency: float = 0.9
    soc_min: float = 0.1
    soc_max: float = 0.95
    soc_start: float = 0.5
    dispatch: Dispatch = Dispatch.SELF_CONSUMPTION


class LoadFile(Value):
    """A meter export and how to read it; ``path`` relative to the project's folder."""

    path: str
    mapping: LoadMapping


class SyntheticLoad(Value):
    """A load made from consumption figures and a working pattern.

    Attributes
    ----------
    pattern : FactoryPattern
    annual_kwh : float or None  annual consumption [kWh]
    monthly_kwh : tuple of float  12 monthly bills [kWh] (replace ``annual_kwh``)
    """

    pattern: FactoryPattern
    annual_kwh: float | None = None
    monthly_kwh: tuple[float, ...] = ()


class Meter(Value):
    """A building's or tenant's electricity meter.

    Attributes
    ----------
    id, name : str
    building_ids : tuple of str  the buildings whose PV and load this meter carries
    file : LoadFile or None  a measured load
    synthetic : SyntheticLoad or None  a synthetic load (when there is no file)
    """

    id: str
    name: str
    building_ids: tuple[str, ...] = ()
    file: LoadFile | None = None
    synthetic: SyntheticLoad | None = None


class ParkLoad(Value):
    """The park's meters and how energy may flow between them and the grid.

    Attributes
    ----------
    meters : tuple of Meter
    share_surplus : bool  a meter's PV surplus may serve the other meters
    export_limit_kw : float or None  the most the park may feed in [kW]; 0 forbids export
    battery : Battery or None
    """

    meters: tuple[Meter, ...] = field(default=())
    share_surplus: bool = True
    export_limit_kw: float | None = None
    battery: Battery | None = None
