"""Staff accounts: the first administrator, signing in, and user management."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.database import Database, access_removed, password_set, roles_changed, username_changed
from caseworker.db.db_roles import follow_account, password_at_sign_in, password_writable_here, roles_first
from caseworker.db.models import Team, User, UserRole, UserSpecialty
from caseworker.db.notices import changes_so_far
from caseworker.db.rotate import Progress
from caseworker.db.trust_domains import readable_domains
from caseworker.domain.errors import AuthenticationError, RuleViolation, StorageError, ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import Actor, ChangeKind, Changes, UserSummary
from caseworker.services import audit, passwords
from caseworker.services.base import Service, load_for_update
from caseworker.services.search import like_pattern

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
# After this many wrong passwords in a row, each further attempt waits longer (doubling, capped).
FREE_ATTEMPTS = 3
MAX_LOCKOUT = timedelta(minutes=5)
USER_FIELDS = ("username", "display_name", "active", "team_id", "email")


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, frozenset(Role(r) for r in user.role_names))


def summary_of(user: User) -> UserSummary:
    return UserSummary(
        id=user.id, username=user.username, display_name=user.display_name,
        roles=frozenset(Role(r) for r in user.role_names), active=user.active, team_id=user.team_id,
        email=user.email, specialties=tuple(sorted(s.specialty for s in user.specialties)),
        last_sign_in_at=user.last_sign_in_at, version=user.version,
    )


@dataclass(frozen=True)
class TeamSummary:
    id: int
    name: str


@dataclass(frozen=True)
class UserRow:
    """One line of the users list."""

    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    team: str
    email: str
    active: bool
    last_sign_in_at: datetime | None


# The users list's sort keys, each an SQL expression with the id as the tie-breaker.
USER_SORTS = {
    "display_name": User.display_name,
    "username": User.username,
    "team": Team.name,
    "email": User.email,
    "active": User.active,
    "last_sign_in_at": User.last_sign_in_at,
}


@dataclass(frozen=True)
class UserDraft:
    username: str
    display_name: str
    roles: frozenset[Role]
    email: str = ""
    team_id: int | None = None
    specialties: tuple[str, ...] = ()


def validate_user(draft: UserDraft) -> UserDraft:
    errors: list[ValidationError] = []
    username = draft.username.strip().lower()
    if not USERNAME_RE.match(username):
        errors.append(ValidationError("username", N_(
            "A user name has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.")))
    display = unicodedata.normalize("NFC", draft.display_name.strip())
    if not display:
        errors.append(ValidationError("display_name", N_("Enter the person's name.")))
    elif len(display) > 120 or "\x00" in display:
        errors.append(ValidationError("display_name", N_("A name can have at most 120 characters.")))
    if not draft.roles:
        errors.append(ValidationError("roles", N_("Give the user at least one role.")))
    if errors:
        raise ValidationErrors(errors)
    specialties = tuple(sorted({s.strip().lower() for s in draft.specialties if s.strip()}))
    return UserDraft(username, display, frozenset(draft.roles), draft.email.strip(), draft.team_id,
                     specialties)


class AuthService:
    """Before anyone is signed in: the first administrator and sign-in itself."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def has_users(self) -> bool:
        with self.db.read() as s:
            return (s.scalar(select(func.count(User.id))) or 0) > 0

    def create_first_admin(self, draft: UserDraft, password: str) -> Actor:
        draft = validate_user(UserDraft(draft.username, draft.display_name,
                                        draft.roles | {Role.ADMIN}, draft.email))
        passwords.check_new_password(password)
        with self.db.transaction("Create the first administrator") as s:
            if s.scalar(select(func.count(User.id))):
                raise RuleViolation(N_("This database already has users: sign in instead."))
            user = _new_user(s, draft, password)
            actor = actor_for(user)
            audit.record_created(s, actor, "user", user, USER_FIELDS)
            return actor

    def sign_in(self, username: str, password: str, *, now: datetime | None = None) -> Actor:
        now = now or utcnow()
        username = username.strip().lower()
        with self.db.transaction("Sign in") as s:
            roles_first(s, only_if_managing=True)
            user = s.scalar(select(User).where(User.username == username))
            if user is None:
                # Spend the same effort as a real check so timing does not reveal user names.
                passwords.verify_password(_DUMMY_HASH(), password)
                raise AuthenticationError()
            if user.locked_until is not None and user.locked_until > now:
                wait = math.ceil((user.locked_until - now).total_seconds())
                raise AuthenticationError(
                    N_("Too many wrong passwords: wait {seconds} seconds and try again."), seconds=wait)
            if not passwords.verify_password(user.password_hash, password):
                user.failed_sign_ins += 1
                if user.failed_sign_ins >= FREE_ATTEMPTS:
                    delay = timedelta(seconds=2 ** (user.failed_sign_ins - FREE_ATTEMPTS + 1))
                    user.locked_until = now + min(delay, MAX_LOCKOUT)
                audit.record(s, None, kind="sign-in failed", record_type="user", record_id=user.id,
                             action="Sign in")
                # The failure count must survive the refusal, so commit before raising.
                s.commit()
                raise AuthenticationError()
            if not user.active:
                raise AuthenticationError(N_("This account has been deactivated."))
            # Through the laptops' sign-in role (database roles on a server) the hash waits for a
            # sign-in through a connection that may rewrite it.
            if passwords.needs_rehash(user.password_hash) and password_writable_here(s, user.id):
                user.password_hash = passwords.hash_password(password)
            user.failed_sign_ins = 0
            user.locked_until = None
            user.last_sign_in_at = now
            # Accounts from before the database roles get their role's password here, the first
            # time the app holds it (only where this connection may manage roles).
            password_at_sign_in(s, user.id, user.username, user.role_names, password)
            return actor_for(user)


