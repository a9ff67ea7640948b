"""The project document: frozen values with stable ids.

Conventions (the same everywhere in BIPV Designer):

- Site coordinates are metres, x east, y north, z up, from a site origin.
- Azimuth: 0 north, 90 east, 180 south, 270 west [degrees]; a surface's azimuth is
  the direction its front (the side the modules face) looks, projected on the ground.
- Tilt: 0 horizontal facing up, 90 vertical [degrees].
- A surface's own plane coordinates (u, v) are metres: u runs horizontally to the
  right of a viewer who faces the front of the surface, v runs up the slope (for a
  vertical facade: straight up). ``origin`` is the site point of (u, v) = (0, 0).
- Percentages are written as ``*_pct`` in 0..100.

An edit makes a new value with ``msgspec.structs.replace``; nothing here is mutated.
"""

from enum import StrEnum
from typing import Protocol, TypeVar

from msgspec import field

from bipv_designer.project.energy_model import ParkLoad
from bipv_designer.project.layout_model import (
    ArrayLayout,
    Inverter,
    InverterUse,
    ModuleDatasheet,
    RoofCapacity,
    SurfaceLayout,
)
from bipv_designer.project.money_model import CarbonSettings, Economics
from bipv_designer.project.points import Point2, Point3
from bipv_designer.project.value import Value


class RoofType(StrEnum):
    """Roof shapes a building can have."""

    FLAT = "flat"
    MONO_PITCH = "mono_pitch"
    GABLE = "gable"
    SAW_TOOTH = "saw_tooth"


class SurfaceKind(StrEnum):
    """What a surface is on its building."""

    ROOF = "roof"
    FACADE = "facade"


class Mounting(StrEnum):
    """How modules sit on a surface; decides the cell-temperature model parameters.

    The thermal parameters of each are data in ``resources/defaults/thermal.json``.
    """

    OPEN_RACK = "open_rack"
    ROOF_PARALLEL = "roof_parallel"
    INTEGRATED = "integrated"
    VENTILATED_FACADE = "ventilated_facade"


class DcModel(StrEnum):
    """How a module's DC power is computed."""

    PVWATTS = "pvwatts"
    CEC = "cec"


class Site(Value):
    """Where the park is.

    Attributes
    ----------
    name : str
    latitude : float  [degrees north]
    longitude : float  [degrees east]
    altitude : float  [m above sea level]
    timezone : str  IANA name, e.g. ``Asia/Shanghai``
    albedo : float  ground reflectance [-]
    plan_north_deg : float
        Where true north points on the drawn plan, clockwise from screen-up [degrees]
        (0: north is up). Site coordinates stay true east/north; only the view turns.
    horizon : tuple of (azimuth, elevation)
        The far horizon seen from the site [degrees; azimuth 0 north, 90 east]; empty
        for a free horizon.
    """

    name: str
    latitude: float
    longitude: float
    altitude: float
    timezone: str
    albedo: float
    plan_north_deg: float = 0.0
    horizon: tuple[Point2, ...] = ()


class Roof(Value):
    """Roof shape parameters; which ones matter depends on ``roof_type``.

    Attributes
    ----------
    roof_type : RoofType
    slope_deg : float
        Slope of the roof planes [degrees]; 0 for flat roofs.
    direction_deg : float
        Mono-pitch: azimuth the roof plane faces [degrees]. Gable: azimuth of the
        ridge line [degrees, 0..180]. Saw-tooth: azimuth the glazed (steep) side faces.
    parapet_height_m : float
        Height of the parapet above a flat roof [m].
    tooth_width_m : float
        Saw-tooth: horizontal width of one tooth [m].
    """

    roof_type: RoofType
    slope_deg: float = 0.0
    direction_deg: float = 180.0
    parapet_height_m: float = 0.0
    tooth_width_m: float = 0.0


class Building(Value):
    """A building on the site plan.

    Attributes
    ----------
    id : str
        Stable identifier, unique in the project.
    name : str
    footprint : tuple of (x, y)
        Outline on the site plan [m], counter-clockwise, not closed (the first point
        is not repeated).
    height_m : float
        Eaves height above ground [m].
    roof : Roof
    """

    id: str
    name: str
    footprint: tuple[Point2, ...]
    height_m: float
    roof: Roof


class Surface(Value):
    """A plane that can carry modules: a roof plane or a facade.

    Attributes
    ----------
    id : str
    name : str
    kind : SurfaceKind
    building_id : str or None
        The building it belongs to (None for free-standing surfaces).
    outline : tuple of (u, v)
        Outline in the surface's own plane coordinates [m], counter-clockwise.
    origin : (x, y, z)
        Site position of the plane point (u, v) = (0, 0) [m].
    surface_tilt : float  [degrees]
    surface_azimuth : float  [degrees]
    mounting : Mounting
    excluded : bool
        Left out of layout and simulation by the user (e.g. a wall of another owner).
    """

    id: str
    name: str
    kind: SurfaceKind
    building_id: str | None
    outline: tuple[Point2, ...]
    origin: Point3
    surface_tilt: float
    surface_azimuth: float
    mounting: Mounting
    excluded: bool = False


