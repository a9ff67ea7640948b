"""A corpus of bad inputs, run through every command-line subcommand they apply to.

Each entry is a project edit, a weather file edit, a meter file or a command line, and
what must come of it: exit code 2 with words of the message (the file, the JSON path,
what was expected), or exit code 0 with a named warning. No entry may end in a
traceback: any exception escaping ``cli.main`` fails the test.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from msgspec.structs import replace

from bipv_designer.cli import main
from bipv_designer.components.inverters import generic_inverter
from bipv_designer.economics.tariff import flat_tariff
from bipv_designer.paths import pvlib_data_file
from bipv_designer.project.energy_model import LoadFile, LoadMapping, Meter, ParkLoad
from bipv_designer.project.io import project_to_json
from bipv_designer.project.money_model import Costs, Economics
from bipv_designer.report.json_text import json_text
from tests.factories import make_small_project

Edit = Callable[[dict], None]
pvlib_data = Path(pvlib_data_file("12839.tm2")).parent


def base_document() -> dict:
    """The small project with a generic inverter and a flat tariff, as JSON."""
    project = make_small_project()
    inverter = generic_inverter(50_000.0)
    array = replace(project.arrays[0], inverter_id=inverter.id, inverter_count=1)
    project = replace(
        project,
        arrays=(array,),
        inverters=(inverter,),
        tariff=Economics(flat_tariff(0.7), Costs()),
    )
    return project_to_json(project)


def setter(path: tuple, value) -> Edit:
    def edit(document: dict) -> None:
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


PROJECT_CASES = {
    "inverter efficiency 2": (
        setter(("inverters", 0, "efficiency"), 2.0),
        "$.inverters[0].efficiency: expected a value in (0, 1]",
    ),
    "negative inverter rating": (
        setter(("inverters", 0, "paco_w"), -50_000.0),
        "$.inverters[0].paco_w",
    ),
    "negative capex": (
        setter(("tariff", "costs", "capex_per_wp", 0, 1), -3.0),
        "$.tariff.costs.capex_per_wp[0]: roof_bapv: expected a cost >= 0",
    ),
    "unknown cost kind": (
        setter(("tariff", "costs", "capex_per_wp", 0, 0), "roof_gold"),
        "expected one of roof_bapv, roof_bipv, facade_bipv, got 'roof_gold'",
    ),
    "lifetime 0": (
        setter(("tariff", "costs", "lifetime_years"), 0),
        "$.tariff.costs.lifetime_years: expected 1 to 100 years, got 0",
    ),
    "550 billion modules": (
        setter(("arrays", 0, "module_count"), 550_000_001_474),
        "$.arrays[0].module_count: 550000001474 modules",
    ),
    "10**400 modules": (
        setter(("arrays", 0, "module_count"), 10**400),
        "do not fit on surface 'Hall A roof'",
    ),
    "albedo too big for a float": (
        setter(("site", "albedo"), 10**400),
        "$.site.albedo: expected a finite number",
    ),
    "surface without area under modules": (
        setter(("surfaces", 0, "outline"), [[0, 0], [60, 0], [30, 0]]),
        "$.surfaces[0].outline: surface 'Hall A roof' carries the modules of array",
    ),
    "self-intersecting surface under modules": (
        setter(("surfaces", 0, "outline"), [[0, 0], [60, 30], [60, 0], [0, 30]]),
        "outline crosses itself",
    ),
    "single-diode parameters that do not converge": (
        lambda document: document["modules"][0].update(
            dc_model="cec",
            cec={
                "alpha_sc": 0.004,
                "a_ref": -1.9,
                "i_l_ref": 13.9,
                "i_o_ref": 1e-10,
                "r_sh_ref": 300.0,
                "r_s": 0.2,
                "adjust": 8.0,
            },
        ),
        "$.modules[0].cec: the single-diode parameters of module 'Test 550 W'",
    ),
    "unknown meter time zone": (
        lambda document: document.update(
            load={
                "meters": [
                    {
                        "id": "m1",
                        "name": "Meter",
                        "building_ids": ["b1"],
                        "file": {
                            "path": "meter.csv",
                            "mapping": {
                                "timestamp_column": "time",
                                "value_column": "kw",
                                "timezone": "Mars/Olympus",
                            },
                        },
                    }
                ]
            }
        ),
        "$.load.meters[0].file.mapping.timezone: expected an IANA time zone",
    ),
}


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue()


def write_project(folder: Path, edit: Edit | None = None, name="park.bipv.json") -> Path:
    document = base_document()
    if edit is not None:
        edit(document)
    path = folder / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", PROJECT_CASES)
def test_bad_projects_are_refused_by_every_command_before_anything_runs(case, tmp_path, capsys):
    edit, words = PROJECT_CASES[case]
    path = write_project(tmp_path, edit)
    for command in (["simulate", str(path)], ["layout", str(path)]):
        code, _ = run(*command)
        err = capsys.readouterr().err
        assert code == 2, (command, err)
        assert str(path) in err
        assert words in err
        assert "Traceback" not in err


@pytest.fixture(scope="module")
def weather_lines(tmp_path_factory) -> list[str]:
    path = tmp_path_factory.mktemp("weather") / "year.csv"
    assert (
        run("weather", "synthesize", "--lat", "32.06", "--lon", "118.8", "-o", str(path))[0] == 0
    )
    return path.read_text(encoding="utf-8").splitlines()


def edited_weather(lines: list[str], change: Callable[[list[float]], list[float]]) -> str:
    """The CSV with each data row's ghi, dni, dhi changed."""
    edited = []
    for line in lines:
        if line.startswith(("#", "timestamp")):
            edited.append(line)
            continue
        stamp, *numbers = line.split(",")
        irradiance = change([float(v) for v in numbers[:3]])
        edited.append(",".join([stamp, *(f"{v:g}" for v in irradiance), *numbers[3:]]))
    return "\n".join(edited) + "\n"


