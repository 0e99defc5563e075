"""A person's data on request: exported whole (JSON and PDF), then erased without a trace in the file."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from caseworker.db.models import AuditEntry, Gift, Receipt
from caseworker.domain.clients import ClientDraft, ContactDraft
from caseworker.domain.donors import DonorDraft
from caseworker.domain.errors import NotPermitted, ValidationError
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.permissions import Role
from caseworker.person_export import export_person
from caseworker.services.imports import ImportOptions
from caseworker.services.touchpoints import TouchpointDraft

from .conftest import write_csv

NAME = ("Xanthippe", "Quiggleworth")


def file_bytes(db) -> bytes:
    path = db.location.path
    data = path.read_bytes()
    for extra in (Path(f"{path}-wal"), Path(f"{path}-journal")):
        if extra.exists():
            data += extra.read_bytes()
    return data


def test_a_donor_exported_then_erased(db, services_for, admin, tmp_path: Path) -> None:
    joe = services_for(Role.FUNDRAISER)
    maria = services_for(Role.MANAGER)
    # Imported first (the import's trail keeps the values), then merged into by a second import.
    path = write_csv(tmp_path / "d.csv", [["ID", "First Name", "Last Name", "Email", "Notes"],
                                          ["Q1", *NAME, "xq@example.org", "Prefers Quiggleworth Ltd letters"]])
    found = joe.imports.inspect("donors", path)
    joe.imports.run("donors", path, ImportOptions(found.mapping))
    again = write_csv(tmp_path / "d2.csv", [["First Name", "Last Name", "Email", "City"],
                                            [*NAME, "xq@example.org", "Quiggleworth Hall"]])
    joe.imports.run("donors", again, ImportOptions(joe.imports.inspect("donors", again).mapping,
                                                   duplicates="merge"))
    [donor] = [r for r in joe.donors.possible_duplicates(DonorDraft(first_name=NAME[0], last_name=NAME[1],
                                                                    email="xq@example.org"))]
    day = date.today() - timedelta(days=20)
    g1, _ = joe.gifts.record_gift(GiftDraft(donor.id, "40.00", day, note="From Xanthippe, in memory"))
    g2, _ = joe.gifts.record_gift(GiftDraft(donor.id, "60.00", day))
    receipt, _ = joe.receipts.issue_for_gift(g1.id)
    joe.touchpoints.log(TouchpointDraft(donor.id, datetime.now(UTC) - timedelta(days=2), "email", "update",
                                        notes="Spoke to Ms Quiggleworth"))

    with pytest.raises(NotPermitted):
        joe.person_data.export("donor", donor.id)
    files = export_person(maria, "donor", donor.id, tmp_path / "out")
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["record"][0]["last_name"] == NAME[1]
    assert {g["amount"] for g in data["gifts"]} == {"40.00", "60.00"}
    assert len(data["receipts"]) == 1 and data["touchpoints"][0]["notes"] == "Spoke to Ms Quiggleworth"
    assert any(e["kind"] == "create" for e in data["audit_trail"])
    assert NAME[1] not in files.pdf_path.name and files.pages >= 1
    assert NAME[1] in "".join(page.extract_text() for page in PdfReader(files.pdf_path).pages)

    with pytest.raises(ValidationError):
        maria.person_data.erase("donor", donor.id, "")
    maria.person_data.erase("donor", donor.id, "Written request from X. Quiggleworth received 2026-11-30")
    record = joe.donors.get(donor.id)
    assert record.name == "Anonymised donor" and record.email == "" and record.do_not_contact
    assert record.giving.lifetime_total == Decimal("100.00") and record.giving.gift_count == 2
    assert joe.receipts.get(receipt.id).number == receipt.number
    with db.read() as s:
        assert s.scalar(select(Receipt.total).where(Receipt.id == receipt.id)) == Decimal("40.00")
        assert s.scalar(select(Gift.note).where(Gift.id == g1.id)) == "From [removed], in memory"
        erased = s.scalar(select(AuditEntry).where(AuditEntry.kind == "anonymise"))
        assert erased.user_id == maria.actor.user_id
        assert erased.reason == "Written request from X. [removed] received 2026-11-30"
        assert s.scalar(select(AuditEntry.user_id).where(AuditEntry.record_type == "donor",
                                                         AuditEntry.kind == "create")) == joe.actor.user_id
    if db.dialect == "sqlite":
        data = file_bytes(db)
        for word in (*NAME, "xq@example.org"):
            assert word.encode() not in data and word.encode("utf-16-le") not in data, word


def test_a_client_erased_leaves_no_trace_of_the_name(db, services_for, tmp_path: Path) -> None:
    sam = services_for(Role.CASEWORKER)
    maria = services_for(Role.MANAGER)
    client, _ = sam.clients.create(ClientDraft(*NAME, date_of_birth=date(1970, 1, 2), notes="Xanthippe likes tea"))
    sam.clients.add_contact(client.id, ContactDraft("email", "xanthippe@example.org"))
    files = export_person(maria, "client", client.id, tmp_path)
    assert json.loads(files.json_path.read_text())["contacts"][0]["value"] == "xanthippe@example.org"
    with pytest.raises(NotPermitted):
        sam.person_data.erase("client", client.id, "asked")
    maria.person_data.erase("client", client.id, "Asked in person")
    assert sam.clients.get(client.id).anonymised
    if db.dialect == "sqlite":
        data = file_bytes(db)
        for word in (*NAME, "xanthippe@example.org"):
            assert word.encode() not in data, word
