"""Migration 0012: a donor's old "Gift Aid declared on" date becomes a declaration record; downgrade works."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import text

from caseworker.db.database import Database
from caseworker.db.migrate import alembic_config, upgrade


def test_the_old_date_is_carried_over_and_the_table_can_go_again(empty_db: Database) -> None:
    upgrade(empty_db, "head")
    with empty_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011")
        tables = conn.dialect.get_table_names(conn)
        assert "gift_aid_declarations" not in tables
        columns = [c["name"] for c in conn.dialect.get_columns(conn, "donors")]
        values = {c: "" for c in columns if c not in ("id", "gift_aid_declared_on")}
        values.update({"kind": "individual", "first_name": "Ann", "created_at": "2026-01-01 00:00:00",
                       "updated_at": "2026-01-01 00:00:00", "version": 1, "do_not_contact": False,
                       "deceased": False, "marketing_consent": False, "gift_count": 0, "lifetime_total": 0,
                       "largest_gift": 0, "opted_out_channels": "[]", "preferred_channels": "[]",
                       "gift_aid_declared_on": date(2024, 3, 1)})
        for nullable in ("deceased_on", "window_days", "max_in_window", "min_gap_days", "cadence_days",
                         "segment_override", "relationship_manager_id", "marketing_consent_on", "household_id",
                         "first_gift_on", "last_gift_on", "updated_by_id"):
            values[nullable] = None
        names = ", ".join(values)
        conn.execute(text(f"INSERT INTO donors ({names}) VALUES ({', '.join(':' + k for k in values)})"), values)
    upgrade(empty_db, "head")
    with empty_db.engine.connect() as conn:
        row = conn.execute(text("SELECT declared_on, scope, method, note FROM gift_aid_declarations")).one()
    assert str(row.declared_on) == "2024-03-01"
    assert (row.scope, row.method) == ("past_and_future", "written")
    assert "Carried over" in row.note
