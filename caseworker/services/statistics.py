"""Insight: aggregated figures over cases, aid, grants and gifts.

Managers see everything; the figures never name a client or donor. Counting happens in SQL where
it can (grouped sums), and in Python only for medians and retention, over narrow rows.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import Case, CaseEvent, Disbursement, Fund, Gift, GrantApplication
from caseworker.domain.aid import AidStatus
from caseworker.domain.care import ClientCareFigures
from caseworker.domain.permissions import Action
from caseworker.domain.statistics import (CaseFigures, Dashboard, GrantFigures, MonthOfCases, Period,
                                          RetentionFigures, median_days, retention_by_year)
from caseworker.services.aid import money_sum
from caseworker.services.base import Service
from caseworker.services.org_settings import load_org_settings

RESOLVED_STATUSES = ("resolved", "closed")
AWARDED_STAGES = ("awarded", "reporting", "closed")
PENDING_STAGES = ("submitted",)


class StatisticsService(Service):
    def dashboard(self, period: Period) -> Dashboard:
        self.require(Action.VIEW_STATISTICS)
        org = load_org_settings(self.db)
        with self.db.read() as s:
            return Dashboard(
                period=period, currency=org.currency,
                cases=self._cases(s, period),
                aid_by_fund=self._aid(s, period),
                grants=self._grants(s, period),
                retention=self._retention(s, period),
            )

    def client_care(self, period: Period, by: str = "category") -> ClientCareFigures:
        """First response time, check-ins kept on rhythm and the client's feedback beside the
        worker's verdict, by category, team or worker (see :mod:`services.care_figures`)."""
        self.require(Action.VIEW_STATISTICS)
        from caseworker.services.care_figures import client_care_figures

        with self.db.read() as s:
            return client_care_figures(s, period, by)

    def default_period(self) -> Period:
        """The last twelve months: from the first of the month eleven months ago to today."""
        today = utcnow().astimezone(load_org_settings(self.db).zone).date()
        index = today.year * 12 + today.month - 1 - 11
        return Period(date(index // 12, index % 12 + 1, 1), today)

    # -- the parts -----------------------------------------------------------------------------
    @staticmethod
    def _cases(s: Session, period: Period) -> CaseFigures:
        opened = Counter(_month(d) for d in s.scalars(
            select(Case.opened_on).where(Case.opened_on.between(period.start, period.end))))
        resolved_rows = s.execute(
            select(Case.opened_on, Case.resolved_on, Case.due_on, Case.resolved_alone, Case.acceptable,
                   Case.satisfaction)
            .where(Case.resolved_on.is_not(None), Case.resolved_on.between(period.start, period.end))).all()
        escalation_days = s.scalars(
            select(CaseEvent.at).where(CaseEvent.kind == "escalation",
                                       CaseEvent.at >= _instant(period.start),
                                       CaseEvent.at < _instant(period.end + timedelta(days=1)))).all()
        escalations = Counter(_month(at.date()) for at in escalation_days)
        spans: dict[date, list[int]] = {}
        for row in resolved_rows:
            spans.setdefault(_month(row.resolved_on), []).append((row.resolved_on - row.opened_on).days)
        by_month = tuple(
            MonthOfCases(m, opened.get(m, 0), len(spans.get(m, [])), escalations.get(m, 0),
                         median_days(spans.get(m, [])))
            for m in period.months())
        satisfaction = [r.satisfaction for r in resolved_rows if r.satisfaction]
        today = utcnow().date()
        open_filter = Case.status.not_in(RESOLVED_STATUSES)
        return CaseFigures(
            by_month=by_month,
            resolved=len(resolved_rows),
            within_target=sum(1 for r in resolved_rows if r.resolved_on <= r.due_on),
            resolved_alone=sum(1 for r in resolved_rows if r.resolved_alone is True),
            with_specialist=sum(1 for r in resolved_rows if r.resolved_alone is False),
            acceptable=dict(Counter(r.acceptable for r in resolved_rows if r.acceptable)),
            mean_satisfaction=(Decimal(sum(satisfaction)) / len(satisfaction)).quantize(Decimal("0.1"))
            if satisfaction else None,
            open_now=s.scalar(select(func.count(Case.id)).where(open_filter)) or 0,
            overdue_now=s.scalar(select(func.count(Case.id)).where(open_filter, Case.due_on < today)) or 0,
        )

    @staticmethod
    def _aid(s: Session, period: Period) -> tuple[tuple[str, Decimal], ...]:
        rows = s.execute(
            select(Fund.name, money_sum(Disbursement.amount))
            .join(Fund, Fund.id == Disbursement.fund_id)
            .where(Disbursement.status == AidStatus.PAID.value,
                   Disbursement.disbursed_on.between(period.start, period.end))
            .group_by(Fund.name).order_by(Fund.name)).all()
        return tuple((name, total) for name, total in rows)

    @staticmethod
    def _grants(s: Session, period: Period) -> GrantFigures:
        rows = s.execute(
            select(GrantApplication.stage, func.count(GrantApplication.id),
                   money_sum(GrantApplication.requested), money_sum(GrantApplication.awarded))
            .where(GrantApplication.submitted_on.between(period.start, period.end))
            .group_by(GrantApplication.stage)).all()
        by_stage = {stage: (n, req, awd) for stage, n, req, awd in rows}
        count = lambda stages: sum(by_stage.get(st, (0,))[0] for st in stages)  # noqa: E731
        return GrantFigures(
            submitted=sum(n for n, _r, _a in by_stage.values()),
            awarded=count(AWARDED_STAGES), declined=count(("declined",)), pending=count(PENDING_STAGES),
            requested_amount=sum((r for _n, r, _a in by_stage.values()), Decimal(0)),
            awarded_amount=sum((by_stage[st][2] for st in AWARDED_STAGES if st in by_stage), Decimal(0)),
        )

    @staticmethod
    def _retention(s: Session, period: Period) -> tuple[RetentionFigures, ...]:
        years = list(range(period.start.year, period.end.year + 1))
        year = extract("year", Gift.gift_date)
        pairs = s.execute(
            select(Gift.donor_id, year).distinct()
            .where(Gift.voided_at.is_(None), year.between(years[0] - 1, years[-1]))).all()
        return retention_by_year(((d, int(y)) for d, y in pairs), years)


def _month(d: date) -> date:
    return date(d.year, d.month, 1)


def _instant(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)
