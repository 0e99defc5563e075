"""Who may do what: the one permission map, enforced by every service call.

The map lists, for each action, the roles that may take it. A user holds one or more roles and may
do what any of them allows. The UI asks the same map to hide what a user cannot do, but hiding is
a courtesy: the services refuse regardless.

Confidentiality in a sentence: caseworkers read clients and case notes, fundraisers read donors
and never clients, managers and admins read everything, and only admins manage accounts.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from caseworker.domain.errors import NotPermitted
from caseworker.domain.i18n import N_


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    CASEWORKER = "caseworker"
    FUNDRAISER = "fundraiser"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: N_("Administrator"),
    Role.MANAGER: N_("Manager"),
    Role.CASEWORKER: N_("Caseworker"),
    Role.FUNDRAISER: N_("Fundraiser"),
}


class Action(StrEnum):
    # Accounts and administration
    MANAGE_USERS = "manage users"
    EDIT_SETTINGS = "edit the organisation's settings"
    VIEW_AUDIT_LOG = "read the audit log"
    BACKUP_DATABASE = "back up the database"
    # Casework
    READ_CLIENTS = "read client records"
    EDIT_CLIENTS = "change client records"
    READ_CASES = "read cases"
    EDIT_CASES = "change cases"
    READ_CASE_NOTES = "read case notes"
    WRITE_CASE_NOTES = "write case notes"
    REASSIGN_CASES = "reassign a worker's cases"
    MANAGE_ORGANIGRAM = "change teams, categories and routing"
    READ_ATTACHMENTS = "open client attachments"
    EXPORT_PERSON_DATA = "export a person's data"
    ANONYMISE_CLIENTS = "anonymise a client on request"
    # Aid
    READ_AID = "read aid disbursements"
    REQUEST_AID = "request aid"
    APPROVE_AID = "approve aid above the threshold"
    MANAGE_FUNDS = "change funds and budgets"
    # Grants and meetings
    READ_GRANTS = "read grant applications"
    EDIT_GRANTS = "change grant applications"
    READ_MEETINGS = "read meetings"
    EDIT_MEETINGS = "change meetings"
    # Stewardship
    READ_DONORS = "read donor records"
    EDIT_DONORS = "change donor records"
    READ_GIFTS = "read gifts"
    RECORD_GIFTS = "record gifts"
    ISSUE_RECEIPTS = "issue receipts"
    PLAN_TOUCHPOINTS = "plan or log contacts with donors"
    OVERRIDE_GUARD = "override the contact-frequency guard"
    EDIT_CONTACT_POLICY = "change the contact policy"
    # Insight
    VIEW_STATISTICS = "see statistics"


_A, _M, _C, _F = Role.ADMIN, Role.MANAGER, Role.CASEWORKER, Role.FUNDRAISER
_EVERYONE = frozenset(Role)
_CASE_STAFF = frozenset({_A, _M, _C})
_FUND_STAFF = frozenset({_A, _M, _F})
_MANAGERS = frozenset({_A, _M})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: frozenset({_A}),
    Action.EDIT_SETTINGS: _MANAGERS,
    Action.VIEW_AUDIT_LOG: _MANAGERS,
    Action.BACKUP_DATABASE: _MANAGERS,
    Action.READ_CLIENTS: _CASE_STAFF,
    Action.EDIT_CLIENTS: _CASE_STAFF,
    Action.READ_CASES: _CASE_STAFF,
    Action.EDIT_CASES: _CASE_STAFF,
    Action.READ_CASE_NOTES: _CASE_STAFF,
    Action.WRITE_CASE_NOTES: _CASE_STAFF,
    Action.REASSIGN_CASES: _MANAGERS,
    Action.MANAGE_ORGANIGRAM: _MANAGERS,
    Action.READ_ATTACHMENTS: _CASE_STAFF,
    Action.EXPORT_PERSON_DATA: _MANAGERS,
    Action.ANONYMISE_CLIENTS: _MANAGERS,
    Action.READ_AID: _CASE_STAFF,
    Action.REQUEST_AID: _CASE_STAFF,
    Action.APPROVE_AID: _MANAGERS,
    Action.MANAGE_FUNDS: _MANAGERS,
    Action.READ_GRANTS: _EVERYONE,
    Action.EDIT_GRANTS: _EVERYONE,
    Action.READ_MEETINGS: _EVERYONE,
    Action.EDIT_MEETINGS: _EVERYONE,
    Action.READ_DONORS: _FUND_STAFF,
    Action.EDIT_DONORS: _FUND_STAFF,
    Action.READ_GIFTS: _FUND_STAFF,
    Action.RECORD_GIFTS: _FUND_STAFF,
    Action.ISSUE_RECEIPTS: _FUND_STAFF,
    Action.PLAN_TOUCHPOINTS: _FUND_STAFF,
    Action.OVERRIDE_GUARD: _MANAGERS,
    Action.EDIT_CONTACT_POLICY: _MANAGERS,
    Action.VIEW_STATISTICS: _MANAGERS,
}


def allowed(roles: Iterable[Role | str], action: Action) -> bool:
    held = {Role(r) for r in roles}
    return bool(held & PERMISSIONS[action])


def require(roles: Iterable[Role | str], action: Action) -> None:
    if not allowed(roles, action):
        raise NotPermitted(N_("You are not permitted to {action}."), action=action.value)
