"""Roof screening: 20 factory footprints around Nanjing (GeoJSON, longitude/latitude)
give 20 ranked rows and the broken one an error row; footprints are placed to scale; a
file in site metres works with --lat/--lon; a file that is not GeoJSON is refused."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
import shapely

from bipv_designer.batch.screening import footprint_project, read_footprints
from bipv_designer.cli import main
from bipv_designer.paths import REPOSITORY_ROOT
from bipv_designer.project.defaults import DEFAULT_ALBEDO, new_project
from bipv_designer.project.model import Site

FACTORIES = REPOSITORY_ROOT / "tests" / "data" / "nanjing_factories.geojson"


def cli(*args: str) -> int:
    return main(list(args), stdout=io.StringIO())


@pytest.fixture(scope="module")
def ranking(tmp_path_factory):
    path = tmp_path_factory.mktemp("screen") / "ranking.csv"
    status = cli("screen", str(FACTORIES), "-o", str(path), "--workers", "2")
    return status, pd.read_csv(path, encoding="utf-8-sig")


def test_twenty_footprints_give_twenty_ranked_rows_and_the_broken_one_an_error(ranking):
    status, table = ranking
    assert status == 1  # one could not be screened
    ranked = table[table["status"] == "ok"]
    assert len(ranked) == 20
    assert list(ranked["rank"]) == list(range(1, 21))
    yields = ranked["specific yield [kWh/kWp]"].to_numpy()
    assert (yields[:-1] >= yields[1:]).all()
    assert 900 < yields.min() < yields.max() < 1200  # Nanjing, tilted or pitched roofs
    broken = table[table["project"] == "broken hall"].iloc[0]
    assert broken["status"] == "failed"
    assert "cross itself" in broken["error"]
    assert pd.isna(broken["rank"])


def test_gable_roofs_rank_below_south_facing_ones(ranking):
    _, table = ranking
    gables = table[table["project"].isin(["厂房 2", "厂房 7", "厂房 12", "厂房 17"])]
    assert (gables["rank"] > 16).all()


def test_a_footprint_is_placed_at_its_centroid_to_scale():
    footprint = read_footprints(FACTORIES)[0]  # 30 m x 18 m
    template = new_project("t", Site("t", 0.0, 0.0, 0.0, "UTC", DEFAULT_ALBEDO))
    project = footprint_project(footprint, template, site_given=False)
    area = shapely.Polygon(project.buildings[0].footprint).area
    assert area == pytest.approx(30 * 18, rel=0.003)
    assert project.site.latitude == pytest.approx(31.93008, abs=1e-4)
    assert project.site.timezone == "Asia/Shanghai"
    assert project.arrays  # the roof is filled


def test_footprints_in_site_metres_take_the_given_site(tmp_path):
    square = [[0, 0], [40, 0], [40, 25], [0, 25], [0, 0]]
    feature = {
        "properties": {"name": "A"},
        "geometry": {"type": "Polygon", "coordinates": [square]},
    }
    path = tmp_path / "site.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    out = tmp_path / "r.csv"
    assert (
        cli(
            "screen",
            str(path),
            "-o",
            str(out),
            "--lat",
            "31.93",
            "--lon",
            "118.82",
            "--workers",
            "1",
        )
        == 0
    )
    row = pd.read_csv(out, encoding="utf-8-sig").iloc[0]
    assert row["latitude"] == pytest.approx(31.93)
    assert row["DC [kWp]"] > 50


def test_a_file_that_is_not_geojson_is_refused(tmp_path, capsys):
    path = tmp_path / "x.geojson"
    path.write_text('{"type": "Feature"}')
    assert cli("screen", str(path), "-o", str(tmp_path / "r.csv")) != 0
    assert "FeatureCollection" in capsys.readouterr().err
