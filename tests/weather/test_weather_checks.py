"""Bad weather files: every problem is a WeatherFileError naming the file and the place."""

from __future__ import annotations

import copy
import json
import re

import numpy as np
import pytest

from bipv_designer.errors import WeatherFileError
from bipv_designer.weather import read_weather
from bipv_designer.weather.checks import SMALL_NEGATIVE_IRRADIANCE
from tests.weather.writers import (
    copy_of,
    edit_lines,
    pvgis_json_document,
    set_cell,
    write_pvgis_json,
)

EPW_GHI, EPW_DNI, EPW_PRESSURE, EPW_TEMP_AIR, EPW_WIND = 13, 14, 9, 6, 21
"""Fields of an EPW data line (0-based; EnergyPlus Auxiliary Programs, EPW data)."""

TMY3_GHI, TMY3_DNI, TMY3_DHI = 2, 4, 6
"""Fields of the test TMY3 files' lines (see writers.TMY3_HEADER)."""


def read_error(path, file_format=None) -> str:
    with pytest.raises(WeatherFileError) as caught:
        read_weather(path, file_format)
    return str(caught.value)


def test_epw_missing_marker_9999(epw_file, tmp_path):
    path = set_cell(copy_of(epw_file, tmp_path), 57, EPW_DNI, "9999")
    assert read_error(path) == "weather.epw line 57, column 'dni': 9999 is outside 0..1500 W/m2"


def test_epw_temperature_marker_99_9(epw_file, tmp_path):
    path = set_cell(copy_of(epw_file, tmp_path), 4000, EPW_TEMP_AIR, "99.9")
    assert read_error(path) == (
        "weather.epw line 4000, column 'temp_air': 99.9 is outside -90..65 C"
    )


def test_value_outside_physical_bounds(tmy3_file, tmp_path):
    path = set_cell(copy_of(tmy3_file, tmp_path), 500, TMY3_GHI, "2000")
    assert read_error(path) == (
        "723170TY.csv line 500, column 'GHI (W/m^2)': 2000 is outside 0..1500 W/m2"
    )


def test_large_negative_irradiance_is_an_error(tmy3_file, tmp_path):
    path = set_cell(copy_of(tmy3_file, tmp_path), 3, TMY3_DHI, "-50")
    assert read_error(path) == (
        "723170TY.csv line 3, column 'DHI (W/m^2)': -50 is outside 0..1500 W/m2"
    )


def test_small_negative_irradiance_is_read_as_zero_with_a_warning(tmy3_file, tmp_path):
    path = copy_of(tmy3_file, tmp_path)
    for line in (3, 4, 5):
        set_cell(path, line, TMY3_DHI, "-3")
    weather = read_weather(path)
    assert SMALL_NEGATIVE_IRRADIANCE == -10.0
    assert (weather.data["dhi"].iloc[:3] == 0.0).all()
    assert weather.metadata.warnings == (
        "3 values of 'DHI (W/m^2)' between -10 and 0 W/m2 were read as 0 (the first at line 3)",
    )


def test_non_numeric_cell(epw_file, tmp_path):
    path = set_cell(copy_of(epw_file, tmp_path), 100, EPW_GHI, "abc")
    assert read_error(path) == (
        "weather.epw line 100, column 'ghi': 'abc' is not a number; "
        "expected a number in 0..1500 W/m2"
    )


def test_empty_cell(epw_file, tmp_path):
    path = set_cell(copy_of(epw_file, tmp_path), 9, EPW_WIND, "")
    assert read_error(path) == (
        "weather.epw line 9, column 'wind_speed': empty; expected a number in 0..75 m/s"
    )


def test_missing_column(tmy3_file, tmp_path):
    def drop_dni(lines):
        return lines[:1] + [",".join(np.delete(line.split(","), TMY3_DNI)) for line in lines[1:]]

    path = edit_lines(copy_of(tmy3_file, tmp_path), drop_dni)
    message = read_error(path)
    assert message.startswith("723170TY.csv line 2: no column 'DNI (W/m^2)' (dni); expected")


def test_wrong_row_count(epw_file, tmp_path):
    path = edit_lines(copy_of(epw_file, tmp_path), lambda lines: lines[:-24])
    assert read_error(path) == (
        "weather.epw lines 9..8744: 8736 records from 2023-01-01 00:00 to 2023-12-31 00:00; "
        "expected one calendar year of 1 h records (8760, or 8784 in a leap year)"
    )


def test_gap_in_time(epw_file, tmp_path):
    path = edit_lines(copy_of(epw_file, tmp_path), lambda lines: lines[:999] + lines[1000:])
    message = read_error(path)
    assert message.startswith("weather.epw line 1000: gap after the record for 02-11 06:00-07:00")
    assert "1 record(s) missing; expected one record every 1 h" in message


def test_duplicated_hour(epw_file, tmp_path):
    path = edit_lines(copy_of(epw_file, tmp_path), lambda lines: [*lines[:57], *lines[56:]])
    assert read_error(path) == (
        "weather.epw line 58: the record for 01-03 00:00-01:00 appears twice (also the record "
        "before); expected each once"
    )


def test_time_going_backwards(epw_file, tmp_path):
    def december_first(lines):
        return [*lines[:8], *lines[-744:], *lines[8:-744]]

    message = read_error(edit_lines(copy_of(epw_file, tmp_path), december_first))
    assert message == (
        "weather.epw line 753: time goes back from 12-31 23:00-00:00 to 01-01 00:00-01:00; "
        "expected records in time order"
    )


