"""Bringing a database's schema up to date, only when that is actually due.

Importing Alembic costs about a third of a second, so start-up first compares the revision stored
in the database with :data:`SCHEMA_HEAD` (a test keeps the two in step) and loads Alembic only
when they differ. Before migrating, an SQLite file is backed up online beside itself; a PostgreSQL
server is migrated under an advisory lock so two laptops starting at once never both migrate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from caseworker import __version__
from caseworker.db.database import Database
from caseworker.db.layout import PART_DOMAINS, attached_files, drop_mixed_views, restore_mixed_views
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

if TYPE_CHECKING:
    from alembic.config import Config

SCHEMA_HEAD = "0021"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_PG_LOCK_KEY = 0x43_57_4D_49  # "CWMI": one application-wide key for the migration lock


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str = SCHEMA_HEAD

    @property
    def is_current(self) -> bool:
        return self.current == self.head

    @property
    def is_empty(self) -> bool:
        return self.current is None


def schema_state(db: Database) -> SchemaState:
    with db.engine.connect() as conn:
        return SchemaState(current=_stored_revision(conn))


def _stored_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def ensure_schema(db: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Upgrade *db* to the head revision if it is behind; returns the backup taken, if any.

    A database stamped by a newer Caseworker is refused before anything is read or written; after
    the schema is current the database is stamped with this app's version.
    """
    from caseworker.db.app_version import record_app_version, refuse_if_newer

    with db.engine.connect() as conn:
        refuse_if_newer(conn)
        state = SchemaState(current=_stored_revision(conn))
    if state.is_current:
        record_app_version(db)
        return None
    if state.current is not None and state.current > SCHEMA_HEAD:
        raise StorageError(
            N_("This database was made by a newer Caseworker (schema {found}); this is Caseworker "
               "{running}, which knows schemas up to {head}. Update the app; nothing was changed."),
            found=state.current, running=__version__, head=SCHEMA_HEAD,
        )
    if db.keys is not None and db.keys.split and not all(d in db.keys.domains for d in PART_DOMAINS):
        # Each file is brought up to date with its key: only someone who holds them all can.
        raise StorageError(N_("This database needs an update that only someone who can open all of it can make "
                              "(a manager or an administrator): ask one to sign in first. Nothing was changed."))
    backup = None
    if db.location.is_sqlite and not state.is_empty and db.location.path is not None:
        from caseworker.db.backup import backup_sqlite

        folder = backup_dir or db.location.path.parent / "backups"
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(db, folder / f"{db.location.path.stem}-before-{SCHEMA_HEAD}-{stamp}.db")
    upgrade(db)
    record_app_version(db)
    return backup


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            # Another laptop may have finished the same migration while this one waited.
            if _stored_revision(conn) == revision or (revision == "head" and _stored_revision(conn) == SCHEMA_HEAD):
                return
            from caseworker.db.db_roles import refuse_migration_unless_owner

            refuse_migration_unless_owner(conn)
        split = conn.dialect.name == "sqlite" and len(attached_files(conn.connection.driver_connection)) > 1
        if split:
            # A split database's connections read the mixed tables through temporary views of the
            # same names; a migration alters the tables themselves, file by file (migrations/files.py).
            drop_mixed_views(conn.connection.driver_connection)
        command.upgrade(alembic_config(conn), revision)
        if split:
            restore_mixed_views(conn.connection.driver_connection)
        if conn.dialect.name == "postgresql":
            from caseworker.db.db_roles import regrant_if_on

            # Tables a migration made are granted in the same transaction, by the owner that made them.
            regrant_if_on(conn)
    if db.keys is not None and db.keys.split:
        db.engine.dispose()  # every other connection's views name the columns of before


def alembic_config(conn: Connection) -> Config:  # Config imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def alembic_heads() -> list[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return list(ScriptDirectory.from_config(cfg).get_heads())
