"""Insight: aggregated figures over cases, aid, grants and gifts.

Managers see everything; the figures never name a client or donor. Counting happens in SQL where
it can (grouped sums), and in Python only for medians and retention, over narrow rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import Case, CaseEvent, Disbursement, Fund, Funder, Gift, GrantApplication
from caseworker.db.portable import escalation_entry, month_key
from caseworker.domain.aid import AidStatus
from caseworker.domain.aid_grants import AidAndGrants
from caseworker.domain.care import ClientCareFigures
from caseworker.domain.cases import case_reference
from caseworker.domain.errors import ValidationError
from caseworker.domain.grant_outputs import GrantOutputs
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action
from caseworker.domain.service_quality import (
    COHORT_OF,
    DRILL_FILTERS,
    Breakdown,
    Cohort,
    Dimension,
    DrillDown,
    DrillRow,
    GroupFigures,
    QualityFigures,
    histogram_percentile,
    previous_period,
)
from caseworker.domain.statistics import CaseFigures, Dashboard, GrantFigures, MonthOfCases, Period, RetentionFigures
from caseworker.domain.supporters import Supporters
from caseworker.services import aid_grants, insight_data
from caseworker.services import grant_outputs as outputs
from caseworker.services import service_quality as quality
from caseworker.services import supporters as supporter_figures
from caseworker.services.aid import money_sum
from caseworker.services.base import Service, get_or_404
from caseworker.services.contact_policy import load_policy
from caseworker.services.grant_reports import report_deadlines
from caseworker.services.org_settings import load_org_settings
from caseworker.services.service_quality import days_to_resolve, sum_if

RESOLVED_STATUSES = ("resolved", "closed")
# Drill-down figures that list the other side of a counted figure, and the figure they belong to.
_COMPLEMENTS = {"missed_target": "within_target", "check_ins_missed": "check_ins_kept"}
AWARDED_STAGES = ("awarded", "reporting", "closed")
PENDING_STAGES = ("submitted",)


class StatisticsService(Service):
    # Tests pin "today" (which decides when an unmade check-in counts as missed).
    today_override: date | None = None

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

    def breakdown(self, period: Period, dimension: Dimension | str = Dimension.TOTAL, *,
                  category_id: int | None = None) -> Breakdown:
        """Every service-quality figure per group of *dimension*, for *period* and the one before;
        with *category_id*, over that category's cases only."""
        self.require(Action.VIEW_STATISTICS)
        dimension = Dimension(dimension)
        _check_period(period)
        before = previous_period(period)
        scope = quality.Scope(dimension, category_id=category_id)
        total_scope = quality.Scope(Dimension.TOTAL, category_id=category_id)
        ends = [(0, quality.ALL, period.end), (1, quality.ALL, before.end)]
        empty = QualityFigures()
        today = self._today()
        with self.db.read() as s:
            if dimension is Dimension.MONTH:
                # Each month is compared with the month before it, the first with the month
                # before the period (counted in the same pass as period 1).
                months = period.months()
                keys = [quality.month_of(m) for m in months]
                ahead = _add_months(months[0], -1)
                earlier = Period(ahead, period.start - timedelta(days=1))
                month_ends = quality.month_ends(period) + [
                    (1, quality.month_of(ahead), months[0] - timedelta(days=1))]
                # The period's total is added up from its months in the same passes (the last
                # month's end is the period's); only the period before needs passes of its own.
                found, summed = quality.figures(s, scope, [period, earlier], month_ends, with_total=True,
                                                today=today, open_total_from={0: keys[-1]})
                now = {k: found.get((0, k), empty) for k in keys}
                then = {k: found.get((0, quality.month_of(_add_months(m, -1))) if i else
                                     (1, quality.month_of(ahead)), empty) for i, (k, m) in
                        enumerate(zip(keys, months, strict=True))}
                whole, _ = quality.figures(s, total_scope, [before], [(0, quality.ALL, before.end)], with_total=False,
                                           today=today)
                totals = (summed.get(0, empty), whole.get((0, quality.ALL), empty))
            else:
                with_total = dimension is not Dimension.TOTAL
                found, summed = quality.figures(s, scope, [period, before], ends, with_total=with_total,
                                               today=today)
                now = {k: f for (p, k), f in found.items() if p == 0}
                then = {k: f for (p, k), f in found.items() if p == 1}
                keys = list(set(now) | set(then))
                totals = (summed.get(0, empty), summed.get(1, empty)) if with_total else \
                    (now.get(quality.ALL, empty), then.get(quality.ALL, empty))
            labels = quality.group_labels(s, dimension, keys)
        groups = tuple(GroupFigures(k, labels[k][0], now.get(k, empty), then.get(k, empty), labels[k][1])
                       for k in _ordered(dimension, set(keys), labels))
        return Breakdown(dimension, period, before, category_id, groups,
                         GroupFigures(quality.ALL, N_("All cases"), totals[0], totals[1]))

    def drill_down(self, period: Period, dimension: Dimension | str, key: str, cohort: Cohort | str,
                   figure: str | None = None, *, category_id: int | None = None, limit: int = 5000) -> DrillDown:
        """The cases behind one figure of one group (up to *limit* of them, and how many in all).

        Managers may read cases; the client's name is shown only to a reader who may read
        clients.
        """
        self.require(Action.VIEW_STATISTICS)
        self.require(Action.READ_CASES)
        dimension, cohort = Dimension(dimension), Cohort(cohort)
        _check_period(period)
        if figure is not None and figure not in DRILL_FILTERS:
            raise ValidationError("figure", N_("{figure} is not a figure that lists cases."), figure=figure)
        if figure is not None and COHORT_OF.get(_COMPLEMENTS.get(figure, figure)) is not cohort:
            raise ValidationError("figure", N_("{figure} does not count these cases."), figure=figure)
        with_clients = self.can(Action.READ_CLIENTS)
        today = self._today()
        with self.db.read() as s:
            rows, total = quality.drill_cases(s, quality.Scope(dimension, key, category_id), cohort.value, period, figure,
                                              limit, with_clients, today=today)
        out = []
        for (cid, title, last, first, category, worker, opened, due, resolved, days, acceptable, satisfaction,
             level) in rows:
            client = (", ".join(p for p in (last, first) if p) or "—") if with_clients else None
            out.append(DrillRow(cid, case_reference(cid), title, client, category, worker or "", opened, due,
                                resolved, None if days is None else int(days),
                                None if resolved is None else resolved <= due, acceptable, satisfaction, level))
        return DrillDown(tuple(out), total, cohort, period)

    def grant_outputs(self, grant_id: int, period: Period | None = None) -> GrantOutputs:
        """What a grant's funder asks for, over the grant's own period (or *period*)."""
        self.require(Action.VIEW_STATISTICS)
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            g = get_or_404(s, GrantApplication, grant_id, "Grant application")
            if period is None:
                if g.period_start is None or g.period_end is None:
                    raise ValidationError("period", N_("This grant has no period yet: give its start and end, or "
                                                       "choose the period to report on."))
                period = Period(g.period_start, g.period_end)
            _check_period(period)
            funder = s.scalar(select(Funder.name).where(Funder.id == g.funder_id)) or ""
            who = outputs.people(s, period)
            opened, resolved = outputs.cases_delivered(s, period)
            spent, lines = outputs.spending(s, g.id)
            reached, payments, amount = outputs.reached(s, g.id)
            return GrantOutputs(
                grant_id=g.id, title=g.title, funder=funder, currency=g.currency, period=period,
                requested=g.requested, awarded=g.awarded, spent=spent, spending_lines=lines,
                people_served=who.served, new_people=who.new, cases_opened=opened, cases_resolved=resolved,
                aid_by_fund=outputs.aid_by_fund(s, period), reached=reached, reached_payments=payments,
                reached_amount=amount, age_bands=who.age_bands, languages=who.languages, districts=who.districts,
                genders=who.genders, household_sizes=who.household_sizes)

    def aid_and_grants(self, period: Period) -> AidAndGrants:
        """Each fund's use by month against its budget and over clients; the grant pipeline,
        success by funder, spending against awards, refusals over caps and budgets by fund and month, and
        grant reports met on time."""
        self.require(Action.VIEW_STATISTICS)
        _check_period(period)
        today = self._today()
        with self.db.read() as s:
            return replace(aid_grants.aid_and_grants(s, period), cap_refusals=insight_data.cap_refusals(s, period),
                           reports=report_deadlines(s, period, today))

    def supporters(self, period: Period) -> Supporters:
        """Donors retained, new, recovered and lapsed against the period before; gift sizes, appeals
        and channels; time to thank; the contact guard's blocks and overrides by staff member."""
        self.require(Action.VIEW_STATISTICS)
        self.require(Action.READ_GIFTS)
        _check_period(period)
        with self.db.read() as s:
            return replace(supporter_figures.supporters(s, period, previous_period(period), load_policy(s)),
                           guard_by_staff=insight_data.guard_by_staff(s, period))

    def grants_with_outputs(self) -> list[tuple[int, str]]:
        """The grants a report can be made for (awarded or beyond), newest first: (id, title)."""
        self.require(Action.VIEW_STATISTICS)
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            rows = s.execute(select(GrantApplication.id, GrantApplication.title, Funder.name)
                             .join(Funder, Funder.id == GrantApplication.funder_id)
                             .where(GrantApplication.stage.in_(AWARDED_STAGES))
                             .order_by(GrantApplication.period_start.desc(), GrantApplication.id.desc()))
            return [(i, f"{title} — {funder}") for i, title, funder in rows]

    def client_care(self, period: Period, by: str = "category") -> ClientCareFigures:
        """First response time, check-ins kept on rhythm and the client's feedback beside the
        worker's verdict, by category, team or worker (see :mod:`services.care_figures`)."""
        self.require(Action.VIEW_STATISTICS)
        from caseworker.services.care_figures import client_care_figures

        today = self._today()
        with self.db.read() as s:
            return client_care_figures(s, period, by, today)

    def _today(self) -> date:
        """Today in the organisation's zone: a check-in due before it and not made was missed."""
        if self.today_override is not None:
            return self.today_override
        return utcnow().astimezone(load_org_settings(self.db).zone).date()

    def default_period(self) -> Period:
        """The last twelve months: from the first of the month eleven months ago to today."""
        return Period.twelve_months_to(utcnow().astimezone(load_org_settings(self.db).zone).date())

    # -- the parts -----------------------------------------------------------------------------
    @staticmethod
    def _cases(s: Session, period: Period) -> CaseFigures:
        # Grouped in the database: months and days to resolution are few distinct values, so a
        # few thousand rows come back however many cases there are; the median per month is read
        # off that histogram exactly as it would be from the days themselves.
        months = period.months()
        in_period = Case.opened_on.between(period.start, period.end)
        opened_month = month_key(Case.opened_on).label("m")
        opened = {m: int(n) for m, n in s.execute(
            select(opened_month, func.count(Case.id)).where(in_period).group_by(opened_month))}
        month, days = month_key(Case.resolved_on).label("m"), days_to_resolve().label("d")
        rated = and_(Case.satisfaction.is_not(None), Case.satisfaction != 0)
        spans: dict[str, dict[int, int]] = {}
        acceptable: Counter[str] = Counter()
        resolved = within = alone = specialist = rated_count = rated_sum = 0
        for m, d, verdict, n, on_time, by_self, helped, votes, score in s.execute(
                select(month, days, Case.acceptable, func.count(Case.id), sum_if(Case.resolved_on <= Case.due_on),
                       sum_if(Case.resolved_alone.is_(True)), sum_if(Case.resolved_alone.is_(False)),
                       sum_if(rated), func.sum(case((rated, Case.satisfaction), else_=0)))
                .where(Case.resolved_on.is_not(None), Case.resolved_on.between(period.start, period.end))
                .group_by(month, days, Case.acceptable)):
            n = int(n)
            histogram = spans.setdefault(m, {})
            histogram[int(d)] = histogram.get(int(d), 0) + n
            if verdict:
                acceptable[verdict] += n
            resolved += n
            within, alone, specialist = within + int(on_time), alone + int(by_self), specialist + int(helped)
            rated_count, rated_sum = rated_count + int(votes), rated_sum + int(score or 0)
        escalations = s.execute(select(*(
            sum_if(and_(CaseEvent.at >= _instant(max(first, period.start)),
                         CaseEvent.at < _instant(min(_add_months(first, 1), period.end + timedelta(days=1)))))
            for first in months)).where(
                escalation_entry(), CaseEvent.at >= _instant(period.start),
                CaseEvent.at < _instant(period.end + timedelta(days=1)))).one()
        by_month = []
        for first, escalated in zip(months, escalations, strict=True):
            key = quality.month_of(first)
            histogram = spans.get(key, {})
            median = histogram_percentile(histogram, 1, 2)
            by_month.append(MonthOfCases(first, opened.get(key, 0), sum(histogram.values()), int(escalated or 0),
                                         None if median is None else median.quantize(Decimal("0.1"))))
        today = utcnow().date()
        open_filter = Case.status.not_in(RESOLVED_STATUSES)
        return CaseFigures(
            by_month=tuple(by_month),
            resolved=resolved,
            within_target=within,
            resolved_alone=alone,
            with_specialist=specialist,
            acceptable=dict(acceptable),
            mean_satisfaction=(Decimal(rated_sum) / rated_count).quantize(Decimal("0.1")) if rated_count else None,
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

        def count(stages: Iterable[str]) -> int:
            return sum(by_stage.get(st, (0,))[0] for st in stages)

        return GrantFigures(
            submitted=sum(n for n, _r, _a in by_stage.values()),
            awarded=count(AWARDED_STAGES), declined=count(("declined",)), pending=count(PENDING_STAGES),
            requested_amount=sum((r for _n, r, _a in by_stage.values()), Decimal(0)),
            awarded_amount=sum((by_stage[st][2] for st in AWARDED_STAGES if st in by_stage), Decimal(0)),
        )

    @staticmethod
    def _retention(s: Session, period: Period) -> tuple[RetentionFigures, ...]:
        """Each year's donors and how many of them gave the year before, counted in one pass over
        the years' gifts grouped by donor (a flag per year), never a list of donors in Python."""
        years = list(range(period.start.year, period.end.year + 1))
        span = list(range(years[0] - 1, years[-1] + 1))

        def gave_in(year: int) -> Any:
            return func.max(case((Gift.gift_date.between(date(year, 1, 1), date(year, 12, 31)), 1), else_=0))

        per_donor = (select(Gift.donor_id, *(gave_in(y).label(f"y{y}") for y in span))
                     .where(Gift.voided_at.is_(None), Gift.gift_date.between(date(span[0], 1, 1), date(span[-1], 12, 31)))
                     .group_by(Gift.donor_id).subquery("per_donor"))
        flag = {y: per_donor.c[f"y{y}"] for y in span}
        row = s.execute(select(*(func.coalesce(func.sum(expr), 0) for y in years for expr in (
            flag[y], flag[y] * flag[y - 1], flag[y - 1])))).one()
        return tuple(RetentionFigures(y, int(row[3 * i]), int(row[3 * i + 1]), int(row[3 * i + 2]))
                     for i, y in enumerate(years))


def _check_period(period: Period) -> None:
    if period.end < period.start:
        raise ValidationError("end", N_("The period ends before it starts."))


def _ordered(dimension: Dimension, keys: set[str], labels: dict[str, tuple[str, bool]]) -> list[str]:
    """Months and support levels in their own order; names alphabetically, "none" last."""
    if dimension in (Dimension.MONTH, Dimension.LEVEL):
        return sorted(keys, key=lambda k: (k == quality.NO_GROUP, k.zfill(8)))
    return sorted(keys, key=lambda k: (k == quality.NO_GROUP, labels[k][0].casefold(), k))


def _add_months(d: date, months: int) -> date:
    """The first day of the month *months* after *d*'s month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _instant(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)
