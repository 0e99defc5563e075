"""Frozen records and values that services hand out (never ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from caseworker.domain.clients import ClientFlags
from caseworker.domain.permissions import Action, Role, allowed


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf a service acts."""

    user_id: int
    username: str
    display_name: str
    roles: frozenset[Role]

    def can(self, action: Action) -> bool:
        return allowed(self.roles, action)


class ChangeKind(StrEnum):
    """The kinds of record a change notice names; views refresh on the kinds they show."""

    ACTION_ITEM = "action_item"
    CASE = "case"
    CASE_CATEGORY = "case_category"
    CHECK_IN = "check_in"
    CLIENT = "client"
    CONTACT_POLICY = "contact_policy"
    DISBURSEMENT = "disbursement"
    DONOR = "donor"
    FUND = "fund"
    FUNDER = "funder"
    GIFT = "gift"
    GIFT_SCHEDULE = "gift_schedule"
    GRANT = "grant"
    HANDOFF = "handoff"
    HOUSEHOLD = "household"
    IMPORT_BATCH = "import_batch"
    MEETING = "meeting"
    MESSAGE = "message"
    RECEIPT = "receipt"
    SETTINGS = "settings"
    TASK = "task"
    TEAM = "team"
    TEMPLATE = "template"
    TOUCHPOINT = "touchpoint"
    USER = "user"


@dataclass(frozen=True)
class Changes:
    """What one action changed, by record kind, so each view refreshes only what it shows.

    The transaction that runs the action collects it (``db.database.changes_so_far``); views ask
    ``changes.touches(ChangeKind.CLIENT)`` (or any of several kinds) or ``changes.ids(ChangeKind.CASE)``. A kind with no ids
    says some records of that kind changed (a bulk statement), without saying which.
    """

    records: Mapping[ChangeKind, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: ChangeKind, *ids: int) -> Changes:
        return cls({ChangeKind(kind): frozenset(ids)})

    def touches(self, *kinds: ChangeKind) -> bool:
        """Whether any of *kinds* changed."""
        return any(kind in self.records for kind in kinds)

    def ids(self, kind: ChangeKind) -> frozenset[int]:
        return self.records.get(kind, frozenset())

    def mentions(self, kind: ChangeKind, ident: int) -> bool:
        """Whether record *ident* of *kind* may have changed: named, or its kind changed in bulk."""
        ids = self.records.get(kind)
        return ids is not None and (not ids or ident in ids)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[ChangeKind, frozenset[int]] = dict(self.records)
        for kind, ids in other.records.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return bool(self.records)

    @classmethod
    def union(cls, parts: Iterable[Changes]) -> Changes:
        result = cls()
        for part in parts:
            result = result | part
        return result


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    team_id: int | None
    email: str
    specialties: tuple[str, ...]
    last_sign_in_at: datetime | None
    version: int


@dataclass(frozen=True)
class SearchHit:
    """One quick-search result: which section opens it and how it reads in the list."""

    kind: str
    id: int
    title: str
    subtitle: str = ""
    #: The flags of the client the hit is, or is about (clients and cases; only for roles that read clients).
    client_flags: ClientFlags | None = None
