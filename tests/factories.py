"""Projects built in code for tests."""

from __future__ import annotations

from msgspec.structs import replace

from bipv_designer.project.defaults import default_losses
from bipv_designer.project.model import (
    Array,
    Building,
    Module,
    Mounting,
    Project,
    Roof,
    RoofType,
    Site,
    Surface,
    SurfaceKind,
    WeatherReference,
)


def make_small_project() -> Project:
    """A 60 m x 30 m flat-roofed hall in Nanjing with one roof array of 100 modules."""
    module = Module(
        id="m550",
        name="Test 550 W",
        length_m=2.278,
        width_m=1.134,
        pdc0_w=550.0,
        gamma_pdc=-0.0035,
        source="test",
    )
    footprint = ((0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0))
    return Project(
        name="Small park",
        site=Site(
            name="Nanjing",
            latitude=32.06,
            longitude=118.80,
            altitude=10.0,
            timezone="Asia/Shanghai",
            albedo=0.2,
        ),
        buildings=(
            Building(
                id="b1",
                name="Hall A",
                footprint=footprint,
                height_m=12.0,
                roof=Roof(RoofType.FLAT, parapet_height_m=1.0),
            ),
        ),
        surfaces=(
            Surface(
                id="b1/roof-1",
                name="Hall A roof",
                kind=SurfaceKind.ROOF,
                building_id="b1",
                outline=footprint,
                origin=(0.0, 0.0, 12.0),
                surface_tilt=0.0,
                surface_azimuth=180.0,
                mounting=Mounting.ROOF_PARALLEL,
            ),
        ),
        modules=(module,),
        arrays=(
            Array(
                id="a1",
                name="Roof array",
                surface_id="b1/roof-1",
                module_id="m550",
                module_count=100,
            ),
        ),
        losses=default_losses(),
        weather=WeatherReference(path="pvlib:723170TYA.CSV", file_format="tmy3"),
    )


def with_surfaces(project: Project, orientations, mounting=Mounting.OPEN_RACK, **array_fields):
    """The project with one 100-module array on each (tilt, azimuth) surface."""
    template = project.surfaces[0]
    surfaces, arrays = [], []
    for i, (tilt, azimuth) in enumerate(orientations):
        surfaces.append(
            replace(
                template,
                id=f"s{i}",
                name=f"S{i}",
                surface_tilt=tilt,
                surface_azimuth=azimuth,
                mounting=mounting,
            )
        )
        arrays.append(
            Array(
                id=f"a{i}",
                name=f"A{i}",
                surface_id=f"s{i}",
                module_id="m550",
                module_count=100,
                **array_fields,
            )
        )
    return replace(project, surfaces=tuple(surfaces), arrays=tuple(arrays))
