"""UK Gift Aid declarations: the donor's own statement that Gift Aid may be claimed on their gifts.

A declaration is a record of its own (not a date on the donor) because what it covers depends on
its scope, when and how it was made, and whether it was cancelled; a receipt quotes one only where
it covers the gift, and the claim schedule lists only covered gifts. Declarations are never
deleted: a cancellation keeps the record and the day it took effect.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked


class GiftAidDeclaration(Tracked, Base):
    __tablename__ = "gift_aid_declarations"
    __table_args__ = (Index("ix_gift_aid_declarations_donor", "donor_id", "declared_on"),)

    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"))
    declared_on: Mapped[date]
    # this_gift | past_and_future | future (caseworker.domain.gift_aid.DeclarationScope)
    scope: Mapped[str] = mapped_column(String(20))
    # written | oral | online
    method: Mapped[str] = mapped_column(String(10))
    # The gift a "this gift" declaration names.
    gift_id: Mapped[int | None] = mapped_column(ForeignKey("gifts.id"), nullable=True)
    # An oral declaration counts once the confirmation letter has gone.
    confirmation_sent_on: Mapped[date | None] = mapped_column(nullable=True)
    cancelled_on: Mapped[date | None] = mapped_column(nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
