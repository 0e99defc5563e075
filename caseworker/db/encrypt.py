"""Converting a plain SQLite database into an encrypted one, without losing anything.

SQLCipher's ``sqlcipher_export`` copies every table into an attached, keyed file. The copy is made
under a temporary name, compared table by table with the original (a logical dump, never the
files' bytes), and only then takes the original's name in one atomic rename. The original is
switched out of WAL mode first: that needs every other connection closed, which is how the
conversion refuses to run while anyone is still working in the file, and it leaves no ``-wal``
behind that could be replayed onto the encrypted file.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseworker.db.backup import connect_file, quick_check_connection
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_


@dataclass(frozen=True)
class Conversion:
    tables: int
    rows: int


def encrypt_file(path: Path, key: bytes, *, keep_plain_copy: Path | None = None,
                 before_replace: Callable[[], None] = lambda: None) -> Conversion:
    """Encrypt the plain file at *path* with *key* in place; *before_replace* writes the key store."""
    partial = path.with_name(path.name + ".encrypting")
    partial.unlink(missing_ok=True)
    source = connect_file(path, None)
    try:
        _take_sole_access(source)
        before = logical_digest(source)
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        if keep_plain_copy is not None:
            shutil.copyfile(path, keep_plain_copy)
    finally:
        source.close()
    import sqlcipher3

    cipher = sqlcipher3.connect(str(path))  # no key: SQLCipher reads the plain file as it is
    try:
        cipher.execute("PRAGMA cipher_log_level = NONE")
        cipher.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(partial),))
        cipher.execute("SELECT sqlcipher_export('encrypted')")
        cipher.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        cipher.execute("DETACH DATABASE encrypted")
    finally:
        cipher.close()
    copy = connect_file(partial, key)
    try:
        if quick_check_connection(copy, encrypted=True):
            raise StorageError(N_("The encrypted copy did not pass its check; the original is untouched."))
        after = logical_digest(copy)
    finally:
        copy.close()
    if after != before:
        partial.unlink(missing_ok=True)
        raise StorageError(N_("The encrypted copy differs from the original; the original is untouched."))
    before_replace()
    os.replace(partial, path)
    return Conversion(tables=len(before), rows=sum(count for count, _ in before.values()))


def _take_sole_access(conn: Any) -> None:
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except Exception as exc:  # sqlite3 and sqlcipher3 raise their own OperationalError
        raise StorageError(N_("The database is in use: close Caseworker everywhere and try again.")) from exc
    if str(mode).lower() != "delete":
        raise StorageError(N_("The database is in use: close Caseworker everywhere and try again."))


def logical_digest(conn: Any) -> dict[str, tuple[int, str]]:
    """``{table: (rows, sha256 of its rows in rowid order)}`` for every ordinary table.

    Comparing these before and after is the way to tell whether two files hold the same data:
    the files' bytes differ with page layout, WAL state and encryption. On a connection with a
    split database's files attached (see ``db.layout``) each table is read across its files.
    """
    from caseworker.db.layout import PART_DOMAINS

    attached = {r[1] for r in conn.execute("PRAGMA database_list")}
    if any(d.value in attached for d in PART_DOMAINS):
        from caseworker.db.split import split_digest

        return split_digest(conn)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
    digest: dict[str, tuple[int, str]] = {}
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        hasher = hashlib.sha256()
        count = 0
        for row in conn.execute(f"SELECT * FROM {quoted} ORDER BY rowid"):
            hasher.update(repr(row).encode("utf-8", "surrogatepass"))
            count += 1
        digest[table] = (count, hasher.hexdigest())
    return digest
