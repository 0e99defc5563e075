"""Protecting the database itself: backups, restores and (on an encrypted file) key rotation.

Each is a manager's or an administrator's act, refused in the service whatever door it comes
through (the window, the command line), and written to the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from caseworker.db.database import Database
from caseworker.db.layout import FileKeys
from caseworker.db.location import DatabaseLocation
from caseworker.db.models import User
from caseworker.db.rotate import Progress, Rotation
from caseworker.db.trust_domains import TrustDomain, readable_domains
from caseworker.domain.errors import RuleViolation
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action, require
from caseworker.domain.records import Actor
from caseworker.services import audit
from caseworker.services.base import Service

if TYPE_CHECKING:
    from caseworker.db.check import CheckReport


class ProtectionService(Service):
    def back_up(self, target: Path) -> Path:
        """An online backup of the database file at *target* (with its key file beside it)."""
        from caseworker.db.backup import backup_sqlite

        self.require(Action.BACKUP_DATABASE)
        written = backup_sqlite(self.db, Path(target))
        with self.db.transaction("Back up the database") as s:
            audit.record(s, self.actor, kind="backup", record_type="database", record_id=None,
                         changes={"file": [None, written.name]})
        return written


    def split_by_domain(self, progress: Progress | None = None) -> SplitResult:
        """Give casework and stewardship a file and a key of their own (see :func:`split_open_database`)."""
        self.require(Action.MANAGE_USERS)
        return split_open_database(self.db, self.actor, progress)

    def rotate_keys(self, progress: Progress | None = None, *,
                    domains: Iterable[TrustDomain] | None = None) -> Rotation:
        """Re-encrypt the file with a new key that only the active accounts' entries reach.

        A leaver's old key file and password then unlock only the old key, which opens nothing
        written before or after (backups taken earlier keep the key of their time). Accounts with
        entries from before key rotation existed are listed: they need a password reset.
        """
        from caseworker.db.rotate import rotate_database_key

        self.require(Action.MANAGE_USERS)
        if not self.db.encrypted:
            raise RuleViolation(N_("Only an encrypted database file has keys to rotate."))
        with self.db.read() as s:
            keep = {user.username: readable_domains(user.role_names)
                    for user in s.scalars(select(User).where(User.active.is_(True)))}
        from caseworker.db.keystore import KeyStore

        assert self.db.location.path is not None
        if self.actor.username in KeyStore.for_database(self.db.location.path).legacy_users():
            # The new key could not reach the person rotating: they would lock themselves out.
            raise RuleViolation(N_("Your key entry is from an older version: sign out and sign in again, "
                                   "then rotate the keys."))
        result = rotate_database_key(self.db, keep, progress, domains=domains)
        with self.db.transaction("Rotate the database key") as s:
            audit.record(s, self.actor, kind="rotate keys", record_type="database", record_id=None,
                         changes={"users": [None, result.users],
                                  "need a new password": [None, result.without_key]})
        return result


def require_restorer(copy: Path, key: FileKeys | None, username: str, password: str) -> None:
    """The person restoring *copy* (a backup about to replace the database) may back up and restore.

    They sign in against the backup itself, as it will be once restored: an account that is not a
    manager or administrator there, or is deactivated there, cannot put it in place.
    """
    from caseworker.services.accounts import AuthService

    db = Database(DatabaseLocation(file=copy), key=key)
    try:
        actor = AuthService(db).sign_in(username, password)
        require(actor.roles, Action.BACKUP_DATABASE)
        with db.transaction("Restore the database from a backup") as s:
            audit.record(s, actor, kind="restore", record_type="database", record_id=None)
    finally:
        db.dispose()


@dataclass(frozen=True)
class EncryptResult:
    tables: int
    rows: int
    #: Active colleagues whose passwords are not known here: each needs a new one from an administrator.
    users_without_key: list[str]
    #: Backups taken before the conversion are plain: the command names them for deletion.
    plain_backups: list[Path]


def encrypt_plain_database(location: DatabaseLocation, username: str, password: str, *,
                           keep_plain_copy: Path | None = None) -> EncryptResult:
    """An administrator's sign-in, then the conversion; their password unlocks the new file.

    Other users' passwords are not known here, so each needs a new one from an administrator
    (which wraps the key for them) before they can sign in. The conversion is written to the audit
    log of the encrypted file.
    """
    import shutil
    import time

    from caseworker.db.backup import list_backups
    from caseworker.db.keystore import KeyStore, keystore_path, make_wrap, new_key
    from caseworker.db.layout import PART_DOMAINS
    from caseworker.db.split import split_file
    from caseworker.services.accounts import AuthService

    started_ns = time.time_ns()
    db = Database(location)
    try:
        actor = AuthService(db).sign_in(username, password)
        require(actor.roles, Action.MANAGE_USERS)
        with db.read() as s:
            others = [u for u in s.scalars(select(User.username).where(User.active.is_(True)))
                      if u != actor.username]
    finally:
        db.dispose()
    assert location.path is not None
    keys = FileKeys(new_key(), {d: new_key() for d in PART_DOMAINS}, split=True)
    store = KeyStore(keystore_path(location.path),
                     {actor.username: [make_wrap(password, keys, domains=readable_domains(actor.roles))]},
                     None, split=True)
    if keep_plain_copy is not None:
        shutil.copyfile(location.path, keep_plain_copy)
    def key_file(pending: Path) -> None:
        store.path = pending
        store.save()

    done = split_file(location.path, None, keys, key_file=key_file)
    encrypted = Database(location, key=keys)
    try:
        with encrypted.transaction("Encrypt the database") as s:
            audit.record(s, actor, kind="encrypt", record_type="database", record_id=None,
                         changes={"encrypted": [False, True], "rows compared": [None, done.rows]})
    finally:
        encrypted.dispose()
    plain = [p for p in list_backups(location.path) if p.stat().st_mtime_ns < started_ns]
    return EncryptResult(done.tables, done.rows, sorted(others), plain)


def keeps_domains_apart(location: DatabaseLocation) -> bool:
    """Whether the encrypted file at *location* keeps each trust domain in a file of its own."""
    from caseworker.db.keystore import KeyStore

    assert location.path is not None
    return KeyStore.for_database(location.path).split


@dataclass(frozen=True)
class SplitResult:
    tables: int
    rows: int
    #: Accounts that keep their password (their entries now reach only their roles' files).
    users: int
    #: Active colleagues whose entries predate key rotation: each needs a new password.
    users_without_key: list[str]


def split_single_key_database(location: DatabaseLocation, username: str, password: str,
                              progress: Progress | None = None) -> SplitResult:
    """Rewrite an encrypted file whose one key every password reached as one file per trust domain
    (``caseworker encrypt``): an administrator signs in, then :func:`split_open_database`."""
    from caseworker.db.open import unlock_key
    from caseworker.services.accounts import AuthService

    assert location.path is not None
    old = unlock_key(location, username, password)
    if old.split:
        raise RuleViolation(N_("This database already keeps each kind of record in its own file."))
    db = Database(location, key=old)
    try:
        actor = AuthService(db).sign_in(username, password)
        require(actor.roles, Action.MANAGE_USERS)
        return split_open_database(db, actor, progress)
    finally:
        db.dispose()


def split_open_database(db: Database, actor: Actor, progress: Progress | None = None) -> SplitResult:
    """Rewrite *db*, open with its one key, as one file per trust domain, and go on with the new keys.

    Every file gets a new key, and each active account's entry is resealed (to its public half: no
    password is needed) with the keys of what its roles read, so everyone keeps their password and
    a fundraiser's no longer reaches any client. Deactivated accounts' entries are dropped; entries
    too old to have a public half are listed for a password reset. Everyone else closes the file
    first. The old single file is replaced once the new ones are checked.
    """
    from caseworker.db.keystore import KeyStore, Sealed, editing, keystore_path, new_key
    from caseworker.db.layout import PART_DOMAINS
    from caseworker.db.split import split_file

    require(actor.roles, Action.MANAGE_USERS)
    location = db.location
    if location.path is None or db.keys is None:
        raise RuleViolation(N_("Only an encrypted database file has keys to give each kind of record."))
    if db.keys.split:
        raise RuleViolation(N_("This database already keeps each kind of record in its own file."))
    with db.read() as s:
        readers = {u.username: readable_domains(u.role_names)
                   for u in s.scalars(select(User).where(User.active.is_(True)))}
    old = db.keys
    keys = FileKeys(new_key(), {d: new_key() for d in PART_DOMAINS}, split=True)
    path = keystore_path(location.path)
    without: list[str] = []

    def key_file(pending: Path) -> None:
        store = KeyStore.load(path)
        users = {}
        for name, wraps in store.users.items():
            if name not in readers:
                continue
            kept = []
            for wrap in wraps:
                if wrap.public is None:
                    continue
                wrap.sealed, wrap.sealed_next = Sealed.seal(keys.main, wrap.public), None
                wrap.domains = {d.value: Sealed.seal(keys.domains[d], wrap.public)
                                for d in PART_DOMAINS if d in readers[name]}
                wrap.domains_next = {}
                kept.append(wrap)
            if kept:
                users[name] = kept
            else:
                without.append(name)
        store.users, store.unclaimed, store.unclaimed_domains = users, None, {}
        store.split, store.database_salt = True, None
        store.path = pending
        store.save()

    db.engine.dispose()  # this window's own connections would hold the file open
    done = split_file(location.path, old.main, keys, key_file=key_file, progress=progress)
    with editing(path) as store:
        store.bind_to(location.path)
    db.replace_key(keys)
    with db.transaction("Split the database by trust domain") as s:
        audit.record(s, actor, kind="split", record_type="database", record_id=None,
                     changes={"files": [1, len(done.files)], "rows compared": [None, done.rows],
                              "need a new password": [None, sorted(without)]})
    return SplitResult(done.tables, done.rows, len(readers) - len(without), sorted(without))


def restore_newest_good_backup(location: DatabaseLocation, username: str, password: str,
                               source: Path | None = None) -> tuple[Path, Path]:
    """Put *source* (or the newest backup that passes its check) in place of the database.

    The restorer must open today's key file with their password (only someone who can open the
    database today may replace it) and be a manager in the backup itself (:func:`require_restorer`).
    Returns the backup restored and where the replaced file is kept. Raises ``BackupRefused`` when
    *source* is refused, :class:`RuleViolation` when no backup passes.
    """
    from caseworker.db.backup import BackupRefused, list_backups, restore_backup
    from caseworker.db.keystore import KeyStore, keystore_path

    assert location.path is not None
    candidates = [source] if source is not None else list_backups(location.path)
    if not candidates:
        raise RuleViolation(N_("There is no backup of {database} in {folder}."),
                            database=location.display(), folder=str(location.path.parent / "backups"))
    if keystore_path(location.path).exists():
        KeyStore.for_database(location.path).unlock(username, password)
    refusals: list[str] = []
    for candidate in candidates:
        try:
            kept = restore_backup(candidate, location.path, credentials=lambda: (username, password),
                                  verify=lambda copy, key: require_restorer(copy, key, username, password))
        except BackupRefused as exc:
            if source is not None:
                raise
            refusals.append(exc.text())  # an older backup may still be good
            continue
        return candidate, kept
    raise RuleViolation(N_("No backup passed its check: {reason}"), reason=refusals[0])


def check_office(location: DatabaseLocation, *, thorough: bool = True) -> CheckReport:
    """The database's health: its integrity, its schema and its key file (``caseworker check``).

    Opening an encrypted file asks for a password, so only staff who can open it learn anything;
    the report names tables and problems, never a record's contents."""
    from caseworker.db.check import check_database

    db = Database(location)
    try:
        return check_database(db, thorough=thorough)
    finally:
        db.dispose()
