"""Tables export to CSV and XLSX with formulas neutralised and numbers kept as numbers."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseworker.reports.tables import write_table

HEADERS = ["Case", "Title", "Days", "Opened", "Rate"]
ROWS = [
    ["C-1", "=HYPERLINK(\"http://x\")", 8, date(2026, 3, 2), Decimal("0.5")],
    ["C-2", "+cmd|' /C calc'!A0", -3, None, None],
    ["C-3", "-2+3", 0, date(2026, 3, 1), Decimal("0.6667")],
    ["C-4", "@SUM(A1)", 1, None, None],
    ["C-5", "\tx", 2, None, None],
    ["C-6", "\rx", 2, None, None],
    ["C-7", "Rent – arrears é", 5, None, None],
]


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.csv", HEADERS, ROWS)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADERS
    titles = [r[1] for r in rows[1:]]
    assert titles[:6] == ["'=HYPERLINK(\"http://x\")", "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx"]
    assert titles[6] == "Rent – arrears é"
    assert rows[1][2:] == ["8", "2026-03-02", "0.5"] and rows[2][2:] == ["-3", "", ""]


def test_xlsx_neutralises_formulas_and_keeps_numbers(tmp_path: Path) -> None:
    path = write_table(tmp_path / "t.xlsx", HEADERS, ROWS, title="Cases: missed/target")
    sheet = load_workbook(path).active
    assert sheet.title == "Cases missedtarget"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert all(sheet.cell(row=r, column=2).data_type == "s" for r in range(2, 9))
    assert values[1][1] == "'=HYPERLINK(\"http://x\")" and values[4][1] == "'@SUM(A1)"
    assert values[2][2] == -3 and isinstance(values[1][4], float | int) and values[3][4] == pytest.approx(0.6667)
    assert values[1][3].date() == date(2026, 3, 2)


def test_other_suffixes_are_refused_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_table(tmp_path / "t.ods", HEADERS, ROWS)
    assert list(tmp_path.iterdir()) == []
