"""Client-care figures for Insight, counted in SQL on both engines: first response time (a case
opened to its first call, visit or message), check-ins kept on the client's rhythm (counted as
the service-quality breakdown counts them), and the client's own feedback beside the worker's
verdict on the same cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, DateTime, Float, case, cast, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from caseworker.db.models import Case, CaseCategory, CaseEvent, ClientFeedback, Team, User
from caseworker.db.portable import contact_entry, unindexed
from caseworker.domain.care import CareGroupFigures, ClientCareFigures
from caseworker.domain.service_quality import Dimension
from caseworker.domain.statistics import Period
from caseworker.services.service_quality import Scope, check_in_rows

GROUPINGS = ("category", "team", "worker")
_TENTH = Decimal("0.1")


def days_between(s: Session, start: Any, end: Any) -> Any:
    """``end - start`` in (fractional) days, as each engine writes it."""
    if s.get_bind().dialect.name == "sqlite":
        return func.julianday(end) - func.julianday(start)
    return func.extract("epoch", end - start) / 86400.0


def client_care_figures(s: Session, period: Period, by: str, today: date | None = None) -> ClientCareFigures:
    if by not in GROUPINGS:
        raise ValueError(f"group by one of {GROUPINGS}")
    start = datetime.combine(period.start, time.min, tzinfo=UTC)
    end = datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=UTC)
    group_col, joins = _grouping(by)

    opened = _first_contacts(s, period)
    opened_group, opened_joins = _grouping(by, opened.c.category_id, opened.c.assignee_id)
    opened_at = cast(opened.c.opened_on, DateTime) if s.get_bind().dialect.name != "sqlite" else opened.c.opened_on
    response = days_between(s, opened_at, opened.c.first_at)
    stmt = select(opened_group.label("g"), func.count(opened.c.id), func.count(opened.c.first_at),
                  func.avg(case((opened.c.first_at.is_not(None), cast(response, Float))))).select_from(opened)
    response_rows = {g: (n, answered, avg) for g, n, answered, avg in
                     s.execute(opened_joins(stmt).group_by(opened_group))}

    def yes(col: QueryableAttribute[str | None]) -> ColumnElement[int]:
        return func.sum(case((col == "yes", 1), else_=0))

    fb = (select(group_col.label("g"), func.count(ClientFeedback.id), yes(ClientFeedback.solved),
                 yes(ClientFeedback.acceptable), func.avg(cast(ClientFeedback.treated, Float)), yes(Case.acceptable),
                 func.avg(cast(Case.satisfaction, Float)))
          .select_from(ClientFeedback).join(Case, Case.id == ClientFeedback.case_id)
          .where(ClientFeedback.recorded_at >= start, ClientFeedback.recorded_at < end))
    feedback_rows = {row[0]: row[1:] for row in s.execute(joins(fb).group_by(group_col))}

    # Check-ins as the service-quality breakdown counts them (see ``domain.service_quality``).
    today = today or period.end + timedelta(days=1)
    due_rows = joins(check_in_rows(Scope(Dimension.TOTAL), [period], today, group_col.label("g"))).subquery("due")
    check_rows = {g: (int(n), int(kept or 0)) for g, n, kept in s.execute(
        select(due_rows.c.g, func.count(), func.sum(case((due_rows.c.kept, 1), else_=0))).group_by(due_rows.c.g))}

    groups = []
    for g in sorted(set(response_rows) | set(feedback_rows) | set(check_rows),
                    key=lambda v: (v is None, str(v or "").casefold())):
        n, answered, avg = response_rows.get(g, (0, 0, None))
        count, solved, acceptable, treated, w_acceptable, w_satisfaction = feedback_rows.get(
            g, (0, 0, 0, None, 0, None))
        due, kept = check_rows.get(g, (0, 0))
        groups.append(CareGroupFigures(g or "—", n, answered, _tenth(avg), count, int(solved or 0),
                                       int(acceptable or 0), _tenth(treated), int(w_acceptable or 0),
                                       _tenth(w_satisfaction), due, kept))
    return ClientCareFigures(by, tuple(groups), sum(k for _d, k in check_rows.values()),
                             sum(d for d, _k in check_rows.values()))


def _first_contacts(s: Session, period: Period) -> Any:
    """The cases opened in *period* (id, opened_on, category_id, assignee_id) with the time of
    their first contact (``first_at``, NULL if none yet), as a CTE.

    On SQLite each case steps once into the partial index of contact lines for its first one,
    reading the cases from the statistics' covering index; materialised, because the first contact
    is read three times by the figures and each reading would step into the index again. On
    PostgreSQL a step per case is costed high enough to be compiled (JIT): the period's cases'
    contacts are grouped from the same index and joined in one hash join instead.
    """
    in_period = Case.opened_on.between(period.start, period.end)
    columns = (Case.id.label("id"), Case.opened_on.label("opened_on"),
               unindexed(Case.category_id).label("category_id"), unindexed(Case.assignee_id).label("assignee_id"))
    if s.get_bind().dialect.name == "sqlite":
        first_at = (select(func.min(CaseEvent.at)).where(CaseEvent.case_id == Case.id, contact_entry())
                    .scalar_subquery())
        return (select(*columns, first_at.label("first_at")).where(in_period)
                .cte("opened").prefix_with("MATERIALIZED"))
    first = (select(CaseEvent.case_id, func.min(CaseEvent.at).label("first_at"))
             .where(contact_entry(), CaseEvent.case_id.in_(select(Case.id).where(in_period)))
             .group_by(CaseEvent.case_id).subquery("first_contacts"))
    return (select(*columns, first.c.first_at).select_from(Case).outerjoin(first, first.c.case_id == Case.id)
            .where(in_period).cte("opened"))


def _grouping(by: str, category_id: Any = Case.category_id, assignee_id: Any = Case.assignee_id) -> tuple[Any, Any]:
    """The group's label and the joins that reach it from a case's *category_id* and *assignee_id*."""
    if by == "category":
        return CaseCategory.name, lambda stmt: stmt.join(CaseCategory, CaseCategory.id == category_id)
    if by == "team":
        return Team.name, lambda stmt: (stmt.join(CaseCategory, CaseCategory.id == category_id)
                                        .outerjoin(Team, Team.id == CaseCategory.team_id))
    return User.display_name, lambda stmt: stmt.outerjoin(User, User.id == assignee_id)


def _tenth(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(_TENTH)
