"""Online backups of an SQLite database, finding the newest good one, and restoring it.

PostgreSQL has its own tools (pg_dump). An encrypted database is copied page by page into a file
encrypted with the same key, and its key store is copied beside the copy (``<backup>.keys``): a
backup without its key store could never be opened, and one with it still needs a password.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseworker.db.database import Database
from caseworker.db.keystore import keystore_path
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

BACKUP_FOLDER = "backups"


def backups_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def backup_sqlite(db: Database, target: Path) -> Path:
    """Copy *db* page by page while it stays in use, into *target*, atomically.

    The copy goes to a temporary name first and is checked before it takes the final name, so an
    interrupted backup never leaves a file that looks complete.
    """
    if not db.location.is_sqlite:
        raise StorageError(
            N_("Back up a PostgreSQL database with the server's own tools, for example pg_dump.")
        )
    _stamp_if_current(db)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        dest = connect_file(partial, db.key)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            problems = quick_check_connection(dest, encrypted=db.key is not None)
            if problems:
                raise StorageError(N_("The backup did not pass its check; the original is untouched."))
        finally:
            dest.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    if db.key is not None and db.location.path is not None:
        # The key store first: a backup file that exists always has its keys beside it.
        shutil.copyfile(keystore_path(db.location.path), keystore_path(target))
        os.chmod(keystore_path(target), 0o600)
    os.replace(partial, target)
    return target


def _stamp_if_current(db: Database) -> None:
    """Make sure the copy says which app can read it.

    A backup is an exact copy, so it carries the database's own stamp: on a current schema that is
    this app's version (written now if the database was never stamped); a copy taken just before a
    migration keeps the older app's stamp, because that older app is the one that can read it.
    """
    from caseworker.db.app_version import record_app_version
    from caseworker.db.migrate import schema_state

    if schema_state(db).is_current:
        record_app_version(db)


def backup_beside(db: Database, reason: str) -> Path:
    """A backup in the database's backups folder, named after *reason* and the time."""
    path = db.location.path
    if path is None:
        raise StorageError(N_("Only a database file can be backed up here."))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_sqlite(db, backups_folder(path) / f"{path.stem}-{reason}-{stamp}.db")


def connect_file(path: Path, key: bytes | None) -> Any:
    """A raw connection to *path*: SQLCipher with *key*, or plain SQLite."""
    if key is None:
        return sqlite3.connect(str(path))
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def quick_check_connection(conn: Any, *, encrypted: bool) -> list[str]:
    """Problems found by ``quick_check`` (and, encrypted, by SQLCipher's page HMACs); [] if none."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
        if encrypted:
            # quick_check cannot see a changed value inside a record; the page HMACs can.
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except (sqlite3.DatabaseError, _cipher_error()) as exc:
        return [str(exc)]
    return problems


def _cipher_error() -> type[Exception]:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        return sqlite3.DatabaseError
    return sqlcipher3.DatabaseError


def list_backups(database_path: Path) -> list[Path]:
    """Backups of *database_path* in its backups folder, newest first."""
    folder = backups_folder(database_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{database_path.stem}-*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def newest_good_backup(database_path: Path, key: bytes | None) -> Path | None:
    """The newest backup that opens with *key* and passes its quick check."""
    for candidate in list_backups(database_path):
        if key is not None and not keystore_path(candidate).exists():
            continue
        conn = connect_file(candidate, key)
        try:
            if not quick_check_connection(conn, encrypted=key is not None):
                return candidate
        finally:
            conn.close()
    return None


def restore_backup(backup: Path, database_path: Path) -> Path:
    """Put *backup* (and its key store) in place of *database_path*; returns where the old file went.

    Nothing is deleted: the replaced file, its WAL and key store are renamed ``*.replaced-<time>``.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = database_path.with_name(f"{database_path.name}.replaced-{stamp}")
    for suffix in ("", "-wal", "-shm", ".keys"):
        current = database_path.with_name(database_path.name + suffix)
        if current.exists():
            os.replace(current, kept.with_name(kept.name + suffix))
    partial = database_path.with_name(database_path.name + ".restoring")
    shutil.copyfile(backup, partial)
    if keystore_path(backup).exists():
        shutil.copyfile(keystore_path(backup), keystore_path(database_path))
        os.chmod(keystore_path(database_path), 0o600)
    os.replace(partial, database_path)
    return kept