WEATHER_CASES = {
    "kWh/m2 instead of W/m2": (lambda v: [x / 1000 for x in v], 2, "looks like kWh/m2"),
    "a year without sun": (lambda v: [0.0, 0.0, 0.0], 2, "a year without sun"),
    "Wh per 15 minutes": (lambda v: [x / 4 for x in v], 0, "another unit"),
    "DNI above the extraterrestrial": (
        lambda v: [v[0], min(v[1] * 1.6, 1450.0) if v[1] > 700 else v[1], v[2]],
        0,
        "DNI above the extraterrestrial value",
    ),
}


@pytest.mark.parametrize("case", WEATHER_CASES)
def test_implausible_weather_is_refused_or_warned_whichever_way_it_comes(
    case, weather_lines, tmp_path, capsys
):
    change, expected_code, words = WEATHER_CASES[case]
    weather = tmp_path / "weather.csv"
    weather.write_text(edited_weather(weather_lines, change), encoding="utf-8")
    project = write_project(tmp_path)
    commands = (
        ["weather", "check", str(weather), "--json"],
        ["simulate", str(project), "--weather", str(weather), "--json"],
        [
            "quick",
            "--lat",
            "32.06",
            "--lon",
            "118.8",
            "--tilt",
            "30",
            "--azimuth",
            "180",
            "--kwp",
            "10",
            "--weather",
            str(weather),
            "--json",
        ],
    )
    for command in commands:
        code, out = run(*command)
        err = capsys.readouterr().err
        assert code == expected_code, (command, err)
        assert words in (err if expected_code else out), command
        if expected_code == 0:
            json.loads(out)  # valid JSON, no NaN


def test_a_bad_header_latitude_is_named(weather_lines, tmp_path, capsys):
    weather = tmp_path / "weather.csv"
    lines = [line.replace("# latitude: 32.0600", "# latitude: 95") for line in weather_lines]
    weather.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("weather", "check", str(weather))[0] == 2
    assert "weather.csv line 2: latitude '95'" in capsys.readouterr().err
    tm2 = tmp_path / "site.tm2"
    original = (pvlib_data / "12839.tm2").read_text()
    tm2.write_text(original.replace(" N 25 48 ", " N 95 48 ", 1))
    assert run("weather", "check", str(tm2))[0] == 2
    assert "site.tm2: the header's latitude is 95.8; expected -90 to 90" in capsys.readouterr().err


def meter_project(folder: Path, text: str | bytes, **mapping) -> Path:
    meter = folder / "meter.csv"
    if isinstance(text, bytes):
        meter.write_bytes(text)
    else:
        meter.write_text(text, encoding="utf-8")
    load = ParkLoad(
        meters=(
            Meter(
                "m1",
                "Meter",
                ("b1",),
                file=LoadFile(
                    "meter.csv",
                    LoadMapping("time", "kw", **({"year": 2023} | mapping)),
                ),
            ),
        )
    )
    return write_project(
        folder, lambda document: document.update(load=json.loads(json.dumps(_encode(load))))
    )


