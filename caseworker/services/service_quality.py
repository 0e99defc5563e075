"""The SQL behind Insight's service-quality breakdowns.

Every figure is a grouped aggregate over one of three groups of cases (see
``domain/service_quality.py``). Percentiles are computed the same way on both engines from a
histogram the database counts: days are whole numbers, so ``GROUP BY period, group, days`` returns
a few hundred rows per group however many cases there are, and the median and 90th percentile are
read exactly off the running count (linear interpolation between the closest ranks, as
PostgreSQL's ``percentile_cont``). No window functions, no engine-specific percentile function,
and no case rows leave the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import FromClause

from caseworker.db.models import Case, CaseCategory, CaseEvent, ContactRhythm, Handoff, Team, User
from caseworker.db.portable import (
    add_days,
    day_number,
    inline_day,
    month_key,
    reopen_event,
    unindexed,
    utc_date,
    utc_day_number,
    written_entry,
)
from caseworker.domain.i18n import N_
from caseworker.domain.service_quality import (
    CohortCounts,
    Dimension,
    QualityFigures,
    figures_from,
    histogram_percentile,
)
from caseworker.domain.statistics import Period

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
            return unindexed(Case.category_id)
        if d is Dimension.TEAM:
            return Assignee.team_id
        if d is Dimension.WORKER:
            return unindexed(Case.assignee_id)
        if d is Dimension.LEVEL:
            return unindexed(Case.escalation_level)
        if d is Dimension.MONTH:
            return month_key(anchor)
        return literal(ALL)

    def base(self, *columns: Any) -> Any:
        stmt = select(*columns).select_from(Case)
        if self.dimension is Dimension.TEAM:
            stmt = stmt.outerjoin(Assignee, Assignee.id == Case.assignee_id)
        return self.only_category(stmt)

    def only_category(self, stmt: Any) -> Any:
        # unindexed: one category is a fifth of the cases, cheaper read from the statistics' covering
        # index than row by row through the category index.
        return stmt if self.category_id is None else stmt.where(unindexed(Case.category_id) == self.category_id)

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
    return exists().where(CaseEvent.case_id == Case.id, reopen_event())


def _first_response() -> Any:
    return (select(func.min(CaseEvent.at))
            .where(CaseEvent.case_id == Case.id, written_entry()).scalar_subquery())


def sum_if(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def days_to_resolve() -> Any:
    return day_number(Case.resolved_on) - day_number(Case.opened_on)


# -- the queries -----------------------------------------------------------------------------------
# Each query counts several adjacent periods in one pass (the period and the one before it): the
# rows are tagged with the index of the period they fall in, and grouped by (period, group).
# Results are keyed by (period index, group key).


def _tag(anchor: Any, periods: Sequence[Period]) -> Any:
    if len(periods) == 1:
        return literal(0)
    return case(*((anchor.between(p.start, p.end), i) for i, p in enumerate(periods)), else_=-1)


def _span(anchor: Any, periods: Sequence[Period]) -> Any:
    return and_(anchor.is_not(None), anchor.between(min(p.start for p in periods), max(p.end for p in periods)))


def resolved_figures(s: Session, scope: Scope, periods: Sequence[Period]) -> tuple[
        dict[tuple[int, str], CohortCounts], dict[tuple[int, str], Distribution], dict[int, Distribution]]:
    """The resolved cases' counts and their days to resolution, in one pass.

    Grouped by (period, group, days): the counts add up over the days exactly, so the same rows
    give each group's counts and its histogram of days (and, added over the groups, the totals').
    """
    anchor = Case.resolved_on
    key, tag = scope.key_expr(anchor).label("k"), _tag(anchor, periods).label("p")
    days = days_to_resolve().label("v")
    stmt = scope.base(
        tag, key, days, func.count(Case.id),
        sum_if(Case.resolved_on <= Case.due_on),
        sum_if(Case.acceptable == "yes"), sum_if(Case.acceptable == "partly"), sum_if(Case.acceptable == "no"),
        sum_if(Case.resolved_alone.is_(True)), sum_if(Case.resolved_alone.is_(False)),
        sum_if(Case.escalation_level > 0), func.sum(Case.escalation_level),
        func.sum(_accepted_handoffs()), sum_if(_was_reopened()),
        func.sum(Case.satisfaction), func.count(Case.satisfaction),
    ).where(_span(anchor, periods))
    stmt = scope.narrow(stmt, anchor).group_by(tag, key, days)
    summed: dict[tuple[int, str], list[int]] = {}
    groups: dict[tuple[int, str], Distribution] = {}
    totals: dict[int, Distribution] = {}
    for row in s.execute(stmt):
        p, k, v, n = int(row[0]), group_key(row[1]), int(row[2]), int(row[3])
        values = [n, *(int(x or 0) for x in row[4:])]
        acc = summed.setdefault((p, k), [0] * len(values))
        for i, x in enumerate(values):
            acc[i] += x
        for dist in (groups.setdefault((p, k), Distribution({})), totals.setdefault(p, Distribution({}))):
            dist.histogram[v] = dist.histogram.get(v, 0) + n
    return {pk: CohortCounts(*acc) for pk, acc in summed.items()}, groups, totals


def _first_responses() -> Any:
    """Each case's first written line, from one pass over the partial index that holds only those."""
    return (select(CaseEvent.case_id.label("case_id"), func.min(CaseEvent.at).label("first_at"))
            .where(written_entry()).group_by(CaseEvent.case_id).subquery("first_responses"))


