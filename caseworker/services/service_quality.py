"""The SQL behind Insight's service-quality breakdowns.

Every figure is a grouped aggregate over one of three groups of cases (see
``domain/service_quality.py``). Percentiles are computed the same way on both engines: the values
of each group are ranked in the database with window functions (``row_number`` and ``count`` over
the group) and only the two rows either side of each percentile come back, so no more than four
rows per group leave the database whatever the number of cases; the interpolation between those
two values is then exact arithmetic in Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from caseworker.db.models import Case, CaseCategory, CaseEvent, Handoff, Team, User
from caseworker.db.portable import day_number, month_key, utc_day_number
from caseworker.domain.i18n import N_
from caseworker.domain.service_quality import (CohortCounts, Dimension, QualityFigures, figures_from,
                                               percentile, percentile_ranks)
from caseworker.domain.statistics import Period

RESOLVED_STATUSES = ("resolved", "closed")
WRITTEN_KINDS = ("note", "call", "visit")
NO_GROUP = "none"
ALL = "all"
# (numerator, denominator) of the percentiles reported: the median and the 90th.
MEDIAN, P90 = (1, 2), (9, 10)

Assignee = aliased(User, name="assignee")


@dataclass(frozen=True)
class Scope:
    """A group of cases to count: a dimension's key expression plus the joins it needs."""

    dimension: Dimension
    key: str | None = None  # one group only (a drill-down), or every group
    category_id: int | None = None  # only the cases of one category ("housing cases by team")

    def key_expr(self, anchor: Any) -> Any:
        d = self.dimension
        if d is Dimension.CATEGORY:
            return Case.category_id
        if d is Dimension.TEAM:
            return Assignee.team_id
        if d is Dimension.WORKER:
            return Case.assignee_id
        if d is Dimension.LEVEL:
            return Case.escalation_level
        if d is Dimension.MONTH:
            return month_key(anchor)
        return literal(ALL)

    def base(self, *columns: Any) -> Any:
        stmt = select(*columns).select_from(Case)
        if self.dimension is Dimension.TEAM:
            stmt = stmt.outerjoin(Assignee, Assignee.id == Case.assignee_id)
        return self.only_category(stmt)

    def only_category(self, stmt: Any) -> Any:
        return stmt if self.category_id is None else stmt.where(Case.category_id == self.category_id)

    def narrow(self, stmt: Any, anchor: Any) -> Any:
        """Keep only the one group a drill-down asked for."""
        if self.key is None or self.dimension is Dimension.TOTAL:
            return stmt
        expr = self.key_expr(anchor)
        if self.key == NO_GROUP:
            return stmt.where(expr.is_(None))
        if self.dimension is Dimension.MONTH:
            return stmt.where(expr == self.key)
        return stmt.where(expr == int(self.key))


