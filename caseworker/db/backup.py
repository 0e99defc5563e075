"""Online backups of an SQLite database, finding the newest good one, and restoring it.

PostgreSQL has its own tools (pg_dump). An encrypted database is copied page by page into a file
encrypted with the same key, and its key store is copied beside the copy (``<backup>.keys``): a
backup without its key store could never be opened, and one with it still needs a password.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caseworker import outputs
from caseworker.db.database import Database
from caseworker.db.keystore import KeyStore, keystore_path
from caseworker.db.layout import MAIN, PART_DOMAINS, FileKeys, part_path, unwrap
from caseworker.db.trust_domains import TrustDomain
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_
from caseworker.outputs import check_output, fsync_folder, is_protected, os_error_message

BACKUP_FOLDER = "backups"


def backups_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def backup_sqlite(db: Database, target: Path) -> Path:
    """Copy *db* page by page while it stays in use, into *target*, atomically.

    The copy goes to a temporary name beside *target* first and is checked before it takes the
    final name, so an interrupted backup never leaves a file that looks complete. *target* may not
    be the database, its key file, a folder or a device (see ``caseworker.outputs``).
    """
    if not db.location.is_sqlite:
        raise StorageError(
            N_("Back up a PostgreSQL database with the server's own tools, for example pg_dump.")
        )
    _stamp_if_current(db)
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # check_output names the folder that cannot be used
    target = check_output(target)
    parts = _held_parts(db.keys)
    if db.key is not None:
        check_output(keystore_path(target))
    for domain in parts:
        check_output(part_path(target, domain))
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise os_error_message(exc, target) from None
    partial = Path(name)
    partial_keys = keystore_path(partial)
    partial_parts = [part_path(partial, d) for d in parts]
    try:
        _copy_pages(db, partial)
        outputs.fsync_file(partial)
        for file in partial_parts:
            outputs.fsync_file(file)
        if db.key is not None and db.location.path is not None:
            store = KeyStore.for_database(db.location.path)
            store.bind_to(partial)  # the copy has its own file salt
            store.path = partial_keys
            store.save()
        check_output(target)
        if db.key is not None:
            # The key file and the domains' files first: a backup file that exists always has
            # its keys and its other files beside it.
            os.replace(partial_keys, keystore_path(target))
        for domain, file in zip(parts, partial_parts):
            os.replace(file, part_path(target, domain))
        os.replace(partial, target)
    except OSError as exc:
        for leftover in (partial, partial_keys, *partial_parts):
            leftover.unlink(missing_ok=True)
        raise os_error_message(exc, target) from None
    except BaseException:
        for leftover in (partial, partial_keys, *partial_parts):
            leftover.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)
    return target


def _held_parts(keys: FileKeys | None) -> list[TrustDomain]:
    """The domains' files a backup by the holder of *keys* copies (a split database's)."""
    if keys is None or not keys.split:
        return []
    missing = [d for d in PART_DOMAINS if d not in keys.domains]
    if missing:
        # A backup without the files one cannot read would restore as a database without them.
        raise StorageError(N_("Only someone who can read every part of the database can back it up."))
    return list(PART_DOMAINS)


def _copy_pages(db: Database, partial: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        source = unwrap(raw.driver_connection)
        assert source is not None  # None only once the connection is closed
        parts = _held_parts(db.keys)
        if parts:
            # One read transaction over every file, so the copies are of the same moment.
            source.execute("BEGIN")
            for schema in (MAIN, *(d.value for d in parts)):
                source.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchone()
        try:
            for domain in parts:
                assert db.keys is not None
                _copy_schema(source, domain.value, part_path(partial, domain), db.keys.domains[domain])
            _copy_schema(source, MAIN, partial, db.key)
        finally:
            if parts:
                source.execute("ROLLBACK")
    finally:
        raw.close()


def _copy_schema(source: Any, schema: str, partial: Path, key: bytes | None) -> None:
    dest = connect_file(partial, key)
    try:
        try:
            source.backup(dest, name=schema)
            os.chmod(partial, 0o600)  # like the main copy, which mkstemp made private
            dest.execute("PRAGMA journal_mode = DELETE")
        except (sqlite3.DatabaseError, _cipher_error()) as exc:
            text = str(exc).lower()
            if "full" in text or "no space" in text:
                raise StorageError(N_("The disk is full: the backup was not written. Free some space "
                                      "and try again.")) from None
            raise StorageError(N_("The backup could not be written: {detail}"), detail=str(exc)) from None
        problems = quick_check_connection(dest, encrypted=key is not None)
        if problems:
            raise StorageError(N_("The backup did not pass its check; the original is untouched."))
    finally:
        dest.close()


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


def connect_file(path: Path, key: bytes | FileKeys | None) -> Any:
    """A raw connection to *path*: SQLCipher with *key*, or plain SQLite.

    Given a split database's keys, the domains' files they open are attached by their domain's name.
    """
    if key is None:
        return sqlite3.connect(str(path))
    import sqlcipher3

    keys = key if isinstance(key, FileKeys) else FileKeys(key)
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{keys.main.hex()}'\"")
    if keys.split:
        for domain, part in keys.domains.items():
            conn.execute(f"ATTACH DATABASE ? AS {domain.value} KEY \"x'{part.hex()}'\"",
                         (str(part_path(path, domain)),))
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
    # sqlcipher3 is unannotated; its DatabaseError is sqlite3's, built with SQLCipher.
    error: type[Exception] = sqlcipher3.DatabaseError
    return error


def list_backups(database_path: Path) -> list[Path]:
    """Backups of *database_path* in its backups folder, newest first."""
    folder = backups_folder(database_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{database_path.stem}-*.db") if p.is_file() and not _is_part(p)]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def _is_part(path: Path) -> bool:
    return any(path.name.endswith(f".{d.value}{path.suffix}") for d in PART_DOMAINS)


def newest_good_backup(database_path: Path, key: bytes | FileKeys | None) -> Path | None:
    """The newest backup that opens with *key* and passes its quick check."""
    keys = key if isinstance(key, FileKeys) or key is None else FileKeys(key)
    for candidate in list_backups(database_path):
        if keys is not None and not keystore_path(candidate).exists():
            continue
        if not check_files(candidate, keys):
            return candidate
    return None


def check_files(path: Path, keys: FileKeys | None, *, quick: bool = True) -> list[str]:
    """Problems found in the file at *path* and, split, in each domain's file *keys* opens."""
    files = [(path, keys.main if keys is not None else None)]
    if keys is not None and keys.split:
        files += [(part_path(path, d), keys.domains[d]) for d in PART_DOMAINS if d in keys.domains]
    problems = []
    for file, key in files:
        if not file.is_file():
            problems.append(f"{file.name} is missing")
            continue
        try:
            conn = connect_file(file, key)
        except (sqlite3.DatabaseError, _cipher_error()) as exc:
            problems.append(str(exc))
            continue
        try:
            problems += quick_check_connection(conn, encrypted=key is not None)
        finally:
            conn.close()
    return problems


