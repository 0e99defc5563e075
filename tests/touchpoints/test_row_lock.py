"""Two laptops cannot both pass the guard for the same donor: the donor's row is locked while
the guard runs and the touchpoint is written (FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event

from caseworker.domain.errors import CaseworkerError
from caseworker.domain.guard import TouchStatus
from caseworker.domain.permissions import Role
from caseworker.services import touchpoints as tp_module
from caseworker.services.container import Services
from caseworker.services.touchpoints import ContactBlocked, TouchpointDraft
from tests.conftest import make_user
from tests.touchpoints.conftest import add_donor
from tests.touchpoints.test_touchpoint_service import at


def test_two_sessions_cannot_both_pass_the_guard(db, admin, monkeypatch):
    first = Services(db, make_user(db, "one", Role.FUNDRAISER))
    second = Services(db, make_user(db, "two", Role.FUNDRAISER))
    donor = add_donor(first)
    # Both threads evaluate the guard, then wait for each other before writing: without the lock
    # both would see an empty history and both would write.
    # A short wait: the thread holding the lock must not keep it long enough for the other
    # writer's own wait for the lock to run out on a busy machine.
    barrier = threading.Barrier(2, timeout=1)
    real_settle = tp_module.settle

    def settle_then_wait(*args, **kwargs):
        result = real_settle(*args, **kwargs)
        try:
            barrier.wait()
        except threading.BrokenBarrierError:
            pass  # the other thread is held by the lock and never reaches the barrier: as wanted
        return result

    monkeypatch.setattr(tp_module, "settle", settle_then_wait)
    outcomes: list[object] = []

    def attempt(services: Services, when_days: int) -> None:
        try:
            services.touchpoints.plan(TouchpointDraft(donor, at(when_days), "email", "update"))
            outcomes.append("planned")
        except CaseworkerError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=attempt, args=(first, 10)),
               threading.Thread(target=attempt, args=(second, 11))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert outcomes.count("planned") == 1, outcomes
    assert any(isinstance(o, ContactBlocked) for o in outcomes), outcomes
    planned = [t for t in first.touchpoints.history(donor) if t.status is TouchStatus.PLANNED]
    assert len(planned) == 1


def test_the_donor_row_is_locked_on_postgresql(db, admin):
    if db.dialect != "postgresql":
        pytest.skip("SQLite holds the whole database's writer lock instead")
    services = Services(db, make_user(db, "one", Role.FUNDRAISER))
    donor = add_donor(services)
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        services.touchpoints.plan(TouchpointDraft(donor, at(10), "email", "update"))
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert any("FROM donors" in s and "FOR UPDATE" in s for s in statements)
