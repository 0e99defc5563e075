"""Frozen records and values that services hand out (never ORM objects)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

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


@dataclass(frozen=True)
class Changes:
    """What one action changed, by record kind, so each view refreshes only what it shows.

    ``Changes.of("client", 42)`` says client 42 changed; views ask ``changes.touches("client")``.
    """

    records: Mapping[str, frozenset[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, kind: str, *ids: int) -> Changes:
        return cls({kind: frozenset(ids)})

    def touches(self, kind: str) -> bool:
        return kind in self.records

    def ids(self, kind: str) -> frozenset[int]:
        return self.records.get(kind, frozenset())

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, frozenset[int]] = dict(self.records)
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
