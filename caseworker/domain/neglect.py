"""Neglect and its opposite: who has been forgotten, who has drifted, and who has been pestered.

Pure rules over plain values, so the services can run them over 100,000 donors after one query
each, and the tests can check them without a database.

* **Overdue**: nothing done within the donor's stewardship cadence (counted back from now) and
  nothing planned in the next :data:`PLANNED_GRACE_DAYS` days.
* **LYBUNT / SYBUNT**: gave Last Year But Unfortunately Not This year / Some Year But not this
  year nor last; "year" is the calendar year or the organisation's fiscal year. A donor whose last
  gift falls in last year is LYBUNT; one whose last gift is older is SYBUNT.
* **Giving rhythm**: a donor's own usual interval between gifts (the median gap, from at least
  :data:`RHYTHM_MIN_GIFTS` gifts). They are late only once the interval plus a tolerance has passed
  since their last gift, so a December giver is not late in June, while LYBUNT already lists them.
* **Pestered**: near the contact limits of the guard's policy (the donor's own limits first).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median
from typing import Final

from caseworker.domain.guard import ContactPolicy, DonorPreferences, Purpose, Touch, TouchStatus
from caseworker.domain.i18n import N_

PLANNED_GRACE_DAYS: Final = 14
RHYTHM_MIN_GIFTS: Final = 3
#: Lateness starts after the usual interval plus a quarter of it, and never under a month.
RHYTHM_TOLERANCE: Final = 0.25
RHYTHM_MIN_TOLERANCE_DAYS: Final = 30


# --- overdue -------------------------------------------------------------------------------------

def is_overdue(last_done: datetime | None, next_planned: datetime | None, cadence_days: int,
               now: datetime) -> bool:
    """Nothing done in the last ``cadence_days`` and nothing planned from now for 14 days."""
    if next_planned is not None and now <= next_planned <= now + timedelta(days=PLANNED_GRACE_DAYS):
        return False
    return last_done is None or now - last_done > timedelta(days=cadence_days)


def days_overdue(last_done: datetime | None, cadence_days: int, now: datetime) -> int | None:
    """Days past the cadence since the last contact; None when there never was one."""
    if last_done is None:
        return None
    return max(0, (now - last_done).days - cadence_days)


# --- LYBUNT / SYBUNT -----------------------------------------------------------------------------

class Retention(enum.StrEnum):
    THIS_YEAR = "this_year"
    LYBUNT = "lybunt"
    SYBUNT = "sybunt"
    NEVER = "never"


RETENTION_LABELS: Final = {
    Retention.THIS_YEAR: N_("Gave this year"),
    Retention.LYBUNT: N_("Gave last year, not yet this year"),
    Retention.SYBUNT: N_("Gave some earlier year, not last year or this year"),
    Retention.NEVER: N_("No gifts yet"),
}


def year_start(day: date, first_month: int = 1) -> date:
    """The first day of the (calendar or fiscal) year that holds ``day``."""
    year = day.year if day.month >= first_month else day.year - 1
    return date(year, first_month, 1)


def retention_bounds(today: date, first_month: int = 1) -> tuple[date, date]:
    """(last year's start, this year's start) for a year beginning in ``first_month``."""
    this_start = year_start(today, first_month)
    return date(this_start.year - 1, first_month, 1), this_start


def retention(last_gift_on: date | None, today: date, first_month: int = 1) -> Retention:
    """Where a donor stands, from the date of their latest non-void gift."""
    if last_gift_on is None:
        return Retention.NEVER
    last_start, this_start = retention_bounds(today, first_month)
    if last_gift_on >= this_start:
        return Retention.THIS_YEAR
    if last_gift_on >= last_start:
        return Retention.LYBUNT
    return Retention.SYBUNT


# --- giving rhythm -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rhythm:
    """A donor's usual interval between gifts and when the next one would be late."""

    interval_days: int
    last_gift_on: date
    expected_on: date
    late_from: date

    def late_by(self, today: date) -> int:
        """Days past the tolerated date; 0 when not late."""
        return max(0, (today - self.late_from).days)


def giving_rhythm(gift_dates: Iterable[date]) -> Rhythm | None:
    """The rhythm of these gift dates; None with fewer than three distinct gift days."""
    days = sorted(set(gift_dates))
    if len(days) < RHYTHM_MIN_GIFTS:
        return None
    interval = round(median((b - a).days for a, b in zip(days, days[1:])))
    tolerance = max(RHYTHM_MIN_TOLERANCE_DAYS, round(interval * RHYTHM_TOLERANCE))
    last = days[-1]
    return Rhythm(interval, last, last + timedelta(days=interval),
                  last + timedelta(days=interval + tolerance))


def late_against_rhythm(gift_dates: Iterable[date], today: date) -> Rhythm | None:
    """The donor's rhythm if they are late against it today, else None."""
    rhythm = giving_rhythm(gift_dates)
    if rhythm is None or today <= rhythm.late_from:
        return None
    return rhythm


# --- pestered ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pressure:
    """How close a donor is to the contact limits around now."""

    in_window: int  # counted contacts in the last W days and planned in the next W days
    window_limit: int
    window_days: int
    asks: int  # counted asks in the last WA days and planned in the next WA days
    ask_limit: int
    ask_window_days: int

    @property
    def pestered(self) -> bool:
        """At or within one of the window limit, or at the ask limit."""
        near = max(1, self.window_limit - 1)
        return self.in_window >= near or (self.ask_limit > 0 and self.asks >= self.ask_limit) \
            or (self.ask_limit == 0 and self.asks > 0)

    @property
    def score(self) -> float:
        """The larger share of a limit used (for sorting the most pressed first)."""
        window = self.in_window / self.window_limit if self.window_limit else float(self.in_window)
        asks = self.asks / self.ask_limit if self.ask_limit else float(self.asks)
        return max(window, asks)


def contact_pressure(policy: ContactPolicy, donor: DonorPreferences, history: Sequence[Touch],
                     now: datetime) -> Pressure:
    """Counted, non-exempt contacts within a window either side of now (planned ones included)."""
    window = donor.window_days if donor.window_days is not None else policy.window_days
    limit = donor.max_in_window if donor.max_in_window is not None else policy.max_in_window
    in_window = asks = 0
    for touch in history:
        if touch.status == TouchStatus.CANCELLED or touch.purpose in policy.exempt_purposes:
            continue
        distance = abs(touch.when - now)
        if distance < timedelta(days=window):
            in_window += 1
        if touch.purpose == Purpose.ASK and distance < timedelta(days=policy.ask_window_days):
            asks += 1
    return Pressure(in_window, limit, window, asks, policy.max_asks_in_window, policy.ask_window_days)