def responded_histogram(scope: Scope, periods: Sequence[Period], *, step_in: bool = True) -> Any:
    """Opened cases by period, group and days to their first written line (NULL: none yet), so the
    opened count and the first-response histogram come from the same rows.

    With *step_in* (SQLite) each case in the span steps once into the partial index of written
    lines for its first one, and the lines of cases opened outside the span are never read.
    PostgreSQL instead hashes every case's first line from one pass over that index and joins
    it: a step per case there is costed high enough to be compiled (JIT) and sorted on disk,
    2.5 times slower on the large demo.
    """
    anchor = Case.opened_on
    source: FromClause
    if step_in:
        first_at, source = _first_response(), Case.__table__
    else:
        first = _first_responses()
        first_at, source = first.c.first_at, Case.__table__.outerjoin(first, first.c.case_id == Case.id)
    value = utc_day_number(first_at) - day_number(Case.opened_on)
    stmt = select(_tag(anchor, periods).label("p"), scope.key_expr(anchor).label("k"), value.label("v"),
                  literal(False).label("x")).select_from(source)
    if scope.dimension is Dimension.TEAM:
        stmt = stmt.outerjoin(Assignee, Assignee.id == Case.assignee_id)
    return scope.narrow(scope.only_category(stmt).where(_span(anchor, periods)), anchor)


def open_histogram(scope: Scope, ends: Sequence[tuple[int, str, date]]) -> Any:
    """Cases open at each end, by age at that end and whether they were past their due date."""
    _tag_col, _key, end, joined = _open_cases(scope, ends)
    return joined.add_columns((day_number(end) - day_number(Case.opened_on)).label("v"),
                              (Case.due_on < end).label("x"))


def month_ends(period: Period, key: str | None = None) -> list[tuple[int, str, date]]:
    """(0, month, its last day within the period) for each month the period touches."""
    out = []
    for first in period.months():
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        out.append((0, month_of(first), min(period.end, date.fromordinal(nxt.toordinal() - 1))))
    return [e for e in out if key is None or e[1] == key]


def _open_cases(scope: Scope, ends: Sequence[tuple[int, str, date]]) -> tuple[Any, Any, Any, Any]:
    """The cases open at each end day, with the end's period index, group key and end day.

    The end days are a small derived table joined to the cases, so every end is counted in the
    same pass; by month, the group is the month whose end it is.
    """
    if not ends:
        ends = [(0, "0000-00", date.min)]
    # The end days are written inline (see ``inline_day``): each is compared with every case's dates.
    parts = [select(literal(p).label("p"), literal(k).label("m"), inline_day(e).label("e")) for p, k, e in ends]
    days = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery("ends")
    key = days.c.m if scope.dimension is Dimension.MONTH else scope.key_expr(None)
    stmt = scope.base(days.c.p, key.label("k")).join(days, and_(
        Case.opened_on <= days.c.e, or_(Case.resolved_on.is_(None), Case.resolved_on > days.c.e)))
    if scope.dimension is not Dimension.MONTH:
        stmt = scope.narrow(stmt, None)
    return days.c.p, key, days.c.e, stmt


