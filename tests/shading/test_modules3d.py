"""Placed modules in 3-D: merged into blocks in front of their surface."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from bipv_designer.project.model import ModulePlacement
from bipv_designer.shading.modules3d import STANDOFF_M, module_faces
from bipv_designer.shading.scene3d import faces
from tests.factories import make_small_project


def test_a_row_of_modules_is_one_block_over_the_roof_and_the_roof_is_not_all_blue():
    project = make_small_project()
    row = tuple(ModulePlacement(1.0 + 1.154 * k, 1.0) for k in range(10))
    array = replace(project.arrays[0], placements=row, module_count=10)
    project = replace(project, arrays=(array,))
    (block,) = module_faces(project)
    assert block.has_modules
    assert block.points[:, 2] == pytest.approx(12.0 + STANDOFF_M)
    assert block.points[:, 0].min() == pytest.approx(1.0)
    assert block.points[:, 0].max() == pytest.approx(1.0 + 1.154 * 9 + 1.134)
    assert not any(face.has_modules for face in faces(project))


def test_an_array_with_only_a_count_colours_its_surface():
    project = make_small_project()
    assert module_faces(project) == []
    assert any(face.has_modules for face in faces(project))
