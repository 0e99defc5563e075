"""Donors and households: supporters who give. Never joined to clients.

A donor's communication preferences live here because the contact-frequency guard reads them
(``caseworker.domain.donors.preferences_for_guard`` turns a donor into the guard's
``DonorPreferences``). The giving summary columns (first/last gift, count, totals) are kept up to
date by the gift service in the same transaction as each gift or void, so a list of 100,000 donors
can filter and sort by segment and value without adding up half a million gifts each time.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from caseworker.db.base import Base, Tracked


class Household(Tracked, Base):
    """People linked by a shared address and joint giving."""

    __tablename__ = "households"
    __table_args__ = (Index("ix_households_search_name", "search_name", "id"),)

    name: Mapped[str] = mapped_column(String(200))
    # How letters to the household begin, e.g. "Dear Ana and Luis".
    salutation: Mapped[str] = mapped_column(String(200), default="")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(80), default="")
    search_name: Mapped[str] = mapped_column(String(200), default="")


class Donor(Tracked, Base):
    __tablename__ = "donors"
    __table_args__ = (
        Index("ix_donors_sort_name", "sort_name", "id"),
        Index("ix_donors_search_name", "search_name", "id"),
        Index("ix_donors_last_gift_on", "last_gift_on", "id"),
        Index("ix_donors_lifetime_total", "lifetime_total", "id"),
        # Everything the segment rule reads, so a segment filter scans this index, not the rows.
        Index("ix_donors_giving", "last_gift_on", "first_gift_on", "largest_gift", "lifetime_total",
              "segment_override", "id"),
    )

    # individual | organisation
    kind: Mapped[str] = mapped_column(String(20), default="individual")
    first_name: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    # "Last, First" or the organisation's name: the key the list sorts on.
    sort_name: Mapped[str] = mapped_column(String(250), default="")
    # Case-folded, accent-free "first last organisation" words: prefix search on either index.
    search_name: Mapped[str] = mapped_column(String(250), default="")
    salutation: Mapped[str] = mapped_column(String(120), default="")

    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(40), default="")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(80), default="")
    # An IANA zone name; empty means the organisation's.
    timezone: Mapped[str] = mapped_column(String(64), default="")

    # Communication preferences, read by the contact-frequency guard.
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    # A deceased donor is never contacted again but stays on record.
    deceased: Mapped[bool] = mapped_column(Boolean, default=False)
    deceased_on: Mapped[date | None] = mapped_column(nullable=True)
    # Lists of the guard's channel names ("phone", "email", ...).
    opted_out_channels: Mapped[list[Any]] = mapped_column(default=list)
    preferred_channels: Mapped[list[Any]] = mapped_column(default=list)
    # The donor's own frequency wishes; None means the organisation's policy applies.
    window_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_in_window: Mapped[int | None] = mapped_column(Integer, nullable=True)
    min_gap_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Stewardship cadence in days; None means the segment's default.
    cadence_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # A segment set by hand (major, regular, new, lapsed); None means derived from the giving.
    segment_override: Mapped[str | None] = mapped_column(String(20), nullable=True)
    relationship_manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id"), nullable=True, index=True)

    marketing_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    marketing_consent_source: Mapped[str] = mapped_column(String(200), default="")
    marketing_consent_on: Mapped[date | None] = mapped_column(nullable=True)
    # UK Gift Aid: when the donor declared their gifts eligible (printed on receipts).
    gift_aid_declared_on: Mapped[date | None] = mapped_column(nullable=True)

    household_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    # Giving summary over non-void gifts (maintained by the gift service).
    first_gift_on: Mapped[date | None] = mapped_column(nullable=True)
    last_gift_on: Mapped[date | None] = mapped_column(nullable=True)
    gift_count: Mapped[int] = mapped_column(Integer, default=0)
    lifetime_total: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    largest_gift: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))

    quiet_periods: Mapped[list[DonorQuietPeriod]] = relationship(
        lazy="selectin", order_by="DonorQuietPeriod.starts_on", back_populates="donor")


class DonorQuietPeriod(Tracked, Base):
    """A pause the donor asked for (inclusive donor-local dates): a do-not-contact that expires."""

    __tablename__ = "donor_quiet_periods"

    donor_id: Mapped[int] = mapped_column(ForeignKey("donors.id"), index=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    reason: Mapped[str] = mapped_column(String(500), default="")

    donor: Mapped[Donor] = relationship(back_populates="quiet_periods")
