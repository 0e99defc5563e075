"""The demo database holds tasks, reminders, rhythms, check-ins and feedback for each role."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.migrate import ensure_schema
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services
from caseworker.services.demo import generate

TODAY = date(2026, 11, 2)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = Database(DatabaseLocation.parse(str(path)))
    ensure_schema(db)
    generate(db, today=TODAY)
    db.dispose()
    return path


@pytest.fixture
def sign_in(demo_db: Path):
    db = Database(DatabaseLocation.parse(str(demo_db)))

    def make(username: str) -> Services:
        services = Services(db, AuthService(db).sign_in(username, "demo"))
        services.tasks.now_override = services.care.now_override = datetime(2026, 11, 2, 12, tzinfo=UTC)
        return services

    yield make
    db.dispose()


def test_each_role_has_its_own_tasks_and_none_of_the_other_side(sign_in) -> None:
    sam, joe, ana = sign_in("sam"), sign_in("joe"), sign_in("ana")
    sam_tasks = sam.tasks.list_tasks(mine=True)
    assert sam_tasks and any(t.overdue for t in sam_tasks)
    assert {t.record_type for t in sam_tasks} >= {"case", "client", ""}
    assert "donor" not in {t.record_type for t in sam.tasks.list_tasks()}
    joe_tasks = joe.tasks.list_tasks()
    assert joe_tasks and {t.record_type for t in joe_tasks} <= {"donor", ""}
    ana_kinds = {t.record_type for t in ana.tasks.list_tasks(mine=True)}  # both jobs, both sides
    assert "donor" in ana_kinds and ana_kinds & {"case", "client"}


def test_reminders_rhythms_check_ins_and_feedback_are_there(sign_in) -> None:
    demo = sign_in("demo")
    assert demo.care.check_ins(mine=False, due_only=False)
    assert any(r.state != "ok" for r in demo.care.check_ins(mine=False))
    priya = sign_in("priya")
    assert priya.tasks.due_reminders()  # a case or task reminder whose time has come
    assert priya.tasks.shown_reminders()  # and one the demo already showed
    figures = demo.statistics.client_care(demo.statistics.default_period())
    assert figures.feedback_count > 0 and figures.first_response_cases > 0
