"""Auditing who read what: opening a client's case notes, exporting a person's data.

Reads are written to the same trail as changes (``kind="read"``), inside the caller's own
transaction, so a read that fails leaves no entry and one that succeeds always has one. The entry
names the record and what was read, never the content.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from caseworker.db.models import AuditEntry
from caseworker.domain.records import Actor
from caseworker.services import audit

READ_KIND = "read"


def record_read(session: Session, actor: Actor, record_type: str, record_id: int, what: str) -> AuditEntry:
    """Note that *actor* read *what* (e.g. "case notes", "data export") of a record.

    Call it from a write transaction (``db.transaction("Open case notes")``): a read-only session
    rolls back whatever it wrote.
    """
    return audit.record(session, actor, kind=READ_KIND, record_type=record_type, record_id=record_id,
                        changes={"read": what})
