"""The pure rules of aid: windows, periods, caps, budgets, the workflow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.domain.aid import (
    AidStatus,
    BudgetPeriod,
    BudgetUse,
    CapWindow,
    FundLimits,
    budget_period,
    cap_window,
    check_limits,
    check_transition,
    needs_approval,
)
from caseworker.domain.errors import RuleViolation

D = Decimal


def fund(**kw) -> FundLimits:
    base = dict(name="Hardship", currency="GBP", budget=D("1000"), cap=D("300"),
                cap_window=CapWindow.ROLLING_12_MONTHS, approval_threshold=D("250"))
    return FundLimits(**(base | kw))


def test_rolling_window_is_the_twelve_months_up_to_the_day() -> None:
    assert cap_window(CapWindow.ROLLING_12_MONTHS, date(2026, 3, 15)) == (date(2025, 3, 16), date(2026, 3, 15))
    assert cap_window(CapWindow.ROLLING_12_MONTHS, date(2024, 2, 29)) == (date(2023, 3, 1), date(2024, 2, 29))


def test_calendar_year_window() -> None:
    assert cap_window(CapWindow.CALENDAR_YEAR, date(2026, 7, 1)) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize("period, on, fiscal, expected", [
    (BudgetPeriod.YEAR, date(2026, 3, 10), 4, (date(2025, 4, 1), date(2026, 3, 31))),
    (BudgetPeriod.YEAR, date(2026, 4, 1), 4, (date(2026, 4, 1), date(2027, 3, 31))),
    (BudgetPeriod.QUARTER, date(2026, 5, 20), 4, (date(2026, 4, 1), date(2026, 6, 30))),
    (BudgetPeriod.QUARTER, date(2026, 3, 31), 1, (date(2026, 1, 1), date(2026, 3, 31))),
    (BudgetPeriod.QUARTER, date(2026, 1, 15), 11, (date(2025, 11, 1), date(2026, 1, 31))),
    (BudgetPeriod.MONTH, date(2024, 2, 29), 7, (date(2024, 2, 1), date(2024, 2, 29))),
])
def test_budget_periods_follow_the_fiscal_year(period, on, fiscal, expected) -> None:
    assert budget_period(period, on, fiscal) == expected


def test_exactly_at_the_cap_is_allowed_a_cent_over_is_refused_with_the_figures() -> None:
    check_limits(fund(), D("100.00"), client_total=D("200.00"), period_total=D("0"))
    with pytest.raises(RuleViolation) as info:
        check_limits(fund(), D("100.01"), client_total=D("200.00"), period_total=D("0"))
    text = info.value.text()
    assert "£300.00" in text and "£200.00" in text and "£100.00" in text


def test_exactly_the_remaining_budget_is_allowed_more_is_refused() -> None:
    check_limits(fund(cap=None), D("50"), client_total=D("0"), period_total=D("950"))
    with pytest.raises(RuleViolation, match="budget"):
        check_limits(fund(cap=None), D("50.01"), client_total=D("0"), period_total=D("950"))


def test_no_cap_and_no_budget_means_no_limit() -> None:
    check_limits(fund(cap=None, budget=None), D("99999"), client_total=D("1e6"), period_total=D("1e6"))


def test_a_closed_fund_refuses() -> None:
    with pytest.raises(RuleViolation, match="closed"):
        check_limits(fund(active=False), D("1"), client_total=D("0"), period_total=D("0"))


def test_threshold_is_strictly_above() -> None:
    assert not needs_approval(fund(), D("250"))
    assert needs_approval(fund(), D("250.01"))
    assert not needs_approval(fund(approval_threshold=None), D("1e6"))


@pytest.mark.parametrize("current, target, ok", [
    (AidStatus.REQUESTED, AidStatus.APPROVED, True),
    (AidStatus.REQUESTED, AidStatus.PAID, False),
    (AidStatus.APPROVED, AidStatus.PAID, True),
    (AidStatus.PAID, AidStatus.VOID, True),
    (AidStatus.VOID, AidStatus.APPROVED, False),
    (AidStatus.PAID, AidStatus.APPROVED, False),
])
def test_workflow(current, target, ok) -> None:
    if ok:
        check_transition(current, target)
    else:
        with pytest.raises(RuleViolation):
            check_transition(current, target)


def test_budget_use_remaining() -> None:
    use = BudgetUse(D("1000"), paid=D("300"), approved=D("200"), requested=D("50"))
    assert use.committed == D("250") and use.remaining == D("450")
    assert BudgetUse(None, D("1"), D("0"), D("0")).remaining is None
