"""What a board's minutes record beyond the decision's wording: who proposed and seconded it and how
the vote went, and how many members make a meeting quorate."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class DecisionVote(Tracked, Base):
    """Kept by the meeting and the decision's wording: saving the minutes again rewrites the
    decisions, and a decision that keeps its wording keeps its vote."""

    __tablename__ = "meeting_decision_votes"
    __table_args__ = (Index("ix_meeting_decision_votes_meeting", "meeting_id"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"))
    decision: Mapped[str] = mapped_column(Text)
    proposer: Mapped[str] = mapped_column(String(200), default="")
    seconder: Mapped[str] = mapped_column(String(200), default="")
    # None: not counted (agreed without a vote).
    votes_for: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes_against: Mapped[int | None] = mapped_column(Integer, nullable=True)
    abstentions: Mapped[int | None] = mapped_column(Integer, nullable=True)


class MeetingQuorum(Tracked, Base):
    __tablename__ = "meeting_quorums"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id"), unique=True)
    # How many of those invited must be present for the meeting to decide anything.
    quorum: Mapped[int] = mapped_column(Integer)
