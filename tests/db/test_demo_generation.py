"""The demo generator's bulk load: every index and reference is there afterwards, and a failed run
leaves nothing behind, on both engines."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, inspect, select

from caseworker.db.database import Database
from caseworker.db.models import Client, Gift
from caseworker.domain.registry import Registry
from caseworker.services import demo
from caseworker.services.demo import generate

TODAY = date(2026, 11, 2)


def _indexes(db: Database) -> set[tuple[str, str]]:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        # Every file of a database kept in one file per trust domain (CASEWORKER_TEST_LAYOUT=split).
        schemas = [s for s in inspector.get_schema_names() if s != "temp"] if conn.dialect.name == "sqlite" else [None]
        return {(table, index["name"]) for schema in schemas for table in inspector.get_table_names(schema=schema)
                for index in inspector.get_indexes(table, schema=schema)}


def test_the_demo_keeps_every_index_and_every_reference(db: Database) -> None:
    before = _indexes(db)
    assert len(before) > 50
    generate(db, today=TODAY)
    assert _indexes(db) == before
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with db.read() as s:
        assert s.scalar(select(func.count(Client.id))) == 300
        # Values written into the statement or bound read back as the ORM's own would.
        gift = s.scalars(select(Gift).order_by(Gift.id)).first()
        assert gift is not None and gift.note == "" and gift.replaces_gift_id is None
        # The default demo is a UK charity.
        assert gift.currency == "GBP" and gift.amount > 0 and gift.amount.as_tuple().exponent == -2
        assert gift.created_at.tzinfo is not None and gift.updated_at == gift.created_at
        client = s.get(Client, 1)
        assert client is not None and client.notes == "" and client.anonymised_at is None


def test_a_failed_generation_leaves_an_empty_database_with_its_indexes(db: Database,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    before = _indexes(db)
    builders = demo.builders()

    def broken(ctx) -> None:
        raise RuntimeError("the disk filled up")

    # People, clients and cases are inserted, then a later builder fails.
    failing = Registry("demo builder", [(name, builders[name]) for name in ("people", "clients", "cases")])
    failing.add("broken", broken)
    monkeypatch.setattr(demo, "builders", lambda: failing)
    with pytest.raises(RuntimeError, match="disk filled up"):
        generate(db, today=TODAY)
    assert _indexes(db) == before
    with db.read() as s:
        assert s.scalar(select(func.count(Client.id))) == 0
