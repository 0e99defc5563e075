"""Online backups of an SQLite database (PostgreSQL has its own tools: pg_dump)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from caseworker.db.database import Database
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_


def backup_sqlite(db: Database, target: Path) -> Path:
    """Copy *db* page by page while it stays in use, into *target*, atomically.

    The copy goes to a temporary name first and is checked before it takes the final name, so an
    interrupted backup never leaves a file that looks complete.
    """
    if not db.location.is_sqlite:
        raise StorageError(
            N_("Back up a PostgreSQL database with the server's own tools, for example pg_dump.")
        )
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        dest = _connect_like(source, partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            result = dest.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise StorageError(N_("The backup did not pass its check; the original is untouched."))
        finally:
            dest.close()
    finally:
        raw.close()
    os.replace(partial, target)
    return target


def _connect_like(source: object, path: Path) -> sqlite3.Connection:
    """A connection to *path* of the same driver (and the same key) as *source*."""
    module = type(source).__module__.split(".")[0]
    if module == "sqlcipher3":
        import sqlcipher3

        conn = sqlcipher3.connect(str(path))
        key = getattr(source, "_caseworker_key", None)
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key}'\"")
        return conn
    return sqlite3.connect(str(path))
