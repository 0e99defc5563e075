"""Business days: Monday to Friday, less the organisation's holidays.

The calendar is a dateutil recurrence (``FREQ=DAILY;BYWEEKDAY=MO,TU,WE,TH,FR``) with the holidays
as exception dates. It is expanded once per span of years into a sorted list, so counting and
adding days are binary searches: the demo generator computes 150,000 due dates with it, and a
single case's due date costs no more than a list lookup.

A case's due date is the day it was opened plus the category's target in business days, pushed
back by the business days it spent waiting on the client (the clock is paused while the client has
to act). A wait from day ``a`` to day ``b`` pauses the business days ``d`` with ``a < d <= b``:
the same rule as counting the days elapsed, so a wait that begins and ends on one day costs none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateutil.rrule import DAILY, FR, MO, TH, TU, WE, rrule, rruleset

WEEKDAYS = (MO, TU, WE, TH, FR)
# Each expansion covers whole years around the dates asked for, plus this margin, so a due date
# a few months ahead never falls off the end.
_MARGIN_YEARS = 2
#: Public holidays are looked up for this many years either side of today.
HOLIDAY_YEARS = 3


@lru_cache(maxsize=32)
def public_holidays(country: str, first_year: int, last_year: int) -> frozenset[date]:
    """The national public holidays of *country* (ISO 3166 code) from *first_year* to *last_year*.

    From the ``holidays`` library, loaded only for an organisation that has a country; none for ""
    or a country it does not know. Regional days (Easter Monday outside Scotland, a US state's)
    are left to the organisation's own list of holidays.
    """
    if not country:
        return frozenset()
    import holidays

    try:
        found = holidays.country_holidays(country, years=range(first_year, last_year + 1))
    except NotImplementedError:
        return frozenset()
    return frozenset(found.keys())


def business_day_rule(start: date, until: date, holidays: Iterable[date] = ()) -> rruleset:
    """The recurrence of business days from *start* to *until* (both included)."""
    rules = rruleset()
    rules.rrule(rrule(DAILY, byweekday=WEEKDAYS, dtstart=_midnight(start), until=_midnight(until)))
    for holiday in holidays:
        rules.exdate(_midnight(holiday))
    return rules


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


@dataclass(frozen=True)
class BusinessCalendar:
    """The business days of a span of years, for counting and adding without re-expanding."""

    first: date
    last: date
    days: tuple[date, ...]
    holidays: frozenset[date]

    @classmethod
    def covering(cls, holidays: Iterable[date], *days: date) -> BusinessCalendar:
        years = [d.year for d in days] or [date.today().year]
        return _calendar(frozenset(holidays), min(years) - _MARGIN_YEARS, max(years) + _MARGIN_YEARS)

    def is_business_day(self, day: date) -> bool:
        self._check(day)
        i = bisect_left(self.days, day)
        return i < len(self.days) and self.days[i] == day

    def between(self, start: date, end: date) -> int:
        """Business days ``d`` with ``start < d <= end`` (0 when *end* is not after *start*)."""
        if end <= start:
            return 0
        self._check(start)
        self._check(end)
        return bisect_right(self.days, end) - bisect_right(self.days, start)

    def add(self, start: date, n: int) -> date:
        """The *n*-th business day after *start* (*start* itself when ``n == 0``)."""
        if n < 0:
            raise ValueError("business days to add must not be negative")
        if n == 0:
            return start
        self._check(start)
        i = bisect_right(self.days, start) + n - 1
        if i >= len(self.days):
            # Far beyond the span (a target of years): widen it until the day fits.
            later = start + timedelta(days=2 * n + 14)
            return BusinessCalendar.covering(self.holidays, start, later).add(start, n)
        return self.days[i]

    def _check(self, day: date) -> None:
        if not self.first <= day <= self.last:
            raise ValueError(f"{day} is outside the calendar {self.first}..{self.last}")


@lru_cache(maxsize=16)
def _calendar(holidays: frozenset[date], first_year: int, last_year: int) -> BusinessCalendar:
    first, last = date(max(1, first_year), 1, 1), date(min(9999, last_year), 12, 31)
    days = tuple(d.date() for d in business_day_rule(first, last, holidays))
    return BusinessCalendar(first, last, days, holidays)


def business_days_between(start: date, end: date, holidays: Iterable[date] = ()) -> int:
    """Business days ``d`` with ``start < d <= end``."""
    return BusinessCalendar.covering(holidays, start, end).between(start, end)


def add_business_days(start: date, n: int, holidays: Iterable[date] = ()) -> date:
    """The *n*-th business day after *start*."""
    return BusinessCalendar.covering(holidays, start).add(start, n)


def due_date(opened: date, target_days: int, *, paused_days: int = 0,
             waiting_since: date | None = None, today: date | None = None,
             holidays: Iterable[date] = ()) -> date:
    """When a case is due: *target_days* business days after *opened*, plus every paused day.

    ``paused_days`` are the business days of earlier, finished waits on the client;
    ``waiting_since`` is the start of a wait still going on, which pauses the clock up to *today*.
    """
    holidays = frozenset(holidays)
    extra = paused_days
    if waiting_since is not None:
        extra += business_days_between(waiting_since, today or date.today(), holidays)
    return add_business_days(opened, target_days + extra, holidays)


def days_overdue(due: date, today: date, holidays: Iterable[date] = ()) -> int:
    """Business days past *due* (0 when not overdue)."""
    return business_days_between(due, today, holidays) if today > due else 0
