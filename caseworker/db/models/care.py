"""Client care: tasks, the reminders shown to each person, contact rhythms and client feedback.

A reminder row is written before it is due and stamped when the window has shown it, so a reminder
whose moment passed while the app was closed is shown on the next start, and none is shown twice.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked, utcnow


class Task(Tracked, Base):
    """Something to do, on a record (client, case, donor, grant, meeting) or on its own."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_assignee_status_due", "assignee_id", "status", "due_at"),
        Index("ix_tasks_team_status_due", "team_id", "status", "due_at"),
        Index("ix_tasks_record", "record_type", "record_id"),
    )

    title: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    # "" for a task of its own, else client / case / donor / grant / meeting.
    record_type: Mapped[str] = mapped_column(String(20), default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), nullable=True)
    due_at: Mapped[datetime | None] = mapped_column(nullable=True)
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    status: Mapped[str] = mapped_column(String(10), default="open")
    # A repeating task: each done occurrence makes the next one, due at the rule's next time.
    rrule: Mapped[str] = mapped_column(String(200), default="")
    series_start: Mapped[datetime | None] = mapped_column(nullable=True)
    remind_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A planned contact with the client the task is on (their channel is checked against it).
    channel: Mapped[str] = mapped_column(String(20), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Reminder(Base):
    """One reminder for one person, shown once."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("user_id", "source_type", "source_id", "key", name="uq_reminders_user_source_key"),
        Index("ix_reminders_user_shown_fire", "user_id", "shown_at", "fire_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # "task" or "case"; the key tells one reminder of a record from another ("due:2026-12-10",
    # "escalation:2").
    source_type: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))
    fire_at: Mapped[datetime]
    title: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    shown_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ContactRhythm(Tracked, Base):
    """How often and how a client is checked in with, on their terms."""

    __tablename__ = "contact_rhythms"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), unique=True)
    every_days: Mapped[int] = mapped_column(Integer)
    # Only while the client has an open case (the usual rhythm), or for good.
    while_case_open: Mapped[bool] = mapped_column(Boolean, default=True)
    channel: Mapped[str] = mapped_column(String(20), default="")
    # The client's days ("mon,wed,fri"; empty: any day) and best times ("10:00"-"16:00").
    days: Mapped[str] = mapped_column(String(40), default="")
    best_from: Mapped[str] = mapped_column(String(5), default="")
    best_to: Mapped[str] = mapped_column(String(5), default="")
    started_on: Mapped[date]
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ClientFeedback(Tracked, Base):
    """The client's own view of a resolved case, in their words (the worker's verdict is on the case)."""

    __tablename__ = "client_feedback"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    solved: Mapped[str] = mapped_column(String(10))
    acceptable: Mapped[str] = mapped_column(String(10))
    treated: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(10), default="phone")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class StaffProfile(Tracked, Base):
    """What the organigram says about one person beyond their account: the role a client is told,
    how and when to reach them, and who stands in for them."""

    __tablename__ = "staff_profiles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    job_title: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # Working days ("mon,tue,wed") and hours ("09:00"-"17:00"); empty: not stated.
    work_days: Mapped[str] = mapped_column(String(40), default="")
    work_from: Mapped[str] = mapped_column(String(5), default="")
    work_to: Mapped[str] = mapped_column(String(5), default="")
    backup_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class TeamProfile(Tracked, Base):
    """A team's point of contact, its backup and how clients reach it."""

    __tablename__ = "team_profiles"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), unique=True)
    point_of_contact_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    backup_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
