"""What a grant application promised: output targets, named outcomes, the demographics the funder
asks for and the report's narrative."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class GrantTarget(Tracked, Base):
    """One row per grant; a None count means the funder set no target for that output."""

    __tablename__ = "grant_targets"

    grant_id: Mapped[int] = mapped_column(ForeignKey("grant_applications.id"), unique=True)
    people_served: Mapped[int | None] = mapped_column(Integer, nullable=True)
    new_people: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cases_resolved: Mapped[int | None] = mapped_column(Integer, nullable=True)
    aid_payments: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Comma-separated ``domain.grant_targets.Demographic`` values, in the funder's order.
    demographics: Mapped[str] = mapped_column(String(100), default="")
    narrative: Mapped[str] = mapped_column(Text, default="")


class GrantOutcome(Tracked, Base):
    __tablename__ = "grant_outcomes"

    grant_id: Mapped[int] = mapped_column(ForeignKey("grant_applications.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    target: Mapped[int] = mapped_column(Integer)
    achieved: Mapped[int | None] = mapped_column(Integer, nullable=True)
