"""Reading is audited: record_read writes one "read" entry with the action, never the content."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker.db.database import Database
from caseworker.db.models import AuditEntry
from caseworker.domain.records import Actor
from caseworker.services.reading import record_read


def test_a_read_is_one_audit_entry_in_the_callers_transaction(db: Database, admin: Actor) -> None:
    with db.transaction("Open case notes") as s:
        record_read(s, admin, "case", 42, "case notes")
    with db.read() as s:
        entries = [(e.action, e.record_type, e.record_id, e.user_id, e.changes)
                   for e in s.scalars(select(AuditEntry).where(AuditEntry.kind == "read"))]
    assert entries == [
        ("Open case notes", "case", 42, admin.user_id, {"read": "case notes"})]


def test_a_failed_read_leaves_no_entry(db: Database, admin: Actor) -> None:
    with pytest.raises(RuntimeError):
        with db.transaction("Export a person's data") as s:
            record_read(s, admin, "client", 7, "data export")
            raise RuntimeError("the export failed")
    with db.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.kind == "read")).first() is None
