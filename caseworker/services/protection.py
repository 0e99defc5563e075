"""Protecting the database itself: backups, restores and (on an encrypted file) key rotation.

Each is a manager's or an administrator's act, refused in the service whatever door it comes
through (the window, the command line), and written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.models import User
from caseworker.db.rotate import Progress, Rotation
from caseworker.domain.errors import RuleViolation
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action, require
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


    def rotate_keys(self, progress: Progress | None = None) -> Rotation:
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
            keep = set(s.scalars(select(User.username).where(User.active.is_(True))))
        from caseworker.db.keystore import KeyStore

        assert self.db.location.path is not None
        if self.actor.username in KeyStore.for_database(self.db.location.path).legacy_users():
            # The new key could not reach the person rotating: they would lock themselves out.
            raise RuleViolation(N_("Your key entry is from an older version: sign out and sign in again, "
                                   "then rotate the keys."))
        result = rotate_database_key(self.db, keep, progress)
        with self.db.transaction("Rotate the database key") as s:
            audit.record(s, self.actor, kind="rotate keys", record_type="database", record_id=None,
                         changes={"users": [None, result.users],
                                  "need a new password": [None, result.without_key]})
        return result


def require_restorer(copy: Path, key: bytes | None, username: str, password: str) -> None:
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
    import time

    from caseworker.db.backup import list_backups
    from caseworker.db.encrypt import encrypt_file
    from caseworker.db.keystore import KeyStore, keystore_path, make_wrap, new_key
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
    key = new_key()
    store = KeyStore(keystore_path(location.path), {actor.username: [make_wrap(password, key)]}, None)
    done = encrypt_file(location.path, key, keep_plain_copy=keep_plain_copy, before_replace=store.save)
    encrypted = Database(location, key=key)
    try:
        with encrypted.transaction("Encrypt the database") as s:
            audit.record(s, actor, kind="encrypt", record_type="database", record_id=None,
                         changes={"encrypted": [False, True], "rows compared": [None, done.rows]})
    finally:
        encrypted.dispose()
    plain = [p for p in list_backups(location.path) if p.stat().st_mtime_ns < started_ns]
    return EncryptResult(done.tables, done.rows, sorted(others), plain)


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