class CecParameters(Value):
    """Single-diode (De Soto / CEC) parameters at reference conditions, as in pvlib.

    Attributes
    ----------
    alpha_sc : float  short-circuit current temperature coefficient [A/K]
    a_ref : float  modified ideality factor [V]
    i_l_ref : float  light-generated current [A]
    i_o_ref : float  diode saturation current [A]
    r_sh_ref : float  shunt resistance [ohm]
    r_s : float  series resistance [ohm]
    adjust : float  adjustment to the temperature coefficient of short circuit current [%]
    """

    alpha_sc: float
    a_ref: float
    i_l_ref: float
    i_o_ref: float
    r_sh_ref: float
    r_s: float
    adjust: float


class Module(Value):
    """A PV module type used by arrays of the project.

    Attributes
    ----------
    id : str
    name : str
    length_m, width_m : float  outer dimensions [m], length >= width
    pdc0_w : float  nameplate DC power at STC [W]
    gamma_pdc : float  temperature coefficient of power [1/K], e.g. -0.0035
    dc_model : DcModel
    cec : CecParameters or None
        Single-diode parameters; required when ``dc_model`` is ``cec``.
    source : str
        Where the figures come from (datasheet, library entry, "generic").
    """

    id: str
    name: str
    length_m: float
    width_m: float
    pdc0_w: float
    gamma_pdc: float
    dc_model: DcModel = DcModel.PVWATTS
    cec: CecParameters | None = None
    source: str = ""

    @property
    def area_m2(self) -> float:
        """Module area [m2]."""
        return self.length_m * self.width_m

    @property
    def efficiency(self) -> float:
        """STC efficiency [-]: nameplate power over 1000 W/m2 times area."""
        return self.pdc0_w / (1000.0 * self.area_m2)


class ModulePlacement(Value):
    """One module placed on a surface.

    Attributes
    ----------
    u, v : float  lower-left corner in the surface's plane coordinates [m]
    portrait : bool  long side along the grid's v axis (True) or along its u axis (False)
    angle_deg : float
        The module grid's turn from the plane's u axis, about this corner,
        counter-clockwise [degrees] (0: the module's sides run along u and v).
    """

    u: float
    v: float
    portrait: bool = True
    angle_deg: float = 0.0


class Array(Value):
    """Modules of one type on one surface, feeding inverters of one sizing.

    Attributes
    ----------
    id : str
    name : str
    surface_id : str
    module_id : str
    module_count : int
        Number of modules; equals ``len(placements)`` when placements are given.
    placements : tuple of ModulePlacement
        Explicit module positions (empty when only a count is known).
    dc_ac_ratio : float  DC nameplate over inverter AC rating [-] (without a chosen inverter)
    inverter_efficiency : float  nominal inverter efficiency [-] (without a chosen inverter)
    inverter_id : str or None  an inverter of the project's ``inverters``; when given, the
        AC rating is its ``paco_w`` times ``inverter_count`` and its efficiency applies
    inverter_count : int  inverters of that type serving the array
    """

    id: str
    name: str
    surface_id: str
    module_id: str
    module_count: int
    placements: tuple[ModulePlacement, ...] = ()
    dc_ac_ratio: float = 1.2
    inverter_efficiency: float = 0.96
    inverter_id: str | None = None
    inverter_count: int = 1


class Losses(Value):
    """System losses applied to DC power, each in percent (PVWatts' categories).

    The defaults and their source are data in ``resources/defaults/losses.json``.
    """

    soiling_pct: float
    shading_pct: float
    snow_pct: float
    mismatch_pct: float
    wiring_pct: float
    connections_pct: float
    lid_pct: float
    nameplate_pct: float
    age_pct: float
    availability_pct: float


class ShadingSettings(Value):
    """Near shading of the modules by the park (docs/shading.md).

    Attributes
    ----------
    near_shading : bool
        Compute the beam shading of every module (buildings, parapets, roof objects)
        and apply it in the simulation; the flat ``Losses.shading_pct`` then stays 0
        (no double count).
    exact : bool
        Every hour's own sun instead of the sun-direction table (slower; for final
        reports).
    """

    near_shading: bool = False
    exact: bool = False


class ObstacleShape(StrEnum):
    """The shape of an obstacle standing on the site."""

    BOX = "box"
    """A prism over a polygon: a neighbouring building, a wall, a plant room."""
    CYLINDER = "cylinder"
    """A tank, silo or chimney: a centre and a radius."""
    TREE = "tree"
    """A cone-shaped crown on a bare trunk (the trunk casts no shade)."""


