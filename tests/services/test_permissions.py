"""The permission map as a full matrix of role × action, and its enforcement by the services.

The expected matrix is written out here on its own, not derived from the map, so a change to who
may do what has to be made twice: once in the map and once, deliberately, here.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any

import pytest

from caseworker.domain.errors import NotPermitted
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import PERMISSIONS, Action, Role, allowed, require
from caseworker.services.accounts import UserDraft
from caseworker.services.audit import AuditFilter
from caseworker.services.container import Services

A, M, C, F = "A", "M", "C", "F"
LETTER = {Role.ADMIN: A, Role.MANAGER: M, Role.CASEWORKER: C, Role.FUNDRAISER: F}

# Who may take each action: A admin, M manager, C caseworker, F fundraiser.
EXPECTED: dict[Action, str] = {
    Action.MANAGE_USERS: "A",
    Action.EDIT_SETTINGS: "AM",
    Action.VIEW_AUDIT_LOG: "AM",
    Action.BACKUP_DATABASE: "AM",
    Action.READ_CLIENTS: "AMC",
    Action.EDIT_CLIENTS: "AMC",
    Action.READ_CASES: "AMC",
    Action.EDIT_CASES: "AMC",
    Action.READ_CASE_NOTES: "AMC",
    Action.WRITE_CASE_NOTES: "AMC",
    Action.REASSIGN_CASES: "AM",
    Action.MANAGE_ORGANIGRAM: "AM",
    Action.READ_ATTACHMENTS: "AMC",
    Action.EXPORT_PERSON_DATA: "AM",
    Action.ANONYMISE_CLIENTS: "AM",
    Action.READ_AID: "AMC",
    Action.REQUEST_AID: "AMC",
    Action.APPROVE_AID: "AM",
    Action.MANAGE_FUNDS: "AM",
    Action.READ_GRANTS: "AMCF",
    Action.EDIT_GRANTS: "AMCF",
    Action.READ_MEETINGS: "AMCF",
    Action.EDIT_MEETINGS: "AMCF",
    Action.READ_DONORS: "AMF",
    Action.EDIT_DONORS: "AMF",
    Action.READ_GIFTS: "AMF",
    Action.RECORD_GIFTS: "AMF",
    Action.ISSUE_RECEIPTS: "AMF",
    Action.PLAN_TOUCHPOINTS: "AMF",
    Action.OVERRIDE_GUARD: "AM",
    Action.EDIT_CONTACT_POLICY: "AM",
    Action.VIEW_STATISTICS: "AM",
}

MATRIX = [(role, action) for action in EXPECTED for role in Role]


@pytest.mark.parametrize(("role", "action"), MATRIX, ids=[f"{r.value}-{a.name}" for r, a in MATRIX])
def test_each_role_is_allowed_or_refused_each_action(role: Role, action: Action) -> None:
    expected = LETTER[role] in EXPECTED[action]
    assert allowed({role}, action) is expected
    if expected:
        require({role}, action)
    else:
        with pytest.raises(NotPermitted) as info:
            require({role}, action)
        assert info.value.text() == f"You are not permitted to {action.value}."


def test_every_action_has_an_entry_in_the_map() -> None:
    assert set(PERMISSIONS) == set(Action)
    for roles in PERMISSIONS.values():
        assert roles and roles <= set(Role)


def test_the_confidentiality_lines_hold() -> None:
    assert not allowed({Role.FUNDRAISER}, Action.READ_CLIENTS)
    assert not allowed({Role.FUNDRAISER}, Action.READ_CASE_NOTES)
    assert not allowed({Role.CASEWORKER}, Action.READ_GIFTS)
    assert not allowed({Role.MANAGER}, Action.MANAGE_USERS)


def test_a_user_with_two_roles_may_do_what_either_allows() -> None:
    both = {Role.CASEWORKER, Role.FUNDRAISER}
    for action, letters in EXPECTED.items():
        assert allowed(both, action) is (C in letters or F in letters)


def test_no_roles_allow_nothing() -> None:
    assert not any(allowed(set(), action) for action in Action)


# -- enforcement on the service calls of accounts, settings and the audit log -----------------
_names = count(1)

CALLS: dict[str, tuple[Action, Callable[[Services], Any]]] = {
    "add user": (Action.MANAGE_USERS, lambda sv: sv.accounts.add_user(
        UserDraft(f"new{next(_names)}", "New Person", frozenset({Role.CASEWORKER})), "a long password")),
    "list users for administration": (Action.MANAGE_USERS, lambda sv: sv.accounts.list_user_ids(ListQuery())),
    "read user rows": (Action.MANAGE_USERS, lambda sv: sv.accounts.list_user_rows([1])),
    "change user": (Action.MANAGE_USERS, lambda sv: sv.accounts.update_user(
        1, UserDraft("admin", "Admin", frozenset({Role.ADMIN, Role.MANAGER})), sv.accounts_version(1))),
    "reactivate user": (Action.MANAGE_USERS, lambda sv: sv.accounts.set_active(1, True,
                                                                               new_password="a new long password")),
    "reset password": (Action.MANAGE_USERS, lambda sv: sv.accounts.reset_password(1, "a new long password")),
    "read another user": (Action.MANAGE_USERS, lambda sv: sv.accounts.get(1)),
    "change settings": (Action.EDIT_SETTINGS, lambda sv: sv.settings.update(sv.settings.get())),
    "audit page": (Action.VIEW_AUDIT_LOG, lambda sv: sv.audit.page(AuditFilter())),
    "audit count": (Action.VIEW_AUDIT_LOG, lambda sv: sv.audit.count(AuditFilter())),
    "audit record types": (Action.VIEW_AUDIT_LOG, lambda sv: sv.audit.record_types()),
    "audit people": (Action.VIEW_AUDIT_LOG, lambda sv: sv.audit.people()),
    "audit of one record": (Action.VIEW_AUDIT_LOG, lambda sv: sv.audit.for_record("user", 1)),
}


class _WithVersion(Services):
    def accounts_version(self, user_id: int) -> int:
        from caseworker.db.models import User

        with self.db.read() as s:
            return s.get(User, user_id).version


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("call", list(CALLS))
def test_services_enforce_the_map(role: Role, call: str, services_for) -> None:
    action, fn = CALLS[call]
    base = services_for(role)
    services = _WithVersion(base.db, base.actor)
    auditor = services_for(Role.ADMIN)
    before = auditor.audit.count(AuditFilter())
    if LETTER[role] in EXPECTED[action]:
        fn(services)
    else:
        with pytest.raises(NotPermitted):
            fn(services)
        assert auditor.audit.count(AuditFilter()) == before  # refused before anything was written


def test_everyone_may_read_their_own_account_and_colleagues_names(services_for) -> None:
    fundraiser = services_for(Role.FUNDRAISER)
    assert fundraiser.accounts.get(fundraiser.actor.user_id).username == fundraiser.actor.username
    assert fundraiser.actor.user_id in {u.id for u in fundraiser.accounts.list_users()}
