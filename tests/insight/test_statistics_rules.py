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


def test_percentiles_from_a_histogram_equal_those_from_the_ordered_values() -> None:
    from collections import Counter

    from hypothesis import given
    from hypothesis import strategies as st

    from caseworker.domain.service_quality import histogram_percentile, percentile

    @given(st.lists(st.integers(min_value=-5, max_value=400), min_size=1, max_size=60),
           st.sampled_from([(1, 2), (9, 10), (1, 4)]))
    def check(values: list[int], fraction: tuple[int, int]) -> None:
        ordered = sorted(values)
        at = {rank: value for rank, value in enumerate(ordered, start=1)}
        assert histogram_percentile(Counter(values), *fraction) == percentile(at, len(values), *fraction)

    check()
    assert histogram_percentile({}, 1, 2) is None
    # 8, 19, 23, 52: the median halfway between 19 and 23, the 90th 70 % of the way from 23 to 52.
    assert histogram_percentile({8: 1, 19: 1, 23: 1, 52: 1}, 1, 2) == Decimal("21.0")
    assert histogram_percentile({8: 1, 19: 1, 23: 1, 52: 1}, 9, 10) == Decimal("43.3")
