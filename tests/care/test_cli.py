"""``caseworker tasks`` and ``caseworker checkins``: the same lists as My work, with --user's permissions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from caseworker.cli.main import main
from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.migrate import ensure_schema
from caseworker.domain.care import RecordKind, RhythmDraft, TaskDraft
from caseworker.domain.cases import CaseDraft, CategoryDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from tests.care.conftest import NOW, add_donor
from tests.cases.conftest import add_client
from tests.conftest import make_user


@pytest.fixture
def office_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("CASEWORKER_PASSWORD", "correct horse")
    sqlite_db = Database(DatabaseLocation.parse(str(tmp_path / "office.db")))
    ensure_schema(sqlite_db)
    boss = Services(sqlite_db, make_user(sqlite_db, "boss", Role.ADMIN, Role.MANAGER))
    priya = Services(sqlite_db, make_user(sqlite_db, "priya", Role.CASEWORKER))
    joe = Services(sqlite_db, make_user(sqlite_db, "joe", Role.FUNDRAISER))
    client = add_client(sqlite_db, "Amina", "Yusuf")
    donor = add_donor(sqlite_db, "Patron")
    cat, _ = boss.cases.add_category(CategoryDraft("Housing", 5))
    priya.cases.open_case(CaseDraft(client, cat.id, "Rent", assignee_id=priya.actor.user_id))
    priya.tasks.add_task(TaskDraft("Ring the landlord", NOW - timedelta(days=1), RecordKind.CLIENT, client))
    priya.tasks.add_task(TaskDraft("Tidy the files", NOW + timedelta(days=400)))
    joe.tasks.add_task(TaskDraft("Thank the patron", NOW + timedelta(days=400), RecordKind.DONOR, donor))
    with sqlite_db.transaction("test: key worker") as s:
        from caseworker.db.models import Client
        s.get(Client, client).key_worker_id = priya.actor.user_id
    priya.care.set_rhythm(client, RhythmDraft(14, "phone", frozenset({"tue"}), "10:00", "12:00"))
    sqlite_db.dispose()
    yield str(tmp_path / "office.db")


def test_tasks_lists_one_line_per_task_with_the_users_permissions(office_file: str,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tasks", "--db", office_file, "--user", "priya"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert "OVERDUE" in lines[0] and "Ring the landlord [client Yusuf, Amina]" in lines[0]
    assert "Tidy the files" in lines[1] and "OVERDUE" not in lines[1]
    assert main(["tasks", "--db", office_file, "--user", "priya", "--overdue"]) == 0
    assert [line.split("\t")[3] for line in capsys.readouterr().out.splitlines()] == [
        "Ring the landlord [client Yusuf, Amina]"]
    assert main(["tasks", "--db", office_file, "--user", "joe", "--mine"]) == 0
    out = capsys.readouterr().out
    assert "Thank the patron" in out and "landlord" not in out and "Yusuf" not in out
    assert main(["tasks", "--db", office_file, "--user", "boss"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_checkins_due_lists_the_key_workers_clients_and_refuses_a_fundraiser(
        office_file: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checkins", "--due", "--db", office_file, "--user", "priya", "--all"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "Yusuf, Amina (client 1)" in line and "every 14 days, last contact never" in line
    assert "phone, tue 10:00-12:00" in line
    assert main(["checkins", "--db", office_file, "--user", "joe"]) == 2
    assert "not permitted to read client records" in capsys.readouterr().err
