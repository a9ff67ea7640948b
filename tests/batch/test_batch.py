"""The batch on a local Dask cluster of two worker processes: four projects (one with a
meter file that must travel to its worker, one refused on reading, one failing on its
worker) give a summary row each; the results equal single runs; the summary and the
documents are written."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from msgspec.structs import replace

from bipv_designer.cli import main
from bipv_designer.project.energy_model import LoadFile, LoadMapping, Meter, ParkLoad
from bipv_designer.project.io import save_project
from tests.factories import make_small_project


def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), stdout=out)
    return status, out.getvalue()


def with_meter_file(project, folder):
    """The project with a meter read from ``meters/hall.csv`` beside it (a constant
    80 kW all year)."""
    stamps = pd.date_range("2023-01-01", periods=8760, freq="h").strftime("%Y-%m-%d %H:%M")
    (folder / "meters").mkdir()
    rows = "\n".join(f"{s},80" for s in stamps)
    (folder / "meters" / "hall.csv").write_text(f"time,kw\n{rows}\n", encoding="utf-8")
    mapping = LoadMapping("time", "kw", unit="kW", timezone="Asia/Shanghai")
    meter = Meter("meter-1", "Hall", (), file=LoadFile("meters/hall.csv", mapping))
    return replace(project, load=ParkLoad(meters=(meter,)))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    small = make_small_project()
    save_project(small, folder / "small.bipv.json")
    save_project(replace(small, name="Tilted"), folder / "tilted.bipv.json")
    save_project(with_meter_file(small, folder), folder / "metered.bipv.json")
    excluded = tuple(replace(s, excluded=True) for s in small.surfaces)
    save_project(replace(small, surfaces=excluded), folder / "nothing.bipv.json")
    (folder / "broken.bipv.json").write_text("{ not json", encoding="utf-8")
    summary = folder / "summary.csv"
    status, out = cli(
        "batch",
        str(folder),
        "-o",
        str(summary),
        "--xlsx",
        str(folder / "s.xlsx"),
        "--workers",
        "2",
    )
    return folder, status, out, pd.read_csv(summary, encoding="utf-8-sig")


def test_every_project_has_a_row_and_the_broken_ones_say_why(batch):
    folder, status, out, table = batch
    assert status == 1  # some failed
    rows = table.set_index("project")
    assert sorted(rows.index) == ["broken", "metered", "nothing", "small", "tilted"]
    assert (rows.loc[["small", "tilted", "metered"], "status"] == "ok").all()
    assert rows.loc["broken", "status"] == "failed"
    assert "broken.bipv.json" in rows.loc["broken", "error"]
    assert "no array with modules" in rows.loc["nothing", "error"]  # raised on a worker
    assert rows.loc["metered", "self-consumption [-]"] > 0.0
    assert pd.isna(rows.loc["small", "self-consumption [-]"])  # no load, no figure
    assert (folder / "s.xlsx").stat().st_size > 0
    assert "broken:" in out


@pytest.mark.parametrize("name", ["small", "metered"])
def test_the_batch_gives_what_a_single_run_gives(batch, name):
    folder, *_ = batch
    from_batch = json.loads((folder / "summary-projects" / f"{name}.json").read_text())
    status, single = cli("simulate", str(folder / f"{name}.bipv.json"), "--json")
    assert status == 0
    assert from_batch == json.loads(single)


def test_bad_arguments_are_refused_before_anything_runs(tmp_path, capsys):
    from bipv_designer.paths import DEMO_PROJECT

    assert cli("batch", str(DEMO_PROJECT), "-o", str(tmp_path / "summary.txt"))[0] != 0
    assert "expected a file ending in .csv" in capsys.readouterr().err
    assert cli("batch", str(tmp_path / "missing"), "-o", str(tmp_path / "s.csv"))[0] != 0
    assert "no such project file or folder" in capsys.readouterr().err
    assert not (tmp_path / "s.csv").exists()


def test_ctrl_c_cancels_the_rest_and_writes_what_finished(tmp_path, monkeypatch):
    """Ctrl-C after the first project finishes: the others are cancelled, the summary
    still gets a row each (the finished one ok, the rest marked cancelled) and the
    command exits with 130."""
    from bipv_designer.batch.engine import CANCELLED
    from bipv_designer.cli import batch_command

    small = make_small_project()
    for k in range(4):
        save_project(replace(small, name=f"Hall {k}"), tmp_path / f"p{k}.bipv.json")

    def interrupted_after_the_first(*args):
        def done(*progress):
            raise KeyboardInterrupt

        return done

    monkeypatch.setattr(batch_command, "_progress", interrupted_after_the_first)
    summary = tmp_path / "summary.csv"
    status, out = cli("batch", str(tmp_path), "-o", str(summary), "--workers", "1")
    assert status == 130
    rows = pd.read_csv(summary, encoding="utf-8-sig")
    assert len(rows) == 4
    assert (rows["status"] == "ok").sum() == 1
    assert (rows["error"] == CANCELLED).sum() == 3
    assert out.count(CANCELLED) == 3


def test_a_running_cluster_is_used_by_address_or_by_environment(tmp_path, monkeypatch):
    """--scheduler sends the projects to that cluster's workers, and so does
    $DASK_SCHEDULER_ADDRESS without it; the cluster keeps running afterwards."""
    from distributed import LocalCluster

    from bipv_designer.batch.engine import SCHEDULER_VARIABLE

    small = make_small_project()
    for k in range(2):
        save_project(replace(small, name=f"Hall {k}"), tmp_path / f"p{k}.bipv.json")
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        scheduler = cluster.scheduler
        before = scheduler.transition_counter
        status, _ = cli(
            "batch",
            str(tmp_path),
            "-o",
            str(tmp_path / "a.csv"),
            "--scheduler",
            cluster.scheduler_address,
        )
        assert status == 0
        after_option = scheduler.transition_counter
        assert after_option > before
        monkeypatch.setenv(SCHEDULER_VARIABLE, cluster.scheduler_address)
        status, _ = cli("batch", str(tmp_path), "-o", str(tmp_path / "b.csv"))
        assert status == 0
        assert scheduler.transition_counter > after_option
        assert len(scheduler.workers) == 1
    for name in ("a.csv", "b.csv"):
        rows = pd.read_csv(tmp_path / name, encoding="utf-8-sig")
        assert (rows["status"] == "ok").all()
        assert len(rows) == 2
