"""Which trust domain each table belongs to: the one place the server's GRANTs are derived from.

Casework (clients, their cases, notes, aid, attachments), stewardship (donors, gifts, receipts,
contacts with donors) and shared (accounts, settings, teams, grants, meetings, letters' templates).
A caseworker's database role reads casework and shared tables, a fundraiser's stewardship and
shared ones; managers and administrators read all three.

Some shared tables hold rows of both domains, told apart by a column (a task on a client or on a
donor, an audit entry about a case or a gift): :data:`MIXED_TABLES` names that column and which of
its values belong to casework or stewardship; the server's row-level security follows it. A test
checks that every table of the ORM metadata is listed here, so a new table cannot be forgotten.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from caseworker.domain.permissions import Role


class TrustDomain(StrEnum):
    CASEWORK = "casework"
    STEWARDSHIP = "stewardship"
    SHARED = "shared"


_C, _S, _X = TrustDomain.CASEWORK, TrustDomain.STEWARDSHIP, TrustDomain.SHARED

TABLE_DOMAINS: dict[str, TrustDomain] = {
    # Casework: the people the office helps.
    "clients": _C, "client_attachments": _C, "client_consents": _C, "client_contacts": _C,
    "client_referrals": _C, "client_search_keys": _C, "client_tags": _C, "contact_rhythms": _C,
    "cases": _C, "case_events": _C, "case_specialists": _C, "client_feedback": _C, "handoffs": _C,
    "funds": _C, "disbursements": _C, "aid_refusals": _C,
    # Stewardship: the people who pay for it.
    "donors": _S, "households": _S, "donor_quiet_periods": _S, "gifts": _S, "gift_schedules": _S,
    "soft_credits": _S, "receipts": _S, "receipt_gifts": _S, "receipt_counters": _S,
    "gift_aid_declarations": _S, "gift_thanks": _S, "touchpoints": _S, "guard_blocks": _S,
    "contact_policies": _S,
    # Shared: accounts, the organisation, grants, meetings, letters, tasks and the trail.
    "users": _X, "user_roles": _X, "user_specialties": _X, "staff_profiles": _X, "teams": _X,
    "team_profiles": _X, "org_settings": _X, "case_categories": _X,
    "funders": _X, "funder_contacts": _X, "funder_programmes": _X, "grant_applications": _X,
    "grant_budget_lines": _X, "grant_documents": _X, "grant_outcomes": _X, "grant_targets": _X,
    "grant_spending": _X, "grant_report_submissions": _X,
    "meetings": _X, "meeting_attendees": _X, "meeting_agenda_items": _X, "meeting_decisions": _X,
    "meeting_decision_votes": _X, "meeting_quorums": _X, "meeting_exceptions": _X,
    "meeting_action_items": _X,
    "message_templates": _X, "message_template_versions": _X, "outbox_messages": _X,
    "tasks": _X, "reminders": _X, "audit_entries": _X, "external_ids": _X, "record_merges": _X,
    "import_batches": _X, "import_batch_records": _X, "import_mappings": _X,
    "db_role_settings": _X, "db_role_logins": _X,
    "alembic_version": _X,
}

#: Shared tables only administrators may change (accounts and the database roles' bookkeeping):
#: anyone else changing who holds which role would be rewriting their own access.
ADMIN_WRITTEN = frozenset({"users", "user_roles", "user_specialties", "db_role_settings", "db_role_logins",
                           "alembic_version"})
#: Shared tables only managers and administrators change: the organisation's settings (and the
#: mail server's, sealed password included), which decide where letters go and what they say.
MANAGER_WRITTEN = frozenset({"org_settings"})
#: Columns of ``users`` everyone may update, on their own row only: signing in and changing one's
#: own password.
SELF_SERVICE_USER_COLUMNS = ("password_hash", "failed_sign_ins", "locked_until", "last_sign_in_at",
                             "updated_at", "version", "updated_by_id")
#: The columns the sign-in role (see ``db_roles.signin_group``) updates on anyone's row: failed
#: attempts, lockouts and the time of the last sign-in; never a password or a role.
SIGN_IN_USER_COLUMNS = ("failed_sign_ins", "locked_until", "last_sign_in_at", "updated_at", "version",
                        "updated_by_id")
#: What the sign-in role reads to open the database and check a password: the schema's revision,
#: the app version stamp, accounts and who connects as which role.
SIGN_IN_READS = frozenset({"alembic_version", "org_settings", "users", "user_roles", "user_specialties", "db_role_settings",
                           "db_role_logins"})
#: The trail is appended to, never rewritten, by anyone but the owner.
APPEND_ONLY = frozenset({"audit_entries"})

_CASEWORK_TYPES = ("client", "case", "case_event", "case_specialist", "client_attachment", "client_consent",
                   "client_contact", "client_feedback", "client_referral", "contact_rhythm", "disbursement",
                   "handoff", "fund", "aid refusal")
_STEWARDSHIP_TYPES = ("donor", "household", "donor_quiet_period", "gift", "gift_schedule", "soft_credit",
                      "receipt", "gift_aid_declaration", "touchpoint", "touchpoint plan", "contact policy")


@dataclass(frozen=True)
class MixedTable:
    """A shared table whose rows belong to casework or stewardship by the value of *column*;
    rows with any other value (or none) are shared.

    A row about a record of another mixed table (an audit entry about a task, a reminder of one)
    is seen only by those who see that record: *follows* maps such a value of *column* to that
    table, whose row is named by *id_column*.
    """

    column: str
    casework: tuple[str, ...]
    stewardship: tuple[str, ...]
    follows: tuple[tuple[str, str], ...] = ()
    id_column: str = "record_id"


MIXED_TABLES: dict[str, MixedTable] = {
    "audit_entries": MixedTable("record_type", _CASEWORK_TYPES, _STEWARDSHIP_TYPES,
                                follows=(("task", "tasks"), ("message", "outbox_messages"))),
    "tasks": MixedTable("record_type", ("client", "case"), ("donor",)),
    "reminders": MixedTable("source_type", ("case", "client"), ("donor",), follows=(("task", "tasks"),),
                            id_column="source_id"),
    "meeting_attendees": MixedTable("kind", ("client",), ("donor",)),
    "outbox_messages": MixedTable("audience", ("clients",), ("donors",)),
    "external_ids": MixedTable("record_type", ("client",), ("donor", "gift")),
    "record_merges": MixedTable("record_type", ("client",), ("donor",)),
    "import_batches": MixedTable("kind", ("clients",), ("donors", "gifts")),
    "import_batch_records": MixedTable("record_type", ("client",), ("donor", "gift", "household")),
}


#: Which domains a person reads, by their app roles: the groups their database login role joins on
#: a server, the files whose keys their key entry seals on an embedded database.
ROLE_DOMAINS: dict[Role, frozenset[TrustDomain]] = {
    Role.FUNDRAISER: frozenset({TrustDomain.STEWARDSHIP, TrustDomain.SHARED}),
    Role.CASEWORKER: frozenset({TrustDomain.CASEWORK, TrustDomain.SHARED}),
    Role.MANAGER: frozenset(TrustDomain),
    Role.ADMIN: frozenset(TrustDomain),
}


def readable_domains(roles: Iterable[str | Role]) -> frozenset[TrustDomain]:
    """The domains someone holding *roles* may read (shared included)."""
    found: set[TrustDomain] = set()
    for role in roles:
        try:
            found |= ROLE_DOMAINS[Role(role)]
        except ValueError:
            continue
    return frozenset(found)


def domain_of(table: str) -> TrustDomain:
    return TABLE_DOMAINS[table]


def tables_of(domain: TrustDomain) -> list[str]:
    return sorted(t for t, d in TABLE_DOMAINS.items() if d is domain)
