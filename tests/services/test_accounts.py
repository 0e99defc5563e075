"""Accounts: the first administrator, hashed passwords, slowed sign-in, users and their roles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher, Type, extract_parameters
from sqlalchemy import select

from caseworker.db.database import Database
from caseworker.db.models import AuditEntry, User
from caseworker.domain.errors import AuthenticationError, NotPermitted, RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services import passwords
from caseworker.services.accounts import FREE_ATTEMPTS, MAX_LOCKOUT, AuthService, UserDraft
from caseworker.services.audit import AuditFilter
from caseworker.services.container import Services
from tests.conftest import make_user

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
CASEWORKER = frozenset({Role.CASEWORKER})


def _stored_hash(db: Database, username: str) -> str:
    with db.read() as s:
        return s.scalar(select(User.password_hash).where(User.username == username))


def _all_audit_text(db: Database) -> str:
    with db.read() as s:
        return " ".join(f"{e.action} {e.changes} {e.reason}" for e in s.scalars(select(AuditEntry)))


def test_the_first_administrator_is_made_once(db: Database) -> None:
    auth = AuthService(db)
    assert not auth.has_users()
    actor = auth.create_first_admin(UserDraft("Ada", "Ada Lovelace", frozenset()), "analytical engine")
    assert actor.username == "ada" and Role.ADMIN in actor.roles
    with pytest.raises(RuleViolation):
        auth.create_first_admin(UserDraft("eve", "Eve", frozenset()), "another password")


def test_passwords_are_stored_as_argon2id_hashes_only(db: Database) -> None:
    make_user(db, "ada", Role.ADMIN, password="my secret words")
    stored = _stored_hash(db, "ada")
    assert stored.startswith("$argon2id$")
    assert "my secret words" not in stored
    assert "my secret words" not in _all_audit_text(db)


def test_the_production_parameters_meet_the_owasp_minimum() -> None:
    # OWASP: argon2id with at least m=19 MiB, t=2, p=1.
    params = extract_parameters(PasswordHasher().hash("x"))
    assert params.type is Type.ID
    assert params.memory_cost >= 19 * 1024 and params.time_cost >= 2 and params.parallelism >= 1


def test_an_old_hash_is_upgraded_at_sign_in(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_user(db, "ada", Role.ADMIN, password="my secret words")
    old = _stored_hash(db, "ada")
    stronger = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", stronger)
    AuthService(db).sign_in("ada", "my secret words")
    new = _stored_hash(db, "ada")
    assert new != old
    params = extract_parameters(new)
    assert (params.time_cost, params.memory_cost) == (2, 19 * 1024)
    assert AuthService(db).sign_in("ada", "my secret words").username == "ada"


def test_a_bad_sign_in_is_refused_then_slowed_with_doubling_waits(db: Database) -> None:
    make_user(db, "ada", Role.ADMIN, password="right password")
    auth = AuthService(db)
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(AuthenticationError, match="not correct"):
            auth.sign_in("ada", "wrong", now=T0)
    # Still free: the right password works and clears the count.
    auth.sign_in("ada", "right password", now=T0)

    waits = []
    for attempt in range(FREE_ATTEMPTS + 3):
        with pytest.raises(AuthenticationError):
            auth.sign_in("ada", "wrong", now=T0 + timedelta(hours=attempt))
        with db.read() as s:
            user = s.scalar(select(User).where(User.username == "ada"))
            if user.locked_until is not None:
                waits.append(user.locked_until - (T0 + timedelta(hours=attempt)))
    assert waits == [timedelta(seconds=2), timedelta(seconds=4), timedelta(seconds=8), timedelta(seconds=16)]

    locked_at = T0 + timedelta(hours=FREE_ATTEMPTS + 2)
    # While the wait lasts even the right password is refused, and the message says how long.
    with pytest.raises(AuthenticationError, match="wait 16 seconds"):
        auth.sign_in("ada", "right password", now=locked_at + timedelta(microseconds=1))
    with pytest.raises(AuthenticationError, match="wait 1 seconds"):
        auth.sign_in("ada", "right password", now=locked_at + timedelta(seconds=15, microseconds=1))
    actor = auth.sign_in("ada", "right password", now=locked_at + timedelta(seconds=16))
    assert actor.username == "ada"
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == "ada"))
        assert user.failed_sign_ins == 0 and user.locked_until is None


def test_the_wait_is_capped(db: Database) -> None:
    make_user(db, "ada", Role.ADMIN, password="right password")
    auth = AuthService(db)
    for attempt in range(20):
        with pytest.raises(AuthenticationError):
            auth.sign_in("ada", "wrong", now=T0 + timedelta(hours=attempt))
    with db.read() as s:
        user = s.scalar(select(User).where(User.username == "ada"))
        assert user.locked_until == T0 + timedelta(hours=19) + MAX_LOCKOUT


def test_failed_sign_ins_are_in_the_audit_log_without_the_password(db: Database) -> None:
    admin = Services(db, make_user(db, "ada", Role.ADMIN, password="right password"))
    with pytest.raises(AuthenticationError):
        AuthService(db).sign_in("ada", "guess one two")
    rows = admin.audit.page(AuditFilter(record_type="user"))
    assert rows[0].kind == "sign-in failed" and rows[0].action == "Sign in"
    assert "guess one two" not in _all_audit_text(db)


def test_an_unknown_user_name_gets_the_same_answer(db: Database) -> None:
    make_user(db, "ada", Role.ADMIN)
    with pytest.raises(AuthenticationError) as info:
        AuthService(db).sign_in("nobody", "whatever")
    assert info.value.text() == "The user name or password is not correct."


def test_a_deactivated_user_cannot_sign_in_but_keeps_their_name(db: Database, admin) -> None:
    services = Services(db, admin)
    sam, _ = services.accounts.add_user(UserDraft("sam", "Sam Lindqvist", CASEWORKER), "sam's password")
    sam_services = Services(db, AuthService(db).sign_in("sam", "sam's password"))
    sam_services.accounts.change_own_password("sam's password", "sam's new password")
    services.accounts.set_active(sam.id, False, reason="left the organisation")
    with pytest.raises(AuthenticationError, match="deactivated"):
        AuthService(db).sign_in("sam", "sam's new password")
    rows = services.audit.page(AuditFilter(user_id=sam.id))
    assert rows and all(r.user == "Sam Lindqvist" for r in rows)
    deactivation = services.audit.page(AuditFilter(text="Deactivate user"))[0]
    assert deactivation.changes == {"active": [True, False]} and deactivation.reason == "left the organisation"
    # Colleagues' pickers no longer offer the leaver; the admin's list still shows them.
    assert sam.id not in {u.id for u in sam_services.accounts.list_users()}
    assert sam.id in {u.id for u in services.accounts.list_users()}
    # Reactivating gives the account a new password; the one the leaver had does not come back.
    with pytest.raises(ValidationError) as refused:
        services.accounts.set_active(sam.id, True)
    assert refused.value.field == "password"
    services.accounts.set_active(sam.id, True, new_password="sam is back again")
    assert AuthService(db).sign_in("sam", "sam is back again").username == "sam"
    with pytest.raises(AuthenticationError):
        AuthService(db).sign_in("sam", "sam's new password")


def test_adding_and_changing_a_user_is_audited_field_by_field(db: Database, admin) -> None:
    services = Services(db, admin)
    user, changes = services.accounts.add_user(
        UserDraft("priya", "Priya Raman", CASEWORKER, email="priya@example.org", specialties=("Housing",)),
        "a long password")
    assert changes.ids(ChangeKind.USER) == {user.id}
    assert user.specialties == ("housing",)
    created = services.audit.page(AuditFilter(record_type="user", record_id=user.id), oldest_first=True)
    assert created[0].kind == "create" and created[0].action == "Add user"
    assert created[0].changes["display_name"] == [None, "Priya Raman"]
    assert created[1].changes == {"roles": [None, ["caseworker"]]}

    updated, _ = services.accounts.update_user(
        user.id, UserDraft("priya", "Priya R. Raman", frozenset({Role.CASEWORKER, Role.MANAGER}),
                           email="priya@example.org", specialties=("housing", "debt")), user.version)
    assert updated.roles == {Role.CASEWORKER, Role.MANAGER}
    entry = services.audit.page(AuditFilter(record_type="user", record_id=user.id))[0]
    assert entry.action == "Change user" and entry.user == "Admin"
    assert entry.changes == {
        "display_name": ["Priya Raman", "Priya R. Raman"],
        "roles": [["caseworker"], ["caseworker", "manager"]],
        "specialties": [["housing"], ["debt", "housing"]],
    }


def test_resetting_a_password_lets_the_user_in_and_clears_a_lockout(db: Database, admin) -> None:
    services = Services(db, admin)
    user, _ = services.accounts.add_user(UserDraft("tom", "Tom", CASEWORKER), "first password")
    for i in range(FREE_ATTEMPTS + 1):
        with pytest.raises(AuthenticationError):
            AuthService(db).sign_in("tom", "wrong", now=T0 + timedelta(hours=i))
    services.accounts.reset_password(user.id, "second password")
    assert AuthService(db).sign_in("tom", "second password", now=T0 + timedelta(hours=9)).username == "tom"
    entry = services.audit.page(AuditFilter(text="Reset password"))[0]
    assert entry.changes == {"password": ["(hidden)", "(reset)"]}
    assert "second password" not in _all_audit_text(db)


def test_rules_that_protect_the_last_administrator(db: Database, admin) -> None:
    services = Services(db, admin)
    me = services.accounts.get(admin.user_id)
    with pytest.raises(RuleViolation):
        services.accounts.update_user(admin.user_id, UserDraft("admin", "Admin", frozenset({Role.MANAGER})), me.version)
    with pytest.raises(RuleViolation):
        services.accounts.set_active(admin.user_id, False)


def test_user_drafts_are_checked_before_anything_is_written(db: Database, admin) -> None:
    services = Services(db, admin)
    before = services.audit.count(AuditFilter())
    with pytest.raises(ValidationErrors) as info:
        services.accounts.add_user(UserDraft("X Y", "", frozenset()), "a long password")
    assert set(info.value.by_field()) == {"username", "display_name", "roles"}
    with pytest.raises(ValidationError) as short:
        services.accounts.add_user(UserDraft("ok", "Ok", CASEWORKER), "short")
    assert short.value.field == "password"
    services.accounts.add_user(UserDraft("taken", "Taken", CASEWORKER), "a long password")
    with pytest.raises(ValidationError, match="taken"):
        services.accounts.add_user(UserDraft("taken", "Other", CASEWORKER), "a long password")
    assert services.audit.count(AuditFilter()) == before + 2


def test_the_users_list_filters_and_sorts_in_sql(db: Database, admin) -> None:
    services = Services(db, admin)
    for username, name, roles in [("zoe", "Zoe Adams", CASEWORKER), ("bob", "Bob Young", frozenset({Role.FUNDRAISER})),
                                  ("cy", "Cy 100% Sure", CASEWORKER)]:
        services.accounts.add_user(UserDraft(username, name, roles), "a long password")
    ids = services.accounts.list_user_ids(ListQuery())
    names = [r.display_name for r in sorted(services.accounts.list_user_rows(ids), key=lambda r: ids.index(r.id))]
    assert names == ["Admin", "Bob Young", "Cy 100% Sure", "Zoe Adams"]
    by_username_desc = services.accounts.list_user_ids(ListQuery().sorted_by("username", descending=True))
    assert [services.accounts.get(i).username for i in by_username_desc] == ["zoe", "cy", "bob", "admin"]
    assert len(services.accounts.list_user_ids(ListQuery(text="100%"))) == 1
    assert len(services.accounts.list_user_ids(ListQuery(text="0_"))) == 0  # wildcards match themselves
    caseworkers = services.accounts.list_user_ids(ListQuery().with_filter("role", "caseworker"))
    assert {services.accounts.get(i).username for i in caseworkers} == {"zoe", "cy"}
    zoe = services.accounts.list_user_ids(ListQuery(text="zoe"))[0]
    services.accounts.set_active(zoe, False)
    inactive = services.accounts.list_user_ids(ListQuery().with_filter("active", False))
    assert inactive == [zoe]


def test_a_caseworker_cannot_read_a_colleagues_account(db: Database, services_for) -> None:
    caseworker = services_for(Role.CASEWORKER)
    with pytest.raises(NotPermitted):
        caseworker.accounts.get(1)
