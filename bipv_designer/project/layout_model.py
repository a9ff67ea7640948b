"""Document values of module layout, components and strings (issue 5).

These frozen values are what a project saves about how modules sit on its surfaces,
which inverters serve them and how they are strung. They follow the conventions of
:mod:`bipv_designer.project.model`: plane coordinates (u, v) in metres on each
surface, u to the right of a viewer facing the front, v up the slope (north on a flat
roof, straight up on a facade); azimuth 0 north, 90 east, 180 south, 270 west.

Engineering defaults (racking masses, pitch rule, limits) are data in
``resources/layout/``; :mod:`bipv_designer.layout.defaults` builds default values from
them.
"""

from enum import StrEnum

from bipv_designer.project.points import Point2
from bipv_designer.project.value import Value


class KeepOutShape(StrEnum):
    """Shapes of keep-out zones on a surface."""

    RECTANGLE = "rectangle"
    POLYGON = "polygon"
    CIRCLE = "circle"


class KeepOut(Value):
    """An area of a surface where no module may lie: skylight, vent, fan, walkway.

    Attributes
    ----------
    id : str
    name : str
    shape : KeepOutShape
    points : tuple of (u, v)
        Rectangle: two opposite corners (sides along u and v). Polygon: its vertices,
        not closed. Circle: its centre. [m, plane coordinates]
    radius_m : float
        Radius of a circle [m]; unused by the other shapes.
    height_m : float
        Height of the object above the surface [m]; the shading scene uses it, the
        fill does not.
    clearance_m : float
        Distance modules keep from the object [m].
    """

    id: str
    name: str
    shape: KeepOutShape
    points: tuple[Point2, ...]
    radius_m: float = 0.0
    height_m: float = 0.0
    clearance_m: float = 0.0


class Opening(Value):
    """A window or door in a facade: a rectangle no module may cover.

    Attributes
    ----------
    id : str
    name : str
    u, v : float  lower-left corner in the facade's plane coordinates [m]
    width_m, height_m : float  size along u and v [m]
    clearance_m : float  distance modules keep from the opening [m]
    """

    id: str
    name: str
    u: float
    v: float
    width_m: float
    height_m: float
    clearance_m: float = 0.0


class FacadeShadeKind(StrEnum):
    """A shading device standing out of a facade."""

    OVERHANG = "overhang"
    """A horizontal plate over a band of the facade: a canopy, brise-soleil or balcony."""
    FIN = "fin"
    """A vertical plate standing out of the facade."""


class FacadeShade(Value):
    """An overhang or fin on a facade (it shades the modules below or beside it).

    Attributes
    ----------
    id : str
    name : str
    kind : FacadeShadeKind
    position_m : float
        An overhang's height above the facade's foot (v), a fin's place along it (u) [m].
    start_m, end_m : float
        Where it starts and ends along the facade (u) for an overhang, up the facade (v)
        for a fin [m].
    depth_m : float  how far it stands out of the facade [m]
    """

    id: str
    name: str
    kind: FacadeShadeKind
    position_m: float
    start_m: float
    end_m: float
    depth_m: float


class Setback(Value):
    """Distance modules keep from a surface's edges.

    Attributes
    ----------
    uniform_m : float
        Setback from every edge [m].
    per_edge_m : tuple of float
        When not empty, one setback per outline edge [m] (edge k runs from outline
        point k to point k + 1); it replaces ``uniform_m``.
    """

    uniform_m: float = 0.0
    per_edge_m: tuple[float, ...] = ()


class SurfaceLayout(Value):
    """What limits modules on one surface, whichever arrays lie on it.

    Attributes
    ----------
    surface_id : str
    setback : Setback
    keep_outs : tuple of KeepOut
    openings : tuple of Opening  (facades)
    shades : tuple of FacadeShade  overhangs and fins (facades; v7)
    """

    surface_id: str
    setback: Setback
    keep_outs: tuple[KeepOut, ...] = ()
    openings: tuple[Opening, ...] = ()
    shades: tuple[FacadeShade, ...] = ()


class RackLayout(StrEnum):
    """How racks stand on a flat roof."""

    SOUTH = "south"
    """Rows along u; modules face the surface's azimuth (the -v side; south on a flat roof)."""
    EAST_WEST = "east_west"
    """Back-to-back tents with the ridge along v; one face looks 90 degrees left of
    the surface's azimuth (east on a flat roof), the other 90 degrees right."""


