"""The cases demo data: open and finished cases with timelines, consistent with the workflow."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import func, select

from caseworker.db.database import Database
from caseworker.db.models import Case, CaseEvent, Handoff
from caseworker.domain.business_days import HOLIDAY_YEARS, BusinessCalendar, public_holidays
from caseworker.domain.cases import OPEN_STATUSES, CaseStatus
from caseworker.domain.listing import ListQuery
from caseworker.services.accounts import actor_for
from caseworker.services.container import Services
from caseworker.services.demo import DemoContext, Scale
from caseworker.services.demo import cases as demo_cases
from caseworker.services.demo import clients as demo_clients
from caseworker.services.demo import people as demo_people

TODAY = date(2026, 11, 2)


@pytest.fixture
def demo_db(sqlite_db: Database) -> tuple[Database, DemoContext]:
    with sqlite_db.engine.begin() as conn:
        ctx = DemoContext(conn, random.Random(3), Scale.SMALL, TODAY, lambda _m: None)
        for module in (demo_people, demo_clients, demo_cases):
            module.populate(ctx)
    return sqlite_db, ctx


def test_the_small_demo_has_about_four_hundred_cases_in_every_status(demo_db) -> None:
    db, ctx = demo_db
    assert len(ctx.extra["case_ids"]) == 400
    with db.read() as s:
        statuses = dict(s.execute(select(Case.status, func.count(Case.id)).group_by(Case.status)).all())
        assert set(statuses) == {st.value for st in CaseStatus}
        assert s.scalar(select(func.count(CaseEvent.id))) > 1200
        assert s.scalar(select(func.count(Handoff.id)).where(Handoff.state == "pending")) == 2
        finished = s.scalars(select(Case).where(Case.status.in_(["resolved", "closed"]))).all()
        assert all(c.outcome and c.acceptable in ("yes", "partly", "no") and c.resolved_on for c in finished)
        assert all(c.closed_on for c in finished if c.status == "closed")
        assert all(c.satisfaction is None or 1 <= c.satisfaction <= 5 for c in finished)
        # The demo charity is British: its due dates skip the UK's public holidays too.
        cal = BusinessCalendar.covering(public_holidays("GB", TODAY.year - HOLIDAY_YEARS, TODAY.year + HOLIDAY_YEARS),
                                        TODAY)
        for c in s.scalars(select(Case)).all():
            extra = c.paused_days + (cal.between(c.waiting_since, TODAY) if c.waiting_on == "client" else 0)
            assert c.due_on == cal.add(c.opened_on, c.target_days + extra)
            assert (c.assignee_id is None) == (c.status == "new")


def test_the_demo_user_has_work_waiting(demo_db) -> None:
    db, ctx = demo_db
    from caseworker.db.models import User

    with db.read() as s:
        demo = actor_for(s.get(User, ctx.users["demo"]))
    services = Services(db, demo)
    services.cases.today_override = TODAY
    assert services.cases.my_open_cases()
    assert len(services.cases.my_pending_handoffs()) == 2
    open_ids = services.cases.list_ids(ListQuery())
    rows = services.cases.list_rows(open_ids[:50])
    assert rows and all(r.status in {st.value for st in OPEN_STATUSES} for r in rows)
    assert any(r.overdue for r in services.cases.list_rows(services.cases.list_ids(
        ListQuery().with_filter("overdue", True))))
