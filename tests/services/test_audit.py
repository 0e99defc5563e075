"""The audit trail: one entry per create, update and void with its before and after values,
written in the same transaction as the change, and browsed a page at a time in SQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from caseworker.db.database import Database
from caseworker.db.models import Team
from caseworker.domain.errors import RuleViolation
from caseworker.domain.org import OrgSettings
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services import audit
from caseworker.services.audit import AuditFilter, diff, json_safe, snapshot
from caseworker.services.container import Services

# The trail works the same for every record; a team is the simplest one this layer owns.
FIELDS = ("name", "description", "active")


def _add_team(db: Database, actor: Actor, name: str = "Housing") -> int:
    with db.transaction("Add team") as s:
        team = Team(name=name, description="Tenancy and repairs", active=True)
        s.add(team)
        audit.record_created(s, actor, "team", team, FIELDS)
        return team.id


def test_a_create_names_who_when_the_action_and_each_value(db: Database, admin: Actor) -> None:
    team_id = _add_team(db, admin)
    [entry] = Services(db, admin).audit.for_record("team", team_id)
    assert (entry.kind, entry.action, entry.user, entry.record_type) == ("create", "Add team", "Admin", "team")
    assert entry.changes == {"name": [None, "Housing"], "description": [None, "Tenancy and repairs"],
                             "active": [None, True]}
    assert abs(entry.at - datetime.now(UTC)) < timedelta(minutes=5)


def test_an_update_records_only_the_fields_that_changed(db: Database, admin: Actor) -> None:
    team_id = _add_team(db, admin)
    with db.transaction("Change team") as s:
        team = s.get(Team, team_id)
        before = snapshot(team, FIELDS)
        team.name = "Housing and repairs"
        assert audit.record_updated(s, admin, "team", team, before, FIELDS)
    with db.transaction("Change team") as s:
        team = s.get(Team, team_id)
        # Saving without a change writes nothing.
        assert not audit.record_updated(s, admin, "team", team, snapshot(team, FIELDS), FIELDS)
    entries = Services(db, admin).audit.for_record("team", team_id)
    assert [e.kind for e in entries] == ["update", "create"]
    assert entries[0].changes == {"name": ["Housing", "Housing and repairs"]}


def test_a_void_carries_its_reason(db: Database, admin: Actor) -> None:
    with db.transaction("Void disbursement") as s:
        audit.record(s, admin, kind="void", record_type="disbursement", record_id=7,
                     changes={"status": ["paid", "void"], "amount": [Decimal("12.30"), Decimal("12.30")]},
                     reason="paid twice by mistake")
    [entry] = Services(db, admin).audit.for_record("disbursement", 7)
    assert entry.kind == "void" and entry.reason == "paid twice by mistake"
    assert entry.action == "Void disbursement"
    assert entry.changes["amount"] == ["12.30", "12.30"]  # money kept exact, as text


def test_the_entry_rolls_back_with_a_failed_change(db: Database, admin: Actor) -> None:
    with pytest.raises(RuleViolation):
        with db.transaction("Add team") as s:
            team = Team(name="Never saved")
            s.add(team)
            audit.record_created(s, admin, "team", team, FIELDS)
            raise RuleViolation("refused after the entry was written")
    services = Services(db, admin)
    assert services.audit.page(AuditFilter(record_type="team")) == []
    assert services.accounts.list_teams() == []


def test_a_settings_change_lists_before_and_after(db: Database, admin: Actor) -> None:
    services = Services(db, admin)
    services.settings.update(OrgSettings(name="Northside Advice", currency="GBP"))
    services.settings.update(services.settings.get().with_changes(
        currency="EUR", logo_png=b"\x89PNG\r\n\x1a\n" + bytes(10)))
    entry = services.audit.page(AuditFilter(record_type="settings"))[0]
    assert entry.action == "Change the organisation's settings"
    assert entry.changes == {"currency": ["GBP", "EUR"], "logo_png": [None, "(image)"]}


def test_values_are_stored_in_exact_json_forms() -> None:
    assert json_safe(Decimal("12.30")) == "12.30"
    assert json_safe(Role.ADMIN) == "admin"
    assert json_safe({"when": datetime(2026, 1, 2, 3, 4, tzinfo=UTC)}) == {"when": "2026-01-02T03:04:00+00:00"}
    assert json_safe("x" * 3000).endswith("(3000 characters)")
    assert diff({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": None}) == {"b": [2, 3]}


def _many_entries(db: Database, actor: Actor, n: int) -> None:
    with db.transaction("Bulk") as s:
        for i in range(n):
            audit.record(s, actor, kind="update", record_type="client" if i % 2 else "donor", record_id=i,
                         changes={"n": [i, i + 1]}, reason=f"reason {i}" + (" 100%" if i == 7 else ""))


def test_pages_follow_each_other_without_gaps_or_repeats(db: Database, admin: Actor) -> None:
    _many_entries(db, admin, 45)
    services = Services(db, admin)
    seen: list[int] = []
    before = None
    while page := services.audit.page(AuditFilter(text="reason"), before_id=before, limit=10):
        seen.extend(r.id for r in page)
        before = page[-1].id
    assert len(seen) == 45 and seen == sorted(seen, reverse=True)
    forward: list[int] = []
    after = None
    while page := services.audit.page(AuditFilter(text="reason"), after_id=after, limit=10, oldest_first=True):
        forward.extend(r.id for r in page)
        after = page[-1].id
    assert forward == list(reversed(seen))


def test_filters_by_text_type_user_and_time(db: Database, admin: Actor, services_for) -> None:
    _many_entries(db, admin, 20)
    other = services_for(Role.ADMIN)
    _many_entries(db, other.actor, 3)
    services = Services(db, admin)
    assert services.audit.count(AuditFilter(record_type="client", user_id=admin.user_id)) == 10
    assert services.audit.count(AuditFilter(user_id=other.actor.user_id, text="reason")) == 3
    assert [r.reason for r in services.audit.page(AuditFilter(text="100%"))] == ["reason 7 100%"]
    assert services.audit.count(AuditFilter(text="_")) == 0  # a wildcard matches only itself
    now = datetime.now(UTC)
    assert services.audit.count(AuditFilter(text="reason", since=now - timedelta(hours=1))) == 23
    assert services.audit.count(AuditFilter(text="reason", until=now - timedelta(hours=1))) == 0
    assert {"client", "donor", "user"} <= set(services.audit.record_types())
    assert {uid for uid, _name in services.audit.people()} == {admin.user_id, other.actor.user_id}
