"""Administration: check, backup, and user accounts."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseworker.cli.main import (
    ExitCode,
    UsageError,
    add_db_argument,
    add_user_argument,
    open_or_create_db,
    read_password,
    signed_in,
)
from caseworker.domain.permissions import Role


def register(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser("check", help="check a database's integrity and migration state")
    add_db_argument(check)
    add_user_argument(check)
    check.add_argument("--quick", action="store_true", help="quick_check instead of integrity_check")
    check.set_defaults(handler=run_check)

    backup = sub.add_parser("backup", help="take an online backup of an SQLite database (a manager signs in)")
    add_db_argument(backup)
    add_user_argument(backup)
    backup.add_argument("--out", required=True, metavar="FILE", help="the backup file to write")
    backup.set_defaults(handler=run_backup)

    user = sub.add_parser("user", help="manage staff accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", help="add a user (the first one becomes the administrator)")
    add_db_argument(add)
    add_user_argument(add)
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the person's name as shown in the app")
    add.add_argument("--role", action="append", choices=[r.value for r in Role], default=[],
                     help="a role (repeat for several)")
    add.add_argument("--email", default="")
    add.set_defaults(handler=run_user_add)
    lst = user_sub.add_parser("list", help="list users")
    add_db_argument(lst)
    add_user_argument(lst)
    lst.set_defaults(handler=run_user_list)
    deactivate = user_sub.add_parser(
        "deactivate", help="deactivate an account; an encrypted file is then re-keyed so the leaver's old "
        "key file opens nothing")
    add_db_argument(deactivate)
    add_user_argument(deactivate)
    deactivate.add_argument("username", help="the account to deactivate")
    deactivate.add_argument("--reason", default="", help="why (kept in the audit log)")
    deactivate.set_defaults(handler=run_user_deactivate)

    keys = sub.add_parser("keys", help="the encrypted file's key")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    rotate = keys_sub.add_parser("rotate", help="re-encrypt the file with a new key for the active accounts only "
                                 "(an administrator signs in; everyone else closes the file first)")
    add_db_argument(rotate)
    add_user_argument(rotate)
    rotate.set_defaults(handler=run_keys_rotate)


def run_check(args: argparse.Namespace) -> int:
    from caseworker.cli.main import database_location
    from caseworker.services.opening import DatabaseLocation
    from caseworker.services.protection import check_office

    location = DatabaseLocation.parse(database_location(args))
    if location.path is not None and not location.path.exists():
        raise UsageError(f"{location.path} does not exist")
    report = check_office(location, thorough=not args.quick)
    for note in report.notes:
        print(f"ok: {note}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    return ExitCode.OK if report.ok else ExitCode.PROBLEM


def run_backup(args: argparse.Namespace) -> int:
    from caseworker.cli.main import database_files
    from caseworker.outputs import check_output

    check_output(args.out, databases=database_files(args))  # before asking for a password
    services = signed_in(args)
    try:
        target = services.protection.back_up(Path(args.out))
    finally:
        services.db.dispose()
    print(f"backup written to {target}")
    return ExitCode.OK


def run_user_add(args: argparse.Namespace) -> int:
    from caseworker.cli.main import database_location
    from caseworker.services.accounts import AuthService, UserDraft
    from caseworker.services.demo_database import remove_database_files
    from caseworker.services.opening import DatabaseLocation, Protection, protection_of

    roles = frozenset(Role(r) for r in args.role)
    location = DatabaseLocation.parse(database_location(args))
    new = location.path is not None and protection_of(location) is Protection.NEW
    # Asked before a new database is made, so a missing password leaves nothing behind.
    password = read_password("New user's password: ", env="CASEWORKER_NEW_PASSWORD") if new else None
    db = open_or_create_db(args)
    try:
        auth = AuthService(db)
        if not auth.has_users():
            if password is None:
                password = read_password("New user's password: ", env="CASEWORKER_NEW_PASSWORD")
            try:
                auth.create_first_admin(UserDraft(args.username, args.name, roles, args.email), password)
            except BaseException:
                if new and location.path is not None:
                    db.dispose()
                    remove_database_files(location.path)  # the empty database made for it
                raise
            print(f"created the first administrator '{args.username}'")
            return ExitCode.OK
    finally:
        db.dispose()
    services = signed_in(args)
    try:
        password = read_password("New user's password: ", env="CASEWORKER_NEW_PASSWORD")
        user, _ = services.accounts.add_user(UserDraft(args.username, args.name, roles, args.email), password)
    finally:
        services.db.dispose()
    print(f"added user '{user.username}' ({', '.join(sorted(user.roles))})")
    return ExitCode.OK


def run_user_list(args: argparse.Namespace) -> int:
    services = signed_in(args)
    for u in services.accounts.list_users():
        state = "" if u.active else "  (inactive)"
        print(f"{u.username:<20} {u.display_name:<30} {','.join(sorted(u.roles))}{state}")
    return ExitCode.OK


def run_user_deactivate(args: argparse.Namespace) -> int:
    services = signed_in(args)
    try:
        match = [u for u in services.accounts.list_users() if u.username == args.username.strip().lower()]
        if not match:
            raise UsageError(f"there is no user '{args.username}'")
        progress = _RekeyProgress()
        try:
            services.accounts.set_active(match[0].id, False, reason=args.reason, progress=progress)
        finally:
            progress.close()
    finally:
        services.db.dispose()
    print(f"deactivated '{match[0].username}'")
    if services.db.encrypted:
        print("the database was re-keyed: their password and any copy of the old key file open nothing")
    return ExitCode.OK


def run_keys_rotate(args: argparse.Namespace) -> int:
    services = signed_in(args)
    progress = _RekeyProgress()
    try:
        result = services.protection.rotate_keys(progress)
    finally:
        progress.close()
        services.db.dispose()
    print(f"re-encrypted {result.pages} pages with a new key in {result.seconds:.1f} s; "
          f"{result.users} active accounts can open it")
    if result.without_key:
        print("these users need a new password from an administrator before they can sign in: "
              + ", ".join(result.without_key))
    print("backups taken before now still open with the old key: keep them as safe as before")
    return ExitCode.OK


class _RekeyProgress:
    """Progress on standard error when it is a terminal."""

    def __init__(self, doing: str = "re-encrypting") -> None:
        import sys

        self.stream = sys.stderr
        self.shown = sys.stderr.isatty()
        self.doing = doing

    def __call__(self, done: int, total: int) -> None:
        if self.shown and total:
            print(f"\r{self.doing}: {100 * done // total:3d} %", end="", file=self.stream, flush=True)

    def close(self) -> None:
        if self.shown:
            print(file=self.stream)