# -- check-ins on the client's rhythm --------------------------------------------------------------
# A call, visit or message on a client's timeline is a contact (as on My work's check-ins).
CONTACT_KINDS = ("call", "visit", "message")


def check_ins() -> Any:
    """Every check-in a rhythm has asked for: its client, due day, the case it counts on, whether it
    was kept, and whether it is settled (kept, or missed: came late or its day has passed).

    The anchors are the rhythm's start and each day with a contact since; a check-in falls due the
    rhythm's days after each anchor, and the next anchor (always a contact) is the one that met it.
    One pass of a window function over the clients with a rhythm; the same on both engines.
    """
    day = utc_date(CaseEvent.at)
    # Only the clients with a rhythm, found through the timeline's (client, at) index rather than a
    # pass over every line; contacts before a rhythm began are dropped by check_in_rows.
    contacts = (select(CaseEvent.client_id.label("client_id"), day.label("day"),
                       func.max(CaseEvent.case_id).label("case_id"), literal(1).label("ord"))
                .where(CaseEvent.client_id.in_(select(ContactRhythm.client_id)), CaseEvent.kind.in_(CONTACT_KINDS))
                .group_by(CaseEvent.client_id, day))
    first_due = add_days(ContactRhythm.started_on, ContactRhythm.every_days)
    latest_case = (select(func.max(Case.id)).where(Case.client_id == ContactRhythm.client_id,
                                                   Case.opened_on <= first_due).scalar_subquery())
    starts = select(ContactRhythm.client_id.label("client_id"), ContactRhythm.started_on.label("day"),
                    latest_case.label("case_id"), literal(0).label("ord"))
    anchors = union_all(contacts, starts).subquery("anchors")
    nxt = func.lead(anchors.c.day).over(partition_by=anchors.c.client_id, order_by=(anchors.c.day, anchors.c.ord))
    return select(anchors.c.client_id, anchors.c.day, anchors.c.case_id, nxt.label("next_day")) \
        .subquery("check_in_anchors")


def check_in_rows(scope: Scope, periods: Sequence[Period], today: date, *columns: Any) -> Any:
    """The check-ins that fell due in the periods, settled, on a case of the scope, with *columns*.

    Adds the labelled columns ``p`` (period), ``k`` (group), ``kept`` and the ``due`` day.
    """
    a = check_ins()
    due = add_days(a.c.day, ContactRhythm.every_days)
    kept = and_(a.c.next_day.is_not(None), a.c.next_day <= due)
    settled = or_(a.c.next_day.is_not(None), and_(due < today, ContactRhythm.active.is_(True)))
    owed = or_(ContactRhythm.while_case_open.is_(False),
               and_(Case.opened_on <= due, or_(Case.resolved_on.is_(None), Case.resolved_on >= due)))
    stmt = (select(_tag(due, periods).label("p"), scope.key_expr(due).label("k"), kept.label("kept"),
                   due.label("due"), *columns)
            .select_from(a).join(ContactRhythm, ContactRhythm.client_id == a.c.client_id)
            .join(Case, Case.id == a.c.case_id))
    if scope.dimension is Dimension.TEAM:
        stmt = stmt.outerjoin(Assignee, Assignee.id == Case.assignee_id)
    stmt = scope.only_category(stmt).where(a.c.day >= ContactRhythm.started_on, settled, owed, _span(due, periods))
    return scope.narrow(stmt, due)


def check_in_counts(s: Session, scope: Scope, periods: Sequence[Period],
                    today: date) -> dict[tuple[int, str], tuple[int, int]]:
    """(due, kept) check-ins per (period, group)."""
    rows = check_in_rows(scope, periods, today).subquery("check_ins")
    stmt = select(rows.c.p, rows.c.k, func.count(), sum_if(rows.c.kept)).group_by(rows.c.p, rows.c.k)
    return {(int(p), group_key(k)): (int(n), int(kept or 0)) for p, k, n, kept in s.execute(stmt)}