def month_of(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def group_key(value: Any) -> str:
    return NO_GROUP if value is None else str(value)


# -- the three groups of cases -------------------------------------------------------------------
def resolved_filter(period: Period) -> Any:
    return and_(Case.resolved_on.is_not(None), Case.resolved_on.between(period.start, period.end))


def opened_filter(period: Period) -> Any:
    return Case.opened_on.between(period.start, period.end)


def open_at(end: date) -> Any:
    return and_(Case.opened_on <= end, or_(Case.resolved_on.is_(None), Case.resolved_on > end))


def _accepted_handoffs() -> Any:
    return (select(func.count(Handoff.id))
            .where(Handoff.case_id == Case.id, Handoff.state == "accepted").scalar_subquery())


def _was_reopened() -> Any:
    return exists().where(CaseEvent.case_id == Case.id, CaseEvent.kind == "status",
                          CaseEvent.data["reopened"].as_boolean().is_(True))


def _first_response() -> Any:
    return (select(func.min(CaseEvent.at))
            .where(CaseEvent.case_id == Case.id, CaseEvent.kind.in_(WRITTEN_KINDS)).scalar_subquery())


def _sum_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def days_to_resolve() -> Any:
    return day_number(Case.resolved_on) - day_number(Case.opened_on)


# -- the queries -----------------------------------------------------------------------------------
def resolved_counts(s: Session, scope: Scope, period: Period) -> dict[str, CohortCounts]:
    anchor = Case.resolved_on
    key = scope.key_expr(anchor).label("k")
    handoffs = _accepted_handoffs()
    stmt = scope.base(
        key, func.count(Case.id),
        _sum_if(Case.resolved_on <= Case.due_on),
        _sum_if(Case.acceptable == "yes"), _sum_if(Case.acceptable == "partly"), _sum_if(Case.acceptable == "no"),
        _sum_if(Case.resolved_alone.is_(True)), _sum_if(Case.resolved_alone.is_(False)),
        _sum_if(Case.escalation_level > 0), func.sum(Case.escalation_level),
        func.sum(handoffs), _sum_if(_was_reopened()),
        func.sum(Case.satisfaction), func.count(Case.satisfaction),
    ).where(resolved_filter(period))
    stmt = scope.narrow(stmt, anchor).group_by(key)
    out = {}
    for row in s.execute(stmt):
        numbers = [int(v or 0) for v in row[1:]]
        out[group_key(row[0])] = CohortCounts(*numbers)
    return out


def opened_counts(s: Session, scope: Scope, period: Period) -> dict[str, tuple[int, int]]:
    """(opened, with a first response) per group."""
    anchor = Case.opened_on
    key = scope.key_expr(anchor).label("k")
    stmt = scope.base(key, func.count(Case.id), func.count(_first_response())).where(opened_filter(period))
    stmt = scope.narrow(stmt, anchor).group_by(key)
    return {group_key(k): (int(n), int(r)) for k, n, r in s.execute(stmt)}


def open_counts(s: Session, scope: Scope, period: Period) -> dict[str, tuple[int, int]]:
    """(open at the end, overdue at the end) per group; by month, at each month's end."""
    ends = _ends(scope, period)
    key, end, joined = _open_cases(scope, ends)
    stmt = joined.add_columns(func.count(Case.id), _sum_if(Case.due_on < end)).group_by(key)
    return {group_key(k): (int(n), int(o or 0)) for k, n, o in s.execute(stmt)}


def resolve_percentiles(s: Session, scope: Scope, period: Period) -> dict[str, tuple[Decimal | None, ...]]:
    anchor = Case.resolved_on
    key = scope.key_expr(anchor).label("k")
    stmt = scope.base(key, days_to_resolve().label("v")).where(resolved_filter(period))
    return _percentiles(s, scope.narrow(stmt, anchor))


def first_response_percentiles(s: Session, scope: Scope, period: Period) -> dict[str, tuple[Decimal | None, ...]]:
    anchor = Case.opened_on
    key = scope.key_expr(anchor).label("k")
    first = _first_response()
    value = (utc_day_number(first) - day_number(Case.opened_on)).label("v")
    stmt = scope.base(key, value).where(opened_filter(period), first.is_not(None))
    return _percentiles(s, scope.narrow(stmt, anchor))


def open_age_percentiles(s: Session, scope: Scope, period: Period) -> dict[str, tuple[Decimal | None, ...]]:
    ends = _ends(scope, period)
    key, end, joined = _open_cases(scope, ends)
    stmt = joined.add_columns((day_number(end) - day_number(Case.opened_on)).label("v"))
    return _percentiles(s, stmt)


def _ends(scope: Scope, period: Period) -> list[tuple[str, date]]:
    """The day(s) at whose end open cases are counted: each month's last day within the period
    when grouping by month, else the period's last day."""
    if scope.dimension is not Dimension.MONTH:
        return [(ALL, period.end)]
    out = []
    for first in period.months():
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        out.append((month_of(first), min(period.end, date.fromordinal(nxt.toordinal() - 1))))
    if scope.key is not None:
        out = [(k, e) for k, e in out if k == scope.key]
    return out


def _open_cases(scope: Scope, ends: list[tuple[str, date]]) -> tuple[Any, Any, Any]:
    """A select of the cases open at each end, with its group key and end column."""
    if scope.dimension is Dimension.MONTH:
        if not ends:
            ends = [("0000-00", date.min)]
        parts = [select(literal(k).label("k"), literal(e).label("e")) for k, e in ends]
        days = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("ends")
        key, end = days.c.k, days.c.e
        stmt = select(key).select_from(Case).join(days, and_(Case.opened_on <= end, or_(
            Case.resolved_on.is_(None), Case.resolved_on > end)))
        return key, end, scope.only_category(stmt)
    (_k, end_day), = ends
    key = scope.key_expr(None).label("k")
    end = literal(end_day)
    stmt = scope.narrow(scope.base(key).where(open_at(end_day)), None)
    return key, end, stmt


def _percentiles(s: Session, values: Any) -> dict[str, tuple[Decimal | None, ...]]:
    """Median and 90th percentile of column ``v`` per group ``k`` of the select *values*."""
    sub = values.subquery("vals")
    ranked = select(sub.c.k, sub.c.v,
                    func.row_number().over(partition_by=sub.c.k, order_by=sub.c.v).label("rn"),
                    func.count().over(partition_by=sub.c.k).label("n")).subquery("ranked")
    n, rn = ranked.c.n, ranked.c.rn
    wanted = []
    for num, den in (MEDIAN, P90):
        wanted += [rn == ((n - 1) * num) // den + 1, rn == ((n - 1) * num + den - 1) // den + 1]
    found: dict[str, tuple[int, dict[int, int]]] = {}
    for k, v, r, count in s.execute(select(ranked.c.k, ranked.c.v, rn, n).where(or_(*wanted))):
        found.setdefault(group_key(k), (int(count), {}))[1][int(r)] = int(v)
    out = {}
    for k, (count, at) in found.items():
        assert all(r in at for p in (MEDIAN, P90) for r in percentile_ranks(count, *p))
        out[k] = (percentile(at, count, *MEDIAN), percentile(at, count, *P90))
    return out


# -- putting a breakdown together ------------------------------------------------------------------
def figures_by_group(s: Session, scope: Scope, period: Period) -> dict[str, QualityFigures]:
    resolved = resolved_counts(s, scope, period)
    opened = opened_counts(s, scope, period)
    still_open = open_counts(s, scope, period)
    to_resolve = resolve_percentiles(s, scope, period)
    first = first_response_percentiles(s, scope, period)
    ages = open_age_percentiles(s, scope, period)
    keys = set(resolved) | set(opened) | set(still_open)
    none = (None, None)
    return {k: figures_from(
        resolved.get(k, CohortCounts()),
        opened=opened.get(k, (0, 0))[0], first_responded=opened.get(k, (0, 0))[1],
        days_to_resolve=to_resolve.get(k, none), first_response=first.get(k, none),
        open_at_end=still_open.get(k, (0, 0))[0], overdue_at_end=still_open.get(k, (0, 0))[1],
        open_age=ages.get(k, none)) for k in keys}


def group_labels(s: Session, dimension: Dimension, keys: Iterable[str]) -> dict[str, tuple[str, bool]]:
    """A label for each group key, and whether it names a worker who has left."""
    keys = list(keys)
    ids = [int(k) for k in keys if k not in (NO_GROUP, ALL) and dimension not in (Dimension.MONTH,)]
    out: dict[str, tuple[str, bool]] = {}
    if dimension is Dimension.CATEGORY:
        out = {str(i): (n, False) for i, n in s.execute(select(CaseCategory.id, CaseCategory.name)
                                                         .where(CaseCategory.id.in_(ids)))}
    elif dimension is Dimension.TEAM:
        out = {str(i): (n, False) for i, n in s.execute(select(Team.id, Team.name).where(Team.id.in_(ids)))}
    elif dimension is Dimension.WORKER:
        out = {str(i): (n, not active) for i, n, active in s.execute(
            select(User.id, User.display_name, User.active).where(User.id.in_(ids)))}
    for k in keys:
        if k in out:
            continue
        if k == ALL:
            out[k] = (N_("All cases"), False)
        elif k == NO_GROUP:
            out[k] = ({Dimension.TEAM: N_("No team"), Dimension.WORKER: N_("Unassigned")}.get(
                dimension, N_("None")), False)
        elif dimension is Dimension.LEVEL:
            out[k] = (k, False)
        else:
            out[k] = (k, False)
    return out


# -- drill-down: the cases behind a figure -----------------------------------------------------------
def drill_filter(figure: str | None, end: Any) -> Any:
    """The extra condition that narrows a cohort to the cases one count figure counts."""
    conditions = {
        "within_target": Case.resolved_on <= Case.due_on,
        "missed_target": Case.resolved_on > Case.due_on,
        "acceptable_yes": Case.acceptable == "yes",
        "acceptable_partly": Case.acceptable == "partly",
        "acceptable_no": Case.acceptable == "no",
        "resolved_alone": Case.resolved_alone.is_(True),
        "with_specialist": Case.resolved_alone.is_(False),
        "escalated": Case.escalation_level > 0,
        "reopened": _was_reopened(),
        "satisfaction_responses": Case.satisfaction.is_not(None),
        "first_responded": _first_response().is_not(None),
        "overdue_at_end": Case.due_on < end,
    }
    return None if figure is None else conditions[figure]


def drill_cases(s: Session, scope: Scope, cohort: str, period: Period, figure: str | None,
                limit: int, with_clients: bool) -> tuple[list[tuple[Any, ...]], int]:
    """The cases behind one figure of one group: (rows, how many there are in all)."""
    from caseworker.db.models import Client

    worker = aliased(User, name="worker")
    if cohort == "resolved":
        anchor, where, end = Case.resolved_on, resolved_filter(period), literal(period.end)
        days = days_to_resolve()
    elif cohort == "opened":
        anchor, where, end = Case.opened_on, opened_filter(period), literal(period.end)
        days = literal(None)
    else:
        ends = _ends(scope, period)
        end_day = ends[0][1] if ends else period.end
        anchor, where, end = None, open_at(end_day), literal(end_day)
        days = day_number(literal(end_day)) - day_number(Case.opened_on)
    extra = drill_filter(figure, end)
    columns = [Case.id, Case.title, Client.last_name if with_clients else literal(None),
               Client.first_name if with_clients else literal(None), CaseCategory.name,
               worker.display_name, Case.opened_on, Case.due_on, Case.resolved_on, days,
               Case.acceptable, Case.satisfaction, Case.escalation_level]
    stmt = scope.base(*columns).join(CaseCategory, CaseCategory.id == Case.category_id) \
        .outerjoin(worker, worker.id == Case.assignee_id).where(where)
    if with_clients:
        stmt = stmt.join(Client, Client.id == Case.client_id)
    if extra is not None:
        stmt = stmt.where(extra)
    if not (scope.dimension is Dimension.MONTH and cohort == "open"):  # that month chose its end day
        stmt = scope.narrow(stmt, anchor)
    count = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    rows = s.execute(stmt.order_by(Case.opened_on, Case.id).limit(limit)).all()
    return [tuple(r) for r in rows], int(count or 0)
