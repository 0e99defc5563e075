"""The bookkeeping of database roles on a PostgreSQL server (see ``caseworker.db.db_roles``).

One row of :class:`DbRoleSettings` means the mode is on: every staff member connects, after signing
in, as their own login role, named in :class:`DbRoleLogin`. On SQLite both tables stay empty.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, utcnow


class DbRoleSettings(Base):
    """The mode's one row: the prefix every role it made starts with, and when it was set up."""

    __tablename__ = "db_role_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(40), unique=True)
    set_up_at: Mapped[datetime] = mapped_column(default=utcnow)
    set_up_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class DbRoleLogin(Base):
    """A staff member's login role, and when the app last gave it the person's password (never
    the password itself: the server keeps only its SCRAM verifier)."""

    __tablename__ = "db_role_logins"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role_name: Mapped[str] = mapped_column(String(63), unique=True)
    password_set_at: Mapped[datetime | None] = mapped_column(nullable=True)
