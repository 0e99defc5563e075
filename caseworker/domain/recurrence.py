"""Repeating meetings and schedules: a series rule, its RFC 5545 text, and its occurrences.

A :class:`SeriesRule` is what the user chooses (weekly, every other week, monthly on the 2nd
Tuesday, on the 31st, on the last day of the month, until a date or a count). It converts to and
from an RRULE value and expands through python-dateutil.

Occurrences are expanded on the *wall clock* of the meeting's zone and only then given that zone:
a 10:00 weekly meeting stays at 10:00 across a DST change (its UTC instant moves by an hour), as
RFC 5545 requires for a DTSTART with a TZID. A wall time that does not exist on a spring-forward
day resolves to the same offset as before the gap (``fold=0``), which is RFC 5545's rule too.

Monthly "on the 31st" skips months without a 31st (RFC 5545: invalid dates are ignored, not moved);
"the last day of the month" is its own choice (BYMONTHDAY=-1). An occurrence is identified by its
original start as a UTC instant (its RECURRENCE-ID): exceptions (EXDATE) and per-occurrence
changes name it that way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as du

from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_

MAX_COUNT = 1000
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQS = {"DAILY": du.DAILY, "WEEKLY": du.WEEKLY, "MONTHLY": du.MONTHLY, "YEARLY": du.YEARLY}


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


class MonthlyBy(StrEnum):
    """How a monthly rule picks its day."""

    DAY_OF_MONTH = "day"  # "on the 31st": months without that day are skipped
    WEEKDAY = "weekday"  # "on the 2nd Tuesday" (position -1: the last Tuesday)
    LAST_DAY = "last_day"  # "on the last day of the month"


@dataclass(frozen=True)
class SeriesRule:
    """A recurrence as the user chose it. Weekdays are 0 (Monday) to 6 (Sunday)."""

    frequency: Frequency
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    monthly_by: MonthlyBy | None = None
    month_day: int | None = None
    week_position: int | None = None
    until: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.interval <= 99:
            raise ValidationError("interval", N_("Repeat every 1 to 99 periods."))
        if self.until is not None and self.count is not None:
            raise ValidationError("count", N_("End the series on a date or after a number of times, not both."))
        if self.count is not None and not 1 <= self.count <= MAX_COUNT:
            raise ValidationError("count", N_("A series has 1 to {n} occurrences."), n=MAX_COUNT)
        if any(not 0 <= d <= 6 for d in self.weekdays):
            raise ValidationError("weekdays", N_("Choose weekdays from Monday to Sunday."))
        if self.month_day is not None and not 1 <= self.month_day <= 31:
            raise ValidationError("month_day", N_("Choose a day of the month from 1 to 31."))
        if self.week_position is not None and self.week_position not in (1, 2, 3, 4, -1):
            raise ValidationError("week_position", N_("Choose the first to fourth, or the last, weekday."))
        if self.monthly_by is MonthlyBy.WEEKDAY and len(self.weekdays) != 1:
            raise ValidationError("weekdays", N_("Choose one weekday for a monthly series."))

    # -- RFC 5545 text ------------------------------------------------------------------
    def to_rrule(self) -> str:
        """The RRULE value (without the ``RRULE:`` prefix)."""
        parts = [f"FREQ={self.frequency.value}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.frequency is Frequency.WEEKLY and self.weekdays:
            parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in sorted(set(self.weekdays))))
        if self.frequency is Frequency.MONTHLY:
            if self.monthly_by is MonthlyBy.WEEKDAY:
                parts.append(f"BYDAY={self.week_position or 1}{WEEKDAY_CODES[self.weekdays[0]]}")
            elif self.monthly_by is MonthlyBy.LAST_DAY:
                parts.append("BYMONTHDAY=-1")
            elif self.month_day is not None:
                parts.append(f"BYMONTHDAY={self.month_day}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        if self.until is not None:
            # A date-valued UNTIL would have to match DTSTART's value type; the UTC end of the
            # day is valid beside a DTSTART with a TZID and keeps the whole last day.
            parts.append(f"UNTIL={self.until.strftime('%Y%m%d')}T235959Z")
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, text: str) -> SeriesRule:
        """Read an RRULE value this module wrote (or an equivalent simple one)."""
        fields: dict[str, str] = {}
        for part in text.removeprefix("RRULE:").split(";"):
            if "=" in part:
                key, value = part.split("=", 1)
                fields[key.strip().upper()] = value.strip().upper()
        try:
            frequency = Frequency(fields.get("FREQ", ""))
        except ValueError:
            raise ValidationError("rrule", N_("'{rule}' is not a repeat rule this app understands."),
                                  rule=text) from None
        interval = int(fields.get("INTERVAL", "1"))
        count = int(fields["COUNT"]) if "COUNT" in fields else None
        until = _parse_until(fields["UNTIL"]) if "UNTIL" in fields else None
        weekdays: tuple[int, ...] = ()
        monthly_by = None
        month_day = None
        position = None
        byday = [d for d in fields.get("BYDAY", "").split(",") if d]
        if frequency is Frequency.MONTHLY and byday:
            code = byday[0]
            position = int(code[:-2] or "1")
            weekdays = (WEEKDAY_CODES.index(code[-2:]),)
            monthly_by = MonthlyBy.WEEKDAY
        elif byday:
            weekdays = tuple(WEEKDAY_CODES.index(d[-2:]) for d in byday)
        if "BYMONTHDAY" in fields:
            day = int(fields["BYMONTHDAY"])
            if day == -1:
                monthly_by = MonthlyBy.LAST_DAY
            else:
                monthly_by, month_day = MonthlyBy.DAY_OF_MONTH, day
        return cls(frequency, interval, weekdays, monthly_by, month_day, position, until, count)

    def describe(self) -> tuple[str, dict[str, object]]:
        """A translatable summary (template, values): "Every 2 weeks on Tuesday"."""
        names = [N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
                 N_("Saturday"), N_("Sunday")]
        days = ", ".join(names[d] for d in sorted(set(self.weekdays)))
        if self.frequency is Frequency.WEEKLY:
            text = N_("Every week") if self.interval == 1 else N_("Every {n} weeks")
            if days:
                text += N_(" on {days}")
        elif self.frequency is Frequency.MONTHLY:
            text = N_("Every month") if self.interval == 1 else N_("Every {n} months")
            if self.monthly_by is MonthlyBy.WEEKDAY:
                ordinal = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", -1: "last"}[self.week_position or 1]
                text += N_(" on the {ordinal} {days}")
                return self._ends(text, n=self.interval, ordinal=ordinal, days=days)
            if self.monthly_by is MonthlyBy.LAST_DAY:
                text += N_(" on the last day")
            elif self.month_day:
                text += N_(" on day {day}")
        elif self.frequency is Frequency.DAILY:
            text = N_("Every day") if self.interval == 1 else N_("Every {n} days")
        else:
            text = N_("Every year") if self.interval == 1 else N_("Every {n} years")
        return self._ends(text, n=self.interval, days=days, day=self.month_day)

    def _ends(self, text: str, **values: object) -> tuple[str, dict[str, object]]:
        if self.count is not None:
            text += N_(", {count} times")
        elif self.until is not None:
            text += N_(", until {until}")
        return text, {**values, "count": self.count, "until": self.until}

    def with_end(self, *, until: date | None = None, count: int | None = None) -> SeriesRule:
        return replace(self, until=until, count=count)


def _parse_until(value: str) -> date:
    return date(int(value[0:4]), int(value[4:6]), int(value[6:8]))


def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("timezone", N_("'{zone}' is not a known time zone."), zone=name) from None


@dataclass(frozen=True)
class Override:
    """A changed occurrence: its new times (a cancelled one is an exception instead)."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class Occurrence:
    """One instance of a series: ``key`` is its original start (UTC), its RECURRENCE-ID."""

    key: datetime
    start: datetime
    end: datetime
    changed: bool = False


