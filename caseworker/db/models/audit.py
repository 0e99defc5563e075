"""The audit trail: who did what to which record, when, and why."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, utcnow


class AuditEntry(Base):
    """One line of the trail, written in the same transaction as the change it records.

    Entries are never updated or deleted; they carry no version counter for that reason.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_record", "record_type", "record_id"),
        Index("ix_audit_entries_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    # The labelled user action, e.g. "Record disbursement"; the same label names the transaction.
    action: Mapped[str] = mapped_column(String(120))
    # create | update | void | read | override | sign-in ...
    kind: Mapped[str] = mapped_column(String(20))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # {"field": [before, after], ...} with values rendered as JSON-safe text.
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
