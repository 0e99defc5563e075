"""Business days: weekends and holidays skipped, waits on the client pausing the clock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseworker.domain.business_days import (
    BusinessCalendar,
    add_business_days,
    business_day_rule,
    business_days_between,
    days_overdue,
    due_date,
)

MON, TUE, WED, THU, FRI, SAT, SUN = (date(2026, 11, 2) + timedelta(days=i) for i in range(7))
NEXT_MON = date(2026, 11, 9)


def test_the_rule_is_weekdays_without_the_holidays() -> None:
    days = [d.date() for d in business_day_rule(MON, NEXT_MON, [WED])]
    assert days == [MON, TUE, THU, FRI, NEXT_MON]


@pytest.mark.parametrize(("start", "n", "expected"), [
    (MON, 0, MON),
    (MON, 1, TUE),
    (MON, 4, FRI),
    (MON, 5, NEXT_MON),  # over the weekend
    (FRI, 1, NEXT_MON),
    (SAT, 1, NEXT_MON),  # opened on a Saturday: the first business day after it
    (SUN, 5, date(2026, 11, 13)),
    (MON, 10, date(2026, 11, 16)),
])
def test_adding_business_days_skips_weekends(start: date, n: int, expected: date) -> None:
    assert add_business_days(start, n) == expected


def test_holidays_are_skipped() -> None:
    assert add_business_days(MON, 4, [THU]) == NEXT_MON
    assert add_business_days(date(2026, 12, 24), 1, [date(2026, 12, 25)]) == date(2026, 12, 28)
    # A holiday on a weekend changes nothing.
    assert add_business_days(MON, 5, [SAT]) == NEXT_MON


def test_counting_between_two_days() -> None:
    assert business_days_between(MON, MON) == 0
    assert business_days_between(MON, TUE) == 1
    assert business_days_between(FRI, NEXT_MON) == 1
    assert business_days_between(FRI, SUN) == 0
    assert business_days_between(MON, NEXT_MON, [WED]) == 4
    assert business_days_between(NEXT_MON, MON) == 0


def test_counting_and_adding_agree_across_years() -> None:
    holidays = [date(2026, 12, 25), date(2027, 1, 1)]
    start = date(2026, 12, 20)
    for n in range(0, 30):
        assert business_days_between(start, add_business_days(start, n, holidays), holidays) == n


def test_a_target_far_beyond_the_calendar_still_lands() -> None:
    assert add_business_days(MON, 260 * 5) == add_business_days(add_business_days(MON, 260 * 4), 260)


def test_due_date_is_the_target_after_opening() -> None:
    assert due_date(MON, 5) == NEXT_MON
    assert due_date(MON, 5, holidays=[TUE]) == date(2026, 11, 10)


def test_a_finished_wait_on_the_client_extends_the_due_date() -> None:
    # Waited from Tuesday to Thursday: Wednesday and Thursday paused.
    paused = business_days_between(TUE, THU)
    assert paused == 2
    assert due_date(MON, 5, paused_days=paused) == date(2026, 11, 11)


def test_an_ongoing_wait_moves_the_due_date_each_business_day() -> None:
    assert due_date(MON, 5, waiting_since=WED, today=WED) == NEXT_MON
    assert due_date(MON, 5, waiting_since=WED, today=FRI) == date(2026, 11, 11)
    # The weekend does not count: paused days are business days.
    assert due_date(MON, 5, waiting_since=WED, today=date(2026, 11, 8)) == date(2026, 11, 11)


def test_days_overdue() -> None:
    assert days_overdue(FRI, FRI) == 0
    assert days_overdue(FRI, NEXT_MON) == 1
    assert days_overdue(NEXT_MON, FRI) == 0


def test_the_calendar_refuses_days_outside_its_span() -> None:
    cal = BusinessCalendar.covering((), MON)
    with pytest.raises(ValueError):
        cal.between(date(1900, 1, 1), MON)
    with pytest.raises(ValueError):
        cal.add(MON, -1)
