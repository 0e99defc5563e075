"""Cases, their categories, timeline, handoffs and the specialists involved. Confidential.

Nothing here is ever deleted: a case is resolved and closed, a handoff is returned or withdrawn, a
note that needed correcting keeps its earlier text in the audit log.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked, utcnow


class CaseCategory(Tracked, Base):
    """A kind of case and how it is routed: its specialty, point of contact and target time."""

    __tablename__ = "case_categories"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(String(500), default="")
    # Target resolution time in business days from opening.
    target_days: Mapped[int] = mapped_column(Integer, default=20)
    # Matches UserSpecialty.specialty (lower case); empty when any caseworker may take it.
    specialty: Mapped[str] = mapped_column(String(60), default="")
    point_of_contact_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Case(Tracked, Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_status_due", "status", "due_on", "id"),
        Index("ix_cases_assignee_status", "assignee_id", "status", "due_on"),
        Index("ix_cases_client", "client_id", "id"),
        Index("ix_cases_category", "category_id", "status"),
    )

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("case_categories.id"))
    title: Mapped[str] = mapped_column(String(200), default="")
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    status: Mapped[str] = mapped_column(String(20), default="new")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    opened_on: Mapped[date]
    # The category's target when the case was opened: changing a category later moves no due dates.
    target_days: Mapped[int] = mapped_column(Integer)
    # Kept up to date on every step, so lists sort and filter on it in SQL. While the case waits on
    # the client the clock is paused and the shown due date moves on each day.
    due_on: Mapped[date]
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    waiting_on: Mapped[str] = mapped_column(String(20), default="")
    waiting_since: Mapped[date | None] = mapped_column(nullable=True)
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    # The resolution (filled when resolved, cleared on reopen; the timeline keeps the old one).
    outcome: Mapped[str] = mapped_column(Text, default="")
    resolved_alone: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    acceptable: Mapped[str | None] = mapped_column(String(10), nullable=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    resolved_on: Mapped[date | None] = mapped_column(nullable=True)
    closed_on: Mapped[date | None] = mapped_column(nullable=True)


class CaseEvent(Tracked, Base):
    """One line of the timeline: a note, call or visit, or a step the workflow took."""

    __tablename__ = "case_events"
    __table_args__ = (
        Index("ix_case_events_case_at", "case_id", "at"),
        Index("ix_case_events_client_at", "client_id", "at"),
    )

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    # The client's timeline spans all their cases; keeping the client here avoids a join.
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    # Structured detail of workflow steps, e.g. {"from": "new", "to": "assigned"}.
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)


class Handoff(Tracked, Base):
    """A case offered to another worker, until they accept or return it."""

    __tablename__ = "handoffs"
    __table_args__ = (
        Index("ix_handoffs_to_state", "to_user_id", "state"),
        Index("ix_handoffs_case", "case_id", "state"),
    )

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    from_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    to_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default="pending")
    reason: Mapped[str] = mapped_column(Text, default="")
    offered_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(nullable=True)


class CaseSpecialist(Tracked, Base):
    """A specialist (often from another team) involved in a case, and why."""

    __tablename__ = "case_specialists"
    __table_args__ = (UniqueConstraint("case_id", "user_id", name="uq_case_specialists_case_user"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    involved_at: Mapped[datetime] = mapped_column(default=utcnow)