class SiteObstacle(Value):
    """Something on or next to the site that shades the park (docs/shading.md).

    Attributes
    ----------
    id, name : str
    shape : ObstacleShape
    outline : tuple of (x, y)
        The polygon of a box, or the one centre point of a cylinder or tree (site
        metres).
    height_m : float  top above the ground [m]
    radius_m : float  a cylinder's radius, or the crown's radius at its base [m]
    crown_base_m : float  a tree's crown starts this high above the ground [m]
    leaf_off_months : tuple of int  months (1-12) a deciduous tree stands bare
    leaf_off_transparency : float
        Share of the beam that passes through the bare crown [-] (0.5 to 0.8 for
        common deciduous trees; 0 for evergreens).
    """

    id: str
    name: str
    shape: ObstacleShape
    outline: tuple[tuple[float, float], ...]
    height_m: float
    radius_m: float = 0.0
    crown_base_m: float = 0.0
    leaf_off_months: tuple[int, ...] = ()
    leaf_off_transparency: float = 0.0


class ReportSettings(Value):
    """Who the report is for and from (docs/reports.md).

    Attributes
    ----------
    customer : str  the customer's name, on the cover
    company : str  the company that prepared the design
    prepared_by : str  the engineer's name
    logo : str  the company's logo (PNG or JPEG), relative to the project file's folder
    """

    customer: str = ""
    company: str = ""
    prepared_by: str = ""
    logo: str = ""


class WeatherReference(Value):
    """Which weather file the project simulates with.

    Attributes
    ----------
    path: str
        A path relative to the project file's folder (or absolute), ``pvlib:NAME``
        for a data file that ships with pvlib, ``weather:NAME`` for a bundled file, or
        ``station:nearest`` / ``station:WMO`` for a synthetic typical year.
    file_format : str or None
        Reader to use; None detects it from the file.
    ghi_only : bool
        Use only the file's GHI and split it with DIRINT (when its DNI and DHI do not
        close with its GHI).
    """

    path: str
    file_format: str | None = None
    ghi_only: bool = False


class BackgroundImage(Value):
    """A site plan or map image drawn under the buildings.

    Attributes
    ----------
    path : str  image file, relative to the project file's folder (or absolute)
    x, y : float  site position of the image's lower-left corner [m]
    metres_per_pixel : float  scale set by two clicks and a typed distance [m/px]
    opacity : float  0 (invisible) .. 1 (opaque)
    locked : bool  not moved or picked by clicks on the plan
    """

    path: str
    x: float = 0.0
    y: float = 0.0
    metres_per_pixel: float = 0.1
    opacity: float = 0.5
    locked: bool = False


class Project(Value):
    """The whole document.

    ``load`` holds the park's meters and battery (``energy_model.py``); ``tariff`` the
    tariff and costs, ``carbon`` the carbon settings (``money_model.py``).
    Layout values (setbacks, keep-outs, openings per surface; layout per array; roof
    capacities; module datasheets; inverters; the string plan, one entry per installed
    inverter) are described in ``layout_model.py``.
    """

    name: str
    site: Site
    buildings: tuple[Building, ...]
    surfaces: tuple[Surface, ...]
    modules: tuple[Module, ...]
    arrays: tuple[Array, ...]
    losses: Losses
    weather: WeatherReference
    background: BackgroundImage | None = None
    surface_layouts: tuple[SurfaceLayout, ...] = ()
    array_layouts: tuple[ArrayLayout, ...] = ()
    roof_capacities: tuple[RoofCapacity, ...] = ()
    module_datasheets: tuple[ModuleDatasheet, ...] = ()
    inverters: tuple[Inverter, ...] = ()
    string_plan: tuple[InverterUse, ...] = ()
    load: ParkLoad | None = field(default=None)
    tariff: Economics | None = field(default=None)
    carbon: CarbonSettings | None = field(default=None)
    shading: ShadingSettings = field(default_factory=ShadingSettings)
    obstacles: tuple[SiteObstacle, ...] = ()
    report: ReportSettings = field(default_factory=ReportSettings)

    def surface(self, surface_id: str) -> Surface:
        """The surface with this id (KeyError if absent)."""
        return _by_id(self.surfaces, surface_id)

    def module(self, module_id: str) -> Module:
        """The module with this id (KeyError if absent)."""
        return _by_id(self.modules, module_id)

    def building(self, building_id: str) -> Building:
        """The building with this id (KeyError if absent)."""
        return _by_id(self.buildings, building_id)

    def obstacle(self, obstacle_id: str) -> SiteObstacle:
        """The site obstacle with this id (KeyError if absent)."""
        return _by_id(self.obstacles, obstacle_id)

    def array(self, array_id: str) -> Array:
        """The array with this id (KeyError if absent)."""
        return _by_id(self.arrays, array_id)

    def chosen_inverter(self, array: Array) -> Inverter | None:
        """The inverter type chosen for the array, None when its DC/AC ratio sizes it
        (KeyError if the id names no inverter of the project)."""
        return None if array.inverter_id is None else _by_id(self.inverters, array.inverter_id)

    def datasheet(self, module_id: str) -> ModuleDatasheet | None:
        """The datasheet figures of a module type, None when the project has none."""
        return next((d for d in self.module_datasheets if d.module_id == module_id), None)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def _by_id(items: tuple[_T, ...], item_id: str) -> _T:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)
