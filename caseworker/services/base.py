"""What every service shares: the database, the acting user, and the permission check."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import CursorResult, Result
from sqlalchemy.orm import Session

from caseworker.db.base import Tracked
from caseworker.db.database import Database
from caseworker.db.models import User
from caseworker.domain.errors import ConflictError, NotFound
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Action, require
from caseworker.domain.records import Actor

T = TypeVar("T", bound=Tracked)


class Service:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def require(self, action: Action) -> None:
        require(self.actor.roles, action)

    def can(self, action: Action) -> bool:
        return self.actor.can(action)

    def stamp(self, obj: Tracked) -> None:
        """Record who saved *obj* last (shown to whoever collides with this save)."""
        obj.updated_by_id = self.actor.user_id


def get_or_404(session: Session, model: type[T], ident: int, what: str) -> T:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(N_("{what} {ident} was not found."), what=what, ident=ident)
    return obj


def load_for_update(session: Session, model: type[T], ident: int, what: str,
                    expected_version: int | None) -> T:
    """Load a record the user is about to save and refuse if it moved on since they read it.

    The row is locked (``FOR UPDATE`` on PostgreSQL; SQLite's writer already holds the lock) so
    the check and the write happen with nobody in between.
    """
    obj = session.get(model, ident, with_for_update=session.get_bind().dialect.name != "sqlite" or None)
    if obj is None:
        raise NotFound(N_("{what} {ident} was not found."), what=what, ident=ident)
    if expected_version is not None and obj.version != expected_version:
        raise conflict(session, obj, what)
    return obj


def rows_touched(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE touched.

    ``Session.execute`` is typed to return a plain ``Result``; for these statements it is the
    ``CursorResult`` that carries the count (sqlalchemy/sqlalchemy#9185).
    """
    if not isinstance(result, CursorResult):
        raise TypeError(f"{type(result).__name__} counts no rows: only an UPDATE or DELETE does")
    return result.rowcount


def conflict(session: Session, obj: Any, what: str) -> ConflictError:
    name = "another user"
    if getattr(obj, "updated_by_id", None):
        user = session.get(User, obj.updated_by_id)
        if user is not None:
            name = user.display_name
    when = obj.updated_at.strftime("%Y-%m-%d %H:%M UTC") if obj.updated_at else "?"
    return ConflictError(None, what=what, name=name, when=when)
