"""Opening a database: unlocking it, checking it after an unclean shutdown, migrating when due.

An SQLite file is encrypted (SQLCipher) unless it already exists in plain form or the caller asks
for a plain one: a new file gets a random key and a key store whose key is "unclaimed" until the
first administrator's password claims it. An encrypted file is opened with the key unwrapped from
the key store by a user's name and password (*credentials*), or with a key the caller already holds.

While the app has a file open it keeps a ``<database>.open`` marker beside it. Finding the marker
(or a leftover ``-wal`` file) at start means the last session did not close cleanly, so the file is
checked (``quick_check``, and SQLCipher's page HMACs) before anything else reads it, and a damaged
or tampered file is refused with the newest good backup named.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from caseworker.db.database import Database
from caseworker.db.engine import READ_ONLY_OPTION
from caseworker.db.keystore import KeyStore, editing, file_salt, keystore_path, new_key
from caseworker.db.layout import PART_DOMAINS, FileKeys, part_path
from caseworker.db.location import DatabaseLocation, Protection, protection_of
from caseworker.db.migrate import ensure_schema
from caseworker.db.split import finish_split
from caseworker.db.trust_domains import TrustDomain
from caseworker.db.unlocking import LockedDatabase
from caseworker.domain.errors import StorageError
from caseworker.domain.i18n import N_

Credentials = Callable[[], tuple[str, str]]
OPEN_MARKER = ".open"


def unlock_key(location: DatabaseLocation, username: str, password: str) -> FileKeys:
    """The keys of an encrypted database that *username*'s *password* reaches."""
    assert location.path is not None
    finish_split(location.path)
    store = KeyStore.for_database(location.path)
    store.check_belongs_to(location.path)
    return store.unlock_keys(username, password)


def open_database(location: str | DatabaseLocation, *, migrate: bool = True, key: bytes | FileKeys | None = None,
                  credentials: Credentials | None = None, encrypt_new: bool = True) -> Database:
    """Open (creating if new) the database at *location*, ready for services.

    A new encrypted file is kept in one file per trust domain (see ``db.layout``) once its schema
    is made; with *migrate* False it stays one file until :func:`split_new` is called.
    """
    loc = location if isinstance(location, DatabaseLocation) else DatabaseLocation.parse(location)
    if loc.path is not None:
        finish_split(loc.path)
    if loc.path is None:
        db = Database(loc)
        try:
            return _prepare(db, migrate=migrate, unclean=False)
        except BaseException:
            db.dispose()  # a refused migration must not leave the server's connection open
            raise
    state = protection_of(loc)
    new = state is Protection.NEW
    if new:
        key = _new_file_key(loc.path, key, encrypt_new)
    elif state is Protection.ENCRYPTED and key is None:
        key = _key_for(loc, credentials)
    elif state is Protection.PLAIN:
        key = None
    unclean = _unclean_shutdown(loc.path)
    db = Database(loc, key=key)
    try:
        _verify_readable(db)
        prepared = _prepare(db, migrate=migrate, unclean=unclean)
        if new and migrate and isinstance(key, FileKeys) and key.domains:
            return split_new(prepared)
        if key is not None:
            _bind_key_store(loc.path)
        return prepared
    except BaseException:
        db.dispose()
        raise


def split_new(db: Database) -> Database:
    """Move a new database's domains into their own files, keyed as its key file says; returns
    the database reopened on them."""
    from caseworker.db.split import split_file

    path = db.location.path
    assert path is not None and db.key is not None
    store = KeyStore.for_database(path)
    keys = _domain_keys(store, db)
    db.dispose()

    def key_file(pending: Path) -> None:
        current = KeyStore.for_database(path)
        current.split = True
        current.database_salt = None  # the new main file has a salt of its own, bound below
        current.path = pending
        current.save()

    split_file(path, db.key, keys, key_file=key_file)
    reopened = Database(db.location, key=keys)
    try:
        _prepare(reopened, migrate=False, unclean=False)
        _bind_key_store(path)
    except BaseException:
        reopened.dispose()
        raise
    return reopened


def _domain_keys(store: KeyStore, db: Database) -> FileKeys:
    """The keys the new files take: those the store keeps unclaimed, or those *db* was opened with."""
    assert db.key is not None
    if db.keys is not None and all(d in db.keys.domains for d in PART_DOMAINS):
        return FileKeys(db.key, db.keys.domains, split=True)
    domains = {TrustDomain(d): k for d, k in store.unclaimed_domains.items()}
    if not all(d in domains for d in PART_DOMAINS):
        raise StorageError(N_("The key file {path} holds no keys for the new files."), path=str(store.path))
    return FileKeys(db.key, domains, split=True)