def _encode(value):
    from bipv_designer.project.codec import encode

    return encode(value)


def hourly_kw(values: Callable[[int], str], offset: Callable[[int], str] = lambda h: "") -> str:
    """A year of hourly kW readings in 2023: ``values(hour)`` and an optional offset."""
    start = dt.datetime(2023, 1, 1)
    lines = ["time,kw"]
    for hour in range(8760):
        moment = start + dt.timedelta(hours=hour)
        lines.append(f"{moment:%Y-%m-%dT%H:%M}{offset(hour)},{values(hour)}")
    return "\n".join(lines) + "\n"


METER_CASES = {
    "watts instead of kilowatts": (
        hourly_kw(lambda h: str(200_000 + 1000 * (h % 24))),
        {},
        2,
        "more than any park meter",
    ),
    "a total 1000 times the bills": (
        hourly_kw(lambda h: "205"),
        {"expected_annual_kwh": 1795.8},
        2,
        "1000 times the bills",
    ),
    "a total 3 times the bills": (
        hourly_kw(lambda h: "205"),
        {"expected_annual_kwh": 598_600.0},
        2,
        "3.00 times the bills",
    ),
    "an empty file": (b"", {}, 2, "meter.csv: the file is empty"),
    "a header row past the end": (
        hourly_kw(lambda h: "10"),
        {"header_row": 9000},
        2,
        "past the end",
    ),
    "mixed UTC offsets": (
        hourly_kw(lambda h: "10", lambda h: "+08:00" if h % 2 else "+09:00"),
        {},
        2,
        "records every",
    ),
}


@pytest.mark.parametrize("case", METER_CASES)
def test_meter_files_get_a_clear_message(case, tmp_path, capsys):
    text, mapping, expected_code, words = METER_CASES[case]
    project = meter_project(tmp_path, text, **mapping)
    code, _ = run("simulate", str(project))
    err = capsys.readouterr().err
    assert code == expected_code, err
    assert words in err


