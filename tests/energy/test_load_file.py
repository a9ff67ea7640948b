"""Meter exports: read with a mapping; each bad case named with its line and count."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from msgspec.structs import replace

from bipv_designer.energy.load_file import import_load
from bipv_designer.errors import LoadFileError
from bipv_designer.project.energy_model import (
    DuplicateRule,
    GapRule,
    LoadMapping,
    NegativeRule,
)

MAPPING = LoadMapping("时间", "有功功率(kW)", unit="kW", timezone="Asia/Shanghai", header_row=1)


def write_export(path, stamps, values, preamble="某工业园区 电表导出\n"):
    rows = "\n".join(f"{s},{v}" for s, v in zip(stamps, values, strict=True))
    path.write_text(f"{preamble}时间,有功功率(kW)\n{rows}\n", encoding="utf-8")
    return path


def quarter_hours(days=2, year=2023):
    return pd.date_range(f"{year}-03-01", periods=96 * days, freq="15min").strftime(
        "%Y-%m-%d %H:%M"
    )


def test_a_clean_export_in_kw_becomes_energy_per_quarter_hour(tmp_path):
    stamps = quarter_hours()
    path = write_export(tmp_path / "meter.csv", stamps, [100.0] * len(stamps))
    result = import_load(path, MAPPING)
    assert result.interval == pd.Timedelta(minutes=15)
    assert result.energy_kwh.sum() == pytest.approx(100.0 * 48)
    assert result.energy_kwh.index[0] == pd.Timestamp("2023-03-01 00:00", tz="Asia/Shanghai")
    assert any("4,800 kWh in all, peak 100 kW" in f for f in result.findings)


def test_an_xlsx_export_reads_the_same(tmp_path):
    stamps = quarter_hours(1)
    frame = pd.DataFrame({"时间": list(stamps), "有功功率(kW)": [50.0] * len(stamps)})
    path = tmp_path / "meter.xlsx"
    frame.to_excel(path, index=False, startrow=1)
    assert import_load(path, MAPPING).energy_kwh.sum() == pytest.approx(50.0 * 24)


def test_text_in_a_number_cell_names_its_line(tmp_path):
    stamps = quarter_hours(1)
    values = [10.0] * len(stamps)
    values[5] = "断电"
    path = write_export(tmp_path / "meter.csv", stamps, values)
    with pytest.raises(
        LoadFileError, match=r"meter.csv line 8, column '有功功率\(kW\)': '断电' is not a number"
    ):
        import_load(path, MAPPING)


def test_gaps_are_counted_and_handled_by_the_rule(tmp_path):
    stamps = list(quarter_hours(1))
    values = [10.0] * len(stamps)
    del stamps[40:44], values[40:44]
    path = write_export(tmp_path / "meter.csv", stamps, values)
    with pytest.raises(
        LoadFileError, match="4 missing records of 0 days 00:15:00, first 2023-03-01 10:00"
    ):
        import_load(path, MAPPING)
    filled = import_load(path, _with(gaps=GapRule.INTERPOLATE))
    assert filled.energy_kwh.sum() == pytest.approx(10.0 * 24)
    zero = import_load(path, _with(gaps=GapRule.ZERO))
    assert zero.energy_kwh.sum() == pytest.approx(10.0 * 23)
    assert any("4 missing records" in f for f in zero.findings)


def _with(**changes) -> LoadMapping:
    return replace(MAPPING, **changes)


def test_the_repeated_autumn_hour_of_daylight_saving_is_read_as_two_hours(tmp_path):
    wall = pd.date_range("2023-11-05 00:00", "2023-11-05 03:00", freq="h", inclusive="left")
    stamps = [s.strftime("%Y-%m-%d %H:%M") for s in wall]
    stamps.insert(2, "2023-11-05 01:00")  # 01:00 happens twice in New York
    path = write_export(tmp_path / "ny.csv", stamps, [1.0, 2.0, 3.0, 4.0])
    result = import_load(path, _with(timezone="America/New_York"))
    assert len(result.energy_kwh) == 4
    assert any("repeated on the wall clock" in f for f in result.findings)


def test_duplicated_stamps_are_refused_or_averaged(tmp_path):
    stamps = list(quarter_hours(1))
    values = [10.0] * len(stamps)
    stamps.insert(10, stamps[10])
    values.insert(10, 30.0)
    path = write_export(tmp_path / "meter.csv", stamps, values)
    with pytest.raises(LoadFileError, match="1 duplicated time stamps, first 2023-03-01 02:30"):
        import_load(path, _with(timezone="Asia/Shanghai"))
    averaged = import_load(path, _with(duplicates=DuplicateRule.MEAN))
    assert averaged.energy_kwh.iloc[10] == pytest.approx(20.0 * 0.25)


def test_negative_values_are_refused_or_zeroed(tmp_path):
    stamps = quarter_hours(1)
    values = [10.0] * len(stamps)
    values[3] = -4.0
    path = write_export(tmp_path / "meter.csv", stamps, values)
    with pytest.raises(LoadFileError, match="1 negative values, first 2023-03-01 00:45"):
        import_load(path, MAPPING)
    assert import_load(path, _with(negatives=NegativeRule.ZERO)).energy_kwh.min() == 0.0


def test_a_year_other_than_the_weathers_is_moved_by_calendar_date(tmp_path):
    stamps = pd.date_range("2021-01-01", "2022-01-01", freq="h", inclusive="left").strftime(
        "%Y-%m-%d %H:%M"
    )
    path = write_export(tmp_path / "meter.csv", stamps, np.arange(len(stamps)) % 24)
    result = import_load(path, _with(year=2023))
    assert result.energy_kwh.index[0].year == 2023
    assert len(result.energy_kwh) == 8760
    assert any("moved to the weather year 2023" in f for f in result.findings)


def test_kw_taken_for_kwh_is_caught_against_the_bills(tmp_path):
    stamps = quarter_hours(1)
    path = write_export(tmp_path / "meter.csv", stamps, [100.0] * len(stamps))
    with pytest.raises(LoadFileError, match="4 times the bills' 2,400 kWh: are the values kW"):
        import_load(path, _with(unit="kWh", expected_annual_kwh=2400.0))


def test_a_missing_column_lists_the_header(tmp_path):
    path = write_export(tmp_path / "meter.csv", quarter_hours(1), [1.0] * 96)
    with pytest.raises(LoadFileError, match="no column 'kW'; the header has 时间, 有功功率"):
        import_load(path, _with(value_column="kW"))
