from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pytest

from caseworker.domain.permissions import Role
from caseworker.services.container import Services


@pytest.fixture
def fundraiser(services_for) -> Services:
    return services_for(Role.FUNDRAISER)


@pytest.fixture
def caseworker(services_for) -> Services:
    return services_for(Role.CASEWORKER)


def write_csv(path: Path, rows: Sequence[Sequence[object]], *, encoding: str = "utf-8", delimiter: str = ",",
              bom: bool = False) -> Path:
    """A CSV file as another system would export it (CRLF line ends, quoted where needed)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Export")
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