@dataclass
class Distribution:
    """How many cases had each value (and how many of them were flagged, e.g. overdue)."""

    histogram: dict[int, int]
    missing: int = 0  # cases without a value (an opened case with no first response yet)
    flagged: int = 0

    @property
    def counted(self) -> int:
        return sum(self.histogram.values())

    def percentiles(self) -> tuple[Decimal | None, Decimal | None]:
        return histogram_percentile(self.histogram, *MEDIAN), histogram_percentile(self.histogram, *P90)


def distributions(s: Session, values: Any) -> tuple[dict[tuple[int, str], Distribution], dict[int, Distribution]]:
    """The values ``v`` of *values* counted per period ``p``, group ``k`` and value, and the same
    per period over all groups (added up here: the counts are exact, so are the sums).

    A plain GROUP BY: whole days take a few hundred distinct values, so at most a few thousand rows
    come back whatever the number of cases, and both engines compute it the same way.
    """
    sub = values.subquery("vals")
    stmt = select(sub.c.p, sub.c.k, sub.c.v, func.count(), func.sum(case((sub.c.x, 1), else_=0))) \
        .group_by(sub.c.p, sub.c.k, sub.c.v)
    groups: dict[tuple[int, str], Distribution] = {}
    totals: dict[int, Distribution] = {}
    for p, k, v, n, flagged in s.execute(stmt):
        for dist in (groups.setdefault((int(p), group_key(k)), Distribution({})),
                     totals.setdefault(int(p), Distribution({}))):
            if v is None:
                dist.missing += int(n)
            else:
                dist.histogram[int(v)] = dist.histogram.get(int(v), 0) + int(n)
            dist.flagged += int(flagged or 0)
    return groups, totals


# -- putting a breakdown together ------------------------------------------------------------------
def figures(s: Session, scope: Scope, periods: Sequence[Period], ends: Sequence[tuple[int, str, date]], *,
            with_total: bool, today: date | None = None, open_total_from: dict[int, str] | None = None,
            ) -> tuple[dict[tuple[int, str], QualityFigures], dict[int, QualityFigures]]:
    """Every figure per (period, group) and, with *with_total*, per period over all groups.

    By month each group has its own end, so the cases open at a period's end are not a sum over
    the groups: *open_total_from* names, per period, the group whose end is the period's.

    Four passes: the resolved cases' counts with their days to resolution, the opened cases with
    their days to a first response, the open cases' ages, the check-ins. Counts are additive over
    the groups (each case falls in exactly one), and so are the distributions, so the totals come
    from the same passes.
    """
    resolved, to_resolve, to_resolve_total = resolved_figures(s, scope, periods)
    # Opened cases with no written line yet come back without a value: counted as missing.
    opened, opened_total = distributions(s, responded_histogram(
        scope, periods, step_in=s.get_bind().dialect.name == "sqlite"))
    still_open, still_open_total = distributions(s, open_histogram(scope, ends))
    # A check-in still to come is not counted: "today" is the day after the last period by default.
    checked = check_in_counts(s, scope, periods, today or max(p.end for p in periods) + timedelta(days=1))
    keys = set(resolved) | set(opened) | set(still_open) | set(checked)
    groups = {k: _assemble(resolved.get(k, CohortCounts()), to_resolve.get(k), opened.get(k), still_open.get(k),
                           checked.get(k, (0, 0)))
              for k in keys}
    totals: dict[int, QualityFigures] = {}
    if with_total:
        for p in range(len(periods)):
            summed = _add([v for (q, _k), v in resolved.items() if q == p])
            in_period = [v for (q, _k), v in checked.items() if q == p]
            open_total = still_open.get((p, open_total_from[p])) if open_total_from and p in open_total_from \
                else still_open_total.get(p)
            totals[p] = _assemble(summed, to_resolve_total.get(p), opened_total.get(p), open_total,
                                  (sum(d for d, _k in in_period), sum(k for _d, k in in_period)))
    return groups, totals


