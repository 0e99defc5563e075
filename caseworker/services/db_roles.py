"""Database roles on a PostgreSQL server: setting them up and saying who has one.

An administrator signs in through a database URL whose role may create roles (the owner that runs
migrations); ``set_up`` then creates the domain groups, grants every table by its trust domain,
puts row-level security on the tables that hold both domains, and gives every account its login
role, in one transaction with its audit entry. It is idempotent: run it again after changing
the map of trust domains (migrations re-grant by themselves once the mode is on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from caseworker.db import db_roles
from caseworker.db.models import DbRoleSettings, User
from caseworker.db.notices import changes_so_far, notice
from caseworker.domain.errors import RuleViolation
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services import audit, passwords
from caseworker.services.base import Service


@dataclass(frozen=True)
class LoginRole:
    username: str
    role_name: str
    active: bool
    password_set_at: datetime | None

    @property
    def needs_password(self) -> bool:
        """The app has never held this person's password since their role was made: until they sign
        in through the owner's URL, or an administrator resets it, their role cannot log in."""
        return self.active and self.password_set_at is None


@dataclass(frozen=True)
class DbRolesStatus:
    prefix: str | None
    logins: tuple[LoginRole, ...]

    @property
    def on(self) -> bool:
        return self.prefix is not None


class DbRoleService(Service):
    def status(self) -> DbRolesStatus:
        self.require(Action.MANAGE_USERS)
        with self.db.read() as s:
            conn = s.connection()
            prefix = db_roles.mode_prefix(conn)
            logins = db_roles.login_states(conn) if prefix is not None else []
        return DbRolesStatus(prefix, _logins(logins))

    def set_up(self, prefix: str | None = None, *, signin_role: str | None = None,
               signin_password: str | None = None) -> tuple[DbRolesStatus, Changes]:
        """Turn the mode on (or bring it up to date): groups, grants, row security, every login role;
        with *signin_role*, also the login role the laptops' URL names, with *signin_password*."""
        self.require(Action.MANAGE_USERS)
        if signin_role is not None:
            db_roles.check_role_name(signin_role, "signin_role")
            passwords.check_new_password(signin_password or "", "signin_password")
        if self.db.location.is_sqlite:
            raise RuleViolation(N_("Database roles are a database server's: an SQLite file is protected by its "
                                   "encryption instead."))
        with self.db.transaction("Set up database roles") as s:
            conn = s.connection()
            db_roles.serialise(conn)  # before reading any table (see db_roles.roles_first)
            db_roles.require_owner(conn)
            current = db_roles.mode_prefix(conn)
            if current is not None and prefix is not None and prefix != current:
                raise RuleViolation(N_("This database's roles already start with '{current}'; they keep that "
                                       "prefix."), current=current)
            chosen = db_roles.check_prefix(current or prefix or db_roles.default_prefix(conn))
            if current is None:
                s.add(DbRoleSettings(prefix=chosen, set_up_by_id=self.actor.user_id))
                s.flush()
            db_roles.apply_grants(conn, chosen)
            users = s.scalars(select(User).order_by(User.id)).all()
            for user in users:
                db_roles.sync_login(conn, chosen, user.id, user.username,
                                    frozenset(Role(r) for r in user.role_names), user.active)
            changes: dict[str, object] = {"database roles": [current, chosen], "login roles": [None, len(users)]}
            if signin_role is not None:
                db_roles.sync_signin_role(conn, chosen, signin_role, signin_password or "")
                changes["sign-in role"] = [None, signin_role]
            audit.record(s, self.actor, kind="update", record_type="database", record_id=None, changes=changes)
            logins = db_roles.login_states(conn)
            # Login roles live outside the tables: the accounts' list learns of them from here.
            notice(s, ChangeKind.USER, *(u.id for u in users))
            noticed = changes_so_far(s)
        return DbRolesStatus(chosen, _logins(logins)), noticed


def _logins(rows: list[db_roles.LoginState]) -> tuple[LoginRole, ...]:
    return tuple(LoginRole(row.username, row.role_name, row.active, row.password_set_at) for row in rows)
