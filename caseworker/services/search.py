"""Quick search (Ctrl+K) across every section the user may read.

Each capability marks its search function with :func:`search_provider` (the record kind and the
action needed to read what it finds); the services' composition root lists them in one registry
(:func:`caseworker.services.container.search_sources`). A search asks only the providers the
user's roles allow, so a hit the user may not see is never even fetched.
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


def search_provider(kind: str, action: Action) -> Callable[[SearchFunction], SearchProvider]:
    """Make *fn* the quick-search provider for records of *kind* (listed in the composition root)."""

    def provider(fn: SearchFunction) -> SearchProvider:
        return SearchProvider(kind, action, fn)

    return provider


def like_pattern(text: str) -> str:
    """A case-insensitive prefix-or-infix LIKE pattern for user text, wildcards escaped."""
    return f"%{escape_like(text)}%"


class SearchService(Service):
    def search(self, text: str, limit: int = 25) -> list[SearchHit]:
        text = " ".join(text.split())[:MAX_QUERY_CHARS]
        if not text:
            return []
        hits: list[SearchHit] = []
        from caseworker.services.container import search_sources

        with self.db.read() as s:
            for provider in search_sources():
                if self.actor.can(provider.action):
                    hits.extend(provider.search(s, self.actor, text, limit))
        return hits[: limit * 2]


@search_provider("user", Action.MANAGE_USERS)
def search_users(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    pattern = like_pattern(text)
    stmt = (select(User.id, User.display_name, User.username)
            .where(User.display_name.ilike(pattern, escape="\\") | User.username.ilike(pattern, escape="\\"))
            .order_by(User.display_name).limit(limit))
    return [SearchHit("user", uid, name, username) for uid, name, username in s.execute(stmt)]
