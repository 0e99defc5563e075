"""The unit of work: one labelled transaction per user action, which collects what it changed.

``Database.transaction("Record disbursement")`` opens a session, commits it when the block ends
and rolls everything back if anything inside raises, so a failed action never leaves half its
writes behind. The label travels with the session (``session.info["action"]``) so the audit log
names the action the way the user saw it.

An encrypted SQLite database carries its unlocked key and key ring: account changes report new
passwords through :func:`password_set` inside their transaction, and the key store follows the
commit or the rollback (see ``db.keystore``).

Each write transaction collects what its flushes inserted, updated or deleted as the change notice
its action returns (``db.notices.changes_so_far``), so no service writes one by hand.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from caseworker.db.engine import READ_ONLY_OPTION, create_database_engine, on_busy
from caseworker.db.keystore import KeyRing, keystore_path
from caseworker.db.layout import FileKeys
from caseworker.db.location import DatabaseLocation
from caseworker.db.notices import collect
from caseworker.db.trust_domains import readable_domains
from caseworker.db.unlocking import unlock
from caseworker.domain.errors import CaseworkerError, ConflictError, StorageError
from caseworker.domain.i18n import N_
from caseworker.outputs import protect_database, release_database


class Database:
    """An open database: its location, engine and session factories."""

    def __init__(self, location: DatabaseLocation, engine: Engine | None = None, *,
                 key: bytes | FileKeys | None = None) -> None:
        self.location = location
        # Where the database was opened; a server session may go on as the signed-in person's own
        # role (``connect_as``) and comes back here for the next sign-in.
        self.entry_location = location
        if key is None and engine is None and location.file_is_encrypted():
            key = unlock(location)
        #: Every key this session holds (the main file's and each readable domain's file's).
        self.keys = key if isinstance(key, FileKeys) else (FileKeys(key) if key is not None else None)
        #: The main file's key.
        self.key = self.keys.main if self.keys is not None else None
        self.engine = engine if engine is not None else create_database_engine(location, key=self.keys)
        path = location.path
        self.keyring = KeyRing(keystore_path(path), self.keys) if self.keys is not None and path else None
        self._on_dispose: list[Callable[[], None]] = []
        if path is not None:
            # No export or backup may be written over this file or its key file while it is open.
            protect_database(path)
            self._on_dispose.append(lambda: release_database(path))
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def on_busy(self, listener: Callable[[], None]) -> Callable[[], None]:
        """*listener* hears (on the saving thread) that another user is saving and this save waits.

        Returns the function that stops it.
        """
        if self.location.is_sqlite:
            return on_busy(self.engine, listener)
        return lambda: None

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Run *callback* when the database is closed (e.g. to mark a clean shutdown)."""
        self._on_dispose.append(callback)

    @contextmanager
    def transaction(self, action: str) -> Iterator[Session]:
        """A write transaction named after the user *action*; commits or rolls back whole."""
        session = self._writer()
        session.info["action"] = action
        session.info["database"] = self
        collect(session)
        try:
            with translate_storage_errors(self._folder()):
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            for undo in reversed(session.info.get(_AFTER_ROLLBACK, [])):
                undo()
            raise
        finally:
            session.close()
        for done in session.info.get(_AFTER_COMMIT, []):
            done()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; whatever it flushes is rolled back."""
        session = self._reader()
        try:
            with translate_storage_errors(self._folder()):
                yield session
        finally:
            session.rollback()
            session.close()

    def replace_key(self, key: bytes | FileKeys) -> None:
        """The file was re-keyed: new connections (and account changes) use *key* from now on."""
        from caseworker.db.engine import move_busy_listeners

        old = self.engine
        old.dispose()
        self.keys = key if isinstance(key, FileKeys) else FileKeys(key)
        self.key = self.keys.main
        self.engine = create_database_engine(self.location, key=self.keys)
        move_busy_listeners(old, self.engine)
        path = self.location.path
        self.keyring = KeyRing(keystore_path(path), self.keys) if path is not None else None
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    def connect_as(self, role: str, password: str) -> None:
        """From now on connect to the server as *role* (the signed-in person's own database role,
        see ``db.db_roles``), so the server refuses whatever that role may not read."""
        from sqlalchemy import text

        if self.location.is_sqlite:
            raise StorageError(N_("Only a database server has roles to connect as."))
        location = DatabaseLocation(parsed=self.entry_location.url.set(username=role, password=password))
        engine = create_database_engine(location)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:
            engine.dispose()
            if "password authentication failed" in str(exc.orig).lower() \
                    or "not permitted to log in" in str(exc.orig).lower():
                raise StorageError(N_(
                    "The database server refused your own database role '{role}'. Its password is set when "
                    "yours is: ask an administrator to reset your password (or sign in once on a laptop "
                    "whose database URL names the database's owner)."), role=role) from exc
            raise storage_error_for(exc) from exc
        self._swap(location, engine)

    def back_to_entry(self) -> None:
        """Connect again as the role the database was opened with (before the next sign-in)."""
        if self.location is not self.entry_location:
            self._swap(self.entry_location, create_database_engine(self.entry_location))

    def _swap(self, location: DatabaseLocation, engine: Engine) -> None:
        from caseworker.db.engine import move_busy_listeners

        old = self.engine
        old.dispose()
        self.location = location
        self.engine = engine
        move_busy_listeners(old, engine)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    def _folder(self) -> Path | None:
        return self.location.path.parent if self.location.path is not None else None

    def dispose(self) -> None:
        self.engine.dispose()
        while self._on_dispose:
            self._on_dispose.pop()()


_AFTER_COMMIT = "caseworker_after_commit"
_AFTER_ROLLBACK = "caseworker_after_rollback"


def password_set(session: Session, username: str, password: str, *, new_account: bool = False,
                 roles: Iterable[str] = ()) -> None:
    """*username* signs in with *password* from this transaction's commit on.

    On an encrypted database the key store gains a wrap for it now and follows the commit or the
    rollback; elsewhere there is nothing to do. Call it inside ``Database.transaction``.

    A *new_account*'s wrap is written only after the commit: if the transaction fails (a full
    disk), or the rollback's rewrite of the key file fails too, no password of an account that
    does not exist may unwrap the key. An account whose wrap could not be written after the commit
    exists without one, and the error says to reset its password.
    """
    keyring = _keyring(session)
    if keyring is None:
        return
    domains = readable_domains(roles)
    if new_account:
        session.info.setdefault(_AFTER_COMMIT, []).append(lambda: keyring.add_account(username, password, domains))
        return
    committed, rolled_back = keyring.stage_password(username, password, domains)
    session.info.setdefault(_AFTER_COMMIT, []).append(committed)
    session.info.setdefault(_AFTER_ROLLBACK, []).append(rolled_back)


def roles_changed(session: Session, username: str, roles: Iterable[str]) -> None:
    """*username*'s key entries reach the files of the domains *roles* may read from the commit on.

    The domains taken away are left in ``session.info["domains_taken"]`` after the commit, for the
    caller to re-key their files.
    """
    keyring = _keyring(session)
    if keyring is None or not keyring.keys.split:
        return
    domains = readable_domains(roles)

    def follow() -> None:
        taken = keyring.follow_domains(username, domains)
        session.info.setdefault("domains_taken", []).extend(taken)

    session.info.setdefault(_AFTER_COMMIT, []).append(follow)


def access_removed(session: Session, username: str) -> None:
    """*username*'s password stops opening the database file from this transaction's commit on."""
    keyring = _keyring(session)
    if keyring is not None:
        session.info.setdefault(_AFTER_COMMIT, []).append(lambda: keyring.remove_user(username))


def username_changed(session: Session, old: str, new: str) -> None:
    """The account *old* is called *new* from this transaction's commit on (its wraps move)."""
    keyring = _keyring(session)
    if keyring is None or old == new:
        return
    session.info.setdefault(_AFTER_ROLLBACK, []).append(keyring.rename(old, new))