class PitchRule(StrEnum):
    """How the distance between rack rows is chosen."""

    GCR = "gcr"
    """Ground-coverage ratio: collector slope length over row pitch."""
    WINTER_SOLSTICE = "winter_solstice"
    """No row shades the next one between two solar times on the winter solstice."""


class RackSettings(Value):
    """Tilted racks in rows on a flat roof.

    Attributes
    ----------
    layout : RackLayout
    surface_tilt : float  module tilt on the rack [degrees]
    modules_up : int  modules one above the other on a rack face
    pitch_rule : PitchRule
    gcr : float  ground-coverage ratio when ``pitch_rule`` is ``gcr`` [-]
    ridge_gap_m : float  east-west racks: gap between the two faces at the ridge [m]
    """

    layout: RackLayout
    surface_tilt: float
    modules_up: int
    pitch_rule: PitchRule
    gcr: float
    ridge_gap_m: float = 0.0


class CurtainWallGrid(Value):
    """A curtain-wall grid on a facade; one BIPV element fills each grid cell.

    Grid lines are mullion centre lines. Columns start at ``origin_u_m`` and rows at
    ``origin_v_m``; ``column_widths_m`` / ``row_heights_m``, when given, are a pattern
    of cell sizes repeated across the facade instead of the uniform size.

    Attributes
    ----------
    cell_width_m, cell_height_m : float  uniform cell size, centre to centre [m]
    mullion_width_m : float  width of mullions and transoms [m]
    origin_u_m, origin_v_m : float  position of the first grid line [m]
    column_widths_m, row_heights_m : tuple of float  custom cell sizes [m]
    element_width_m, element_height_m : float or None
        Custom element size, centred in its cell [m]; None fills the cell between
        mullions.
    """

    cell_width_m: float
    cell_height_m: float
    mullion_width_m: float
    origin_u_m: float = 0.0
    origin_v_m: float = 0.0
    column_widths_m: tuple[float, ...] = ()
    row_heights_m: tuple[float, ...] = ()
    element_width_m: float | None = None
    element_height_m: float | None = None


class ArrayLayout(Value):
    """How the modules of one array are laid out on its surface.

    Attributes
    ----------
    array_id : str
    portrait : bool
        Long side of the module along v (up the slope or up the rack).
    gap_u_m, gap_v_m : float  gaps between modules along u and along v [m]
    offset_search : bool
        Shift the module grid to hold the most modules; otherwise the grid starts at
        the lower-left corner of the allowed area.
    mounting_mass_kg_per_m2 : float
        Mass of rails, racks and ballast per m2 of module area [kg/m2].
    racks : RackSettings or None  tilted racks on a flat roof
    curtain_wall : CurtainWallGrid or None  one element per grid cell on a facade
    removed : tuple of (u, v)
        Lower-left corners of modules the user removed by hand [m]; a fill leaves
        out any module whose corner lies within the layout tolerance of one.
    grid_angle_deg : float or None
        Turn of the module grid from the plane's u axis, counter-clockwise [degrees];
        None: along the longest edge of a flat roof, along u (the eaves) on sloped
        roofs and facades. Racks and curtain walls keep their own orientation.
    """

    array_id: str
    portrait: bool
    gap_u_m: float
    gap_v_m: float
    offset_search: bool
    mounting_mass_kg_per_m2: float
    racks: RackSettings | None = None
    curtain_wall: CurtainWallGrid | None = None
    removed: tuple[Point2, ...] = ()
    grid_angle_deg: float | None = None


class RoofCapacity(Value):
    """How much added load a building's roof carries.

    Attributes
    ----------
    building_id : str
    roof_load_capacity_kg_per_m2 : float
        Permanent load the roof structure can take on top of its own [kg/m2].
    """

    building_id: str
    roof_load_capacity_kg_per_m2: float


class ModuleDatasheet(Value):
    """Datasheet figures of a module beyond :class:`~bipv_designer.project.model.Module`.

    Attributes
    ----------
    module_id : str  the Module these figures belong to
    technology : str  e.g. ``mono-Si TOPCon``, ``CdTe``
    cells_in_series : int
    v_oc_ref, v_mp_ref : float  open-circuit and maximum-power voltage at STC [V]
    i_sc_ref, i_mp_ref : float  short-circuit and maximum-power current at STC [A]
    alpha_sc : float  temperature coefficient of Isc [A/K]
    beta_voc : float  temperature coefficient of Voc [V/K]
    weight_kg : float  mass of one module [kg]
    max_system_voltage_v : float  rated maximum system voltage [V]
    transparency_pct : float  share of light passed through [%] (semi-transparent BIPV)
    colour : str  cover colour of coloured BIPV; empty for a standard cover
    source : str  where the figures come from
    """

    module_id: str
    technology: str
    cells_in_series: int
    v_oc_ref: float
    i_sc_ref: float
    v_mp_ref: float
    i_mp_ref: float
    alpha_sc: float
    beta_voc: float
    weight_kg: float
    max_system_voltage_v: float
    transparency_pct: float = 0.0
    colour: str = ""
    source: str = ""


