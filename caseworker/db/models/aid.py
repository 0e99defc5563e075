"""Funds and the aid disbursed from them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker.db.base import Base, Tracked
from caseworker.db.types import CurrencyCode


class Fund(Tracked, Base):
    __tablename__ = "funds"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    restrictions: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(CurrencyCode(), default="USD")
    # month | quarter | year, aligned to the fiscal year; no budget means unlimited.
    budget_period: Mapped[str] = mapped_column(String(10), default="year")
    budget: Mapped[Decimal | None] = mapped_column(nullable=True)
    client_cap: Mapped[Decimal | None] = mapped_column(nullable=True)
    # rolling_12_months | calendar_year
    cap_window: Mapped[str] = mapped_column(String(20), default="rolling_12_months")
    approval_threshold: Mapped[Decimal | None] = mapped_column(nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Disbursement(Tracked, Base):
    """Money or goods given to (or on behalf of) a client; voided with a reason, never deleted."""

    __tablename__ = "disbursements"
    __table_args__ = (
        Index("ix_disbursements_fund_date", "fund_id", "disbursed_on"),
        Index("ix_disbursements_client_fund", "client_id", "fund_id", "disbursed_on"),
    )

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), nullable=True, index=True)
    fund_id: Mapped[int] = mapped_column(ForeignKey("funds.id"))
    kind: Mapped[str] = mapped_column(String(10))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(CurrencyCode())
    disbursed_on: Mapped[date]
    payee_kind: Mapped[str] = mapped_column(String(12), default="client")
    payee_name: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default="requested", index=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")
