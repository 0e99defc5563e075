"""Protecting a database file: encrypting a plain one, and restoring the newest good backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseworker.cli.main import (
    ExitCode,
    UsageError,
    add_db_argument,
    add_user_argument,
    database_location,
    read_password,
)


def register(sub: argparse._SubParsersAction) -> None:
    for name in ("encrypt", "convert-to-encrypted"):
        encrypt = sub.add_parser(name, help="encrypt a plain SQLite database, or give an encrypted one a file "
                                 "and a key per trust domain (an administrator signs in; every record is kept)")
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
    from caseworker.services.opening import DatabaseLocation, Protection, protection_of
    from caseworker.services.protection import encrypt_plain_database, keeps_domains_apart

    location = DatabaseLocation.parse(database_location(args))
    state = protection_of(location)
    if state is Protection.SERVER:
        raise UsageError("a database server is protected by its own disk encryption and TLS "
                         "(see the README); only SQLite files are encrypted here")
    if state is Protection.NEW:
        raise UsageError(f"{location.display()} does not exist")
    if state is Protection.ENCRYPTED and keeps_domains_apart(location):
        print(f"{location.display()} is already encrypted, each kind of record in its own file")
        return ExitCode.OK
    if not args.user:
        raise UsageError("an administrator signs in to encrypt: give --user NAME")
    if state is Protection.ENCRYPTED:
        return _split(location, args.user)
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
    if result.plain_backups:
        print(f"{len(result.plain_backups)} older backups in {result.plain_backups[0].parent} are not encrypted: "
              "delete them once a new backup has been taken")
    return ExitCode.OK


def _split(location: Any, user: str) -> int:
    from caseworker.cli.admin_cmd import _RekeyProgress
    from caseworker.services.protection import split_single_key_database

    progress = _RekeyProgress("copying into the files")
    try:
        result = split_single_key_database(location, user, read_password(), progress)
    finally:
        progress.close()
    print(f"{location.display()} now keeps casework and stewardship in files of their own, each with its own key: "
          f"{result.rows} rows in {result.tables} tables, all compared with the original")
    print(f"{result.users} accounts keep their passwords; each now opens only what its roles read")
    if result.users_without_key:
        print("these users need a new password from an administrator before they can sign in: "
              + ", ".join(result.users_without_key))
    print("backups taken before today still open with the old key and every password of their time: "
          "delete them once a new backup has been taken")
    return ExitCode.OK


def run_restore(args: argparse.Namespace) -> int:
    """A manager's sign-in, checked against the live key file and against the backup itself."""
    from caseworker.cli.main import command_credentials
    from caseworker.services.opening import DatabaseLocation
    from caseworker.services.protection import restore_newest_good_backup

    location = DatabaseLocation.parse(database_location(args))
    if location.path is None:
        raise UsageError("restore a database server with its own tools (pg_restore)")
    if not args.user:
        raise UsageError("a manager signs in to restore a backup: give --user NAME")
    source = Path(args.source) if args.source else None
    if source is not None and not source.exists():
        raise UsageError(f"{source} does not exist")
    username, password = command_credentials(args)
    restored, kept = restore_newest_good_backup(location, username, password, source)
    print(f"restored {restored} as {location.display()}; the replaced file is kept as {kept}")
    print("sign in with the passwords that were valid when the backup was taken")
    return ExitCode.OK
