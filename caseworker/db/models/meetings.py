"""Meetings: one-off or a series (RRULE with exceptions), attendees, agenda, minutes, actions.

A series is one row with ``rule`` set; its occurrences are computed, never stored. A cancelled
occurrence is a :class:`MeetingException` (EXDATE). An occurrence edited on its own becomes its own
row with ``series_id`` and ``recurrence_id`` (its original start, RFC 5545's RECURRENCE-ID), so it
can carry its own attendance, minutes and action items; the series skips that original start.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class Meeting(Tracked, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        Index("ix_meetings_starts_at", "starts_at"),
        Index("ix_meetings_series_range", "rule", "series_ends_at"),
        UniqueConstraint("series_id", "recurrence_id", name="uq_meetings_series_recurrence"),
    )

    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    # in_person | phone | video | site_visit
    channel: Mapped[str] = mapped_column(String(12), default="in_person")
    location: Mapped[str] = mapped_column(String(300), default="")
    organiser_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # RRULE value for a series master; "" for a one-off meeting or a detached occurrence.
    rule: Mapped[str] = mapped_column(String(200), default="")
    # The last occurrence's end for a bounded series (None: repeats for ever), for range queries.
    series_ends_at: Mapped[datetime | None] = mapped_column(nullable=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), nullable=True, index=True)
    recurrence_id: Mapped[datetime | None] = mapped_column(nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    # Donor touchpoints: the purpose a meeting with a donor counts as (guard purposes).
    donor_purpose: Mapped[str] = mapped_column(String(10), default="update")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class MeetingException(Base):
    """A cancelled occurrence of a series (EXDATE), by its original start."""

    __tablename__ = "meeting_exceptions"
    __table_args__ = (UniqueConstraint("meeting_id", "original_start", name="uq_meeting_exceptions_start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    original_start: Mapped[datetime]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class MeetingAttendee(Tracked, Base):
    __tablename__ = "meeting_attendees"
    __table_args__ = (
        Index("ix_meeting_attendees_user", "user_id", "meeting_id"),
        Index("ix_meeting_attendees_client", "client_id"),
        Index("ix_meeting_attendees_donor", "donor_id"),
    )

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    # staff | client | donor | external
    kind: Mapped[str] = mapped_column(String(10))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True)
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donors.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    # invited | attended | apologies | absent
    attendance: Mapped[str] = mapped_column(String(10), default="invited")


class AgendaItem(Tracked, Base):
    __tablename__ = "meeting_agenda_items"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class MeetingDecision(Tracked, Base):
    __tablename__ = "meeting_decisions"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class ActionItem(Tracked, Base):
    """Something a meeting asked a staff member to do by a date; shows in their My work."""

    __tablename__ = "meeting_action_items"
    __table_args__ = (Index("ix_meeting_action_items_owner", "owner_id", "done", "due_on"),
                      Index("ix_meeting_action_items_due", "due_on"))

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    due_on: Mapped[date | None] = mapped_column(nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(nullable=True)
