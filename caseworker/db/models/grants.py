"""Funders and grant applications: stages, key dates, checklist, budget and spending."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked
from caseworker.db.types import CurrencyCode


class Funder(Tracked, Base):
    __tablename__ = "funders"
    __table_args__ = (Index("ix_funders_name", "name", "id"),)

    name: Mapped[str] = mapped_column(String(200))
    website: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FunderContact(Tracked, Base):
    """Someone who works at a funder (no file of their own)."""

    __tablename__ = "funder_contacts"

    funder_id: Mapped[int] = mapped_column(ForeignKey("funders.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class FunderProgramme(Tracked, Base):
    __tablename__ = "funder_programmes"

    funder_id: Mapped[int] = mapped_column(ForeignKey("funders.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class GrantApplication(Tracked, Base):
    __tablename__ = "grant_applications"
    __table_args__ = (
        Index("ix_grant_applications_stage", "stage", "id"),
        Index("ix_grant_applications_deadline", "submission_deadline"),
    )

    funder_id: Mapped[int] = mapped_column(ForeignKey("funders.id"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("funder_programmes.id"), nullable=True)
    # None: the organisation applies for itself; otherwise on behalf of this client.
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True, index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(CurrencyCode())
    requested: Mapped[Decimal]
    awarded: Mapped[Decimal | None] = mapped_column(nullable=True)
    stage: Mapped[str] = mapped_column(String(12), default="prospect")
    stage_changed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    submission_deadline: Mapped[date | None] = mapped_column(nullable=True)
    submitted_on: Mapped[date | None] = mapped_column(nullable=True)
    decision_expected: Mapped[date | None] = mapped_column(nullable=True)
    period_start: Mapped[date | None] = mapped_column(nullable=True)
    period_end: Mapped[date | None] = mapped_column(nullable=True)
    # Reports due: the first due date and an RRULE value (e.g. FREQ=MONTHLY;INTERVAL=3;COUNT=4).
    report_first_due: Mapped[date | None] = mapped_column(nullable=True)
    report_rule: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class GrantDocument(Tracked, Base):
    """One line of an application's checklist of documents."""

    __tablename__ = "grant_documents"

    grant_id: Mapped[int] = mapped_column(ForeignKey("grant_applications.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class GrantBudgetLine(Tracked, Base):
    __tablename__ = "grant_budget_lines"

    grant_id: Mapped[int] = mapped_column(ForeignKey("grant_applications.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(120))
    amount: Mapped[Decimal]


class GrantSpending(Tracked, Base):
    """Money spent against a budget line; voided with a reason, never deleted.

    When an aid disbursement *is* the spending it is linked, at most once (unique), and its amount
    is the disbursement's: the same money is never counted twice.
    """

    __tablename__ = "grant_spending"
    __table_args__ = (Index("ix_grant_spending_line", "budget_line_id", "spent_on"),)

    grant_id: Mapped[int] = mapped_column(ForeignKey("grant_applications.id"), index=True)
    budget_line_id: Mapped[int] = mapped_column(ForeignKey("grant_budget_lines.id"))
    spent_on: Mapped[date]
    amount: Mapped[Decimal]
    description: Mapped[str] = mapped_column(String(300), default="")
    disbursement_id: Mapped[int | None] = mapped_column(ForeignKey("disbursements.id"), nullable=True,
                                                        unique=True)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(Text, default="")
