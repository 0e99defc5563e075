"""Health checks: structure, foreign keys, page authentication, and the migration state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from caseworker.db.database import Database
from caseworker.db.layout import MAIN, PART_DOMAINS, dangling_references
from caseworker.db.migrate import SCHEMA_HEAD, schema_state
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_


class DamagedDatabase(StorageError):
    """The file failed its check; ``backup`` is the newest good backup to offer, if any.

    The message is three lines: what is wrong (one short cause, never the checker's full
    output), which backup is good, and what to run.
    """

    default_message = N_("The database file is damaged ({detail}).")

    def __init__(self, message: str | None = None, /, *, backup: Path | None = None,
                 database: Path | None = None, **params: object) -> None:
        self.backup = backup
        detail = str(params.get("detail", ""))
        first = detail.splitlines()[0] if detail else ""
        params["detail"] = first if len(first) <= 90 else first[:87] + "..."
        if message is None and database is not None:
            params["database"] = str(database)
            if backup is not None:
                params["backup"] = str(backup)
                message = N_("The database file {database} is damaged ({detail}).\n"
                             "The newest good backup is {backup}.\n"
                             "Restore it to carry on from that point: caseworker restore-backup --db "
                             "{database} --user NAME (the damaged file is kept beside it).")
            else:
                params["folder"] = str(database.parent / "backups")
                message = N_("The database file {database} is damaged ({detail}).\n"
                             "No good backup was found in {folder}.\n"
                             "Keep the file as it is and ask whoever looks after your computers to "
                             "restore it from another copy.")
        elif backup is not None and message is None:
            message = N_("The database file is damaged ({detail}). The newest good backup is "
                         "{backup}: restore it to carry on from that point.")
            params["backup"] = str(backup)
        super().__init__(message, **params)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database, *, thorough: bool = True) -> CheckReport:
    """Integrity (every page read) and foreign keys on SQLite; the schema revision everywhere."""
    report = CheckReport()
    state = schema_state(db)
    if state.current is None:
        report.problems.append("the database has no Caseworker schema")
    elif state.current != SCHEMA_HEAD:
        report.problems.append(f"the schema is at revision {state.current}, the app expects {SCHEMA_HEAD}")
    else:
        report.notes.append(f"schema revision {state.current} (current)")
    _versions(db, report)
    if db.location.is_sqlite:
        with db.engine.connect() as conn:
            pragma = "integrity_check" if thorough else "quick_check"
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
            if rows != ["ok"]:
                report.problems.extend(f"integrity: {r}" for r in rows[:20])
            else:
                report.notes.append(f"{pragma}: ok")
            keys = db.keys
            schemas = [MAIN] + ([d.value for d in PART_DOMAINS if d in keys.domains]
                                if keys is not None and keys.split else [])
            if db.encrypted:
                # Every page's HMAC: finds a value changed inside a record, which the above cannot.
                tampered = [f"{s}: {r[0]}" for s in schemas
                            for r in conn.exec_driver_sql(f"PRAGMA {s}.cipher_integrity_check")]
                if tampered:
                    report.problems.extend(f"page authentication: {r}" for r in tampered[:20])
                else:
                    report.notes.append("cipher_integrity_check: ok (encrypted)"
                                        + (f", {len(schemas)} files" if len(schemas) > 1 else ""))
            fk = [r for s in schemas for r in conn.exec_driver_sql(f"PRAGMA {s}.foreign_key_check").fetchall()]
            if len(schemas) > 1:
                dangling = dangling_references(conn.connection.driver_connection, schemas[1:])
                report.problems.extend(f"reference between files: {d}" for d in dangling[:20])
            if fk:
                report.problems.extend(f"foreign key: table {r[0]} row {r[1]} -> {r[2]}" for r in fk[:20])
            else:
                report.notes.append("foreign keys: ok")
    else:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        report.notes.append("server reachable")
    return report


def _versions(db: Database, report: CheckReport) -> None:
    from caseworker import __version__
    from caseworker.db.app_version import stored_app_version
    from caseworker.domain.versions import is_newer

    with db.engine.connect() as conn:
        found = stored_app_version(conn)
    if found is not None and is_newer(found, __version__):
        report.problems.append(f"last used by Caseworker {found}, newer than this Caseworker {__version__}")
    elif found is not None:
        report.notes.append(f"last used by Caseworker {found}")
