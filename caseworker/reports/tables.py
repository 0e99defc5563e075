"""A table (headers and rows of plain values) written as CSV or as an XLSX workbook.

Spreadsheets run formulas: a cell a user typed as ``=HYPERLINK(...)`` or ``+cmd|...`` would be
executed when a colleague opens the export. Text that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return is therefore written with a leading apostrophe, the spreadsheet convention for
"this is text" (OWASP's advice for CSV injection); numbers and dates stay numbers and dates.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "xlsx")

Cell = str | int | Decimal | date | datetime | bool | None


def neutralised(value: Cell) -> Cell:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]], *, title: str = "") -> Path:
    """Write *rows* under *headers* to *path*, CSV or XLSX by its suffix, atomically."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ValueError(f"a table is exported as .csv or .xlsx, not {path.suffix or 'no suffix'}")
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    temp = Path(temp_name)
    try:
        if kind == "csv":
            _csv(temp, headers, rows)
        else:
            _xlsx(temp, headers, rows, title)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def _csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    # utf-8-sig: spreadsheet programs read the accents right only with the byte-order mark.
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralised(h) for h in headers])
        for row in rows:
            writer.writerow(["" if v is None else _text(neutralised(v)) for v in row])


def _text(value: Cell) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[Cell]], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=_sheet_title(title))
    bold = Font(bold=True)

    head = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=neutralised(h))
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in rows:
        sheet.append([_xlsx_value(v) for v in row])
    book.save(path)


def _xlsx_value(value: Cell) -> Any:
    return neutralised(value)  # Decimals, ints and dates stay numbers and dates in the sheet


def _sheet_title(title: str) -> str:
    cleaned = "".join(c for c in title if c not in "[]:*?/\\").strip() or "Table"
    return cleaned[:31]
