"""Opening the office's database and signing in: the one use case the window and the command line
share, so both check the same things in the same order (the location, the key file, the file's
health and migrations, a damaged file's newest good backup, the password) and neither reaches into
storage itself.

The storage types a caller needs to name (where the data lives, an open database, a damaged file)
are re-exported here, so code outside the services speaks to storage through this module alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseworker.db.location import DatabaseLocation, Protection, needs_credentials, protection_of
from caseworker.domain.errors import CaseworkerError
from caseworker.domain.records import Actor

if TYPE_CHECKING:
    from caseworker.db.check import DamagedDatabase
    from caseworker.db.database import Database
    from caseworker.db.layout import FileKeys
    from caseworker.db.open import unlock_key
    from caseworker.db.unlocking import set_unlocker

log = logging.getLogger(__name__)

Credentials = Callable[[], tuple[str, str]]
#: Asked when the file is damaged and a good backup exists: True puts the backup in place.
RestoreWish = Callable[["DamagedDatabase"], bool]


def open_office(location: str | DatabaseLocation, *, credentials: Credentials | None = None,
                restore_if: RestoreWish | None = None) -> Database:
    """Open *location* (unlocking it with *credentials* if it is encrypted), migrating it if due.

    A damaged file is replaced by its newest good backup when *restore_if* agrees; the person
    restoring signs in against the backup too, so only a manager may put it in place, and the
    damaged file is kept beside it.
    """
    from caseworker.db.check import DamagedDatabase
    from caseworker.db.open import open_database

    location = location if isinstance(location, DatabaseLocation) else DatabaseLocation.parse(location)
    try:
        return open_database(location, credentials=credentials)
    except DamagedDatabase as exc:
        if exc.backup is None or location.path is None or restore_if is None or not restore_if(exc):
            raise
        from caseworker.db.backup import restore_backup
        from caseworker.services.protection import require_restorer

        def verify(copy: Path, key: FileKeys | None) -> None:
            assert credentials is not None
            require_restorer(copy, key, *credentials())

        kept = restore_backup(exc.backup, location.path, credentials=credentials,
                              verify=None if credentials is None else verify)
        log.warning("restored a backup over a damaged database; the damaged file is kept as %s", kept)
        return open_database(location, credentials=credentials)


def sign_in(db: Database, location: str | DatabaseLocation, username: str, password: str, *,
            unlocked_by_them: bool = False, own_role: bool = True) -> Actor:
    """Sign *username* in on an open database. On an encrypted file the password must also open
    the user's own entry in the key file, unless that is how the file was just opened
    (*unlocked_by_them*): a second user on a file someone else unlocked proves it again.

    On a server with database roles the person goes on as their own role; only setting the roles
    up (which needs the owner's connection, the one that may grant tables) stays on the URL's role
    (*own_role* False)."""
    from caseworker.db.open import unlock_key
    from caseworker.services.accounts import AuthService

    if db.encrypted and not unlocked_by_them:
        keys = unlock_key(location if isinstance(location, DatabaseLocation) else DatabaseLocation.parse(location),
                          username, password)
        if keys.split and keys != db.keys:
            # Each password opens only its roles' files: the next person after a sign-out goes on
            # with their own keys, not those of whoever opened the file before them.
            db.replace_key(keys)
    if not db.location.is_sqlite:
        # After a sign-out the session may still be the last person's own role: the next one signs
        # in through the role the database was opened with.
        db.back_to_entry()
    actor = AuthService(db).sign_in(username, password)
    if own_role:
        connect_as_own_role(db, actor, password)
    return actor


def connect_as_own_role(db: Database, actor: Actor, password: str) -> None:
    """On a server with database roles, go on as the signed-in person's own role, so the server
    refuses what that role may not read (a fundraiser's query on clients) whatever the app asks."""
    if db.location.is_sqlite:
        return
    from sqlalchemy import text

    from caseworker.db.db_roles import login_role_of

    with db.engine.connect() as conn:
        role = login_role_of(conn, actor.user_id)
        current = conn.execute(text("SELECT current_user")).scalar_one()
    if role is None or role == current:
        if role is None and _mode_on(db):
            from caseworker.domain.errors import StorageError
            from caseworker.domain.i18n import N_

            raise StorageError(N_("This database gives every person a database role, but '{name}' has none "
                                  "yet: an administrator runs 'caseworker db-roles setup'."), name=actor.username)
        return
    db.connect_as(role, password)


def _mode_on(db: Database) -> bool:
    from caseworker.db.db_roles import mode_prefix

    with db.engine.connect() as conn:
        return mode_prefix(conn) is not None


def storage_failure(exc: BaseException, folder: Path | None) -> CaseworkerError | None:
    """What the user should read for a database error that escaped an action (a full disk, a busy
    or damaged file, a refused server), or None when *exc* is not one: then it is a bug."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return None
    from caseworker.db.database import storage_error_for

    return storage_error_for(exc, folder)


def __getattr__(name: str) -> Any:
    # Storage loads only when it is first needed: the sign-in dialog shows before SQLAlchemy does.
    if name == "Database":
        from caseworker.db.database import Database

        return Database
    if name == "DamagedDatabase":
        from caseworker.db.check import DamagedDatabase

        return DamagedDatabase
    if name in ("set_unlocker", "unlock_key"):
        # How a door asks for the password of a file it opens (the prompt is the door's own).
        from caseworker.db import open as storage_open
        from caseworker.db import unlocking

        return getattr(unlocking if name == "set_unlocker" else storage_open, name)
    raise AttributeError(name)


__all__ = ["Credentials", "Database", "DatabaseLocation", "DamagedDatabase", "Protection", "RestoreWish",
           "needs_credentials", "open_office", "protection_of", "set_unlocker", "sign_in", "storage_failure",
           "unlock_key"]