class SandiaInverter(Value):
    """Sandia inverter model parameters (pvlib.inverter.sandia), in snake case.

    Attributes
    ----------
    paco : float  AC rating [W]
    pdco : float  DC power at which the AC rating is reached [W]
    vdco : float  DC voltage at which the parameters were fitted [V]
    pso : float  DC power to start inverting [W]
    c0 : float  [1/W]
    c1, c2, c3 : float  [1/V]
    pnt : float  AC power drawn at night [W]
    """

    paco: float
    pdco: float
    vdco: float
    pso: float
    c0: float
    c1: float
    c2: float
    c3: float
    pnt: float

    def pvlib_parameters(self) -> dict[str, float]:
        """The parameters under pvlib's names (``Paco``, ``Pdco``, ... ``C0``, ``Pnt``)."""
        return {
            "Paco": self.paco,
            "Pdco": self.pdco,
            "Vdco": self.vdco,
            "Pso": self.pso,
            "C0": self.c0,
            "C1": self.c1,
            "C2": self.c2,
            "C3": self.c3,
            "Pnt": self.pnt,
        }


class Inverter(Value):
    """An inverter type used by the project.

    Attributes
    ----------
    id : str
    name : str
    paco_w : float  AC rating [W]
    vdc_max_v : float  maximum DC input voltage [V]
    mppt_low_v, mppt_high_v : float  MPP voltage range [V]
    idc_max_a : float  maximum DC current of one MPPT input [A]
    mppt_count : int  independent MPPT inputs
    strings_per_mppt : int  string connectors per MPPT input; 0 when unknown
    efficiency : float  nominal (European or CEC weighted) efficiency [-]
    sandia : SandiaInverter or None  parameters of pvlib's Sandia model, when known
    source : str
    module_level : bool
        Module-level electronics: a microinverter, or optimisers at every module of its
        strings; a module in part shade then loses only its shaded area's beam
        (docs/shading.md).
    """

    id: str
    name: str
    paco_w: float
    vdc_max_v: float
    mppt_low_v: float
    mppt_high_v: float
    idc_max_a: float
    mppt_count: int
    strings_per_mppt: int
    efficiency: float
    sandia: SandiaInverter | None = None
    source: str = ""
    module_level: bool = False


class StringGroup(Value):
    """Equal strings of one array on one MPPT input.

    Attributes
    ----------
    array_id : str
    modules_per_string : int
    string_count : int
    """

    array_id: str
    modules_per_string: int
    string_count: int

    @property
    def module_count(self) -> int:
        """Modules in these strings."""
        return self.modules_per_string * self.string_count


class MpptInput(Value):
    """The strings wired in parallel to one MPPT input."""

    strings: tuple[StringGroup, ...]


class InverterUse(Value):
    """One inverter of the project and the strings on each of its MPPT inputs.

    Attributes
    ----------
    id : str
    name : str
    inverter_id : str  an :class:`Inverter` of the project
    mppts : tuple of MpptInput  in input order
    """

    id: str
    name: str
    inverter_id: str
    mppts: tuple[MpptInput, ...]

    def string_groups(self) -> tuple[StringGroup, ...]:
        """Every string group of the inverter, input by input."""
        return tuple(group for mppt in self.mppts for group in mppt.strings)


def plan_for_arrays(plan: tuple[InverterUse, ...], array_ids: set[str]) -> tuple[InverterUse, ...]:
    """The string plan without the strings of arrays not in ``array_ids``; inverters and
    their MPPT inputs stay (an input may be left empty)."""
    return tuple(
        InverterUse(
            id=use.id,
            name=use.name,
            inverter_id=use.inverter_id,
            mppts=tuple(
                MpptInput(tuple(g for g in mppt.strings if g.array_id in array_ids))
                for mppt in use.mppts
            ),
        )
        for use in plan
    )


def planned_array_ids(plan: tuple[InverterUse, ...]) -> set[str]:
    """Ids of the arrays with strings in the plan."""
    return {group.array_id for use in plan for group in use.string_groups()}