def _new_file_key(path: Path, key: bytes | FileKeys | None, encrypt: bool) -> bytes | FileKeys | None:
    if keystore_path(path).exists():
        raise StorageError(N_(
            "The database file {path} is missing, but its key file is there. Restore the database "
            "from a backup, or move the key file away to start a new database."), path=str(path))
    if key is None and not encrypt:
        return None
    if key is None:
        key = FileKeys(new_key(), {d: new_key() for d in PART_DOMAINS})
    # Kept as one file until its schema is made; the store says "split" once it is.
    KeyStore.create(keystore_path(path), key)
    return key


def _bind_key_store(path: Path) -> None:
    """Record in the key file which file it belongs to, the first time that file has content."""
    if not keystore_path(path).exists():
        return
    store = KeyStore.for_database(path)
    if store.database_salt is None and file_salt(path) is not None:
        with editing(store.path) as current:
            if current.database_salt is None:
                current.bind_to(path)


def _key_for(loc: DatabaseLocation, credentials: Credentials | None) -> FileKeys:
    assert loc.path is not None
    store = KeyStore.for_database(loc.path)
    store.check_belongs_to(loc.path)
    if store.unclaimed is not None:
        if not store.users:
            keys = store.unclaimed_keys()
            assert keys is not None
            return keys
        # A first administrator was saved but the store was not yet tidied: the key is claimed.
        with editing(store.path) as current:
            current.unclaimed = None
    if credentials is None:
        raise LockedDatabase(None, location=loc.display())
    username, password = credentials()
    return store.unlock_keys(username, password)


def _unclean_shutdown(path: Path) -> bool:
    return (_marker(path).exists()
            or path.with_name(path.name + "-wal").exists())


def _marker(path: Path) -> Path:
    return path.with_name(path.name + OPEN_MARKER)


def _verify_readable(db: Database) -> None:
    """Read the schema: the first read that needs the right key and an undamaged first page."""
    from caseworker.db.check import DamagedDatabase

    _verify_parts(db)
    try:
        # As a reader: checking the key must not wait for, or block, someone who is saving.
        with db.engine.execution_options(**{READ_ONLY_OPTION: True}).connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        text = str(exc.orig).lower()
        if "not a database" in text or "malformed" in text or "encrypted" in text:
            detail = ("its pages do not decrypt with the key in its key file" if db.encrypted
                      else "it is not a readable SQLite database")
            raise DamagedDatabase(None, detail=detail, backup=_good_backup(db),
                                  database=db.location.path) from exc
        raise


def _verify_parts(db: Database) -> None:
    """Each domain's file this person opens is there and decrypts with its key, named if not.

    Attaching a missing file would make a new, empty one in its place.
    """
    from caseworker.db.backup import connect_file
    from caseworker.db.check import DamagedDatabase

    keys, path = db.keys, db.location.path
    if keys is None or not keys.split or path is None:
        return
    for domain, key in keys.domains.items():
        part = part_path(path, domain)
        if not part.is_file():
            raise StorageError(N_("The file {part}, which holds part of the database {path}, is missing. Put it "
                                  "back from the same backup as the database (backups keep it beside them)."),
                               part=str(part), path=str(path))
        conn = connect_file(part, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:  # noqa: BLE001 - sqlite3 and sqlcipher3 raise their own DatabaseError
            text = str(exc).lower()
            if "not a database" in text or "malformed" in text or "encrypted" in text:
                raise DamagedDatabase(None, detail=f"{part.name} does not decrypt with its key",
                                      backup=_good_backup(db), database=path) from exc
            # Anything else (a full disk, a read-only folder) is told by the engine's own opening.
        finally:
            conn.close()


def _prepare(db: Database, *, migrate: bool, unclean: bool) -> Database:
    path = db.location.path
    if path is not None:
        if unclean:
            quick_check_or_refuse(db)
        marker = _marker(path)
        marker.write_text(f"{os.getpid()}\n", encoding="ascii")
        db.on_dispose(lambda: marker.unlink(missing_ok=True))
    if migrate:
        ensure_schema(db)
    return db


def quick_check_or_refuse(db: Database) -> None:
    """Refuse a damaged or tampered file, naming the newest good backup."""
    from caseworker.db.backup import quick_check_connection
    from caseworker.db.check import DamagedDatabase

    raw = db.engine.raw_connection()
    try:
        problems = quick_check_connection(raw.driver_connection, encrypted=db.encrypted)
    finally:
        raw.close()
    if problems:
        raise DamagedDatabase(None, detail=problems[0], backup=_good_backup(db), database=db.location.path)


def _good_backup(db: Database) -> Path | None:
    from caseworker.db.backup import newest_good_backup

    assert db.location.path is not None
    return newest_good_backup(db.location.path, db.keys)
