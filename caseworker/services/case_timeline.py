"""A case's timeline: notes, calls, visits and messages written on it, the workflow's own entries,
and the client's timeline across their cases. Reading notes is itself audited.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import Case, CaseEvent, Client
from caseworker.db.notices import changes_so_far
from caseworker.domain.cases import (
    STATUS_LABELS,
    WRITTEN_KINDS,
    CaseStatus,
    EventKind,
    TimelineEntry,
    WaitingOn,
    case_reference,
    clean_note,
)
from caseworker.domain.errors import NotFound, RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, parse_optional_date
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import get_or_404, load_for_update
from caseworker.services.case_base import TIMELINE_LIMIT, CaseServiceBase, _not_future
from caseworker.services.reading import record_read


class CaseTimeline(CaseServiceBase):
    # -- notes and the timeline -----------------------------------------------------------------
    def add_entry(self, case_id: int, kind: EventKind | str, text: str,
                  on: date | str | None = None) -> tuple[TimelineEntry, Changes]:
        """Write a note, or log a call or visit (on the day it happened; today by default)."""
        self.require(Action.WRITE_CASE_NOTES)
        kind = EventKind(kind)
        if kind not in WRITTEN_KINDS:
            raise ValidationError("kind", N_("Choose a note, a call, a visit or a message."))
        errors = FieldErrors()
        body = errors.check(clean_note, text, "text")
        day = errors.check(parse_optional_date, on, "on")
        errors.raise_if_any()
        assert body is not None
        label = {EventKind.NOTE: "Add case note", EventKind.CALL: "Log call",
                 EventKind.VISIT: "Log visit", EventKind.MESSAGE: "Log message"}[kind]
        with self.db.transaction(label) as s:
            case = get_or_404(s, Case, case_id, "Case")
            clock = self._clock(s)
            at = utcnow()
            if day is not None:
                _not_future(day, clock.today, "on")
            if day is not None and day != clock.today:
                at = datetime.combine(day, time(12), clock.zone)
            event = self._event(s, case, kind, body, at=at)
            audit.record_created(s, self.actor, "case_event", event, ("case_id", "kind", "text"))
            names = self._names(s, [self.actor.user_id])
            return _entry(event, case_reference(case.id), names), changes_so_far(s)

    def edit_entry(self, event_id: int, text: str, expected_version: int) -> tuple[TimelineEntry, Changes]:
        """Correct a note, call or visit; the earlier text stays in the audit log."""
        self.require(Action.WRITE_CASE_NOTES)
        body = clean_note(text, "text")
        with self.db.transaction("Edit case note") as s:
            event = load_for_update(s, CaseEvent, event_id, "Case note", expected_version)
            if event.kind not in WRITTEN_KINDS:
                raise RuleViolation(N_("Only notes, calls and visits can be edited; workflow steps cannot."))
            if event.author_id != self.actor.user_id and not self.can(Action.REASSIGN_CASES):
                raise RuleViolation(N_("Only the author or a manager can edit this note."))
            before = audit.snapshot(event, ("text",))
            event.text = body
            event.edited = True
            self.stamp(event)
            s.flush()
            audit.record_updated(s, self.actor, "case_event", event, before, ("text",))
            names = self._names(s, [event.author_id])
            return _entry(event, case_reference(event.case_id), names), changes_so_far(s)

    def case_timeline(self, case_id: int) -> list[TimelineEntry]:
        """The case's notes, calls, visits and workflow steps, newest first. The reading is audited."""
        self.require(Action.READ_CASE_NOTES)
        with self.db.transaction("Read case notes") as s:
            get_or_404(s, Case, case_id, "Case")
            entries = self._timeline(s, CaseEvent.case_id == case_id)
            record_read(s, self.actor, "case", case_id, "case notes")
            return entries

    def client_timeline(self, client_id: int) -> list[TimelineEntry]:
        """Every entry of every case of the client, newest first. The reading is audited."""
        self.require(Action.READ_CASE_NOTES)
        with self.db.transaction("Read client's case notes") as s:
            if s.scalar(select(Client.id).where(Client.id == client_id)) is None:
                raise NotFound(N_("{what} {ident} was not found."), what="Client", ident=client_id)
            entries = self._timeline(s, CaseEvent.client_id == client_id)
            record_read(s, self.actor, "client", client_id, "case notes")
            return entries

    def _timeline(self, s: Session, where: Any) -> list[TimelineEntry]:
        events = list(s.scalars(select(CaseEvent).where(where)
                                .order_by(CaseEvent.at.desc(), CaseEvent.id.desc()).limit(TIMELINE_LIMIT)))
        user_ids: set[int] = set()
        for e in events:
            user_ids.add(e.author_id or 0)
            for key in ("from_user_id", "to_user_id", "user_id", "assignee_id"):
                if isinstance(e.data.get(key), int):
                    user_ids.add(e.data[key])
        names = self._names(s, user_ids)
        return [_entry(e, case_reference(e.case_id), names) for e in events]


