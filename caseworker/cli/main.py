"""The command line: the same services as the window, never Qt.

``caseworker`` alone opens the window; every subcommand runs here and exits with an
:class:`ExitCode`. Problems the user can fix print one clear line (no traceback) and exit 2.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from pathlib import Path

from caseworker import __version__
from caseworker.domain.errors import CaseworkerError


class ExitCode(IntEnum):
    OK = 0
    PROBLEM = 1  # the command ran and found something wrong (e.g. a failed check)
    USAGE = 2  # bad arguments, an unusable database, refused input


class UsageError(Exception):
    """A problem with what the user typed; printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        # argparse's default prints the usage first; a refused argument gets one line, with where to look.
        self.exit(ExitCode.USAGE, f"caseworker: error: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="caseworker", description="Casework, aid, grants, meetings and donor "
                     "stewardship for small nonprofits. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"caseworker {__version__}")
    parser.add_argument("--db", metavar="LOCATION",
                        help="database file path or SQLAlchemy URL (default: the user data folder)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary database (no screen needed); "
                             "exit status 0 when everything works")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _command_modules():
        module.register(sub)
    return parser


def _command_modules() -> list:
    """Each capability's commands live in a ``cli/*_cmd.py`` module with ``register(sub)``, listed
    here in the order ``--help`` shows them. (Each module imports its services only when run.)"""
    from caseworker.cli import (
        admin_cmd,
        care_cmd,
        db_roles_cmd,
        demo_cmd,
        guard_cmd,
        ics_cmd,
        import_cmd,
        mail_cmd,
        minutes_cmd,
        pdf_cmd,
        person_cmd,
        protect_cmd,
        stats_cmd,
        targets_cmd,
    )

    return [admin_cmd, care_cmd, db_roles_cmd, demo_cmd, guard_cmd, ics_cmd, import_cmd, mail_cmd, minutes_cmd, pdf_cmd,
            person_cmd, protect_cmd, stats_cmd, targets_cmd]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.self_test:
        from caseworker.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from caseworker.app import run_window

        return run_window(args.db)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.parse_args([*args_list, "--help"])
        return ExitCode.USAGE
    from caseworker.services.opening import set_unlocker

    previous = set_unlocker(lambda location: _unlock(args, location))
    try:
        return int(handler(args))
    except UsageError as exc:
        return fail(str(exc))
    except CaseworkerError as exc:
        return fail(exc.text())
    except OSError as exc:
        # The file system refused (a full disk, a read-only folder): its cause, in one line.
        from caseworker.outputs import os_error_message

        return fail(os_error_message(exc, Path(exc.filename or "")).text())
    except Exception as exc:
        # A database that cannot be used is the user's to fix, not a bug: say so in one line.
        from caseworker.services.opening import storage_failure

        files = database_files(args)
        failure = storage_failure(exc, files[0].parent if files else None)
        if failure is None:
            raise
        return fail(failure.text())
    except KeyboardInterrupt:
        return fail("interrupted")
    finally:
        set_unlocker(previous)


def fail(message: str) -> int:
    print(f"caseworker: {message}", file=sys.stderr)
    return ExitCode.USAGE


def add_db_argument(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument("--db", metavar="LOCATION", required=required,
                        help="database file path or SQLAlchemy URL")


def add_user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help="act as this user (password from CASEWORKER_PASSWORD or a prompt)")


def database_location(args: argparse.Namespace) -> str:
    if getattr(args, "db", None):
        return args.db
    from caseworker.settings import load_settings

    return load_settings().database_location


def database_files(args: argparse.Namespace) -> list[Path]:
    """The database file the command works on (none for a server), for output checks."""
    from caseworker.services.opening import DatabaseLocation

    try:
        path = DatabaseLocation.parse(database_location(args)).path
    except CaseworkerError:
        return []
    return [path] if path is not None else []


# SQLite and PostgreSQL keep ids in signed 64-bit integers; anything larger names no record.
MAX_ID = 2**63 - 1


def parse_record_id(text: str, what: str = "record") -> int:
    """A record's number as typed: ASCII digits (``#`` allowed), within the database's range."""
    digits = text.strip().lstrip("#")
    # str.isdigit() accepts "²" and other digits int() refuses; only ASCII digits are an id.
    if not digits or not digits.isascii() or not digits.isdigit():
        raise UsageError(f"'{text}' is not a {what} ID (a number)")
    if len(digits) > 19 or not 1 <= int(digits) <= MAX_ID:
        raise UsageError(f"'{text}' is not a {what} ID: no {what} has that number")
    return int(digits)


def record_id(what: str = "record"):
    """``type=`` for an ID argument: refused by argparse, in one line, when it is not one."""
    def parse(text: str) -> int:
        try:
            return parse_record_id(text, what)
        except UsageError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


# The days a period on the command line may cover: wide enough for any real record, narrow enough
# that a day after the last one (and any time zone's midnight) is still a date Python can hold.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)


def cli_date(text: str) -> date:
    """``type=`` for a day argument, YYYY-MM-DD within :data:`FIRST_DAY` .. :data:`LAST_DAY`."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-30") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"'{text}' is outside the dates the app works with "
                                         f"({FIRST_DAY} to {LAST_DAY})")
    return day


def cli_year(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not FIRST_DAY.year <= int(text) <= LAST_DAY.year:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like 2026 "
                                         f"({FIRST_DAY.year} to {LAST_DAY.year})")
    return int(text)


def read_password(prompt: str = "Password: ", env: str = "CASEWORKER_PASSWORD") -> str:
    password = os.environ.get(env)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageError(f"no password: set {env} or run in a terminal to be asked")
    return getpass.getpass(prompt)


def open_db(args: argparse.Namespace):
    """Open the database the command names, migrating it if that is due.

    An encrypted file is unlocked with ``--user`` (or ``CASEWORKER_USER``) and the password,
    asked once per command. A file that is not there is refused: signing in to it would only
    leave a new, empty one behind (see :func:`open_or_create_db`).
    """
    from caseworker.services.opening import DatabaseLocation

    path = DatabaseLocation.parse(database_location(args)).path
    if path is not None and not path.exists():
        raise UsageError(f"{path} does not exist")
    return open_or_create_db(args)


def open_or_create_db(args: argparse.Namespace):
    """As :func:`open_db`, creating a new file (encrypted) when there is none: for the first
    administrator of a new office."""
    from caseworker.services.opening import open_office

    return open_office(database_location(args), credentials=lambda: command_credentials(args))


def signed_in(args: argparse.Namespace, *, own_role: bool = True):
    """Services acting as ``--user``, signed in exactly as in the window."""
    from caseworker.services import opening
    from caseworker.services.container import Services

    if not getattr(args, "user", None):
        raise UsageError("this command acts as a user: give --user NAME")
    db = open_db(args)
    try:
        # The same sign-in as the window's: the password that unlocked the file signs in.
        actor = opening.sign_in(db, database_location(args), args.user, command_credentials(args)[1],
                                unlocked_by_them=True, own_role=own_role)
    except BaseException:
        db.dispose()
        raise
    return Services(db, actor)


def command_credentials(args: argparse.Namespace) -> tuple[str, str]:
    """The user name and password of this command, the password asked for at most once."""
    username = getattr(args, "user", None) or os.environ.get("CASEWORKER_USER", "")
    if not username:
        raise UsageError("the database is encrypted: give --user NAME (or set CASEWORKER_USER) "
                         "and the password")
    cached = getattr(args, "_password", None)
    if cached is None:
        cached = read_password()
        args._password = cached
    return username, cached


def _unlock(args: argparse.Namespace, location) -> bytes:
    """The key of an encrypted file a command opens without :func:`open_db`."""
    from caseworker.services.opening import unlock_key

    username, password = command_credentials(args)
    return unlock_key(location, username, password)


def existing_file(path_text: str) -> Path:
    path = Path(path_text)
    if not path.exists():
        raise UsageError(f"{path} does not exist")
    return path
