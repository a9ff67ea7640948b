"""Invariants of derived surfaces for random footprints (hypothesis)."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from bipv_designer.geometry import derive_surfaces, plane_to_site, polygon_area, signed_area
from bipv_designer.project.model import Building, Roof, RoofType, SurfaceKind
from tests.geometry.shapes import rotated, site_corners

HEIGHT = 6.0

grid_points = st.lists(
    st.tuples(st.integers(-300, 300), st.integers(-300, 300)), min_size=3, max_size=12
)


def convex_footprint(points):
    """Counter-clockwise hull of points on a 0.1 m grid, or None when it has no area."""
    hull = shapely.MultiPoint(np.asarray(points, dtype=float) / 10.0).convex_hull
    if not isinstance(hull, shapely.Polygon) or hull.area < 1.0:
        return None
    return tuple(map(tuple, np.asarray(shapely.orient_polygons(hull).exterior.coords)[:-1]))


def angle_difference(first, second, period):
    """Difference of angles [degrees] folded into [-period / 2, period / 2)."""
    half = 0.5 * np.asarray(period)
    return (np.asarray(first) - np.asarray(second) + half) % period - half


@settings(deadline=None)
@given(
    points=grid_points,
    slope=st.floats(0.0, 80.0),
    direction=st.floats(0.0, 360.0, exclude_max=True),
    clockwise=st.booleans(),
)
def test_mono_pitch_on_convex_footprints(points, slope, direction, clockwise):
    footprint = convex_footprint(points)
    assume(footprint is not None)
    if clockwise:
        footprint = footprint[::-1]
    roof = Roof(RoofType.MONO_PITCH, slope, direction)
    surfaces = derive_surfaces(Building("b", "B", footprint, HEIGHT, roof))
    (roof_plane,) = surfaces[:1]
    facades = surfaces[1:]
    assert roof_plane.kind == SurfaceKind.ROOF
    assert len(facades) == len(footprint)
    assert {s.kind for s in facades} == {SurfaceKind.FACADE}

    cos_slope = np.cos(np.radians(slope))
    assert_allclose(polygon_area(roof_plane.outline) * cos_slope, polygon_area(footprint))
    for surface in surfaces:
        assert signed_area(surface.outline) > 0.0
        assert shapely.Polygon(surface.outline).is_valid
        assert min(u for u, _ in surface.outline) == 0.0
        assert min(v for _, v in surface.outline) == 0.0

    # Roof height at every site point: eaves height at the lowest, rising against the azimuth.
    toward = np.array([np.sin(np.radians(direction)), np.cos(np.radians(direction))])
    w = np.asarray(footprint) @ toward

    def roof_height(xy):
        return HEIGHT + np.tan(np.radians(slope)) * (w.max() - np.asarray(xy) @ toward)

    corners = site_corners(roof_plane)
    assert_allclose(corners[:, 2], roof_height(corners[:, :2]), atol=1e-6)
    # Seen from above, the roof covers the footprint: the same corners, the same area.
    gaps = np.linalg.norm(corners[:, None, :2] - np.asarray(footprint)[None], axis=2)
    assert len(corners) == len(footprint)
    assert gaps.min(axis=0).max() < 1e-6

    for k, facade in enumerate(facades):
        start, end = np.asarray(footprint[k]), np.asarray(footprint[(k + 1) % len(footprint)])
        length = np.hypot(*(end - start))
        expected = length * 0.5 * (roof_height(start) + roof_height(end))
        assert_allclose(polygon_area(facade.outline), expected, rtol=1e-9)
        bottom = plane_to_site(
            [(0.0, 0.0), (length, 0.0)],
            facade.origin,
            facade.surface_tilt,
            facade.surface_azimuth,
        )
        left, right = (end, start) if clockwise else (start, end)
        assert_allclose(bottom, [(*left, 0.0), (*right, 0.0)], atol=1e-6)


roof_shapes = st.one_of(
    st.builds(lambda: Roof(RoofType.FLAT)),
    st.builds(
        lambda slope, direction: Roof(RoofType.MONO_PITCH, slope, direction),
        st.floats(0.0, 60.0),
        st.floats(0.0, 360.0, exclude_max=True),
    ),
    st.builds(
        lambda slope, direction: Roof(RoofType.GABLE, slope, direction),
        st.floats(0.0, 60.0),
        st.sampled_from([0.0, 90.0]),
    ),
    st.builds(
        lambda slope, direction, tooth: Roof(RoofType.SAW_TOOTH, slope, direction, 0.0, tooth),
        st.floats(1.0, 60.0),
        st.sampled_from([0.0, 90.0, 180.0, 270.0]),
        st.floats(2.0, 40.0),
    ),
)


@settings(deadline=None)
@given(
    width=st.floats(5.0, 120.0),
    depth=st.floats(5.0, 120.0),
    roof=roof_shapes,
    bearing=st.floats(0.0, 360.0),
)
def test_turning_a_rectangular_hall_turns_its_surfaces(width, depth, roof, bearing):
    box = ((0.0, 0.0), (width, 0.0), (width, depth), (0.0, depth))
    turned_roof = Roof(
        roof.roof_type, roof.slope_deg, roof.direction_deg + bearing, 0.0, roof.tooth_width_m
    )
    plain = derive_surfaces(Building("b", "B", box, HEIGHT, roof))
    turned = derive_surfaces(Building("b", "B", rotated(box, bearing), HEIGHT, turned_roof))
    assert [s.id for s in turned] == [s.id for s in plain]
    assert_allclose(
        [polygon_area(s.outline) for s in turned], [polygon_area(s.outline) for s in plain]
    )
    assert_allclose([s.surface_tilt for s in turned], [s.surface_tilt for s in plain])
    # A flat roof keeps azimuth 180; a gable's ridge has no sense, so its two planes,
    # which face opposite ways, may swap places when the ridge turns past 180 degrees.
    expected, period = [], []
    for surface in plain:
        on_roof = surface.kind == SurfaceKind.ROOF
        turn = 0.0 if on_roof and roof.roof_type == RoofType.FLAT else bearing
        expected.append(surface.surface_azimuth + turn)
        period.append(180.0 if on_roof and roof.roof_type == RoofType.GABLE else 360.0)
    turns = angle_difference([s.surface_azimuth for s in turned], expected, np.array(period))
    assert_allclose(turns, 0.0, atol=1e-9)