def _rrule_for(rule: SeriesRule, wall_start: datetime) -> du.rrule:
    byweekday: object = None
    bymonthday: int | None = None
    if rule.frequency is Frequency.WEEKLY and rule.weekdays:
        byweekday = sorted(set(rule.weekdays))
    elif rule.frequency is Frequency.MONTHLY:
        if rule.monthly_by is MonthlyBy.WEEKDAY:
            byweekday = du.weekday(rule.weekdays[0], rule.week_position or 1)
        elif rule.monthly_by is MonthlyBy.LAST_DAY:
            bymonthday = -1
        elif rule.month_day is not None:
            bymonthday = rule.month_day
    # dateutil compares a naive UNTIL with the naive wall clock: the end of that local day.
    until = datetime.combine(rule.until, time(23, 59, 59)) if rule.until is not None else None
    # BYxxx parts left out come from DTSTART (RFC 5545), as dateutil does: weekly with no
    # weekdays repeats on DTSTART's weekday, monthly with no day on DTSTART's day of month.
    return du.rrule(_FREQS[rule.frequency.value], dtstart=wall_start, interval=rule.interval,
                    byweekday=byweekday, bymonthday=bymonthday, count=rule.count, until=until)


def to_utc(wall: datetime, zone: ZoneInfo) -> datetime:
    """A naive wall-clock time in *zone* as a UTC instant (a gap time keeps the earlier offset)."""
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC)


