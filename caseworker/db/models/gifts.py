"""Gifts, soft credits, recurring gifts and pledges, and receipts.

Money records are never deleted: a refund or a correction voids the gift with a reason (and a
correction records the right gift naming the one it replaces); a wrong receipt is voided and a new
one issued that names the old number. Receipt numbers come from :class:`ReceiptCounter`, a row
updated inside the issuing transaction, so a rolled-back issue leaves no gap (a database sequence
would).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked
from caseworker.db.types import CurrencyCode


class GiftSchedule(Tracked, Base):
    """A recurring gift (open-ended instalments) or a pledge (a promised total in instalments)."""

    __tablename__ = "gift_schedules"

    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"), index=True)
    # recurring | pledge
    kind: Mapped[str] = mapped_column(String(20))
    # Each instalment.
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(CurrencyCode(), default="USD")
    # A pledge's promised total; None for a recurring gift.
    pledged_total: Mapped[Decimal | None] = mapped_column(nullable=True)
    # An RFC 5545 RRULE (dateutil), e.g. "FREQ=MONTHLY;BYMONTHDAY=1".
    rrule: Mapped[str] = mapped_column(String(500))
    starts_on: Mapped[date]
    ends_on: Mapped[date | None] = mapped_column(nullable=True)
    fund: Mapped[str] = mapped_column(String(120), default="")
    appeal_code: Mapped[str] = mapped_column(String(40), default="")
    method: Mapped[str] = mapped_column(String(20), default="")
    # active | completed | cancelled
    status: Mapped[str] = mapped_column(String(20), default="active")
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")


class Gift(Tracked, Base):
    __tablename__ = "gifts"
    __table_args__ = (
        Index("ix_gifts_donor_date", "donor_id", "gift_date"),
        Index("ix_gifts_gift_date", "gift_date"),
        Index("ix_gifts_appeal_code", "appeal_code"),
    )

    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"))
    # Cash received; for a gift in kind, its fair market value.
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(CurrencyCode(), default="USD")
    gift_date: Mapped[date]
    fund: Mapped[str] = mapped_column(String(120), default="")
    appeal_code: Mapped[str] = mapped_column(String(40), default="")
    # cash | cheque | card | bank_transfer | direct_debit | online | in_kind | securities | other
    method: Mapped[str] = mapped_column(String(20), default="cash")
    in_kind_description: Mapped[str] = mapped_column(Text, default="")
    # Goods or services the donor received in return, and their fair market value.
    advantage_description: Mapped[str] = mapped_column(String(500), default="")
    advantage_value: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    reference: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # When the thank-you went out; None while the gift is unacknowledged.
    thanked_on: Mapped[date | None] = mapped_column(nullable=True)
    schedule_id: Mapped[int | None] = mapped_column(ForeignKey("gift_schedules.id"), nullable=True, index=True)
    # Set on a correction: the voided gift this one replaces.
    replaces_gift_id: Mapped[int | None] = mapped_column(ForeignKey("gifts.id"), nullable=True)
    # Gifts keyed in together in one batch share its label, e.g. "2026-11-24 post".
    batch_label: Mapped[str] = mapped_column(String(80), default="")
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class SoftCredit(Tracked, Base):
    """Recognition of another donor for a gift (a spouse, a solicitor, a donor-advised fund's
    adviser); it never adds to that donor's own giving totals."""

    __tablename__ = "soft_credits"
    __table_args__ = (UniqueConstraint("gift_id", "donor_id", name="uq_soft_credits_gift_donor"),)

    gift_id: Mapped[int] = mapped_column(ForeignKey("gifts.id"), index=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"), index=True)
    amount: Mapped[Decimal]
    note: Mapped[str] = mapped_column(String(500), default="")


class Receipt(Tracked, Base):
    __tablename__ = "receipts"
    __table_args__ = (Index("ix_receipts_donor_issued", "donor_id", "issued_on"),)

    number: Mapped[int] = mapped_column(Integer, unique=True)
    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"))
    # gift | year
    kind: Mapped[str] = mapped_column(String(10))
    tax_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # US | CA | UK (the organisation's setting when issued)
    style: Mapped[str] = mapped_column(String(2))
    issued_on: Mapped[date]
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    currency: Mapped[str] = mapped_column(CurrencyCode(), default="USD")
    total: Mapped[Decimal]
    eligible_total: Mapped[Decimal]
    # The name and address as printed, so a reprint matches the original.
    donor_name: Mapped[str] = mapped_column(String(250))
    donor_address: Mapped[str] = mapped_column(Text, default="")
    replaces_receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class ReceiptGift(Base):
    """Which gifts a receipt covers, with the eligible amount as receipted."""

    __tablename__ = "receipt_gifts"
    __table_args__ = (UniqueConstraint("receipt_id", "gift_id", name="uq_receipt_gifts_receipt_gift"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    gift_id: Mapped[int] = mapped_column(ForeignKey("gifts.id"), index=True)
    eligible_amount: Mapped[Decimal]


class ReceiptCounter(Base):
    """The next receipt number of a series, taken under a row lock inside the issuing transaction."""

    __tablename__ = "receipt_counters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series: Mapped[str] = mapped_column(String(20), unique=True)
    next_number: Mapped[int] = mapped_column(Integer, default=1)
