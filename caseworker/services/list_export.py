"""Every list, as the user filtered it, written to CSV or XLSX.

The rows come through each list's own service (``list_ids`` and ``list_rows``, which check the
reader's role and apply the same filter, search and order as the screen), so an export never
shows more than the list does: a fundraiser cannot export clients, a caseworker cannot export
gifts. Gifts and touchpoints, which have no list service of their own, are read here under the
same permissions. Text a spreadsheet would run as a formula is neutralised; the file is written
beside its final name and renamed at the end, so a cancelled or failed export leaves nothing.
Exports of people (clients, donors) are audited with their filter and row count.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select

from caseworker.db.models import Donor, Gift, Touchpoint, User
from caseworker.domain.donors import display_name, search_terms
from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.imports import neutralise_cell
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.services import audit
from caseworker.services.audit import escape_like
from caseworker.services.base import Service
from caseworker.services.progress import Progress

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

PAGE = 1000


class ListKind(StrEnum):
    CLIENTS = "clients"
    CASES = "cases"
    AID = "aid"
    DONORS = "donors"
    GIFTS = "gifts"
    TOUCHPOINTS = "touchpoints"
    GRANTS = "grants"


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


NEEDS: Mapping[ListKind, Action] = {
    ListKind.CLIENTS: Action.READ_CLIENTS,
    ListKind.CASES: Action.READ_CASES,
    ListKind.AID: Action.READ_AID,
    ListKind.DONORS: Action.READ_DONORS,
    ListKind.GIFTS: Action.READ_GIFTS,
    ListKind.TOUCHPOINTS: Action.READ_DONORS,
    ListKind.GRANTS: Action.READ_GRANTS,
}
# Columns that are internal bookkeeping rather than something a reader of the file wants.
_SKIPPED = frozenset({"version", "sort_name", "assignee_id", "fund_id"})
_PEOPLE = frozenset({ListKind.CLIENTS, ListKind.DONORS, ListKind.CASES, ListKind.AID})


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def parse_list_kind(text: str) -> ListKind:
    try:
        return ListKind(text)
    except ValueError:
        raise ValidationError("kind", N_("'{kind}' is not a list: choose one of {kinds}."),
                              kind=text, kinds=", ".join(k.value for k in ListKind)) from None


def parse_format(text: str) -> FileFormat:
    try:
        return FileFormat(text.lower())
    except ValueError:
        raise ValidationError("format", N_("Choose csv or xlsx.")) from None


def plain(value: Any) -> Any:
    """A value as a spreadsheet cell: numbers and dates stay typed, the rest becomes text."""
    if value is None or isinstance(value, bool | int | Decimal | date):
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.replace(tzinfo=None)
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if dataclasses.is_dataclass(value):
        parts = [f"{f.name}: {getattr(value, f.name)}" for f in dataclasses.fields(value)
                 if getattr(value, f.name) not in (None, "", False)]
        return "; ".join(parts)
    if isinstance(value, tuple | list | frozenset | set):
        return "; ".join(str(plain(v)) for v in value)
    return str(value)


class ListExportService(Service):
    def export(self, kind: ListKind | str, query: ListQuery, out: Path | str, fmt: FileFormat | str = FileFormat.CSV,
               *, progress: Progress | None = None) -> ExportResult:
        """Write the list of *kind* filtered by *query* to *out*, as the reader may see it."""
        kind = ListKind(kind)
        fmt = FileFormat(fmt)
        self.require(NEEDS[kind])
        progress = progress or Progress()
        header, rows, total = self._rows(kind, query)
        out = Path(out)
        partial = out.with_name(f".{out.name}.partial")
        count = 0
        try:
            writer = _xlsx if fmt is FileFormat.XLSX else _csv
            count = writer(partial, header, rows, total, progress, kind.value)
            os.replace(partial, out)
        finally:
            partial.unlink(missing_ok=True)
        if kind in _PEOPLE:
            with self.db.transaction(f"Export {kind.value}") as s:
                audit.record(s, self.actor, kind="export", record_type=kind.value.rstrip("s"), record_id=None,
                             changes={"rows": [None, count], "format": [None, fmt.value],
                                      "search": [None, query.text],
                                      "filters": [None, {k: audit.json_safe(v) for k, v in query.filters}]})
        return ExportResult(out, count)

    # -- rows ----------------------------------------------------------------------------------
    def _rows(self, kind: ListKind, query: ListQuery) -> tuple[list[str], Iterator[list[Any]], int]:
        if kind is ListKind.GIFTS:
            return self._gifts(query)
        if kind is ListKind.TOUCHPOINTS:
            return self._touchpoints(query)
        from caseworker.services.container import Services

        services = Services(self.db, self.actor)
        listings: dict[ListKind, _Listing] = {
            ListKind.CLIENTS: services.clients, ListKind.CASES: services.cases, ListKind.AID: services.aid,
            ListKind.DONORS: services.donors, ListKind.GRANTS: services.grants}
        source = listings[kind]
        ids = source.list_ids(query)
        fields = _row_fields(source, ids)
        return fields, _paged(ids, source.list_rows, fields), len(ids)

    def _gifts(self, query: ListQuery) -> tuple[list[str], Iterator[list[Any]], int]:
        """Gifts with their donor: filters ``donor_id``, ``since``, ``until``, ``appeal_code``, ``fund``,
        ``include_void``; the text matches the donor's name."""
        stmt = select(Gift.id).join(Donor, Donor.id == Gift.donor_id)
        if query.filter("donor_id") is not None:
            stmt = stmt.where(Gift.donor_id == int(query.filter("donor_id")))
        if query.filter("since"):
            stmt = stmt.where(Gift.gift_date >= query.filter("since"))
        if query.filter("until"):
            stmt = stmt.where(Gift.gift_date <= query.filter("until"))
        if query.filter("appeal_code"):
            stmt = stmt.where(Gift.appeal_code == str(query.filter("appeal_code")).upper())
        if query.filter("fund"):
            stmt = stmt.where(Gift.fund == str(query.filter("fund")))
        if not query.filter("include_void"):
            stmt = stmt.where(Gift.voided_at.is_(None))
        for term in search_terms(query.text):
            stmt = stmt.where(Donor.search_name.like(f"% {escape_like(term)}%", escape="\\"))
        order = Gift.gift_date.desc() if query.descending or not query.sort else Gift.gift_date.asc()
        with self.db.read() as s:
            ids = list(s.scalars(stmt.order_by(order, Gift.id)))
        header = ["id", "donor_id", "donor", "amount", "currency", "gift_date", "method", "fund", "appeal_code",
                  "reference", "advantage_value", "thanked_on", "batch_label", "void", "void_reason", "note"]

        def fetch(chunk: Sequence[int]) -> list[list[Any]]:
            stmt = (select(Gift, Donor.kind, Donor.first_name, Donor.last_name, Donor.organisation_name)
                    .join(Donor, Donor.id == Gift.donor_id).where(Gift.id.in_(list(chunk))))
            with self.db.read() as s:
                found = {g.id: [g.id, g.donor_id, display_name(k, first, last, o), g.amount, g.currency, g.gift_date,
                                g.method, g.fund, g.appeal_code, g.reference, g.advantage_value, g.thanked_on,
                                g.batch_label, g.voided_at is not None, g.void_reason, g.note]
                         for g, k, first, last, o in s.execute(stmt)}
            return [found[i] for i in chunk if i in found]

        return header, _chunks(ids, fetch), len(ids)

    def _touchpoints(self, query: ListQuery) -> tuple[list[str], Iterator[list[Any]], int]:
        """Touchpoints with their donor: filters ``donor_id``, ``status``, ``channel``, ``since``, ``until``."""
        stmt = select(Touchpoint.id).join(Donor, Donor.id == Touchpoint.donor_id)
        for key, column in (("donor_id", Touchpoint.donor_id), ("status", Touchpoint.status),
                            ("channel", Touchpoint.channel)):
            if query.filter(key) not in (None, ""):
                stmt = stmt.where(column == query.filter(key))
        if query.filter("since"):
            stmt = stmt.where(Touchpoint.when >= query.filter("since"))
        if query.filter("until"):
            stmt = stmt.where(Touchpoint.when < query.filter("until"))
        for term in search_terms(query.text):
            stmt = stmt.where(Donor.search_name.like(f"% {escape_like(term)}%", escape="\\"))
        with self.db.read() as s:
            ids = list(s.scalars(stmt.order_by(Touchpoint.when.desc(), Touchpoint.id)))
        header = ["id", "donor_id", "donor", "when", "channel", "purpose", "status", "staff", "campaign", "notes",
                  "override_reason"]

        def fetch(chunk: Sequence[int]) -> list[list[Any]]:
            stmt = (select(Touchpoint, Donor.kind, Donor.first_name, Donor.last_name, Donor.organisation_name,
                           User.display_name)
                    .join(Donor, Donor.id == Touchpoint.donor_id).outerjoin(User, User.id == Touchpoint.staff_id)
                    .where(Touchpoint.id.in_(list(chunk))))
            with self.db.read() as s:
                found = {t.id: [t.id, t.donor_id, display_name(k, first, last, o), t.when, t.channel, t.purpose, t.status,
                                staff or "", t.campaign, t.notes, t.override_reason]
                         for t, k, first, last, o, staff in s.execute(stmt)}
            return [found[i] for i in chunk if i in found]

        return header, _chunks(ids, fetch), len(ids)


