"""The recurrence engine: rules to and from RRULE text, DST, the 31st, 29 February, exceptions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

from caseworker.domain.errors import ValidationError
from caseworker.domain.recurrence import (
    Frequency,
    MonthlyBy,
    Override,
    SeriesRule,
    dates_between,
    is_occurrence,
    last_start,
    occurrences,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
HOUR = timedelta(hours=1)
YEAR_2026 = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def starts(rule: SeriesRule, first: datetime, zone: ZoneInfo = LONDON, **kw) -> list[datetime]:
    return [o.start.astimezone(zone) for o in occurrences(rule, first, HOUR, zone, *YEAR_2026, **kw)]


@pytest.mark.parametrize("rule, text", [
    (SeriesRule(Frequency.WEEKLY), "FREQ=WEEKLY"),
    (SeriesRule(Frequency.WEEKLY, interval=2, weekdays=(1,)), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
    (SeriesRule(Frequency.MONTHLY, weekdays=(1,), monthly_by=MonthlyBy.WEEKDAY, week_position=2),
     "FREQ=MONTHLY;BYDAY=2TU"),
    (SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.WEEKDAY, weekdays=(4,), week_position=-1, count=6),
     "FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"),
    (SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.DAY_OF_MONTH, month_day=31), "FREQ=MONTHLY;BYMONTHDAY=31"),
    (SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.LAST_DAY, until=date(2026, 12, 31)),
     "FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231T235959Z"),
])
def test_rules_round_trip_through_rrule_text(rule: SeriesRule, text: str) -> None:
    assert rule.to_rrule() == text
    assert SeriesRule.from_rrule(text) == rule
    rrulestr(text, dtstart=datetime(2026, 1, 1, tzinfo=UTC) if "UNTIL" in text else datetime(2026, 1, 1))


def test_weekly_keeps_its_wall_clock_time_across_both_dst_changes() -> None:
    found = starts(SeriesRule(Frequency.WEEKLY), datetime(2026, 3, 20, 10, 0, tzinfo=LONDON))
    assert all(s.hour == 10 and s.minute == 0 for s in found)
    utc_hours = {s.astimezone(UTC).hour for s in found}
    assert utc_hours == {9, 10}  # BST, then GMT again after 25 October
    assert datetime(2026, 3, 27, 10, tzinfo=LONDON) in found and datetime(2026, 3, 29, 10, tzinfo=LONDON) not in found


def test_a_wall_time_skipped_by_spring_forward_keeps_the_earlier_offset() -> None:
    # 02:30 does not exist in New York on 8 March 2026: RFC 5545 uses the offset before the gap.
    found = occurrences(SeriesRule(Frequency.DAILY, count=3), datetime(2026, 3, 7, 2, 30, tzinfo=NEW_YORK),
                        HOUR, NEW_YORK, *YEAR_2026)
    assert [o.start for o in found] == [datetime(2026, 3, 7, 7, 30, tzinfo=UTC),
                                        datetime(2026, 3, 8, 7, 30, tzinfo=UTC),
                                        datetime(2026, 3, 9, 6, 30, tzinfo=UTC)]


def test_a_repeated_wall_time_on_fall_back_is_the_first_one() -> None:
    found = occurrences(SeriesRule(Frequency.DAILY, count=2), datetime(2026, 10, 31, 1, 30, tzinfo=LONDON),
                        HOUR, LONDON, *YEAR_2026)
    assert found[1].start == datetime(2026, 11, 1, 1, 30, tzinfo=UTC)  # GMT


def test_the_31st_skips_months_without_one() -> None:
    rule = SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.DAY_OF_MONTH, month_day=31)
    found = starts(rule, datetime(2026, 1, 31, 9, tzinfo=LONDON))
    assert [s.month for s in found] == [1, 3, 5, 7, 8, 10, 12]


def test_the_last_day_of_the_month_is_its_own_choice() -> None:
    rule = SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.LAST_DAY)
    found = starts(rule, datetime(2026, 1, 31, 9, tzinfo=LONDON))
    assert [s.day for s in found] == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def test_29_february_repeats_only_in_leap_years() -> None:
    rule = SeriesRule(Frequency.YEARLY, count=3)
    found = occurrences(rule, datetime(2024, 2, 29, 9, tzinfo=LONDON), HOUR, LONDON,
                        datetime(2024, 1, 1, tzinfo=UTC), datetime(2040, 1, 1, tzinfo=UTC))
    assert [o.start.year for o in found] == [2024, 2028, 2032]


def test_second_tuesday_monthly() -> None:
    rule = SeriesRule(Frequency.MONTHLY, weekdays=(1,), monthly_by=MonthlyBy.WEEKDAY, week_position=2)
    found = starts(rule, datetime(2026, 1, 13, 18, tzinfo=LONDON))
    assert len(found) == 12
    assert all(s.weekday() == 1 and 8 <= s.day <= 14 for s in found)


def test_every_other_week() -> None:
    found = starts(SeriesRule(Frequency.WEEKLY, interval=2), datetime(2026, 1, 5, 9, tzinfo=LONDON))
    assert all((b - a).days == 14 for a, b in zip(found, found[1:]))


def test_count_counts_excepted_occurrences_too() -> None:
    first = datetime(2026, 1, 5, 9, tzinfo=LONDON)
    rule = SeriesRule(Frequency.WEEKLY, count=4)
    skipped = datetime(2026, 1, 12, 9, tzinfo=UTC)
    found = starts(rule, first, exceptions=[skipped])
    assert [s.day for s in found] == [5, 19, 26]  # RFC 5545: COUNT is applied before EXDATE


def test_until_includes_its_whole_last_day() -> None:
    rule = SeriesRule(Frequency.WEEKLY, until=date(2026, 1, 26))
    found = starts(rule, datetime(2026, 1, 5, 23, 0, tzinfo=LONDON))
    assert [s.day for s in found] == [5, 12, 19, 26]
    assert last_start(rule, datetime(2026, 1, 5, 23, tzinfo=LONDON), LONDON) == datetime(2026, 1, 26, 23, tzinfo=UTC)


def test_an_override_moves_an_occurrence_into_and_out_of_a_range() -> None:
    first = datetime(2026, 1, 5, 9, tzinfo=UTC)
    moved_from = datetime(2026, 1, 12, 9, tzinfo=UTC)
    moved_to = datetime(2026, 2, 2, 15, tzinfo=UTC)
    overrides = {moved_from: Override(moved_to, moved_to + HOUR)}
    january = occurrences(SeriesRule(Frequency.WEEKLY, count=3), first, HOUR, ZoneInfo("UTC"),
                          datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC), overrides=overrides)
    assert [o.start.day for o in january] == [5, 19]
    february = occurrences(SeriesRule(Frequency.WEEKLY, count=3), first, HOUR, ZoneInfo("UTC"),
                           datetime(2026, 2, 1, tzinfo=UTC), datetime(2026, 3, 1, tzinfo=UTC), overrides=overrides)
    assert [(o.start, o.key, o.changed) for o in february] == [(moved_to, moved_from, True)]


def test_an_occurrence_that_started_before_the_range_but_overlaps_it_is_included() -> None:
    found = occurrences(SeriesRule(Frequency.DAILY), datetime(2026, 1, 1, 23, tzinfo=UTC), 2 * HOUR,
                        ZoneInfo("UTC"), datetime(2026, 1, 3, tzinfo=UTC), datetime(2026, 1, 3, 12, tzinfo=UTC))
    assert [o.start for o in found] == [datetime(2026, 1, 2, 23, tzinfo=UTC)]


def test_is_occurrence_recognises_original_starts_only() -> None:
    rule = SeriesRule(Frequency.WEEKLY)
    first = datetime(2026, 3, 20, 10, tzinfo=LONDON)
    assert is_occurrence(rule, first, LONDON, datetime(2026, 4, 3, 9, tzinfo=UTC))
    assert not is_occurrence(rule, first, LONDON, datetime(2026, 4, 3, 10, tzinfo=UTC))


def test_quarterly_reports_on_the_last_day_of_the_quarter() -> None:
    rule = SeriesRule(Frequency.MONTHLY, interval=3, monthly_by=MonthlyBy.LAST_DAY, count=4)
    assert dates_between(rule, date(2026, 3, 31), date(2026, 1, 1), date(2027, 12, 31)) == [
        date(2026, 3, 31), date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31)]
    # "On the 31st" instead skips the quarters that end on the 30th, as RFC 5545 says.
    on_31st = SeriesRule(Frequency.MONTHLY, interval=3, count=2)
    assert dates_between(on_31st, date(2026, 3, 31), date(2026, 1, 1), date(2027, 12, 31)) == [
        date(2026, 3, 31), date(2026, 12, 31)]


@pytest.mark.parametrize("kwargs, field", [
    ({"interval": 0}, "interval"),
    ({"count": 2, "until": date(2026, 1, 1)}, "count"),
    ({"monthly_by": MonthlyBy.WEEKDAY}, "weekdays"),
    ({"month_day": 32}, "month_day"),
])
def test_impossible_rules_are_refused(kwargs: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        SeriesRule(Frequency.MONTHLY, **kwargs)
    assert info.value.field == field
