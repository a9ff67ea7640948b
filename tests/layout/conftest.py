"""Shared values of the layout tests."""

from __future__ import annotations

import pytest

from bipv_designer.project.layout_model import ArrayLayout
from bipv_designer.project.model import Module, Mounting, Surface, SurfaceKind

ROOF_60_BY_30 = ((0.0, 0.0), (60.0, 0.0), (60.0, 30.0), (0.0, 30.0))


def flat_roof(outline=ROOF_60_BY_30, surface_id: str = "roof") -> Surface:
    """A flat roof plane (tilt 0, azimuth 180: u east, v north) with this outline."""
    return Surface(
        id=surface_id,
        name="Roof",
        kind=SurfaceKind.ROOF,
        building_id="b1",
        outline=tuple(outline),
        origin=(0.0, 0.0, 10.0),
        surface_tilt=0.0,
        surface_azimuth=180.0,
        mounting=Mounting.ROOF_PARALLEL,
    )


def array_layout(**changes) -> ArrayLayout:
    """Portrait, 20 mm gaps, offset search, 3 kg/m2 mounting, unless changed."""
    values = {
        "array_id": "a1",
        "portrait": True,
        "gap_u_m": 0.02,
        "gap_v_m": 0.02,
        "offset_search": True,
        "mounting_mass_kg_per_m2": 3.0,
    }
    values.update(changes)
    return ArrayLayout(**values)


@pytest.fixture
def module_550() -> Module:
    """A 2278 mm x 1134 mm, 550 W module."""
    return Module(
        id="m550",
        name="550 W",
        length_m=2.278,
        width_m=1.134,
        pdc0_w=550.0,
        gamma_pdc=-0.0035,
        source="test",
    )
