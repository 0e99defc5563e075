"""Lists exported as filtered, as the reader may see them, with formula-looking cells made inert."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from caseworker.db.models import AuditEntry
from caseworker.domain.clients import ClientDraft
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import NotPermitted
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_formula_looking_cells_are_neutralised_in_csv_and_xlsx(db, services_for, tmp_path: Path) -> None:
    joe = services_for(Role.FUNDRAISER)
    for first in ("=HYPERLINK(\"http://x\")", "+SUM(A1)", "-2+3", "@cmd", "Plain"):
        joe.donors.add_donor(DonorDraft(first_name=first, last_name="Eve", city="Leeds"))
    out = joe.list_export.export("donors", ListQuery(), tmp_path / "d.csv", "csv").path
    names = sorted(r[1] for r in read_csv(out)[1:])
    assert names == sorted(["'=HYPERLINK(\"http://x\") Eve", "'+SUM(A1) Eve", "'-2+3 Eve", "'@cmd Eve", "Plain Eve"])
    # A cell that starts with a tab or a carriage return is what the field's own text cannot be, so the
    # rule is checked on the value the export writes.
    from caseworker.domain.imports import neutralise_cell

    assert neutralise_cell("\tx") == "'\tx" and neutralise_cell("\rx") == "'\rx" and neutralise_cell(-5) == -5

    xlsx = joe.list_export.export("donors", ListQuery(), tmp_path / "d.xlsx", "xlsx").path
    book = load_workbook(xlsx)
    cells = [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert not any(str(c).startswith("=") for c in cells)
    assert all(c.data_type == "s" for c in book.worksheets[0]["B"][1:])


def test_the_export_follows_the_lists_filter_and_is_audited(db, services_for, tmp_path: Path) -> None:
    joe = services_for(Role.FUNDRAISER)
    ana, _ = joe.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte"))
    joe.donors.add_donor(DonorDraft(kind="organisation", organisation_name="Acme Trust"))
    joe.gifts.record_gift(GiftDraft(ana.id, "25.50", date.today() - timedelta(days=3), appeal_code="spring"))
    out = joe.list_export.export("donors", ListQuery().with_filter("kind", "organisation"), tmp_path / "o.csv").path
    rows = read_csv(out)
    assert [r[1] for r in rows[1:]] == ["Acme Trust"]
    gifts = joe.list_export.export("gifts", ListQuery(text="duarte"), tmp_path / "g.xlsx", "xlsx").path
    sheet = load_workbook(gifts).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:4] == ("id", "donor_id", "donor", "amount")
    assert values[1][2] == "Ana Duarte" and Decimal(str(values[1][3])) == Decimal("25.5")
    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.kind == "export"))
        assert entry.record_type == "donor" and entry.changes["rows"] == [None, 1]


def test_each_role_exports_only_what_it_may_read(db, services_for, tmp_path: Path) -> None:
    sam = services_for(Role.CASEWORKER)
    joe = services_for(Role.FUNDRAISER)
    sam.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17)))
    rows = read_csv(sam.list_export.export("clients", ListQuery(), tmp_path / "c.csv").path)
    assert rows[1][1] == "Maria Silva"
    for kind in ("cases", "aid", "grants"):
        sam.list_export.export(kind, ListQuery(), tmp_path / f"{kind}.csv")
    for kind in ("donors", "gifts", "touchpoints"):
        with pytest.raises(NotPermitted):
            sam.list_export.export(kind, ListQuery(), tmp_path / "x.csv")
    for kind in ("clients", "cases", "aid"):
        with pytest.raises(NotPermitted):
            joe.list_export.export(kind, ListQuery(), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    joe.list_export.export("touchpoints", ListQuery(), tmp_path / "t.xlsx", "xlsx")
    joe.list_export.export("grants", ListQuery(), tmp_path / "gr.csv")
