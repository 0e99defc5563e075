"""Migration 0016: the indexes the Insight views read come and go with the revision, on both engines."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from caseworker.db.database import Database
from caseworker.db.migrate import alembic_config, upgrade

INDEXES = {"cases": {"ix_cases_client_span"}, "gifts": {"ix_gifts_donor_figures"},
           "case_events": {"ix_case_events_escalations"},
           "touchpoints": {"ix_touchpoints_overrides", "ix_touchpoints_counted"}}


def _present(db: Database) -> dict[str, set[str]]:
    with db.engine.connect() as conn:
        found = inspect(conn)
        return {table: {i["name"] for i in found.get_indexes(table)} & names for table, names in INDEXES.items()}


def test_the_indexes_are_made_and_dropped_again(empty_db: Database) -> None:
    upgrade(empty_db, "head")
    assert _present(empty_db) == INDEXES
    with empty_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0014")
    assert _present(empty_db) == {table: set() for table in INDEXES}
    upgrade(empty_db, "head")
    assert _present(empty_db) == INDEXES


def test_the_contacts_index_is_made_and_dropped_again(empty_db: Database) -> None:
    def present() -> bool:
        with empty_db.engine.connect() as conn:
            return "ix_case_events_contacts" in {i["name"] for i in inspect(conn).get_indexes("case_events")}

    upgrade(empty_db, "head")
    assert present()
    with empty_db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0017")
    assert not present()
    upgrade(empty_db, "head")
    assert present()


def test_the_contacts_index_holds_the_kinds_the_care_figures_count() -> None:
    # The partial index is chosen only when the query's literal predicate is the index's own; both
    # are spelled out as SQL, so they must name the same kinds as the care service counts.
    from sqlalchemy.dialects import sqlite

    from caseworker.db.portable import contact_entry
    from caseworker.services.care import CONTACT_KINDS

    sql = str(contact_entry().compile(dialect=sqlite.dialect()))
    assert sql == "case_events.kind IN (%s)" % ", ".join(f"'{k}'" for k in CONTACT_KINDS)
