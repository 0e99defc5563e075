"""Clients: the people the organisation helps. Confidential."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class Client(Tracked, Base):
    __tablename__ = "clients"
    __table_args__ = (Index("ix_clients_name", "last_name", "first_name", "id"),)

    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str] = mapped_column(String(120), default="")
    date_of_birth: Mapped[date | None] = mapped_column(nullable=True)
