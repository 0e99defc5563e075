"""Donors: supporters who give. Never joined to clients."""

from __future__ import annotations

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class Donor(Tracked, Base):
    __tablename__ = "donors"
    __table_args__ = (Index("ix_donors_sort_name", "sort_name", "id"),)

    # individual | organisation
    kind: Mapped[str] = mapped_column(String(20), default="individual")
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    # "Last, First" or the organisation's name: the key the list sorts on.
    sort_name: Mapped[str] = mapped_column(String(250), default="")
