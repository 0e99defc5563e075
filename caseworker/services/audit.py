"""Writing and reading the audit trail.

Every create, update and void of a person, case or money record calls :func:`record` inside the
same session as the change, so the entry commits or rolls back with it. Values are stored as JSON
text: Decimal and dates as their exact string forms, so "12.30" stays "12.30".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.db.models import AuditEntry, User
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor
from caseworker.services.base import Service

MAX_VALUE_CHARS = 2000  # a 10 MB note is summarised, not copied whole into the trail


def json_safe(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
            return value[:MAX_VALUE_CHARS] + f"… ({len(value)} characters)"
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return json_safe(value.value)
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [json_safe(v) for v in value]
    return str(value)


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, Any]:
    """The audited fields of *obj* as JSON-safe values."""
    return {f: json_safe(getattr(obj, f)) for f in fields}


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [before, after]}`` for every field whose value changed."""
    keys = list(dict.fromkeys([*before, *after]))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def record(
    session: Session,
    actor: Actor | None,
    *,
    kind: str,
    record_type: str,
    record_id: int | None,
    changes: Mapping[str, Any] | None = None,
    reason: str = "",
    action: str | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        user_id=actor.user_id if actor else None,
        action=action or session.info.get("action", kind),
        kind=kind,
        record_type=record_type,
        record_id=record_id,
        changes=json_safe(changes or {}),
        reason=reason,
    )
    session.add(entry)
    return entry


def record_created(session: Session, actor: Actor | None, record_type: str, obj: Any,
                   fields: Iterable[str]) -> None:
    session.flush()  # the new record needs its id before the trail can name it
    after = snapshot(obj, fields)
    record(session, actor, kind="create", record_type=record_type, record_id=obj.id,
           changes={k: [None, v] for k, v in after.items() if v not in (None, "", [], {})})


def record_updated(session: Session, actor: Actor | None, record_type: str, obj: Any,
                   before: Mapping[str, Any], fields: Iterable[str], reason: str = "") -> bool:
    """Write an update entry if anything changed; returns whether it did."""
    changes = diff(before, snapshot(obj, fields))
    if not changes:
        return False
    record(session, actor, kind="update", record_type=record_type, record_id=obj.id,
           changes=changes, reason=reason)
    return True


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    action: str
    kind: str
    record_type: str
    record_id: int | None
    changes: dict[str, Any]
    reason: str


@dataclass(frozen=True)
class AuditFilter:
    text: str = ""
    record_type: str | None = None
    record_id: int | None = None
    user_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


class AuditService(Service):
    """Managers browse the trail, newest first, a page at a time."""

    def count(self, flt: AuditFilter) -> int:
        self.require(Action.VIEW_AUDIT_LOG)
        with self.db.read() as s:
            return s.scalar(self._filtered(select(func.count(AuditEntry.id)), flt)) or 0

    def page(self, flt: AuditFilter, *, before_id: int | None = None, after_id: int | None = None,
             limit: int = 200, oldest_first: bool = False) -> list[AuditRow]:
        """One page of entries, newest first (or oldest first), continuing past the last one shown.

        Keyset paging on the id, which grows with time: the next page of a newest-first list is
        ``before_id=<last id shown>``, of an oldest-first list ``after_id=<last id shown>``, so a
        page deep in a million entries costs the same as the first.
        """
        self.require(Action.VIEW_AUDIT_LOG)
        stmt = select(AuditEntry, User.display_name).outerjoin(User, User.id == AuditEntry.user_id)
        stmt = self._filtered(stmt, flt)
        if before_id is not None:
            stmt = stmt.where(AuditEntry.id < before_id)
        if after_id is not None:
            stmt = stmt.where(AuditEntry.id > after_id)
        order = AuditEntry.id.asc() if oldest_first else AuditEntry.id.desc()
        stmt = stmt.order_by(order).limit(max(1, min(limit, 1000)))
        with self.db.read() as s:
            return [
                AuditRow(e.id, e.at, name or "—", e.action, e.kind, e.record_type, e.record_id,
                         dict(e.changes or {}), e.reason)
                for e, name in s.execute(stmt)
            ]

    def record_types(self) -> list[str]:
        """The kinds of record the trail mentions, for the filter's choices."""
        self.require(Action.VIEW_AUDIT_LOG)
        with self.db.read() as s:
            return list(s.scalars(select(AuditEntry.record_type).distinct().order_by(AuditEntry.record_type)))

    def people(self) -> list[tuple[int, str]]:
        """Everyone who appears in the trail (leavers included), for the filter's choices."""
        self.require(Action.VIEW_AUDIT_LOG)
        stmt = (select(User.id, User.display_name)
                .where(User.id.in_(select(AuditEntry.user_id).where(AuditEntry.user_id.is_not(None)).distinct()))
                .order_by(User.display_name, User.id))
        with self.db.read() as s:
            return [(uid, name) for uid, name in s.execute(stmt)]

    def for_record(self, record_type: str, record_id: int) -> list[AuditRow]:
        return self.page(AuditFilter(record_type=record_type, record_id=record_id), limit=1000)

    @staticmethod
    def _filtered(stmt: Any, flt: AuditFilter) -> Any:
        if flt.record_type:
            stmt = stmt.where(AuditEntry.record_type == flt.record_type)
        if flt.record_id is not None:
            stmt = stmt.where(AuditEntry.record_id == flt.record_id)
        if flt.user_id is not None:
            stmt = stmt.where(AuditEntry.user_id == flt.user_id)
        if flt.since is not None:
            stmt = stmt.where(AuditEntry.at >= flt.since)
        if flt.until is not None:
            stmt = stmt.where(AuditEntry.at < flt.until)
        if flt.text:
            like = f"%{escape_like(flt.text)}%"
            stmt = stmt.where(AuditEntry.action.ilike(like, escape="\\")
                              | AuditEntry.reason.ilike(like, escape="\\")
                              | AuditEntry.record_type.ilike(like, escape="\\"))
        return stmt


def escape_like(text: str) -> str:
    """Make ``%`` and ``_`` in user text match themselves in a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
