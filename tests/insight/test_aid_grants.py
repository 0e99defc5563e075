"""Aid by fund and month against budgets, and the grant pipeline, checked on hand-made records."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from caseworker.db.models import Fund, Funder, GrantApplication
from caseworker.domain.aid_grants import FunderSuccess, GrantSpend, StageValue
from caseworker.domain.errors import NotPermitted
from caseworker.domain.permissions import Role
from caseworker.domain.statistics import Period
from tests.insight.test_grant_outputs import MARCH, build_grant, d

D = Decimal


@pytest.fixture
def made(db, admin) -> int:
    grant = build_grant(db)  # Hardship fund: 50.00 and 30.00 paid in March, 20.00 requested
    with db.transaction("More") as s:
        s.scalars(select(Fund).where(Fund.name == "Hardship")).one().budget = D("500.00")
        s.add(Fund(name="Unused", currency="GBP"))
        trust, other = s.scalars(select(Funder).where(Funder.name == "Rowan Trust")).one(), Funder(name="Ash Fund")
        s.add(other)
        s.flush()
        for funder, stage, requested, awarded, submitted in (
                (trust, "declined", "200.00", None, "2026-03-02"),
                (other, "reporting", "300.00", "250.00", "2026-03-05"),
                (other, "declined", "100.00", None, "2026-03-06"),
                (other, "declined", "999.00", None, "2025-01-01"),  # decided outside the period
                (other, "prospect", "50.00", None, None)):
            s.add(GrantApplication(funder_id=funder.id, title=f"{stage} {requested}", currency="GBP",
                                   requested=D(requested), awarded=D(awarded) if awarded else None, stage=stage,
                                   submitted_on=d(submitted) if submitted else None))
    return grant


def test_funds_by_month_and_over_clients(made, services_for) -> None:
    figures = services_for(Role.MANAGER).statistics.aid_and_grants(MARCH)
    (hardship,) = figures.funds  # the fund with no budget and no aid is left out
    assert (hardship.fund, hardship.budget, hardship.budget_period) == ("Hardship", D("500.00"), "year")
    assert hardship.by_month == (("2026-03", D("80.00")),)
    assert (hardship.paid, hardship.payments, hardship.clients) == (D("80.00"), 2, 2)
    assert (hardship.mean_per_client, hardship.largest_per_client, hardship.pending) == (
        D("40.00"), D("50.00"), D("20.00"))


def test_the_grant_pipeline_success_by_funder_and_spending(made, services_for) -> None:
    figures = services_for(Role.MANAGER).statistics.aid_and_grants(MARCH)
    assert figures.pipeline == (StageValue("prospect", 1, D("50.00")), StageValue("awarded", 1, D("1000.00")),
                                StageValue("declined", 3, D("1299.00")), StageValue("reporting", 1, D("300.00")))
    assert figures.funders == (FunderSuccess("Ash Fund", 1, 1, D("400.00"), D("250.00")),
                               FunderSuccess("Rowan Trust", 0, 1, D("200.00"), D("0.00")))
    assert figures.funders[0].success_rate == D("0.5") and figures.funders[1].success_rate == D("0")
    assert figures.spending == (GrantSpend(figures.spending[0].grant_id, "reporting 300.00", "Ash Fund",
                                           D("250.00"), D("0.00")),
                                GrantSpend(made, "Warm homes", "Rowan Trust", D("800.00"), D("130.00")))
    assert figures.spending[1].spent_share == D("0.1625") and figures.spending[0].spent_share == D("0")


def test_an_empty_period(made, services_for) -> None:
    figures = services_for(Role.MANAGER).statistics.aid_and_grants(Period(d("2020-01-01"), d("2020-01-31")))
    assert [f.fund for f in figures.funds] == ["Hardship"]  # it has a budget, even unused
    assert figures.funds[0].mean_per_client is None and figures.funders == ()


def test_only_managers(made, services_for) -> None:
    with pytest.raises(NotPermitted):
        services_for(Role.FUNDRAISER).statistics.aid_and_grants(MARCH)