def wall_clock(instant: datetime, zone: ZoneInfo) -> datetime:
    """The naive wall-clock time of *instant* in *zone*."""
    return instant.astimezone(zone).replace(tzinfo=None)


def occurrences(
    rule: SeriesRule,
    start: datetime,
    duration: timedelta,
    zone: ZoneInfo,
    range_start: datetime,
    range_end: datetime,
    *,
    exceptions: Iterable[datetime] = (),
    overrides: Mapping[datetime, Override] | None = None,
) -> list[Occurrence]:
    """Occurrences overlapping [range_start, range_end), in time order.

    *start* is the series' first start (any aware datetime); the wall clock in *zone* repeats.
    *exceptions* are original starts (UTC) left out; *overrides* map original starts to new
    times (an occurrence moved into the range is included, one moved out of it is not).
    """
    overrides = overrides or {}
    skipped = {e.astimezone(UTC) for e in exceptions}
    series = _rrule_for(rule, wall_clock(start, zone))
    # Search on the wall clock with a day's margin each side for offsets, then filter exactly.
    lo = wall_clock(range_start - duration, zone) - timedelta(days=1)
    hi = wall_clock(range_end, zone) + timedelta(days=1)
    found: list[Occurrence] = []
    for wall in series.between(lo, hi, inc=True):
        key = to_utc(wall, zone)
        if key in skipped or key in overrides:
            continue
        end = to_utc(wall + duration, zone)
        if key < range_end and end > range_start:
            found.append(Occurrence(key, key, end))
    for key, change in overrides.items():
        key = key.astimezone(UTC)
        if key in skipped:
            continue
        if change.start < range_end and change.end > range_start:
            found.append(Occurrence(key, change.start.astimezone(UTC), change.end.astimezone(UTC), True))
    found.sort(key=lambda o: (o.start, o.key))
    return found


def is_occurrence(rule: SeriesRule, start: datetime, zone: ZoneInfo, key: datetime) -> bool:
    """Whether *key* (a UTC instant) is an original start the rule generates."""
    wall = wall_clock(key, zone)
    series = _rrule_for(rule, wall_clock(start, zone))
    return any(to_utc(w, zone) == key.astimezone(UTC) for w in series.between(wall, wall, inc=True))


def moved_key(key: datetime, old_start: datetime, old_zone: ZoneInfo, new_start: datetime,
              new_zone: ZoneInfo) -> datetime:
    """Where the original start *key* of an occurrence lands when its whole series moves.

    The series moves on the wall clock (10:00 every Monday becomes 11:30 every Monday, in summer
    and winter alike), so each occurrence moves by the same wall-clock difference, not by the
    same number of hours; a cancelled or changed occurrence keeps following its series.
    """
    shift = wall_clock(new_start, new_zone) - wall_clock(old_start, old_zone)
    return to_utc(wall_clock(key, old_zone) + shift, new_zone)


def last_start(rule: SeriesRule, start: datetime, zone: ZoneInfo) -> datetime | None:
    """The last original start of a bounded series (UTC); None when it repeats for ever."""
    if rule.until is None and rule.count is None:
        return None
    walls = list(_rrule_for(rule, wall_clock(start, zone)))
    return to_utc(walls[-1], zone) if walls else to_utc(wall_clock(start, zone), zone)


def dates_between(rule: SeriesRule, first: date, range_start: date, range_end: date) -> list[date]:
    """Dates a date-only schedule (a report due every quarter) falls on, range inclusive."""
    series = _rrule_for(rule, datetime.combine(first, time()))
    return [d.date() for d in series.between(datetime.combine(range_start, time()),
                                             datetime.combine(range_end, time()), inc=True)]
