"""Rewriting a single database file as one file per trust domain (see ``db.layout``).

The new files are written under temporary names (``….splitting``) and compared table by table
with the original (a logical digest of every row, as the conversion to encryption does). Only
then is the new key file written, under a temporary name too; its presence is the mark that the
split is checked and may be finished: the files take their names, the main file and the key file
last. A crash before the mark leaves the original as it was (the temporary files are removed at
the next opening); a crash after it is finished at the next opening (:func:`finish_split`). The
original must be closed everywhere first; it is switched out of WAL mode, which is how the
rewrite refuses to run while anyone is still working in it. Replaced, the original (readable
with the old single key) is gone: keeping it would keep every client readable by every password
that opened it.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseworker.db.backup import connect_file, quick_check_connection
from caseworker.db.encrypt import _take_sole_access, logical_digest
from caseworker.db.keystore import keystore_path
from caseworker.db.layout import (
    ID_COUNTERS,
    MAIN,
    PART_DOMAINS,
    FileKeys,
    OnSchema,
    enforced_in_file,
    homes,
    membership,
    part_path,
    quoted,
    tables_in,
)
from caseworker.db.trust_domains import MIXED_TABLES
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_
from caseworker.outputs import fsync_folder

_FK = re.compile(r",\s*(?:CONSTRAINT\s+\S+\s+)?FOREIGN KEY\s*\(([^)]*)\)\s*REFERENCES\s+\"?(\w+)\"?\s*\([^)]*\)"
                 r"(?:\s+ON\s+(?:DELETE|UPDATE)\s+(?:CASCADE|SET NULL|SET DEFAULT|RESTRICT|NO ACTION))*",
                 re.IGNORECASE)
TEMP_SUFFIX = ".splitting"


@dataclass(frozen=True)
class Split:
    tables: int
    rows: int
    files: tuple[Path, ...]


def strip_references(ddl: str, schema: str) -> str:
    """*ddl* without the foreign keys the file holding it for *schema* cannot enforce."""
    return _FK.sub(lambda m: m.group(0) if enforced_in_file(m.group(2), schema) else "", ddl)


def _targets(path: Path) -> dict[str, Path]:
    files = {MAIN: path}
    files.update({d.value: part_path(path, d) for d in PART_DOMAINS})
    return files


def _temporary(final: Path) -> Path:
    return final.with_name(final.name + TEMP_SUFFIX)


def pending_key_file(path: Path) -> Path:
    """Where a split writes the new key file of the database at *path* until it is finished."""
    keys = keystore_path(path)
    return keys.with_name(keys.name + TEMP_SUFFIX)


def split_file(path: Path, old_key: bytes | None, keys: FileKeys, *,
               key_file: Callable[[Path], None] | None = None,
               progress: Callable[[int, int], object] | None = None) -> Split:
    """Rewrite the single file at *path* (opened with *old_key*, or plain) as split files with *keys*.

    *key_file* writes the new key file to the path it is given, once the copies are checked; the
    split is then finished. Without it the split is finished with no key file (a test's template).
    """
    assert keys.split and all(d in keys.domains for d in PART_DOMAINS)
    targets = _targets(path)
    for final in targets.values():
        _temporary(final).unlink(missing_ok=True)
    for domain in PART_DOMAINS:
        if targets[domain.value].exists():
            raise StorageError(N_("{path} is already there: this database seems split already."),
                               path=str(targets[domain.value]))
    key_of = {MAIN: keys.main, **{d.value: keys.domains[d] for d in PART_DOMAINS}}
    source = connect_file(path, old_key)
    try:
        _take_sole_access(source)
        before = _digest(source, split=False)
        ddl = {name: sql for name, sql in source.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        indexes = source.execute(
            "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
        user_version = int(source.execute("PRAGMA user_version").fetchone()[0])
    finally:
        source.close()
    missing = [t for s in targets for t in tables_in(s) if t not in ddl and t not in (ID_COUNTERS, "alembic_version")]
    if missing:
        raise StorageError(N_("This database is missing tables ({tables}); bring it up to date first."),
                           tables=", ".join(sorted(set(missing))))
    try:
        for schema, final in targets.items():
            conn = connect_file(_temporary(final), key_of[schema])
            try:
                conn.execute(f"PRAGMA user_version = {user_version}")
                for table in tables_in(schema):
                    if table == ID_COUNTERS:
                        conn.execute(f"CREATE TABLE {ID_COUNTERS} (name VARCHAR(64) PRIMARY KEY, "
                                     "next_id INTEGER NOT NULL)")
                        continue
                    if table not in ddl:
                        continue  # a schema made without migrations has no alembic_version
                    conn.execute(strip_references(ddl[table], schema))
                    for tbl, sql in indexes:
                        if tbl == table:
                            conn.execute(sql)
            finally:
                conn.close()
        _copy_rows(path, old_key, targets, key_of, progress)
        after = _verify(targets, key_of)
        if after != before:
            raise StorageError(N_("The split copy differs from the original; the original is untouched."))
    except BaseException:
        for final in targets.values():
            _temporary(final).unlink(missing_ok=True)
        raise
    if key_file is not None:
        key_file(pending_key_file(path))
        fsync_folder(path.parent)
    _finish(path, with_key_file=key_file is not None)
    return Split(tables=len(before), rows=sum(n for n, _ in before.values()), files=tuple(targets.values()))


def finish_split(path: Path) -> None:
    """Finish a split a crash interrupted once it was checked, or clear one interrupted before.

    Called before a database file is opened; does nothing when no split was under way.
    """
    targets = _targets(path)
    if pending_key_file(path).exists():
        _finish(path, with_key_file=True)
        return
    for final in targets.values():
        _temporary(final).unlink(missing_ok=True)


def _finish(path: Path, *, with_key_file: bool) -> None:
    targets = _targets(path)
    for schema in [*[d.value for d in PART_DOMAINS], MAIN]:
        temporary = _temporary(targets[schema])
        if temporary.exists():
            os.replace(temporary, targets[schema])
            if schema == MAIN:
                for leftover in ("-wal", "-shm", "-journal"):
                    path.with_name(path.name + leftover).unlink(missing_ok=True)
    if with_key_file:
        os.replace(pending_key_file(path), keystore_path(path))
    fsync_folder(path.parent)


def _attach_temporaries(conn: Any, targets: dict[str, Path], key_of: dict[str, bytes]) -> None:
    for domain in PART_DOMAINS:
        file = _temporary(targets[domain.value])
        conn.execute(f"ATTACH DATABASE ? AS {quoted(domain.value)} KEY \"x'{key_of[domain.value].hex()}'\"",
                     (str(file),))


def _copy_rows(path: Path, old_key: bytes | None, targets: dict[str, Path], key_of: dict[str, bytes],
               progress: Callable[[int, int], object] | None = None) -> None:
    conn = connect_file(_temporary(targets[MAIN]), key_of[MAIN])
    try:
        conn.isolation_level = None
        _attach_temporaries(conn, targets, key_of)
        old = "''" if old_key is None else f"\"x'{old_key.hex()}'\""
        conn.execute(f"ATTACH DATABASE ? AS src KEY {old}", (str(path),))
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        present = {r[0] for r in conn.execute("SELECT name FROM src.sqlite_master WHERE type = 'table'")}
        plain = [t for s in targets for t in tables_in(s)
                 if t not in MIXED_TABLES and t != ID_COUNTERS and t in present]
        mixed = sorted(MIXED_TABLES, key=lambda t: bool(MIXED_TABLES[t].follows))
        total = len(plain) + len(mixed)
        for done, table in enumerate(plain):
            (schema,) = homes(table) if table != "alembic_version" else (MAIN,)
            conn.execute(f"INSERT INTO {quoted(schema)}.{quoted(table)} SELECT * FROM src.{quoted(table)}")
            if progress is not None:
                progress(done + 1, total)
        for done, table in enumerate(mixed, start=len(plain) + 1):
            cols = ", ".join(quoted(r[1]) for r in conn.execute(f"PRAGMA src.table_info({quoted(table)})"))
            for schema in homes(table):
                where = membership(table, schema, alias=f"src.{quoted(table)}")
                conn.execute(f"INSERT INTO {quoted(schema)}.{quoted(table)} ({cols}) SELECT {cols} "
                             f"FROM src.{quoted(table)} WHERE {where}")
            conn.execute(f"INSERT INTO main.{ID_COUNTERS} (name, next_id) "
                         f"SELECT ?, coalesce(max(id), 0) + 1 FROM src.{quoted(table)}", (table,))
            if progress is not None:
                progress(done, total)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
    finally:
        conn.close()


def _verify(targets: dict[str, Path], key_of: dict[str, bytes]) -> dict[str, tuple[int, str]]:
    conn = connect_file(_temporary(targets[MAIN]), key_of[MAIN])
    try:
        _attach_temporaries(conn, targets, key_of)
        for schema in targets:
            problems = quick_check_connection(OnSchema(conn, schema), encrypted=True)
            if problems:
                raise StorageError(N_("The split copy did not pass its check; the original is untouched."))
        return _digest(conn, split=True)
    finally:
        conn.close()


def _digest(conn: Any, *, split: bool) -> dict[str, tuple[int, str]]:
    if not split:
        digest = logical_digest(conn)
        digest.pop(ID_COUNTERS, None)
        return digest
    return split_digest(conn)


def split_digest(conn: Any) -> dict[str, tuple[int, str]]:
    """Like ``encrypt.logical_digest``, reading each table across the files it is split over."""
    digest = {}
    present = {r[0] for s in (MAIN, *(d.value for d in PART_DOMAINS))
               for r in conn.execute(f"SELECT name FROM {quoted(s)}.sqlite_master WHERE type = 'table'")}
    names = [t for s in (MAIN, *(d.value for d in PART_DOMAINS)) for t in tables_in(s) if t in present]
    for table in sorted(set(names) - {ID_COUNTERS}):
        files = homes(table) if table != "alembic_version" else (MAIN,)
        arms = " UNION ALL ".join(f"SELECT * FROM {quoted(s)}.{quoted(table)}" for s in files)
        hasher = hashlib.sha256()
        count = 0
        order = "id" if table in MIXED_TABLES else "rowid"
        query = f"SELECT * FROM ({arms}) ORDER BY {order}" if table in MIXED_TABLES else f"{arms} ORDER BY rowid"
        for row in conn.execute(query):
            hasher.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        digest[table] = (count, hasher.hexdigest())
    return digest