def test_records_out_of_order_show_as_a_gap_where_they_leave_it(epw_file, tmp_path):
    def swap(lines):
        lines[56], lines[57] = lines[57], lines[56]
        return lines

    message = read_error(edit_lines(copy_of(epw_file, tmp_path), swap))
    assert message.startswith("weather.epw line 57: gap after the record for 01-02 23:00-00:00")


def test_pvgis_json_cell_is_located_by_json_path(pvgis_samples, tmp_path):
    document = pvgis_json_document(pvgis_samples)
    document["outputs"]["tmy_hourly"][12]["G(h)"] = "n/a"
    path = write_pvgis_json(tmp_path / "tmy.json", document)
    assert read_error(path) == (
        "tmy.json outputs.tmy_hourly[12].G(h): 'n/a' is not a number; "
        "expected a number in 0..1500 W/m2"
    )


def test_pvgis_json_missing_variable(pvgis_samples, tmp_path):
    document = copy.deepcopy(pvgis_json_document(pvgis_samples))
    for record in document["outputs"]["tmy_hourly"]:
        del record["Gb(n)"]
    message = read_error(write_pvgis_json(tmp_path / "tmy.json", document))
    assert message.startswith("tmy.json outputs.tmy_hourly: no column 'Gb(n)' (dni)")


def test_pvgis_json_record_without_time(pvgis_samples, tmp_path):
    document = pvgis_json_document(pvgis_samples)
    document["outputs"]["tmy_hourly"][5]["time(UTC)"] = None
    path = write_pvgis_json(tmp_path / "tmy.json", document)
    assert read_error(path) == (
        "tmy.json outputs.tmy_hourly[5].time(UTC): no time; expected one for every record"
    )


def test_pvgis_csv_with_semicolons(pvgis_csv_file, tmp_path):
    def semicolons(lines):
        return [*lines[:17], *(line.replace(",", ";") for line in lines[17:])]

    message = read_error(edit_lines(copy_of(pvgis_csv_file, tmp_path), semicolons))
    assert message == (
        "tmy_45.000_8.000.csv line 18: 'time(UTC);T2m;RH;G(h);Gb(n);Gd(h);IR(h);' has no "
        "column 'time(UTC)'; expected comma-separated columns starting with it"
    )


def test_pvgis_json_that_is_not_pvgis(tmp_path):
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"hello": [1, 2, 3]}))
    message = read_error(path)
    assert message.startswith("other.json: not a readable PVGIS TMY json file (KeyError")


def test_pvgis_csv_bad_time(pvgis_csv_file, tmp_path):
    path = set_cell(copy_of(pvgis_csv_file, tmp_path), 30, 0, "2005x101:1100")
    assert read_error(path) == (
        "tmy_45.000_8.000.csv line 30, column 'time(UTC)': '2005x101:1100' is not a PVGIS "
        "time; expected YYYYMMDD:HHMM in UTC"
    )


def test_pvgis_csv_short_file(pvgis_csv_file, tmp_path):
    path = edit_lines(copy_of(pvgis_csv_file, tmp_path), lambda lines: lines[:40] + lines[41:])
    message = read_error(path)
    assert message.startswith("tmy_45.000_8.000.csv line 41: gap after the record for")


def test_pvgis_csv_value_out_of_bounds(pvgis_csv_file, tmp_path):
    path = set_cell(copy_of(pvgis_csv_file, tmp_path), 19, 1, "-95")
    assert read_error(path) == (
        "tmy_45.000_8.000.csv line 19, column 'T2m': -95 is outside -90..65 C"
    )


def test_tmy2_unreadable_field(tmy2_file, tmp_path):
    def spoil(lines):
        lines[9] = lines[9][:20] + "x" + lines[9][21:]
        return lines

    message = read_error(edit_lines(copy_of(tmy2_file, tmp_path), spoil))
    assert message.startswith("13723.tm2: not a readable TMY2 file (ValueError")


def test_broken_epw_header(tmp_path):
    path = tmp_path / "broken.epw"
    path.write_text("LOCATION,nowhere\n1,2,3\n")
    assert read_error(path).startswith("broken.epw: not a readable EPW file")


def test_optional_column_with_gaps_is_left_out_with_a_warning(epw_file, tmp_path):
    path = set_cell(copy_of(epw_file, tmp_path), 20, EPW_PRESSURE, "999999")
    weather = read_weather(path)
    assert "pressure" not in weather.data.columns
    assert weather.metadata.warnings == (
        "column 'pressure' left out: 1 of 8760 values are missing or outside 30000..110000 Pa "
        "(the first at line 20: 999999)",
    )


def test_unknown_content(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello\nworld\n")
    assert re.match(
        r"notes.txt: cannot tell the weather format .*; expected one of epw", read_error(path)
    )


def test_missing_file(tmp_path):
    assert (
        read_error(tmp_path / "nowhere.epw") == f"{tmp_path / 'nowhere.epw'}: no such weather file"
    )


def test_unknown_format_name(epw_file):
    assert read_error(epw_file, "wea").startswith("weather.epw: unknown weather format 'wea'")


def test_wrong_format_given(epw_file):
    assert read_error(epw_file, "tmy3").startswith("weather.epw: not a readable TMY3 file")
