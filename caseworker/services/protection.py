"""Protecting the database itself: backups, restores and (on an encrypted file) key rotation.

Each is a manager's or an administrator's act, refused in the service whatever door it comes
through (the window, the command line), and written to the audit log.
"""

from __future__ import annotations

from pathlib import Path

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
