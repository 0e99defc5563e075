"""HMRC's Gift Aid rules (guidance for charities; detailed guidance notes, chapter 3), one test per rule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.domain import gift_aid as ga

D = Decimal


def declaration(scope: ga.DeclarationScope, on: date, *, gift_id: int | None = None,
                cancelled_on: date | None = None, ident: int = 1) -> ga.Declaration:
    return ga.Declaration(ident, 7, on, scope, ga.DeclarationMethod.WRITTEN, gift_id=gift_id, cancelled_on=cancelled_on)


def gift(gift_id: int, on: date, amount: str, benefit: str = "0", *, in_kind: bool = False) -> ga.GiftForClaim:
    return ga.GiftForClaim(gift_id, 7, on, D(amount), D(benefit), in_kind)


@pytest.mark.parametrize(("day", "year"), [(date(2026, 4, 5), 2025), (date(2026, 4, 6), 2026),
                                           (date(2027, 1, 1), 2026), (date(2026, 12, 31), 2026)])
def test_the_uk_tax_year_runs_from_6_april_to_5_april(day: date, year: int) -> None:
    assert ga.tax_year_of(day) == year
    assert ga.tax_year_span(2026) == (date(2026, 4, 6), date(2027, 4, 5))
    assert ga.tax_year_label(2026) == "2026–27"


@pytest.mark.parametrize(("amount", "limit"), [("60.00", "15.00"), ("100.00", "25.00"), ("100.01", "25.00"),
                                               ("240.00", "25.00"), ("1000.00", "25.00"), ("1000.01", "50.00"),
                                               ("4000.00", "200.00")])
def test_benefit_limits_since_april_2019(amount: str, limit: str) -> None:
    assert ga.benefit_limit(D(amount)) == D(limit)


def test_a_gift_whose_benefit_passes_the_limit_carries_no_gift_aid() -> None:
    declared = [declaration(ga.DeclarationScope.FUTURE, date(2025, 1, 1))]
    gala, within, edge = ga.assess([gift(1, date(2025, 6, 1), "240.00", "60.00"),
                                    gift(2, date(2025, 6, 2), "240.00", "25.00"),
                                    gift(3, date(2025, 6, 3), "60.00", "15.01")], declared)
    assert gala.ineligible is ga.Ineligible.BENEFIT_OVER_LIMIT and gala.gift_aid == 0
    assert within.eligible and within.gift_aid == D("60.00")  # on the whole gift, not net of the benefit
    assert edge.ineligible is ga.Ineligible.BENEFIT_OVER_LIMIT


def test_benefits_over_2500_in_a_tax_year_stop_gift_aid_from_then_on() -> None:
    declared = [declaration(ga.DeclarationScope.FUTURE, date(2025, 1, 1))]
    gifts = [gift(1, date(2025, 5, 1), "30000.00", "1500.00"),
             gift(2, date(2025, 9, 1), "30000.00", "1500.00"),
             gift(3, date(2025, 10, 1), "500.00"),
             gift(4, date(2026, 4, 6), "30000.00", "1500.00")]  # the next tax year starts afresh
    verdicts = {a.gift.gift_id: a for a in ga.assess(gifts, declared)}
    assert verdicts[1].eligible
    assert verdicts[2].ineligible is ga.Ineligible.BENEFITS_OVER_ANNUAL_LIMIT
    assert verdicts[3].eligible
    assert verdicts[4].eligible


def test_gift_aid_is_25p_per_pound() -> None:
    assert ga.gift_aid_value(D("100.00")) == D("25.00")
    assert ga.gift_aid_value(D("10.01")) == D("2.50")


def test_what_a_declaration_covers() -> None:
    on = date(2025, 6, 10)
    both = declaration(ga.DeclarationScope.PAST_AND_FUTURE, on)
    assert both.covers(1, date(2021, 6, 10)) and not both.covers(1, date(2021, 6, 9))
    assert both.covers(1, date(2030, 1, 1))
    future = declaration(ga.DeclarationScope.FUTURE, on)
    assert future.covers(1, on) and not future.covers(1, date(2025, 6, 9))
    one = declaration(ga.DeclarationScope.THIS_GIFT, on, gift_id=5)
    assert one.covers(5, date(2025, 6, 10)) and not one.covers(6, date(2025, 6, 10))
    cancelled = declaration(ga.DeclarationScope.PAST_AND_FUTURE, on, cancelled_on=date(2026, 1, 1))
    assert cancelled.covers(1, date(2025, 12, 31)) and not cancelled.covers(1, date(2026, 1, 1))


def test_no_declaration_and_gifts_in_kind_carry_no_gift_aid() -> None:
    undeclared, = ga.assess([gift(1, date(2025, 6, 1), "50.00")], [])
    assert undeclared.ineligible is ga.Ineligible.NO_DECLARATION and undeclared.declaration is None
    in_kind, = ga.assess([gift(1, date(2025, 6, 1), "50.00", in_kind=True)],
                         [declaration(ga.DeclarationScope.FUTURE, date(2025, 1, 1))])
    assert in_kind.ineligible is ga.Ineligible.IN_KIND


def test_house_name_or_number() -> None:
    assert ga.house_name_or_number("12 Mill Lane") == "12"
    assert ga.house_name_or_number("12a, Mill Lane") == "12a"
    assert ga.house_name_or_number("Rose Cottage, Church Street") == "Rose Cottage"
    assert ga.house_name_or_number("") == ""


def test_small_gifts_aggregate_on_rows_of_at_most_1000() -> None:
    rows = [ga.ClaimRow(date(2025, 5, 1 + n % 28), D("20.00"), first_name="A", gift_ids=(n,)) for n in range(60)]
    rows.append(ga.ClaimRow(date(2025, 5, 3), D("20.01"), first_name="B", gift_ids=(99,)))
    out = ga.aggregate_small(rows)
    aggregated = [r for r in out if r.aggregated]
    assert [r.amount for r in aggregated] == [D("1000.00"), D("200.00")]
    assert aggregated[0].aggregated == "50 donations of £20 or less" and aggregated[0].first_name == ""
    assert [r.amount for r in out if not r.aggregated] == [D("20.01")]
    assert sum(r.amount for r in out) == sum(r.amount for r in rows)
