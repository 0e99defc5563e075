"""The pure neglect rules: overdue, LYBUNT/SYBUNT by calendar and fiscal year, giving rhythm, pressure."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from caseworker.domain.guard import Channel, ContactPolicy, DonorPreferences, Purpose, Touch, TouchStatus
from caseworker.domain.neglect import (
    Retention,
    contact_pressure,
    days_overdue,
    giving_rhythm,
    is_overdue,
    late_against_rhythm,
    retention,
    retention_bounds,
)

NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)


def days(n: float) -> datetime:
    return NOW + timedelta(days=n)


def test_overdue_needs_an_old_contact_and_nothing_planned_soon():
    assert is_overdue(None, None, 30, NOW)
    assert not is_overdue(days(-29), None, 30, NOW)
    assert is_overdue(days(-31), None, 30, NOW)
    assert not is_overdue(days(-31), days(13), 30, NOW)
    assert not is_overdue(days(-31), days(14), 30, NOW)
    assert is_overdue(days(-31), days(15), 30, NOW)
    assert is_overdue(days(-200), days(-1), 180, NOW)  # a plan in the past is no plan
    assert days_overdue(days(-40), 30, NOW) == 10 and days_overdue(None, 30, NOW) is None


def test_lybunt_and_sybunt_by_calendar_year():
    today = date(2026, 6, 15)
    assert retention(date(2026, 1, 1), today) is Retention.THIS_YEAR
    assert retention(date(2025, 12, 31), today) is Retention.LYBUNT
    assert retention(date(2025, 1, 1), today) is Retention.LYBUNT
    assert retention(date(2024, 12, 31), today) is Retention.SYBUNT
    assert retention(None, today) is Retention.NEVER


def test_lybunt_and_sybunt_by_fiscal_year_starting_in_april():
    today = date(2026, 6, 15)
    assert retention_bounds(today, 4) == (date(2025, 4, 1), date(2026, 4, 1))
    assert retention(date(2026, 3, 31), today, 4) is Retention.LYBUNT
    assert retention(date(2026, 4, 1), today, 4) is Retention.THIS_YEAR
    assert retention(date(2025, 3, 31), today, 4) is Retention.SYBUNT
    # In February the fiscal year that began last April is still "this year".
    assert retention(date(2025, 5, 1), date(2026, 2, 1), 4) is Retention.THIS_YEAR


def test_a_december_giver_is_not_late_in_june_but_is_by_spring():
    december = [date(2022, 12, 10), date(2023, 12, 12), date(2024, 12, 9), date(2025, 12, 11)]
    rhythm = giving_rhythm(december)
    assert rhythm is not None and 360 <= rhythm.interval_days <= 370
    assert late_against_rhythm(december, date(2026, 6, 15)) is None
    assert retention(date(2025, 12, 11), date(2026, 6, 15)) is Retention.LYBUNT  # the list still shows them
    assert late_against_rhythm(december, date(2026, 12, 20)) is None  # within the tolerance
    late = late_against_rhythm(december, date(2027, 4, 1))
    assert late is not None and late.late_by(date(2027, 4, 1)) > 0


def test_a_monthly_giver_is_late_after_two_missed_months():
    monthly = [date(2026, m, 1) for m in range(1, 5)]
    assert late_against_rhythm(monthly, date(2026, 5, 20)) is None
    assert late_against_rhythm(monthly, date(2026, 6, 2)) is not None


def test_too_few_gifts_have_no_rhythm():
    assert giving_rhythm([date(2024, 1, 1), date(2025, 1, 1)]) is None
    assert giving_rhythm([date(2024, 1, 1)] * 5) is None


def _touch(day: float, purpose: Purpose = Purpose.UPDATE, status: TouchStatus = TouchStatus.DONE) -> Touch:
    return Touch(days(day), Channel.EMAIL, purpose, status)


def test_pressure_counts_planned_and_done_but_not_cancelled_or_exempt():
    policy = ContactPolicy()
    calm = contact_pressure(policy, DonorPreferences(), [_touch(-40), _touch(-3, Purpose.THANKS)], NOW)
    assert not calm.pestered and calm.in_window == 0
    near = contact_pressure(policy, DonorPreferences(),
                            [_touch(-20), _touch(5, status=TouchStatus.PLANNED),
                             _touch(-2, status=TouchStatus.CANCELLED)], NOW)
    assert near.in_window == 2 and near.pestered
    asked = contact_pressure(policy, DonorPreferences(), [_touch(-60, Purpose.ASK)], NOW)
    assert asked.asks == 1 and asked.pestered
    own = contact_pressure(policy, DonorPreferences(max_in_window=10), [_touch(-20), _touch(5)], NOW)
    assert not own.pestered and own.window_limit == 10