Verify = Callable[[Path, "FileKeys | None"], None]


class BackupRefused(StorageError):
    """A file that will not be restored; nothing was changed."""


def restore_backup(backup: Path, database_path: Path, *,
                   credentials: Callable[[], tuple[str, str]] | None = None,
                   verify: Verify | None = None, key: bytes | FileKeys | None = None) -> Path:
    """Put *backup* (and its key store) in place of *database_path*; returns where the old file went.

    The backup is copied beside the database first and that copy must open: an encrypted one with
    the key its own key file gives *credentials* (a wrong password or a key file for another file
    is refused) — or, for a window already signed in to the database, the *key* it holds (a backup
    taken before a key rotation then does not open, and is refused) — and pass ``quick_check`` and
    SQLCipher's page authentication. *verify* then sees
    the copy and its key (the command line checks there that the person restoring is a manager).
    Only then is the live file renamed aside and the copy renamed into place. Nothing is deleted:
    the replaced file, its WAL and key store are kept as ``*.replaced-<time>``.
    """
    backup = Path(backup)
    if is_protected(backup, [database_path]):
        raise BackupRefused(N_("{backup} is the database itself (or a file kept beside it), not a backup."),
                            backup=str(backup))
    if not backup.is_file():
        raise BackupRefused(N_("{backup} is not a backup file."), backup=str(backup))
    partial = database_path.with_name(database_path.name + ".restoring")
    partial_keys = keystore_path(partial)
    partial_parts = {d: part_path(partial, d) for d in PART_DOMAINS}
    try:
        try:
            shutil.copyfile(backup, partial)
        except OSError as exc:
            raise os_error_message(exc, database_path) from None
        encrypted = not _is_plain(partial)
        if not encrypted and keystore_path(database_path).exists():
            # Putting a plain copy in place of an encrypted database would undo its protection.
            raise BackupRefused(N_("{backup} is not encrypted but the database is: nothing was restored. "
                                   "Restore an encrypted backup, or encrypt this one first."), backup=str(backup))
        held, key = key, None
        if encrypted:
            if not keystore_path(backup).exists():
                raise BackupRefused(N_("{backup} is encrypted but its key file {keys} is not beside it: "
                                       "nothing was restored."), backup=str(backup), keys=str(keystore_path(backup)))
            try:
                shutil.copyfile(keystore_path(backup), partial_keys)
            except OSError as exc:
                raise os_error_message(exc, database_path) from None
            store = KeyStore.load(partial_keys)
            store.check_belongs_to(partial, shown_as=backup)
            if store.split:
                for domain, file in partial_parts.items():
                    if not part_path(backup, domain).is_file():
                        raise BackupRefused(N_("{backup} is kept in several files and {part} is not beside it: "
                                               "nothing was restored."), backup=str(backup),
                                            part=str(part_path(backup, domain)))
                    try:
                        shutil.copyfile(part_path(backup, domain), file)
                    except OSError as exc:
                        raise os_error_message(exc, database_path) from None
            if credentials is not None:
                key = store.unlock_keys(*credentials())
            elif held is not None:
                key = held if isinstance(held, FileKeys) else FileKeys(held)
            else:
                raise BackupRefused(N_("{backup} is encrypted: sign in to restore it."), backup=str(backup))
        if encrypted and key is not None and key.split and not all(d in key.domains for d in PART_DOMAINS):
            if verify is not None:
                verify(partial, key)  # says who may restore at all, before what they cannot read
            raise BackupRefused(N_("{backup} can be restored only by someone who can read all of it."),
                                backup=str(backup))
        problems = _check_copy(partial, key)
        if problems:
            raise BackupRefused(N_("{backup} did not pass its check ({detail}): nothing was restored."),
                                backup=str(backup), detail="; ".join(problems[:2]))
        if verify is not None:
            verify(partial, key)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        kept = database_path.with_name(f"{database_path.name}.replaced-{stamp}")
        for suffix in ("", "-wal", "-shm", ".keys"):
            current = database_path.with_name(database_path.name + suffix)
            if current.exists():
                os.replace(current, kept.with_name(kept.name + suffix))
        for domain in PART_DOMAINS:
            for suffix in ("", "-wal", "-shm"):
                current = part_path(database_path, domain)
                current = current.with_name(current.name + suffix)
                if current.exists():
                    os.replace(current, kept.with_name(f"{kept.name}.{domain.value}{suffix}"))
        if encrypted:
            os.chmod(partial_keys, 0o600)
            os.replace(partial_keys, keystore_path(database_path))
        if isinstance(key, FileKeys) and key.split:
            for domain, file in partial_parts.items():
                os.replace(file, part_path(database_path, domain))
        os.replace(partial, database_path)
    except BaseException:
        for leftover in (partial, partial_keys, *partial_parts.values()):
            leftover.unlink(missing_ok=True)
        raise
    fsync_folder(database_path.parent)
    return kept


def _is_plain(path: Path) -> bool:
    from caseworker.db.location import SQLITE_HEADER

    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    return head == SQLITE_HEADER


def _check_copy(path: Path, key: FileKeys | None) -> list[str]:
    problems = check_files(path, key) if key is not None and key.split else []
    if problems:
        return problems
    try:
        conn = connect_file(path, key.main if key is not None else None)
    except (sqlite3.DatabaseError, _cipher_error()) as exc:
        return [str(exc)]
    try:
        problems = quick_check_connection(conn, encrypted=key is not None)
        if not problems:
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            except (sqlite3.DatabaseError, _cipher_error()) as exc:
                return [str(exc)]
            if "users" not in tables:
                problems.append("it is not a Caseworker database")
        return problems
    finally:
        conn.close()
