"""Protecting a database file: encrypting a plain one, and restoring the newest good backup."""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from caseworker.cli.main import (
    ExitCode,
    UsageError,
    add_db_argument,
    add_user_argument,
    database_location,
    read_password,
)

if TYPE_CHECKING:
    from caseworker.db.location import DatabaseLocation


def register(sub: argparse._SubParsersAction) -> None:
    for name in ("encrypt", "convert-to-encrypted"):
        encrypt = sub.add_parser(name, help="encrypt a plain SQLite database (an administrator "
                                 "signs in; every record is kept)")
        add_db_argument(encrypt)
        add_user_argument(encrypt)
        encrypt.add_argument("--keep-plain-copy", metavar="FILE",
                             help="also keep the unencrypted original under this name")
        encrypt.set_defaults(handler=run_encrypt)

    restore = sub.add_parser("restore-backup", help="replace a damaged database with a backup (a manager "
                             "signs in)")
    add_db_argument(restore)
    add_user_argument(restore)
    restore.add_argument("--from", dest="source", metavar="FILE",
                         help="the backup to restore (default: the newest one that passes its check)")
    restore.set_defaults(handler=run_restore)


def run_encrypt(args: argparse.Namespace) -> int:
    from caseworker.db.backup import list_backups
    from caseworker.db.location import DatabaseLocation, Protection, protection_of
    location = DatabaseLocation.parse(database_location(args))
    state = protection_of(location)
    if state is Protection.SERVER:
        raise UsageError("a database server is protected by its own disk encryption and TLS "
                         "(see the README); only SQLite files are encrypted here")
    if state is Protection.NEW:
        raise UsageError(f"{location.display()} does not exist")
    if state is Protection.ENCRYPTED:
        print(f"{location.display()} is already encrypted")
        return ExitCode.OK
    if not args.user:
        raise UsageError("an administrator signs in to encrypt: give --user NAME")
    keep = Path(args.keep_plain_copy) if args.keep_plain_copy else None
    result = encrypt_plain_database(location, args.user, read_password(), keep_plain_copy=keep)
    print(f"encrypted {location.display()}: {result.rows} rows in {result.tables} tables, "
          "all compared with the original")
    print(f"'{args.user}' can sign in with the same password")
    if result.users_without_key:
        print("these users need a new password from an administrator before they can sign in: "
              + ", ".join(result.users_without_key))
    if keep is not None:
        print(f"the unencrypted original is kept at {keep}: delete it when no longer needed")
    plain_backups = [p for p in list_backups(location.path) if p.stat().st_mtime_ns < result.started_ns]
    if plain_backups:
        print(f"{len(plain_backups)} older backups in {plain_backups[0].parent} are not encrypted: "
              "delete them once a new backup has been taken")
    return ExitCode.OK


@dataclass(frozen=True)
class EncryptResult:
    tables: int
    rows: int
    users_without_key: list[str]
    started_ns: int


def encrypt_plain_database(location: DatabaseLocation, username: str, password: str, *,
                           keep_plain_copy: Path | None = None) -> EncryptResult:
    """An administrator's sign-in, then the conversion; their password unlocks the new file.

    Other users' passwords are not known here, so each needs a new one from an administrator
    (which wraps the key for them) before they can sign in.
    """
    from sqlalchemy import select

    from caseworker.db.database import Database
    from caseworker.db.encrypt import encrypt_file
    from caseworker.db.keystore import KeyStore, keystore_path, make_wrap, new_key
    from caseworker.db.models import User
    from caseworker.domain.permissions import Action
    from caseworker.services.accounts import AuthService

    started_ns = time.time_ns()
    db = Database(location)
    try:
        actor = AuthService(db).sign_in(username, password)
        if not actor.can(Action.MANAGE_USERS):
            raise UsageError("only an administrator can encrypt the database")
        with db.read() as s:
            others = [u for u in s.scalars(select(User.username).where(User.active.is_(True)))
                      if u != actor.username]
    finally:
        db.dispose()
    assert location.path is not None
    key = new_key()
    store = KeyStore(keystore_path(location.path), {actor.username: [make_wrap(password, key)]}, None)
    done = encrypt_file(location.path, key, keep_plain_copy=keep_plain_copy, before_replace=store.save)
    return EncryptResult(done.tables, done.rows, sorted(others), started_ns)


def run_restore(args: argparse.Namespace) -> int:
    """A manager's sign-in, checked against the live key file and against the backup itself."""
    from caseworker.cli.main import command_credentials
    from caseworker.db.backup import list_backups, restore_backup
    from caseworker.db.keystore import KeyStore, keystore_path
    from caseworker.db.location import DatabaseLocation
    from caseworker.services.protection import require_restorer

    location = DatabaseLocation.parse(database_location(args))
    if location.path is None:
        raise UsageError("restore a database server with its own tools (pg_restore)")
    if not args.user:
        raise UsageError("a manager signs in to restore a backup: give --user NAME")
    if args.source:
        source = Path(args.source)
        if not source.exists():
            raise UsageError(f"{source} does not exist")
        candidates = [source]
    else:
        candidates = list_backups(location.path)
        if not candidates:
            raise UsageError(f"there is no backup of {location.display()} in {location.path.parent / 'backups'}")
    username, password = command_credentials(args)
    if keystore_path(location.path).exists():
        # Only someone who can open the database today may replace it.
        store = KeyStore.for_database(location.path)
        store.unlock(username, password)
    from caseworker.db.backup import BackupRefused

    refusals: list[str] = []
    for candidate in candidates:
        try:
            kept = restore_backup(candidate, location.path, credentials=lambda: (username, password),
                                  verify=lambda copy, key: require_restorer(copy, key, username, password))
        except BackupRefused as exc:
            if args.source:
                raise
            refusals.append(exc.text())  # an older backup may still be good
            continue
        print(f"restored {candidate} as {location.display()}; the replaced file is kept as {kept}")
        print("sign in with the passwords that were valid when the backup was taken")
        return ExitCode.OK
    raise UsageError("no backup passed its check: " + refusals[0] if refusals else "no backup passed its check")