_dummy: list[str] = []


def _DUMMY_HASH() -> str:  # noqa: N802 - a lazily made constant
    if not _dummy:
        _dummy.append(passwords.hash_password("not a password of anyone"))
    return _dummy[0]


def _new_user(s: Session, draft: UserDraft, password: str) -> User:
    if s.scalar(select(User.id).where(User.username == draft.username)):
        raise ValidationError("username", N_("The user name '{name}' is taken."), name=draft.username)
    user = User(username=draft.username, display_name=draft.display_name, email=draft.email,
                team_id=draft.team_id, password_hash=passwords.hash_password(password))
    user.roles = [UserRole(role=r.value) for r in sorted(draft.roles)]
    user.specialties = [UserSpecialty(specialty=sp) for sp in draft.specialties]
    s.add(user)
    s.flush()
    password_set(s, user.username, password, new_account=True, roles=[r.value for r in draft.roles])
    follow_account(s, user.id, user.username, [r.value for r in draft.roles], True, password=password)
    return user


class AccountService(Service):
    """Admins manage accounts; everyone may change their own password."""

    def list_users(self, *, include_inactive: bool = True) -> list[UserSummary]:
        # Names of colleagues are needed everywhere (assignees, owners), so any role may list them;
        # only admins see inactive accounts.
        stmt = select(User).order_by(User.display_name, User.id)
        if not (include_inactive and self.can(Action.MANAGE_USERS)):
            stmt = stmt.where(User.active.is_(True))
        with self.db.read() as s:
            return [summary_of(u) for u in s.scalars(stmt)]

    def get(self, user_id: int) -> UserSummary:
        if user_id != self.actor.user_id:
            self.require(Action.MANAGE_USERS)
        with self.db.read() as s:
            return summary_of(load_for_update(s, User, user_id, "User", None))

    def list_user_ids(self, query: ListQuery) -> list[int]:
        """The users matching *query*, in its order (filtered and sorted in SQL)."""
        self.require(Action.MANAGE_USERS)
        key = USER_SORTS.get(query.sort, User.display_name)
        order = key.desc() if query.descending else key.asc()
        stmt = select(User.id).outerjoin(Team, Team.id == User.team_id)
        if query.text:
            pattern = like_pattern(query.text)
            stmt = stmt.where(or_(User.display_name.ilike(pattern, escape="\\"),
                                  User.username.ilike(pattern, escape="\\"),
                                  User.email.ilike(pattern, escape="\\")))
        state = query.filter("active")
        if state is not None:
            stmt = stmt.where(User.active.is_(bool(state)))
        role = query.filter("role")
        if role:
            stmt = stmt.where(User.id.in_(select(UserRole.user_id).where(UserRole.role == str(role))))
        stmt = stmt.order_by(order, User.id.desc() if query.descending else User.id.asc())
        with self.db.read() as s:
            return list(s.scalars(stmt))

    def list_user_rows(self, ids: Iterable[int]) -> list[UserRow]:
        self.require(Action.MANAGE_USERS)
        ids = list(ids)
        if not ids:
            return []
        stmt = (select(User, Team.name).outerjoin(Team, Team.id == User.team_id)
                .where(User.id.in_(ids)))
        with self.db.read() as s:
            return [UserRow(u.id, u.username, u.display_name, frozenset(Role(r) for r in u.role_names),
                            team or "", u.email, u.active, u.last_sign_in_at)
                    for u, team in s.execute(stmt)]

    def list_teams(self) -> list[TeamSummary]:
        """Active teams, for choosing a user's team (any role may see the organigram's names)."""
        with self.db.read() as s:
            rows = s.execute(select(Team.id, Team.name).where(Team.active.is_(True)).order_by(Team.name))
            return [TeamSummary(tid, name) for tid, name in rows]

    def add_user(self, draft: UserDraft, password: str) -> tuple[UserSummary, Changes]:
        self.require(Action.MANAGE_USERS)
        draft = validate_user(draft)
        passwords.check_new_password(password)
        with self.db.transaction("Add user") as s:
            roles_first(s)
            user = _new_user(s, draft, password)
            self.stamp(user)
            audit.record_created(s, self.actor, "user", user, USER_FIELDS)
            audit.record(s, self.actor, kind="update", record_type="user", record_id=user.id,
                         changes={"roles": [None, sorted(r.value for r in draft.roles)]})
            return summary_of(user), changes_so_far(s)

    def update_user(self, user_id: int, draft: UserDraft, expected_version: int) -> tuple[UserSummary, Changes]:
        self.require(Action.MANAGE_USERS)
        draft = validate_user(draft)
        with self.db.transaction("Change user") as s:
            roles_first(s)
            user = load_for_update(s, User, user_id, "User", expected_version)
            lost = readable_domains(user.role_names) - readable_domains(r.value for r in draft.roles)
            before = audit.snapshot(user, USER_FIELDS) | {"roles": sorted(user.role_names),
                                                          "specialties": sorted(sp.specialty for sp in user.specialties)}
            if draft.username != user.username and s.scalar(select(User.id).where(User.username == draft.username)):
                raise ValidationError("username", N_("The user name '{name}' is taken."), name=draft.username)
            if user.id == self.actor.user_id and Role.ADMIN not in draft.roles:
                raise RuleViolation(N_("You cannot remove your own administrator role."))
            username_changed(s, user.username, draft.username)
            user.username, user.display_name = draft.username, draft.display_name
            user.email, user.team_id = draft.email, draft.team_id
            _replace_roles(user, draft.roles)
            roles_changed(s, draft.username, [r.value for r in draft.roles])
            _replace_specialties(user, draft.specialties)
            self.stamp(user)
            s.flush()
            follow_account(s, user.id, user.username, [r.value for r in draft.roles], user.active)
            after = audit.snapshot(user, USER_FIELDS) | {"roles": sorted(r.value for r in draft.roles),
                                                         "specialties": list(draft.specialties)}
            audit.record(s, self.actor, kind="update", record_type="user", record_id=user.id,
                         changes=audit.diff(before, after))
            result = summary_of(user), changes_so_far(s)
        if lost and self.db.keys is not None and self.db.keys.split:
            # The person may have kept the keys of what they no longer read: those files change key.
            from caseworker.services.protection import ProtectionService

            try:
                ProtectionService(self.db, self.actor).rotate_keys(domains=lost)
            except StorageError as exc:
                raise StorageError(N_("The roles were changed, but the keys of what the person no longer reads "
                                      "were not: {detail} Then choose Rotate keys in Settings."),
                                   detail=exc.text()) from exc
        return result

    def set_active(self, user_id: int, active: bool, reason: str = "", *,
                   new_password: str | None = None, progress: Progress | None = None) -> Changes:
        """Deactivate (a leaver keeps their name on what they did) or reactivate an account.

        A deactivated account's password stops opening an encrypted database file too: its key
        entries are removed, and the file is re-keyed (see ``ProtectionService.rotate_keys``,
        reporting to *progress*) so a copy of the key file taken before, with the leaver's
        password, opens nothing either. Reactivating one gives it a new password; the old one
        never comes back.
        """
        changes = self._set_active(user_id, active, reason, new_password=new_password)
        if not active and changes.touches(ChangeKind.USER) and self.db.encrypted:
            from caseworker.services.protection import ProtectionService

            with self.db.read() as s:
                leaver = s.get(User, user_id)
                read = readable_domains(leaver.role_names) if leaver is not None else None
            try:
                # The shared file, and the files of what the leaver could read.
                ProtectionService(self.db, self.actor).rotate_keys(progress, domains=read)
            except StorageError as exc:
                raise StorageError(N_("The account was deactivated and can no longer sign in, but the database "
                                      "key was not changed: {detail} Then choose Rotate keys in Settings."),
                                   detail=exc.text()) from exc
        return changes

    def _set_active(self, user_id: int, active: bool, reason: str, *, new_password: str | None) -> Changes:
        self.require(Action.MANAGE_USERS)
        if user_id == self.actor.user_id and not active:
            raise RuleViolation(N_("You cannot deactivate your own account."))
        label = "Reactivate user" if active else "Deactivate user"
        with self.db.transaction(label) as s:
            roles_first(s)
            user = load_for_update(s, User, user_id, "User", None)
            if user.active == active:
                return changes_so_far(s)
            changes: dict[str, list[object]] = {"active": [not active, active]}
            if active:
                if new_password is None:
                    raise ValidationError("password", N_("Choose a new password to reactivate the account."))
                passwords.check_new_password(new_password)
                self._reset_password_of(s, user, new_password)
                changes["password"] = ["(hidden)", "(reset)"]
            else:
                access_removed(s, user.username)
            user.active = active
            self.stamp(user)
            s.flush()
            # Deactivated, the person's database role can no longer log in (NOLOGIN).
            follow_account(s, user.id, user.username, user.role_names, active,
                           password=new_password if active else None)
            audit.record(s, self.actor, kind="update", record_type="user", record_id=user.id,
                         changes=changes, reason=reason)
            return changes_so_far(s)

    def reset_password(self, user_id: int, new_password: str) -> Changes:
        self.require(Action.MANAGE_USERS)
        passwords.check_new_password(new_password)
        with self.db.transaction("Reset password") as s:
            roles_first(s)
            user = load_for_update(s, User, user_id, "User", None)
            self._reset_password_of(s, user, new_password)
            self.stamp(user)
            s.flush()
            follow_account(s, user.id, user.username, user.role_names, user.active, password=new_password)
            audit.record(s, self.actor, kind="update", record_type="user", record_id=user.id,
                         changes={"password": ["(hidden)", "(reset)"]})
            return changes_so_far(s)

    @staticmethod
    def _reset_password_of(s: Session, user: User, new_password: str) -> None:
        """*user* signs in with *new_password* from the commit on, any lockout lifted."""
        user.password_hash = passwords.hash_password(new_password)
        password_set(s, user.username, new_password, roles=user.role_names)
        user.failed_sign_ins, user.locked_until = 0, None

    def change_own_password(self, old_password: str, new_password: str) -> Changes:
        passwords.check_new_password(new_password, "new_password")
        with self.db.transaction("Change password") as s:
            roles_first(s)
            user = load_for_update(s, User, self.actor.user_id, "User", None)
            if not passwords.verify_password(user.password_hash, old_password):
                raise ValidationError("old_password", N_("The current password is not correct."))
            user.password_hash = passwords.hash_password(new_password)
            password_set(s, user.username, new_password, roles=user.role_names)
            self.stamp(user)
            s.flush()
            follow_account(s, user.id, user.username, user.role_names, user.active, password=new_password)
            audit.record(s, self.actor, kind="update", record_type="user", record_id=user.id,
                         changes={"password": ["(hidden)", "(changed)"]})
            return changes_so_far(s)

    def user_names(self, ids: Iterable[int]) -> dict[int, str]:
        ids = set(ids)
        if not ids:
            return {}
        with self.db.read() as s:
            return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())


def _replace_roles(user: User, roles: frozenset[Role]) -> None:
    wanted = {r.value for r in roles}
    user.roles = [r for r in user.roles if r.role in wanted] + [
        UserRole(role=r) for r in sorted(wanted - user.role_names)]


def _replace_specialties(user: User, specialties: tuple[str, ...]) -> None:
    have = {sp.specialty for sp in user.specialties}
    user.specialties = [sp for sp in user.specialties if sp.specialty in specialties] + [
        UserSpecialty(specialty=sp) for sp in specialties if sp not in have]
