"""The dashboard's figures agree with the records they count, on both engines."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from caseworker.db.database import Database
from caseworker.db.models import Case, CaseCategory, Disbursement, Fund, Gift
from caseworker.domain.errors import NotPermitted
from caseworker.domain.permissions import Role
from caseworker.domain.statistics import Period
from caseworker.services.demo import generate

TODAY = date(2026, 11, 20)
PERIOD = Period(date(2025, 12, 1), TODAY)


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate(db, seed=3, today=TODAY)
    return db


def test_case_figures_match_the_cases(demo_db: Database, services_for) -> None:
    dashboard = services_for(Role.MANAGER).statistics.dashboard(PERIOD)
    with demo_db.read() as s:
        cases = s.execute(select(Case.opened_on, Case.resolved_on, Case.due_on, Case.acceptable)).all()
    resolved = [c for c in cases if c.resolved_on and PERIOD.start <= c.resolved_on <= PERIOD.end]
    assert dashboard.cases.resolved == len(resolved) > 0
    assert dashboard.cases.within_target == sum(1 for c in resolved if c.resolved_on <= c.due_on)
    assert dashboard.cases.acceptable == dict(Counter(c.acceptable for c in resolved if c.acceptable))
    opened = Counter((c.opened_on.year, c.opened_on.month) for c in cases if PERIOD.start <= c.opened_on <= PERIOD.end)
    assert {(m.month.year, m.month.month): m.opened for m in dashboard.cases.by_month if m.opened} == dict(opened)


def test_the_overview_counted_in_sql_matches_the_cases_month_by_month(demo_db: Database, services_for) -> None:
    """Each month's resolved cases, their median days, escalations, and the period's alone, with a
    specialist and mean satisfaction, against the same figures worked out here from every row."""
    from statistics import median

    from caseworker.db.models import CaseEvent

    dashboard = services_for(Role.MANAGER).statistics.dashboard(PERIOD)
    with demo_db.read() as s:
        cases = s.execute(select(Case.opened_on, Case.resolved_on, Case.resolved_alone, Case.satisfaction)).all()
        escalated = s.scalars(select(CaseEvent.at).where(CaseEvent.kind == "escalation")).all()
    resolved = [c for c in cases if c.resolved_on and PERIOD.start <= c.resolved_on <= PERIOD.end]
    days: dict[tuple[int, int], list[int]] = {}
    for c in resolved:
        days.setdefault((c.resolved_on.year, c.resolved_on.month), []).append((c.resolved_on - c.opened_on).days)
    escalations = Counter((at.year, at.month) for at in escalated if PERIOD.start <= at.date() <= PERIOD.end)
    months = {(m.month.year, m.month.month): m for m in dashboard.cases.by_month}
    assert len(months) == len(PERIOD.months()) and sum(escalations.values()) > 0
    for key, month in months.items():
        spans = days.get(key, [])
        assert month.resolved == len(spans)
        assert month.median_days_to_resolve == (Decimal(str(median(spans))).quantize(Decimal("0.1")) if spans
                                                else None)
        assert month.escalations == escalations.get(key, 0)
    assert dashboard.cases.resolved_alone == sum(1 for c in resolved if c.resolved_alone is True)
    assert dashboard.cases.with_specialist == sum(1 for c in resolved if c.resolved_alone is False)
    scores = [c.satisfaction for c in resolved if c.satisfaction]
    assert scores and dashboard.cases.mean_satisfaction == (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.1"))


def test_aid_by_fund_counts_paid_aid_only(demo_db: Database, services_for) -> None:
    dashboard = services_for(Role.MANAGER).statistics.dashboard(PERIOD)
    with demo_db.read() as s:
        rows = s.execute(select(Fund.name, Disbursement.amount, Disbursement.status, Disbursement.disbursed_on)
                         .join(Fund, Fund.id == Disbursement.fund_id)).all()
    expected: dict[str, Decimal] = {}
    for name, amount, status, on in rows:
        if status == "paid" and PERIOD.start <= on <= PERIOD.end:
            expected[name] = expected.get(name, Decimal(0)) + amount
    assert dict(dashboard.aid_by_fund) == expected and expected


def test_retention_follows_the_gifts(demo_db: Database, services_for) -> None:
    dashboard = services_for(Role.MANAGER).statistics.dashboard(PERIOD)
    with demo_db.read() as s:
        gifts = s.execute(select(Gift.donor_id, Gift.gift_date).where(Gift.voided_at.is_(None))).all()
    by_year: dict[int, set[int]] = {}
    for donor, day in gifts:
        by_year.setdefault(day.year, set()).add(donor)
    for figures in dashboard.retention:
        assert figures.donors == len(by_year.get(figures.year, set()))
        assert figures.retained == len(by_year.get(figures.year, set()) & by_year.get(figures.year - 1, set()))
        assert figures.previous_donors == len(by_year.get(figures.year - 1, set()))
    assert [f.year for f in dashboard.retention] == [2025, 2026] and dashboard.retention[-1].retained > 0


def test_only_managers_see_statistics(demo_db: Database, services_for) -> None:
    for role in (Role.CASEWORKER, Role.FUNDRAISER):
        with pytest.raises(NotPermitted):
            services_for(role).statistics.dashboard(PERIOD)


def test_the_demo_shows_one_teams_housing_cases_missing_their_target_more_often(demo_db: Database,
                                                                                services_for) -> None:
    manager = services_for(Role.MANAGER)
    with demo_db.read() as s:
        housing = s.scalar(select(CaseCategory.id).where(CaseCategory.name == "Housing"))
    period = Period(date(2025, 6, 1), TODAY)
    teams = {g.label: g.current for g in manager.statistics.breakdown(period, "team", category_id=housing).groups}
    assert teams["Advice"].resolved > 10 and teams["Housing"].resolved > 10
    assert teams["Advice"].within_target_rate < teams["Housing"].within_target_rate
    missed = manager.statistics.drill_down(period, "team", next(
        g.key for g in manager.statistics.breakdown(period, "team", category_id=housing).groups if g.label == "Advice"),
        "resolved", "missed_target", category_id=housing)
    assert missed.total == teams["Advice"].resolved - teams["Advice"].within_target
    assert all(r.category == "Housing" and not r.within_target for r in missed.rows)
