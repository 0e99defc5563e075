"""``caseworker db-roles setup|status``: a PostgreSQL server's own roles per staff member.

``setup`` is run by an administrator through the database URL of the owner (the role that runs
migrations, which needs CREATEROLE); it is idempotent. From then on every laptop connects, after
sign-in, as the signed-in person's own role.
"""

from __future__ import annotations

import argparse

from caseworker.cli.main import (
    ExitCode,
    UsageError,
    add_db_argument,
    add_user_argument,
    read_password,
    signed_in,
)


def register(sub: argparse._SubParsersAction) -> None:
    roles = sub.add_parser("db-roles", help="database roles per staff member on a PostgreSQL server "
                           "(an administrator signs in)")
    roles_sub = roles.add_subparsers(dest="db_roles_command", metavar="ACTION", required=True)
    setup = roles_sub.add_parser(
        "setup", help="create or update the groups, grants, row security and every person's login role",
        description="Run with the owner's database URL (the role that runs migrations, with CREATEROLE). "
        "Idempotent: run it again whenever you like; migrations re-grant by themselves.")
    add_db_argument(setup)
    add_user_argument(setup)
    setup.add_argument("--prefix", metavar="PREFIX",
                       help="how every role's name begins (default: cw_ and the database's name)")
    setup.add_argument("--signin-role", metavar="NAME",
                       help="also create (or update) the login role the laptops' URL names, its password "
                            "from CASEWORKER_SIGNIN_PASSWORD or a prompt")
    setup.set_defaults(handler=run_setup)
    status = roles_sub.add_parser("status", help="whether the mode is on, and each person's login role")
    add_db_argument(status)
    add_user_argument(status)
    status.set_defaults(handler=run_status)


def run_setup(args: argparse.Namespace) -> int:
    services = signed_in(args, own_role=False)
    try:
        if services.db.location.is_sqlite:
            raise UsageError("database roles are a PostgreSQL server's; give --db postgresql://OWNER@HOST/DB")
        signin_password = None
        if args.signin_role:
            signin_password = read_password(f"Password for the sign-in role {args.signin_role}: ",
                                            env="CASEWORKER_SIGNIN_PASSWORD")
        status, _changes = services.db_roles.set_up(args.prefix, signin_role=args.signin_role,
                                                    signin_password=signin_password)
    finally:
        services.db.dispose()
    print(f"database roles are on: groups {status.prefix}_casework, {status.prefix}_stewardship, "
          f"{status.prefix}_shared, {status.prefix}_manage and {status.prefix}_admin; "
          f"{len(status.logins)} login roles")
    if args.signin_role:
        print(f"the laptops' URL names {args.signin_role} (a member of {status.prefix}_signin only: it reads "
              "no client or donor)")
    else:
        print(f"the laptops' URL should name a role of the group {status.prefix}_signin (it reads no client or "
              "donor): add --signin-role NAME")
    _print_logins(status.logins)
    waiting = [login.username for login in status.logins if login.needs_password]
    if waiting:
        print("these people's roles have no password yet: each signs in once through this (the owner's) "
              "URL, or an administrator resets their password: " + ", ".join(waiting))
    return ExitCode.OK


def run_status(args: argparse.Namespace) -> int:
    services = signed_in(args, own_role=False)
    try:
        status = services.db_roles.status()
    finally:
        services.db.dispose()
    if not status.on:
        print("database roles are off: every laptop connects as the role in its URL")
        return ExitCode.OK
    print(f"database roles are on (prefix {status.prefix})")
    _print_logins(status.logins)
    return ExitCode.OK


def _print_logins(logins) -> None:
    for login in logins:
        state = "can log in" if login.active else "NOLOGIN (deactivated)"
        if login.needs_password:
            state = "no password yet"
        print(f"  {login.username:<20} {login.role_name:<40} {state}")
