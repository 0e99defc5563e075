"""Opening a database by location, and bringing its schema up to date when that is due."""

from __future__ import annotations

from caseworker.db.database import Database
from caseworker.db.engine import DatabaseLocation
from caseworker.db.migrate import ensure_schema


def open_database(location: str, *, migrate: bool = True) -> Database:
    db = Database(DatabaseLocation.parse(location))
    if migrate:
        ensure_schema(db)
    return db
