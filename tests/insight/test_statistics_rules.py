"""The arithmetic behind Insight: rates, medians, months, retention."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from caseworker.domain.statistics import GrantFigures, Period, median_days, rate, retention_by_year


def test_a_rate_without_a_base_is_unknown_not_zero() -> None:
    assert rate(0, 0) is None
    assert rate(1, 3) == Decimal("0.3333")


def test_median_of_even_and_odd_counts() -> None:
    assert median_days([]) is None
    assert median_days([3, 1, 2]) == Decimal("2.0")
    assert median_days([1, 2, 3, 10]) == Decimal("2.5")


def test_months_of_a_period_across_a_year_end() -> None:
    assert Period(date(2025, 11, 15), date(2026, 2, 1)).months() == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]


def test_retention_counts_donors_who_gave_again() -> None:
    pairs = [(1, 2024), (2, 2024), (3, 2024), (1, 2025), (2, 2025), (4, 2025), (4, 2026)]
    y2025, y2026 = retention_by_year(pairs, [2025, 2026])
    assert (y2025.donors, y2025.retained, y2025.previous_donors) == (3, 2, 3)
    assert y2025.rate == Decimal("0.6667")
    assert (y2026.donors, y2026.retained, y2026.previous_donors) == (1, 1, 3)


def test_grant_success_counts_decided_applications_only() -> None:
    figures = GrantFigures(submitted=10, awarded=3, declined=1, pending=6, requested_amount=Decimal("10"),
                           awarded_amount=Decimal("3"))
    assert figures.success_rate == Decimal("0.75")
