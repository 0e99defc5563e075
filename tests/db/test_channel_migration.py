"""Migration 0020: a client's "post" (preference, rhythm, planned contact) becomes "letter", and back."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text

from caseworker.db.database import Database
from caseworker.db.migrate import alembic_config, upgrade
from caseworker.domain.care import RecordKind, RhythmDraft, TaskDraft
from caseworker.domain.clients import ClientDraft
from caseworker.domain.permissions import Role
from caseworker.services.container import Services
from tests.conftest import make_user


def _stored(db: Database) -> dict[str, object]:
    with db.engine.connect() as conn:
        return {
            "clients": dict(conn.execute(text("SELECT last_name, contact_channel FROM clients")).all()),
            "rhythms": sorted(conn.execute(text("SELECT channel FROM contact_rhythms")).scalars()),
            "tasks": sorted(conn.execute(text("SELECT channel FROM tasks")).scalars()),
        }


def test_post_becomes_letter_and_the_downgrade_gives_it_back(empty_db: Database) -> None:
    upgrade(empty_db, "head")
    office = Services(empty_db, make_user(empty_db, "admin", Role.ADMIN, Role.MANAGER, Role.CASEWORKER))
    writer, _ = office.clients.create(ClientDraft("Ada", "Writer", email="ada@example.org", address="1 Mill Lane",
                                                  contact_channel="letter"))
    caller, _ = office.clients.create(ClientDraft("Bo", "Caller", phone="+44 7911 123456", contact_channel="phone"))
    office.care.set_rhythm(writer.id, RhythmDraft(14, "letter"))
    office.care.set_rhythm(caller.id, RhythmDraft(7, "phone"))
    due = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
    office.tasks.add_task(TaskDraft("Write to Ada", due, RecordKind.CLIENT, writer.id, channel="letter"))
    office.tasks.add_task(TaskDraft("Ring Bo", due, RecordKind.CLIENT, caller.id, channel="phone"))
    assert _stored(empty_db) == {"clients": {"Writer": "letter", "Caller": "phone"},
                                 "rhythms": ["letter", "phone"], "tasks": ["letter", "phone"]}

    with empty_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0018")
    assert _stored(empty_db) == {"clients": {"Writer": "post", "Caller": "phone"},
                                 "rhythms": ["phone", "post"], "tasks": ["phone", "post"]}

    upgrade(empty_db, "head")
    assert _stored(empty_db) == {"clients": {"Writer": "letter", "Caller": "phone"},
                                 "rhythms": ["letter", "phone"], "tasks": ["letter", "phone"]}
    assert office.clients.get(writer.id).contact_channel == "letter"
    rhythm = office.care.rhythm(writer.id)
    assert rhythm is not None and rhythm.channel == "letter"
