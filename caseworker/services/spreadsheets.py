"""Streaming the rows of a CSV or XLSX file, one at a time, whatever its size.

CSV: the encoding and separator are detected (and may be overridden by the user); quoted fields
may hold line breaks. XLSX: openpyxl's read-only mode, which parses the sheet as it goes instead of
building it in memory. Either way the caller sees ``(line, cells)`` with the line a spreadsheet
shows (the header is line 1) and never more than one row at a time.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.imports import ENCODINGS, SEPARATORS, cell_text, detect_encoding, detect_separator
from caseworker.services.progress import Progress

SAMPLE_ROWS = 5
_CHUNK = 1 << 20
csv.field_size_limit(10_000_000)


@dataclass(frozen=True)
class SourceFormat:
    """What the user chose; empty means "detect"."""

    encoding: str = ""
    separator: str = ""


@dataclass(frozen=True)
class SourceInfo:
    path: Path
    is_xlsx: bool
    encoding: str
    separator: str
    headers: tuple[str, ...]
    #: The first few records, as text, for the mapping step.
    sample: tuple[tuple[str, ...], ...]
    #: For progress: the file's size in bytes (CSV) or its row count as the sheet declares it (XLSX).
    size: int | None

    @property
    def name(self) -> str:
        return self.path.name


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm") or (zipfile.is_zipfile(path) and path.suffix.lower() != ".csv")


def inspect_source(path: Path | str, fmt: SourceFormat = SourceFormat()) -> SourceInfo:
    """The file's header and first rows, with the encoding and separator detected or as chosen."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", N_("{path} is not a file."), path=str(path))
    if is_xlsx(path):
        info = SourceInfo(path, True, "", "", (), (), None)
        sample = []
        headers: tuple[str, ...] = ()
        for line, cells in _xlsx_rows(path, info, None, with_header=True):
            if line == 1 or not headers:
                headers = tuple(cell_text(c).strip() for c in cells)
                continue
            sample.append(tuple(cell_text(c) for c in cells))
            if len(sample) >= SAMPLE_ROWS:
                break
        return SourceInfo(path, True, "", "", headers, tuple(sample), _xlsx_rows_declared(path))
    encoding = fmt.encoding or _detect(path)
    if encoding not in ENCODINGS and encoding not in ("utf-16-le", "utf-16-be"):
        raise ValidationError("encoding", N_("'{encoding}' is not an encoding this import reads."), encoding=encoding)
    try:
        with _text(path, encoding) as text:
            first = text.readline()
    except UnicodeDecodeError:
        raise ValidationError("encoding", N_("The file is not {encoding} throughout (after line {line}): choose "
                                             "another encoding."), encoding=encoding, line=0) from None
    separator = fmt.separator or detect_separator(first)
    if separator not in SEPARATORS:
        raise ValidationError("separator", N_("Choose a comma, semicolon or tab as the separator."))
    info = SourceInfo(path, False, encoding, separator, (), (), path.stat().st_size)
    rows = []
    headers = ()
    for _line, cells in _csv_rows(path, info, None, with_header=True):
        if not headers:
            headers = tuple(c.strip() for c in cells)
            continue
        rows.append(tuple(cells))
        if len(rows) >= SAMPLE_ROWS:
            break
    return SourceInfo(path, False, encoding, separator, headers, tuple(rows), info.size)


def iter_records(info: SourceInfo, progress: Progress | None = None) -> Iterator[tuple[int, list[Any]]]:
    """Every record after the header, as ``(line, cells)``; blank lines are passed over."""
    rows = _xlsx_rows(info.path, info, progress, with_header=False) if info.is_xlsx else \
        _csv_rows(info.path, info, progress, with_header=False)
    for line, cells in rows:
        if any((c.strip() if isinstance(c, str) else c is not None) for c in cells):
            yield line, cells


def _detect(path: Path) -> str:
    with path.open("rb") as f:
        head = f.read(65536)
    guess = detect_encoding(head)
    if guess != "utf-8":
        return guess
    # Excel's Windows-1252 text often starts with plain ASCII: read on until it says otherwise.
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return detect_encoding(head, whole_is_utf8=False)
    return "utf-8"


def _text(path: Path, encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BufferedReader(io.FileIO(path, "rb"), _CHUNK), encoding=encoding, newline="")


def _csv_rows(path: Path, info: SourceInfo, progress: Progress | None, *,
              with_header: bool) -> Iterator[tuple[int, list[Any]]]:
    raw = io.FileIO(path, "rb")
    text = io.TextIOWrapper(io.BufferedReader(raw, _CHUNK), encoding=info.encoding, newline="")
    line = 0
    try:
        # Strict: a quote opened and never closed would otherwise swallow the rest of the file into
        # one cell, silently; it is reported with the line it began on instead.
        reader = csv.reader(text, delimiter=info.separator, strict=True)
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                break
            except UnicodeDecodeError:
                raise ValidationError(
                    "encoding", N_("The file is not {encoding} throughout (after line {line}): choose another "
                                   "encoding."), encoding=info.encoding, line=line) from None
            except csv.Error as exc:
                raise ValidationError("file", N_("Line {line} cannot be read: {detail}."),
                                      line=line + 1, detail=str(exc)) from None
            line += 1
            if line == 1:
                if cells and cells[0].startswith("\ufeff"):
                    cells[0] = cells[0][1:]
                if with_header:
                    yield line, cells
                continue
            if progress is not None and line % 500 == 0:
                progress.step(raw.tell(), info.size)
            yield line, cells
    finally:
        text.close()


def _xlsx_rows(path: Path, info: SourceInfo, progress: Progress | None, *,
               with_header: bool) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError("file", N_("{name} is not a spreadsheet this import reads ({detail})."),
                              name=path.name, detail=str(exc)) from None
    try:
        sheet = workbook.worksheets[0]
        total = info.size
        for line, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if line == 1 and not with_header:
                continue
            if progress is not None and line % 500 == 0:
                progress.step(line, total)
            yield line, list(row)
    finally:
        workbook.close()


def _xlsx_rows_declared(path: Path) -> int | None:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        # openpyxl is unannotated; a read-only sheet's max_row is the row count its file declares.
        declared: int | None = workbook.worksheets[0].max_row
        return declared
    finally:
        workbook.close()
