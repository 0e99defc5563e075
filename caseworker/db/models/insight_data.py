"""Records kept only so that Insight can count what used to leave no trace.

A refused disbursement and a contact the guard blocked change nothing by design, so nothing of
them was stored; managers asked how often each happens, by fund and month and by staff member.
Each refusal or block is one row, written after (or beside) the refused action; the rows are
never edited. A grant report marked submitted keeps the due date it answers and the day it went
to the funder, so "reports met on time" can be counted.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked, utcnow


class AidRefusal(Base):
    """A disbursement refused over the client's cap or the fund's budget (nothing else was written)."""

    __tablename__ = "aid_refusals"
    __table_args__ = (Index("ix_aid_refusals_fund_on", "fund_id", "asked_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    # The disbursement date asked for: the month it counts in, as a paid one would.
    asked_on: Mapped[date]
    # client_cap or budget: the limit that refused it.
    limit_kind: Mapped[str] = mapped_column(String(20))


class GuardBlock(Base):
    """A touchpoint the contact guard blocked when someone tried to plan, log or move it."""

    __tablename__ = "guard_blocks"
    __table_args__ = (Index("ix_guard_blocks_at_user", "at", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # When the attempt was made (the figures count blocks by this instant).
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"))
    # The time asked for, the channel and the guard's rules (comma-separated domain.guard.Rule values).
    proposed_at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(20))
    rules: Mapped[str] = mapped_column(String(200))
    # dialog, appeal or meeting: where the attempt came from.
    source: Mapped[str] = mapped_column(String(20))


class GrantReportSubmission(Tracked, Base):
    """A scheduled grant report sent to the funder: which due date it answers and when it went."""

    __tablename__ = "grant_report_submissions"
    __table_args__ = (Index("uq_grant_report_submissions_grant_due", "grant_id", "due_on", unique=True),)

    grant_id: Mapped[int] = mapped_column(ForeignKey("grant_applications.id"))
    due_on: Mapped[date]
    submitted_on: Mapped[date]
    submitted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
