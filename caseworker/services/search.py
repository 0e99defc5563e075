"""Quick search (Ctrl+K) across every section the user may read.

Each capability registers a provider with the action needed to read what it finds; a search asks
only the providers the user's roles allow, so a hit the user may not see is never even fetched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.db.models import User
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, SearchHit
from caseworker.services.audit import escape_like
from caseworker.services.base import Service

MAX_QUERY_CHARS = 100

SearchFunction = Callable[[Session, Actor, str, int], list[SearchHit]]


@dataclass(frozen=True)
class SearchProvider:
    kind: str
    action: Action
    search: SearchFunction


_providers: dict[str, SearchProvider] = {}


def search_provider(kind: str, action: Action) -> Callable[[SearchFunction], SearchFunction]:
    """Register *fn* as the quick-search provider for records of *kind*."""

    def register(fn: SearchFunction) -> SearchFunction:
        _providers[kind] = SearchProvider(kind, action, fn)
        return fn

    return register


def like_pattern(text: str) -> str:
    """A case-insensitive prefix-or-infix LIKE pattern for user text, wildcards escaped."""
    return f"%{escape_like(text)}%"


class SearchService(Service):
    def search(self, text: str, limit: int = 25) -> list[SearchHit]:
        text = " ".join(text.split())[:MAX_QUERY_CHARS]
        if not text:
            return []
        hits: list[SearchHit] = []
        with self.db.read() as s:
            for provider in _providers.values():
                if self.actor.can(provider.action):
                    hits.extend(provider.search(s, self.actor, text, limit))
        return hits[: limit * 2]


@search_provider("user", Action.MANAGE_USERS)
def _search_users(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    pattern = like_pattern(text)
    stmt = (select(User.id, User.display_name, User.username)
            .where(User.display_name.ilike(pattern, escape="\\") | User.username.ilike(pattern, escape="\\"))
            .order_by(User.display_name).limit(limit))
    return [SearchHit("user", uid, name, username) for uid, name, username in s.execute(stmt)]