def _entry(e: CaseEvent, reference: str, names: dict[int, str]) -> TimelineEntry:
    headline, params = _headline(e, names)
    return TimelineEntry(e.id, e.case_id, reference, e.kind, e.at, e.author_id, names.get(e.author_id or 0, ""),
                         e.text, headline, params, e.edited, e.version)


def _headline(e: CaseEvent, names: dict[int, str]) -> tuple[str, dict[str, Any]]:
    d = e.data or {}

    def name(key: str) -> str:
        return names.get(d.get(key) or 0, "—")

    kind = e.kind
    if kind == EventKind.STATUS:
        if d.get("opened"):
            return N_("Case opened"), {}
        if d.get("reopened"):
            return N_("Reopened"), {}
        if d.get("to") == CaseStatus.WAITING and d.get("waiting_on") == WaitingOn.CLIENT:
            return N_("Waiting on the client (the due date is paused)"), {}
        if d.get("to") == CaseStatus.WAITING:
            return N_("Waiting on a third party"), {}
        if d.get("to") == CaseStatus.RESOLVED:
            alone = N_("resolved alone") if d.get("resolved_alone") else N_("with a specialist")
            return N_("Resolved ({how}; acceptable to the client: {acceptable})"), {
                "how": alone, "acceptable": d.get("acceptable", "")}
        return N_("Status: {before} → {after}"), {"before": _status_word(d.get("from")),
                                                   "after": _status_word(d.get("to"))}
    if kind == EventKind.NOTE and d.get("introduction"):
        from caseworker.domain.introductions import (
            DELIVERY_HEADLINES,
            LANGUAGE_NAMES,
            Delivery,
        )

        if d.get("delivery") in set(Delivery):
            return DELIVERY_HEADLINES[Delivery(d["delivery"])], {
                "language": LANGUAGE_NAMES.get(d.get("language") or "", d.get("language") or "")}
        return N_("The client was introduced to their worker and team"), {}
    if kind == EventKind.ESCALATION:
        return N_("Escalated to level {level}"), {"level": d.get("level", "")}
    if kind == EventKind.SPECIALIST:
        return N_("{name} involved as a specialist"), {"name": name("user_id")}
    if kind == EventKind.HANDOFF:
        state = d.get("state")
        if state == "offered":
            return N_("Handed from {giver} to {taker}"), {"giver": name("from_user_id"), "taker": name("to_user_id")}
        if state == "accepted":
            return N_("{taker} accepted the handoff"), {"taker": name("to_user_id")}
        if state == "returned":
            return N_("{taker} returned the handoff"), {"taker": name("to_user_id")}
        if state == "reassigned":
            return N_("Reassigned from {giver} to {taker}"), {"giver": name("from_user_id"),
                                                               "taker": name("to_user_id")}
        return N_("Assigned to {taker}"), {"taker": name("to_user_id")}
    return {EventKind.NOTE: N_("Note"), EventKind.CALL: N_("Call"), EventKind.VISIT: N_("Visit"),
            EventKind.MESSAGE: N_("Message")}.get(
        EventKind(kind), kind), {}


def _status_word(value: Any) -> str:
    try:
        return STATUS_LABELS[CaseStatus(value)].lower()
    except ValueError:
        return str(value or "")
