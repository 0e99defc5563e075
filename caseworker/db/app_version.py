"""The app version recorded in a database (and in its backups), and the refusal of a newer one.

The organisation's key-value settings table holds it under ``app_version``: the newest Caseworker
that has opened the database. It is read before any migration and written after one, so an older
app never writes into a schema it does not know. A backup is an exact copy and so carries the stamp
too; one taken just before a migration keeps the older app's stamp, the app that can read it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, Integer, String, Text, column, insert, inspect, select, table, update

from caseworker import __version__
from caseworker.db.database import Database
from caseworker.db.types import UTCDateTime
from caseworker.domain.versions import NewerDatabase, is_newer

APP_VERSION_KEY = "app_version"
# The settings table by name, not through the models: start-up reads this before the models load.
_TABLE = table("org_settings", column("key", String), column("value", Text), column("version", Integer),
               column("created_at", UTCDateTime()), column("updated_at", UTCDateTime()))


def stored_app_version(conn: Connection) -> str | None:
    """The version stamped in the database *conn* reads, or None (new, or older than stamping)."""
    if not inspect(conn).has_table(_TABLE.name):
        return None
    raw = conn.execute(select(_TABLE.c.value).where(_TABLE.c.key == APP_VERSION_KEY)).scalar_one_or_none()
    return None if raw is None else str(json.loads(raw))


def refuse_if_newer(conn: Connection, running: str = __version__) -> str | None:
    """Raise :class:`NewerDatabase` when the stamp is newer than *running*; returns the stamp."""
    found = stored_app_version(conn)
    if found is not None and is_newer(found, running):
        raise NewerDatabase(None, found=found, running=running)
    return found


def record_app_version(db: Database, running: str = __version__) -> None:
    """Stamp *db* with *running* unless it already carries that version (or a newer one: refused)."""
    with db.engine.begin() as conn:
        found = refuse_if_newer(conn, running)
        if found == running:
            return
        value = json.dumps(running)
        now = datetime.now(UTC)
        if found is None:
            conn.execute(insert(_TABLE).values(key=APP_VERSION_KEY, value=value, version=1,
                                               created_at=now, updated_at=now))
        else:
            conn.execute(update(_TABLE).where(_TABLE.c.key == APP_VERSION_KEY)
                         .values(value=value, updated_at=now, version=_TABLE.c.version + 1))
