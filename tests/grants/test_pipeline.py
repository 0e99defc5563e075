"""The grant pipeline's rules and the budget arithmetic, without a database."""

from __future__ import annotations

from decimal import Decimal

import pytest

from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.grants import (
    TRANSITIONS,
    GrantBalance,
    LineBalance,
    Stage,
    check_amount,
    check_budget,
    check_spending,
    check_transition,
    next_stages,
)

D = Decimal


@pytest.mark.parametrize("current, target", [
    (Stage.PROSPECT, Stage.DRAFTING), (Stage.DRAFTING, Stage.SUBMITTED), (Stage.SUBMITTED, Stage.DECLINED),
    (Stage.SUBMITTED, Stage.WITHDRAWN), (Stage.AWARDED, Stage.REPORTING), (Stage.REPORTING, Stage.CLOSED),
    (Stage.DECLINED, Stage.CLOSED),
])
def test_allowed_steps(current: Stage, target: Stage) -> None:
    check_transition(current, target, awarded=None)


@pytest.mark.parametrize("current, target", [
    (Stage.PROSPECT, Stage.SUBMITTED), (Stage.PROSPECT, Stage.AWARDED), (Stage.DRAFTING, Stage.AWARDED),
    (Stage.DECLINED, Stage.AWARDED), (Stage.CLOSED, Stage.REPORTING), (Stage.AWARDED, Stage.DECLINED),
    (Stage.REPORTING, Stage.AWARDED), (Stage.CLOSED, Stage.PROSPECT),
])
def test_refused_steps_name_both_stages(current: Stage, target: Stage) -> None:
    with pytest.raises(RuleViolation) as info:
        check_transition(current, target, awarded=D("100.00"))
    assert current.value in info.value.text().lower() and target.value in info.value.text().lower()


def test_closed_is_the_end() -> None:
    assert TRANSITIONS[Stage.CLOSED] == frozenset()
    assert next_stages(Stage.SUBMITTED) == (Stage.AWARDED, Stage.DECLINED, Stage.WITHDRAWN)


def test_awarding_needs_an_amount_and_submitting_needs_the_documents() -> None:
    with pytest.raises(ValidationError) as info:
        check_transition(Stage.SUBMITTED, Stage.AWARDED, awarded=None)
    assert info.value.field == "awarded"
    with pytest.raises(RuleViolation, match="Budget, Accounts"):
        check_transition(Stage.DRAFTING, Stage.SUBMITTED, awarded=None, missing_documents=["Budget", "Accounts"])


def test_amounts_are_exact_and_sane() -> None:
    assert check_amount("x", D("12.5")) == D("12.50")
    for bad in (D("-1"), D("1.005"), D("NaN"), D("1e12")):
        with pytest.raises(ValidationError):
            check_amount("x", bad)


def test_balances_add_up_exactly() -> None:
    lines = (LineBalance(1, "Staff", D("6000.00"), D("2500.10")), LineBalance(2, "Rent", D("3000.00"), D("0.20")))
    balance = GrantBalance(D("10000.00"), lines)
    assert balance.budgeted == D("9000.00")
    assert balance.unallocated == D("1000.00")
    assert balance.spent == D("2500.30")
    assert balance.remaining == D("7499.70")
    assert lines[0].remaining == D("3499.90")


def test_budget_and_spending_limits() -> None:
    check_budget(D("1000.00"), [D("600.00")], D("400.00"))
    with pytest.raises(RuleViolation, match="1000.01"):
        check_budget(D("1000.00"), [D("600.00")], D("400.01"))
    line = LineBalance(1, "Staff", D("100.00"), D("99.99"))
    check_spending(line, D("0.01"))
    with pytest.raises(RuleViolation, match="0.01"):
        check_spending(line, D("0.02"))
