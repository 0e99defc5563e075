"""Migrations: one head, from empty to head, from an older revision without loss."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from caseworker.db.base import Base
from caseworker.db.database import Database
from caseworker.db.migrate import SCHEMA_HEAD, alembic_heads, ensure_schema, schema_state, upgrade


def test_there_is_exactly_one_head_and_the_app_knows_it() -> None:
    assert alembic_heads() == [SCHEMA_HEAD]


def test_upgrade_from_empty_matches_the_models(empty_db: Database) -> None:
    assert schema_state(empty_db).is_empty
    ensure_schema(empty_db)
    assert schema_state(empty_db).is_current
    with empty_db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diffs == [], f"the migrations and the models disagree: {diffs}"


def test_upgrade_from_the_first_revision_keeps_existing_rows(empty_db: Database) -> None:
    upgrade(empty_db, "0001")
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    with empty_db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO users (username, display_name, password_hash, active, email, failed_sign_ins,"
            " created_at, updated_at, version) VALUES ('old', 'Old Timer', 'x', :t, '', 0, :now, :now, 1)"),
            {"now": now.replace(tzinfo=None) if empty_db.dialect == "sqlite" else now, "t": True})
    ensure_schema(empty_db)
    assert schema_state(empty_db).is_current
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT display_name FROM users WHERE username = 'old'")).scalar_one() == "Old Timer"


def test_a_current_database_is_left_alone(empty_db: Database) -> None:
    ensure_schema(empty_db)
    assert ensure_schema(empty_db) is None


def test_an_sqlite_database_is_backed_up_before_migrating(empty_db: Database, tmp_path) -> None:
    if empty_db.dialect != "sqlite":
        pytest.skip("SQLite only: a PostgreSQL server is backed up with its own tools")
    upgrade(empty_db, "0001")
    backup = ensure_schema(empty_db, backup_dir=tmp_path / "backups")
    assert backup is not None and backup.exists()
    assert schema_state(empty_db).is_current