def _keyring(session: Session) -> KeyRing | None:
    database = session.info.get("database")
    return database.keyring if isinstance(database, Database) else None


@contextmanager
def translate_storage_errors(folder: Path | None = None) -> Iterator[None]:
    """Turn the engine's environmental failures into words a user can act on.

    *folder* (where an SQLite file lives) lets a bare "disk I/O error" be told apart: SQLite
    reports some writes that fail for want of space that way, and the free space says which.
    """
    try:
        yield
    except CaseworkerError:
        raise
    except StaleDataError as exc:
        # The version counter moved between this session's read and its write.
        raise ConflictError(
            N_("This record was changed by another user meanwhile — reload it and try again.")
        ) from exc
    except OperationalError as exc:
        raise storage_error_for(exc, folder) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise StorageError(N_("The connection to the database server was lost.")) from exc
        if "not a database" in str(exc.orig).lower() or "malformed" in str(exc.orig).lower():
            raise storage_error_for(exc) from exc
        raise


def storage_error_for(exc: DBAPIError, folder: Path | None = None) -> StorageError:
    text = str(exc.orig).lower()
    if "disk i/o error" in text and folder is not None and _nearly_full(folder):
        text = "disk full"
    if "database or disk is full" in text or "disk full" in text or "no space" in text:
        return StorageError(N_("The disk is full: nothing was saved. Free some space and try again."))
    if "database is locked" in text or "busy" in text:
        return StorageError(N_("Another user is saving; the database stayed busy. Try again in a moment."))
    if "not a database" in text or "malformed" in text:
        return StorageError(N_("The database file is damaged or is not a Caseworker database."))
    if "readonly" in text or "read-only" in text:
        return StorageError(N_("The database is read-only: nothing was saved."))
    if "password authentication failed" in text or "no password supplied" in text \
            or ("role" in text and "does not exist" in text):
        # The server answered: it is reachable, it refused these credentials.
        return StorageError(N_("The database server refused the user name or password in the database URL."))
    if "database" in text and "does not exist" in text:
        return StorageError(N_("The database server has no database of that name."))
    if "could not connect" in text or "connection" in text:
        return StorageError(N_("The database server could not be reached."))
    if "disk i/o error" in text:
        return StorageError(N_("The disk holding the database could not be read or written (disk I/O "
                               "error): nothing was saved. Check the disk or network drive and try again."))
    return StorageError(N_("The database reported a problem: {detail}"), detail=str(exc.orig))


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False
