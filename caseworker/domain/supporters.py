"""Supporters for a manager: who gave this period and the one before, who is new, who came back,
who lapsed (LYBUNT: gave in the period before but not this one; SYBUNT: gave some time before that
but in neither), the size of gifts, where they came from, how fast they were thanked, and the
contact guard's blocks and overrides by staff member, and the contacts the guard counts per donor
against the contact policy's cap.

Voided gifts are left out everywhere. Amounts are Decimal; a figure without data is None.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from caseworker.domain.statistics import Period, rate


@dataclass(frozen=True)
class GiftGroup:
    label: str
    gifts: int
    amount: Decimal


@dataclass(frozen=True)
class GuardByStaff:
    """One staff member's contacts the guard blocked (attempts in the period) and overrides."""

    staff: str
    blocks: int
    overrides: int


@dataclass(frozen=True)
class Supporters:
    period: Period
    previous_period: Period
    donors: int
    donors_before: int
    retained: int  # gave in both periods
    new: int  # first gift ever in this period
    recovered: int  # gave before the previous period, not in it, and again in this one
    lybunt: int  # gave in the previous period, not in this one
    sybunt: int  # gave before the previous period, in neither since
    value: Decimal
    value_before: Decimal
    retained_value: Decimal  # this period's giving by the retained donors
    lybunt_value: Decimal  # what the LYBUNT donors gave in the previous period
    sybunt_value: Decimal  # what the SYBUNT donors gave before that
    gifts: int
    mean_gift: Decimal | None
    median_gift: Decimal | None
    by_appeal: tuple[GiftGroup, ...]
    by_channel: tuple[GiftGroup, ...]
    thanked: int
    not_thanked: int
    median_days_to_thank: Decimal | None
    overrides_by_staff: tuple[tuple[str, int], ...]
    # Contacts the guard counts (planned or done, not cancelled, not of an exempt purpose) in the
    # period, against the contact policy's cap of max_in_window in any window_days.
    touchpoints: int = 0
    donors_contacted: int = 0
    most_to_one_donor: int = 0
    window_days: int = 30
    max_in_window: int = 3
    guard_by_staff: tuple[GuardByStaff, ...] = ()

    @property
    def retention_rate(self) -> Decimal | None:
        return rate(self.retained, self.donors_before)

    @property
    def touchpoints_per_window(self) -> Decimal | None:
        """Counted contacts per contacted donor in a window of the policy's length, on average over
        the period: the figure to set beside the policy's cap."""
        if not self.donors_contacted:
            return None
        days = (self.period.end - self.period.start).days + 1
        return (Decimal(self.touchpoints * self.window_days) / (self.donors_contacted * days)).quantize(
            Decimal("0.01"))