def test_decimal_commas_are_read_as_decimal_points(tmp_path, capsys):
    from bipv_designer.energy.load_file import import_load

    meter = tmp_path / "meter.csv"
    meter.write_text(hourly_kw(lambda h: '"10,5"'), encoding="utf-8")
    imported = import_load(meter, LoadMapping("time", "kw"))
    assert imported.energy_kwh.sum() == pytest.approx(10.5 * 8760)
    assert "decimal commas in 'kw' read as decimal points" in imported.findings


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            [
                "quick",
                "--lat",
                "32",
                "--lon",
                "118",
                "--tilt",
                "30",
                "--azimuth",
                "180",
                "--kwp",
                "10",
                "--altitude",
                "nan",
            ],
            "argument --altitude: expected a number in",
        ),
        (
            [
                "weather",
                "synthesize",
                "--lat",
                "32",
                "--lon",
                "118",
                "--seed",
                "-1",
                "-o",
                "x.csv",
            ],
            "argument --seed: expected a whole number in [0, 4294967295], got -1",
        ),
        (
            [
                "quick",
                "--lat",
                "nan",
                "--lon",
                "118",
                "--tilt",
                "30",
                "--azimuth",
                "180",
                "--kwp",
                "1",
            ],
            "argument --lat",
        ),
    ],
)
def test_impossible_numbers_on_the_command_line_are_refused(args, words, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(*args)
    assert exit_info.value.code == 2
    assert words in capsys.readouterr().err


def test_an_output_over_an_input_is_refused_and_the_input_kept(tmp_path, capsys):
    project = write_project(tmp_path)
    before = project.read_bytes()
    code, _ = run("simulate", str(project), "--hourly-csv", str(project))
    assert code == 2
    assert "that is the project file; choose another output file" in capsys.readouterr().err
    assert project.read_bytes() == before


def test_a_failed_write_names_the_target_and_leaves_no_temporary_file(tmp_path, capsys):
    project = write_project(tmp_path)
    missing = tmp_path / "no such folder" / "quote.csv"
    code, _ = run("simulate", str(project), "--quote-csv", str(missing))
    err = capsys.readouterr().err
    assert code == 2
    assert str(missing) in err
    assert ": None" not in err
    assert not list(tmp_path.glob("**/.quote.csv.*"))


def test_undefined_numbers_in_json_are_null_with_a_note():
    text = json_text({"surfaces": [{"performance_ratio": float("nan")}], "total": 1.0})
    document = json.loads(text)
    assert document["surfaces"][0]["performance_ratio"] is None
    assert document["notes"] == [
        "$.surfaces[0].performance_ratio is undefined (e.g. a ratio over zero irradiance or "
        "zero energy): null"
    ]


def test_a_console_that_cannot_write_chinese_or_emoji_gets_escapes(tmp_path):
    import subprocess
    import sys

    project = write_project(tmp_path, setter(("name",), "零碳园区 ☀️"))
    completed = subprocess.run(
        [sys.executable, "main.py", "layout", str(project)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        env={"PYTHONIOENCODING": "gbk", "PATH": "", "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode("gbk", "replace")
    assert b"Traceback" not in completed.stderr


def test_valid_edge_inputs_still_pass(weather_lines, tmp_path):
    """A leap year, 15-minute weather, a BOM, CRLF line ends and a Chinese name."""
    project = write_project(tmp_path, setter(("name",), "南京零碳园区"))
    assert run("layout", str(project))[0] == 0
    weather = tmp_path / "weather.csv"
    weather.write_bytes(
        b"\xef\xbb\xbf" + edited_weather(weather_lines, lambda v: v).replace("\n", "\r\n").encode()
    )
    code, out = run("weather", "check", str(weather), "--json")
    assert code == 0
    json.loads(out)


def test_base_document_is_accepted(tmp_path):
    """The corpus starts from a project every command accepts (so a refusal is the edit's)."""
    document = copy.deepcopy(base_document())
    path = tmp_path / "ok.bipv.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert run("layout", str(path))[0] == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--station", "50136", "--lat", "53", "--lon", "122.5", "--altitude", "8000"],
        ["--station", "58238", "--lat", "60", "--lon", "10", "--timezone", "Europe/Oslo"],
        [
            "--station",
            "58238",
            "--lat",
            "32",
            "--lon",
            "118",
            "--monthly-ghi",
            *["12"] * 12,
            "--monthly-temp",
            *["45"] * 12,
        ],
    ],
    ids=["8000 m", "far north", "12 kWh a day"],
)
def test_what_weather_synthesize_writes_its_reader_takes(args, tmp_path):
    path = tmp_path / "year.csv"
    assert run("weather", "synthesize", *args, "-o", str(path))[0] == 0
    code, out = run("weather", "check", str(path), "--json")
    assert code == 0
    json.loads(out)


def test_monthly_sun_darker_than_anywhere_is_refused_by_synthesize(tmp_path, capsys):
    code, _ = run(
        "weather",
        "synthesize",
        "--lat",
        "32",
        "--lon",
        "118",
        "--monthly-ghi",
        *["0.01"] * 12,
        "--monthly-temp",
        *["-20"] * 12,
        "-o",
        str(tmp_path / "year.csv"),
    )
    assert code == 2
    assert "month 1: 0.01 kWh/m2/day is a clearness index of" in capsys.readouterr().err


def test_a_meter_file_that_changes_from_kw_to_kwh_part_way_is_refused(tmp_path):
    from bipv_designer.energy.load_file import import_load
    from bipv_designer.errors import LoadFileError

    start = dt.datetime(2023, 1, 1)
    lines = ["time,kw"]
    for step in range(4 * 8760):
        moment = start + dt.timedelta(minutes=15 * step)
        kw = 100.0 + 20.0 * ((step // 4) % 24 > 8)
        value = kw if moment.month < 7 else kw / 4  # kWh per quarter hour from July
        lines.append(f"{moment:%Y-%m-%d %H:%M},{value:g}")
    meter = tmp_path / "meter.csv"
    meter.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LoadFileError, match=r"from 2023-07 on are 0\.25 times those before"):
        import_load(meter, LoadMapping("time", "kw"))


def test_gbk_comments_read_as_chinese_and_code_page_1252_names_stay_latin(weather_lines, tmp_path):
    from bipv_designer.weather.readers import read_weather

    for name, encoding in (("南京江宁", "gbk"), ("Zürich, Genève", "cp1252")):
        lines = [
            f"# name: {name}" if line.startswith("# name:") else line for line in weather_lines
        ]
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
        assert read_weather(path).metadata.name == name