class _Listing(Protocol):
    """A service whose list screen exports: the ids a query matches, then their rows."""

    def list_ids(self, query: ListQuery) -> list[int]: ...

    def list_rows(self, ids: list[int]) -> Sequence[DataclassInstance]: ...


def _row_fields(source: _Listing, ids: Sequence[int]) -> list[str]:
    sample = source.list_rows(list(ids[:1]))
    row_type = type(sample[0]) if sample else None
    if row_type is None:
        return ["id"]
    return [f.name for f in dataclasses.fields(row_type) if f.name not in _SKIPPED]


def _paged(ids: Sequence[int], list_rows: Callable[[list[int]], Sequence[object]],
           fields: Sequence[str]) -> Iterator[list[Any]]:
    for start in range(0, len(ids), PAGE):
        for row in list_rows(list(ids[start:start + PAGE])):
            yield [getattr(row, f) for f in fields]


def _chunks(ids: Sequence[int], fetch: Callable[[Sequence[int]], list[list[Any]]]) -> Iterator[list[Any]]:
    for start in range(0, len(ids), PAGE):
        yield from fetch(ids[start:start + PAGE])


def _csv(path: Path, header: list[str], rows: Iterator[list[Any]], total: int, progress: Progress,
         stage: str) -> int:
    count = 0
    # UTF-8 with a byte order mark: Excel then reads accents right instead of guessing Windows-1252.
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
            if count % PAGE == 0:
                progress.step(count, total, stage)
    return count


def _csv_cell(value: Any) -> Any:
    value = plain(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return neutralise_cell(value) if isinstance(value, str) else ("" if value is None else value)


def _xlsx(path: Path, header: list[str], rows: Iterator[list[Any]], total: int, progress: Progress,
          stage: str) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(stage[:31] or "Export")
    sheet.append(header)
    count = 0
    for row in rows:
        cells = []
        for value in row:
            value = plain(value)
            if isinstance(value, str):
                # Neutralised, no text starts with "=", so openpyxl stores every string as text,
                # never as a formula.
                value = neutralise_cell(_xml_safe(value))
            cells.append(value)
        sheet.append(cells)
        count += 1
        if count % PAGE == 0:
            progress.step(count, total, stage)
    book.save(path)
    return count


_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(text: str) -> str:
    # XLSX is XML: control characters other than tab and line breaks cannot be stored.
    return _XML_UNSAFE.sub("", text)