def _assemble(resolved: CohortCounts, to_resolve: Distribution | None, opened: Distribution | None,
              still_open: Distribution | None, check_ins: tuple[int, int] = (0, 0)) -> QualityFigures:
    none = Distribution({})
    to_resolve, opened, still_open = to_resolve or none, opened or none, still_open or none
    return figures_from(
        resolved, opened=opened.counted + opened.missing, first_responded=opened.counted,
        days_to_resolve=to_resolve.percentiles(), first_response=opened.percentiles(),
        open_at_end=still_open.counted, overdue_at_end=still_open.flagged, open_age=still_open.percentiles(),
        check_ins=check_ins)


def _add(counts: list[CohortCounts]) -> CohortCounts:
    return CohortCounts(*(sum(getattr(c, f.name) for c in counts) for f in dataclass_fields(CohortCounts)))


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
                limit: int, with_clients: bool, today: date | None = None) -> tuple[list[tuple[Any, ...]], int]:
    """The cases behind one figure of one group: (rows, how many there are in all)."""
    from caseworker.db.models import Client

    worker = aliased(User, name="worker")
    if cohort == "check_ins":
        # The cases the group's check-ins counted on (kept or missed ones only, if asked).
        found = check_in_rows(scope, [period], today or period.end + timedelta(days=1),
                              Case.id.label("case_id")).subquery("check_ins")
        which = {"check_ins_kept": found.c.kept.is_(True), "check_ins_missed": found.c.kept.is_(False)}
        ids = select(found.c.case_id).where(which.get(figure or "", literal(True))).distinct()
        count = s.scalar(select(func.count()).select_from(ids.subquery()))
        columns = [Case.id, Case.title, Client.last_name if with_clients else literal(None),
                   Client.first_name if with_clients else literal(None), CaseCategory.name,
                   worker.display_name, Case.opened_on, Case.due_on, Case.resolved_on, literal(None),
                   Case.acceptable, Case.satisfaction, Case.escalation_level]
        stmt = (select(*columns).select_from(Case).join(CaseCategory, CaseCategory.id == Case.category_id)
                .outerjoin(worker, worker.id == Case.assignee_id).where(Case.id.in_(ids)))
        if with_clients:
            stmt = stmt.join(Client, Client.id == Case.client_id)
        rows = s.execute(stmt.order_by(Case.opened_on, Case.id).limit(limit)).all()
        return [tuple(r) for r in rows], int(count or 0)
    if cohort == "resolved":
        anchor, where, end = Case.resolved_on, resolved_filter(period), literal(period.end)
        days = days_to_resolve()
    elif cohort == "opened":
        anchor, where, end = Case.opened_on, opened_filter(period), literal(period.end)
        days = literal(None)
    else:
        found = month_ends(period, scope.key) if scope.dimension is Dimension.MONTH else [(0, ALL, period.end)]
        end_day = found[0][2] if found else period.end
        anchor, where, end = None, open_at(end_day), literal(end_day)
        days = day_number(literal(end_day)) - day_number(Case.opened_on)
    extra = drill_filter(figure, end)

    def narrowed(stmt: Any) -> Any:
        stmt = stmt.where(where) if extra is None else stmt.where(where, extra)
        if scope.dimension is Dimension.MONTH and cohort == "open":  # that month chose its end day
            return stmt
        return scope.narrow(stmt, anchor)

    # Counted without the joins the listed rows need: the count reads the covering index alone.
    count = s.scalar(narrowed(scope.base(func.count(Case.id))))
    columns = [Case.id, Case.title, Client.last_name if with_clients else literal(None),
               Client.first_name if with_clients else literal(None), CaseCategory.name,
               worker.display_name, Case.opened_on, Case.due_on, Case.resolved_on, days,
               Case.acceptable, Case.satisfaction, Case.escalation_level]
    # The page is chosen from the covering index alone (ids in order), and only its rows are
    # read whole and joined: sorting every matching case's title and client first is what took
    # the time.
    page = narrowed(scope.base(Case.id)).order_by(Case.opened_on, Case.id).limit(limit)
    stmt = select(*columns).select_from(Case).join(CaseCategory, CaseCategory.id == Case.category_id) \
        .outerjoin(worker, worker.id == Case.assignee_id)
    if with_clients:
        stmt = stmt.join(Client, Client.id == Case.client_id)
    rows = s.execute(stmt.where(Case.id.in_(page)).order_by(Case.opened_on, Case.id)).all()
    return [tuple(r) for r in rows], int(count or 0)
