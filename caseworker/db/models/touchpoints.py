"""Touchpoints (every contact with a donor, by any staff member) and the contact policy.

One table holds the shared history the contact guard reads: planned and done touchpoints count,
cancelled ones never do, and a cancelled touchpoint stays on record. ``meeting_id`` names the
meeting a touchpoint came from; it is a plain integer because meetings belong to a capability that
is migrated later in the chain. An override of the guard keeps who overrode it and why on the row
(and in the audit log).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class Touchpoint(Tracked, Base):
    __tablename__ = "touchpoints"
    __table_args__ = (
        Index("ix_touchpoints_donor_when", "donor_id", "when"),
        Index("ix_touchpoints_status_when", "status", "when"),
        Index("ix_touchpoints_staff_when", "staff_id", "when"),
    )

    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"))
    # The instant of the contact, stored in UTC.
    when: Mapped[datetime]
    # The guard's names: phone, sms, email, letter, visit, video, event.
    channel: Mapped[str] = mapped_column(String(20))
    # ask, thanks, update, invite, other.
    purpose: Mapped[str] = mapped_column(String(20))
    # planned, done, cancelled.
    status: Mapped[str] = mapped_column(String(20), default="planned")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Bulk plans share a label ("Winter appeal 2026"), so an appeal can be found again.
    campaign: Mapped[str] = mapped_column(String(120), default="")
    meeting_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")


class ContactPolicyRow(Tracked, Base):
    """The organisation's contact policy: one row, the settings as JSON in the scenario format."""

    __tablename__ = "contact_policies"

    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
