"""Cases: opening and routing them, moving them through the workflow, and their timeline.

Each public method is one user action in one labelled transaction. The workflow's rules live in
:mod:`caseworker.domain.cases` (which steps are allowed and what each needs), due dates in
:mod:`caseworker.domain.business_days` and the routing of a new case in
:mod:`caseworker.domain.routing`; this module loads, asks them, writes, and records the audit trail.

Case notes are confidential: every method that returns timeline text requires
``Action.READ_CASE_NOTES``, and opening a case's or a client's notes is itself written to the
audit log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case as sql_case, func, insert, not_, or_, select, update
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import (AuditEntry, Case, CaseCategory, CaseEvent, CaseSpecialist, Client,
                                  ClientSearchKey, Handoff, OrgSetting, Team, User, UserRole, UserSpecialty)
from caseworker.domain.business_days import HOLIDAY_YEARS, BusinessCalendar, public_holidays
from caseworker.domain.clients import ClientFlags
from caseworker.domain.cases import (FINISHED_STATUSES, MAX_TARGET_DAYS, MAX_TITLE_CHARS, OPEN_STATUSES,
                                     PRIORITY_RANK, STATUS_LABELS, WRITTEN_KINDS, CaseState, CaseStatus, EventKind,
                                     HandoffState, Priority, Resolution, StepRequest, WaitingOn,
                                     allowed_targets, case_reference, check_transition, clean_note,
                                     clean_reason, is_reopen, parse_case_reference, validate_resolution)
from caseworker.domain.errors import NotFound, RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text, name_key, parse_optional_date
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import Actor, Changes, SearchHit
from caseworker.domain.routing import Candidate, Route, Suggestion, suggest_assignee
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.reading import record_read
from caseworker.services.search import like_pattern, search_provider

CASE_FIELDS = ("client_id", "category_id", "title", "priority", "status", "assignee_id", "opened_on",
               "target_days", "due_on", "paused_days", "waiting_on", "escalation_level", "outcome",
               "resolved_alone", "acceptable", "satisfaction", "resolved_on", "closed_on")
CATEGORY_FIELDS = ("name", "description", "target_days", "specialty", "point_of_contact_id", "team_id",
                   "active")
TIMELINE_LIMIT = 2000
CASE_ROLES = (Role.CASEWORKER.value, Role.MANAGER.value)


# --- records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryDraft:
    name: str
    target_days: int | str
    specialty: str = ""
    point_of_contact_id: int | None = None
    team_id: int | None = None
    description: str = ""
    active: bool = True


@dataclass(frozen=True)
class CategoryRecord:
    id: int
    name: str
    description: str
    target_days: int
    specialty: str
    point_of_contact_id: int | None
    point_of_contact: str
    team_id: int | None
    active: bool
    version: int


@dataclass(frozen=True)
class CaseDraft:
    client_id: int | None
    category_id: int | None
    title: str
    priority: Priority | str = Priority.NORMAL
    # None leaves the case new and unassigned; the form fills in the routing suggestion.
    assignee_id: int | None = None
    opened_on: date | str | None = None
    first_note: str = ""


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    reference: str
    client_id: int
    client_name: str
    title: str
    category: str
    priority: str
    status: str
    assignee_id: int | None
    assignee: str
    opened_on: date
    due_on: date
    waiting_on: str
    overdue: bool
    # What every worker must see before phoning or visiting the client.
    client_flags: ClientFlags = ClientFlags()


@dataclass(frozen=True)
class SpecialistRow:
    user_id: int
    name: str
    note: str
    involved_at: datetime


@dataclass(frozen=True)
class HandoffRow:
    id: int
    case_id: int
    reference: str
    client_name: str
    title: str
    from_user_id: int | None
    from_user: str
    to_user_id: int
    to_user: str
    note: str
    state: str
    reason: str
    offered_at: datetime
    client_flags: ClientFlags = ClientFlags()


@dataclass(frozen=True)
class CaseDetail:
    id: int
    reference: str
    client_id: int
    client_name: str
    title: str
    category_id: int
    category: str
    priority: str
    status: str
    assignee_id: int | None
    assignee: str
    opened_on: date
    target_days: int
    due_on: date
    # True while the clock is paused (the case waits on the client).
    paused: bool
    paused_days: int
    waiting_on: str
    waiting_since: date | None
    escalation_level: int
    resolution: Resolution | None
    resolved_on: date | None
    closed_on: date | None
    overdue: bool
    specialists: tuple[SpecialistRow, ...]
    pending_handoff: HandoffRow | None
    # The statuses one step away (the detail view enables its buttons from these).
    next_statuses: frozenset[str]
    version: int
    client_flags: ClientFlags = ClientFlags()


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    case_id: int
    reference: str
    kind: str
    at: datetime
    author_id: int | None
    author: str
    text: str
    # A one-line summary of a workflow step as a translatable template and its values.
    headline: str
    headline_params: dict[str, Any] = field(default_factory=dict)
    edited: bool = False
    version: int = 1


# --- the calendar --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Clock:
    """The organisation's business calendar and today's date in its time zone."""

    calendar: BusinessCalendar
    today: date
    zone: ZoneInfo

    def due(self, case: Case) -> date:
        extra = case.paused_days
        if case.waiting_since is not None and case.waiting_on == WaitingOn.CLIENT:
            extra += self.calendar.between(case.waiting_since, self.today)
        return self.calendar.add(case.opened_on, case.target_days + extra)


def _settings(s: Session, *keys: str) -> dict[str, Any]:
    rows = s.execute(select(OrgSetting.key, OrgSetting.value).where(OrgSetting.key.in_(keys)))
    return {k: json.loads(v) for k, v in rows}


# --- the service ---------------------------------------------------------------------------------


class CaseService(Service):
    # Tests pin "today"; in use it is the current date in the organisation's time zone.
    today_override: date | None = None

    # -- categories and routing -----------------------------------------------------------------
    def list_categories(self, *, include_inactive: bool = False) -> list[CategoryRecord]:
        self.require(Action.READ_CASES)
        stmt = (select(CaseCategory, User.display_name)
                .outerjoin(User, User.id == CaseCategory.point_of_contact_id)
                .order_by(CaseCategory.name))
        if not include_inactive:
            stmt = stmt.where(CaseCategory.active.is_(True))
        with self.db.read() as s:
            return [_category_record(c, name) for c, name in s.execute(stmt)]

    def add_category(self, draft: CategoryDraft) -> tuple[CategoryRecord, Changes]:
        self.require(Action.MANAGE_ORGANIGRAM)
        draft = _validate_category(draft)
        with self.db.transaction("Add case category") as s:
            self._check_category_refs(s, draft, None)
            cat = CaseCategory(**_category_values(draft))
            self.stamp(cat)
            s.add(cat)
            audit.record_created(s, self.actor, "case_category", cat, CATEGORY_FIELDS)
            return self._category(s, cat.id), Changes.of("case_category", cat.id)

    def update_category(self, category_id: int, draft: CategoryDraft,
                        expected_version: int) -> tuple[CategoryRecord, Changes]:
        self.require(Action.MANAGE_ORGANIGRAM)
        draft = _validate_category(draft)
        with self.db.transaction("Change case category") as s:
            cat = load_for_update(s, CaseCategory, category_id, "Case category", expected_version)
            self._check_category_refs(s, draft, category_id)
            before = audit.snapshot(cat, CATEGORY_FIELDS)
            for key, value in _category_values(draft).items():
                setattr(cat, key, value)
            self.stamp(cat)
            s.flush()
            audit.record_updated(s, self.actor, "case_category", cat, before, CATEGORY_FIELDS)
            return self._category(s, cat.id), Changes.of("case_category", cat.id)

    def workers(self) -> list[Candidate]:
        """Everyone who may take cases, with their specialties and open workload, by name."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            return sorted(self._candidates(s), key=lambda c: (c.name.casefold(), c.user_id))

    def suggest_assignee(self, category_id: int) -> Suggestion:
        """Who should take a new case of this category, and why (see :mod:`domain.routing`)."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            cat = get_or_404(s, CaseCategory, category_id, "Case category")
            team, members = "", frozenset()
            if cat.team_id is not None:
                team = s.scalar(select(Team.name).where(Team.id == cat.team_id, Team.active.is_(True))) or ""
                if team:
                    members = frozenset(s.scalars(select(User.id).where(User.team_id == cat.team_id)))
            route = Route(cat.name, cat.specialty, cat.point_of_contact_id, team, members)
            return suggest_assignee(route, self._candidates(s))

    # -- opening a case -------------------------------------------------------------------------
    def open_case(self, draft: CaseDraft) -> tuple[CaseDetail, Changes]:
        self.require(Action.EDIT_CASES)
        errors = FieldErrors()
        title = errors.check(clean_text, draft.title, "title", max_chars=MAX_TITLE_CHARS, required=True)
        try:
            priority = Priority(draft.priority)
        except ValueError:
            errors.add(ValidationError("priority", N_("Choose a priority from the list.")))
            priority = Priority.NORMAL
        opened = errors.check(parse_optional_date, draft.opened_on, "opened_on")
        note = errors.check(clean_text, draft.first_note, "first_note", max_chars=20_000, multiline=True)
        if draft.client_id is None:
            errors.add(ValidationError("client_id", N_("Choose the client the case is for.")))
        if draft.category_id is None:
            errors.add(ValidationError("category_id", N_("Choose a category.")))
        errors.raise_if_any()
        with self.db.transaction("Open case") as s:
            clock = self._clock(s)
            opened = opened or clock.today
            _not_future(opened, clock.today, "opened_on")
            if s.scalar(select(Client.id).where(Client.id == draft.client_id)) is None:
                raise ValidationError("client_id", N_("That client was not found."))
            cat = s.get(CaseCategory, draft.category_id)
            if cat is None or not cat.active:
                raise ValidationError("category_id", N_("Choose a category that is in use."))
            if draft.assignee_id is not None:
                self._check_worker(s, draft.assignee_id, "assignee_id")
            case = Case(client_id=draft.client_id, category_id=cat.id, title=title, priority=priority.value,
                        status=(CaseStatus.ASSIGNED if draft.assignee_id else CaseStatus.NEW).value,
                        assignee_id=draft.assignee_id, opened_by_id=self.actor.user_id, opened_on=opened,
                        target_days=cat.target_days, paused_days=0, waiting_on="", escalation_level=0,
                        outcome="", due_on=opened)
            case.due_on = clock.due(case)
            self.stamp(case)
            s.add(case)
            audit.record_created(s, self.actor, "case", case, CASE_FIELDS)
            self._event(s, case, EventKind.STATUS, "", {"to": case.status, "opened": True,
                                                       "assignee_id": draft.assignee_id})
            if note:
                self._event(s, case, EventKind.NOTE, note)
            return self._detail(s, case, clock), Changes.of("case", case.id)

    # -- the case list --------------------------------------------------------------------------
    def list_ids(self, query: ListQuery) -> list[int]:
        """Case ids matching *query*, sorted, all in SQL.

        Filters: ``status`` ("open", "finished" or a status), ``mine`` (bool), ``assignee`` (a user
        id), ``overdue`` (bool), ``category`` (an id), ``client`` (an id). The text matches a
        reference ("C-000123"), the title, or the start of any of the client's names.
        """
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            today = self._clock(s).today
            stmt = self._filtered(select(Case.id), query, today)
            stmt = self._sorted(stmt, query)
            return list(s.scalars(stmt))

    def list_rows(self, ids: Sequence[int]) -> list[CaseRow]:
        self.require(Action.READ_CASES)
        if not ids:
            return []
        with self.db.read() as s:
            today = self._clock(s).today
            return self._rows(s, _row_select().where(Case.id.in_(list(ids))), today, ids)

    def client_cases(self, client_id: int) -> list[CaseRow]:
        """A client's cases, open ones first, newest first."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            today = self._clock(s).today
            finished = sql_case((Case.status.in_([st.value for st in FINISHED_STATUSES]), 1), else_=0)
            stmt = _row_select().where(Case.client_id == client_id)
            return self._rows(s, stmt.order_by(finished, Case.opened_on.desc(), Case.id.desc()), today)

    def my_open_cases(self) -> list[CaseRow]:
        """The signed-in worker's open cases, soonest due first (overdue ones first of all)."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            today = self._clock(s).today
            stmt = (_row_select()
                    .where(Case.assignee_id == self.actor.user_id,
                           Case.status.in_([st.value for st in OPEN_STATUSES]))
                    .order_by(Case.due_on, Case.id))
            return self._rows(s, stmt, today)

    def my_pending_handoffs(self) -> list[HandoffRow]:
        """Cases other workers have handed to the signed-in worker, awaiting accept or return."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            stmt = _handoff_select().where(Handoff.to_user_id == self.actor.user_id,
                                           Handoff.state == HandoffState.PENDING.value)
            return [_handoff_row(*r) for r in s.execute(stmt.order_by(Handoff.offered_at, Handoff.id))]

    def get(self, case_id: int) -> CaseDetail:
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            case = get_or_404(s, Case, case_id, "Case")
            return self._detail(s, case, self._clock(s))

    # -- the workflow ---------------------------------------------------------------------------
    def transition(self, case_id: int, target: CaseStatus | str, expected_version: int | None, *,
                   waiting_on: WaitingOn | str | None = None, reason: str = "") -> tuple[CaseDetail, Changes]:
        """Start work, wait on the client or a third party, resume, or any other plain step."""
        self.require(Action.EDIT_CASES)
        target = CaseStatus(target)
        waiting = WaitingOn(waiting_on) if waiting_on else None
        reason = clean_reason(reason, required=False)
        label = _STEP_LABELS.get(target, "Change case status")
        if target is CaseStatus.WAITING:
            label = "Wait on the client" if waiting is WaitingOn.CLIENT else "Wait on a third party"
        with self.db.transaction(label) as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._step(s, case, clock, StepRequest(target, waiting, reason))
            return self._detail(s, case, clock), Changes.of("case", case.id)

    def assign(self, case_id: int, user_id: int, expected_version: int | None) -> tuple[CaseDetail, Changes]:
        """Give a new, unassigned case to a worker (managers may also move an assigned one)."""
        self.require(Action.EDIT_CASES)
        with self.db.transaction("Assign case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            if case.assignee_id is not None and not self.can(Action.REASSIGN_CASES):
                raise RuleViolation(N_("This case already has a worker: hand it off instead."))
            self._require_open(case)
            self._check_worker(s, user_id, "assignee_id")
            before = audit.snapshot(case, CASE_FIELDS)
            previous = case.assignee_id
            case.assignee_id = user_id
            if case.status == CaseStatus.NEW:
                case.status = CaseStatus.ASSIGNED.value
            self.stamp(case)
            s.flush()
            audit.record_updated(s, self.actor, "case", case, before, CASE_FIELDS)
            self._event(s, case, EventKind.HANDOFF, "", {"from_user_id": previous, "to_user_id": user_id,
                                                         "state": "assigned"})
            introduced = _introduce(s, self.actor, case)
            return self._detail(s, case, clock), Changes.of("case", case.id) | introduced

    def escalate(self, case_id: int, reason: str, expected_version: int | None) -> tuple[CaseDetail, Changes]:
        """Move the case up one support level, with a reason."""
        self.require(Action.EDIT_CASES)
        reason = clean_reason(reason)
        with self.db.transaction("Escalate case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._step(s, case, clock, StepRequest(CaseStatus.ESCALATED, reason=reason))
            return self._detail(s, case, clock), Changes.of("case", case.id)

    def resolve(self, case_id: int, resolution: Resolution,
                expected_version: int | None) -> tuple[CaseDetail, Changes]:
        self.require(Action.EDIT_CASES)
        if not (resolution.outcome or "").strip():
            # The workflow's own refusal, so the message is the same wherever it is asked.
            with self.db.read() as s:
                case = get_or_404(s, Case, case_id, "Case")
                check_transition(_state(case), StepRequest(CaseStatus.RESOLVED, resolution=None))
        resolution = validate_resolution(resolution)
        with self.db.transaction("Resolve case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._step(s, case, clock, StepRequest(CaseStatus.RESOLVED, resolution=resolution))
            return self._detail(s, case, clock), Changes.of("case", case.id)

    def close(self, case_id: int, expected_version: int | None) -> tuple[CaseDetail, Changes]:
        self.require(Action.EDIT_CASES)
        with self.db.transaction("Close case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._step(s, case, clock, StepRequest(CaseStatus.CLOSED))
            return self._detail(s, case, clock), Changes.of("case", case.id)

    def reopen(self, case_id: int, reason: str, expected_version: int | None) -> tuple[CaseDetail, Changes]:
        self.require(Action.EDIT_CASES)
        reason = clean_reason(reason)
        with self.db.transaction("Reopen case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            if case.status not in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
                raise RuleViolation(N_("Only a resolved or closed case can be reopened."))
            self._step(s, case, clock, StepRequest(CaseStatus.IN_PROGRESS, reason=reason))
            return self._detail(s, case, clock), Changes.of("case", case.id)

    # -- handoffs -------------------------------------------------------------------------------
    def hand_off(self, case_id: int, to_user_id: int, note: str,
                 expected_version: int | None) -> tuple[CaseDetail, Changes]:
        """Offer the case to another worker with a note; it is theirs once they accept it."""
        self.require(Action.EDIT_CASES)
        note = clean_text(note, "note", max_chars=20_000, multiline=True)
        if not note:
            raise ValidationError("note", N_("Write a handoff note: what the next worker needs to know."))
        with self.db.transaction("Hand off case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._require_open(case)
            if case.assignee_id not in (None, self.actor.user_id) and not self.can(Action.REASSIGN_CASES):
                raise RuleViolation(N_("Only the case's worker or a manager can hand it off."))
            if to_user_id == case.assignee_id:
                raise ValidationError("to_user_id", N_("The case is already with this worker."))
            self._check_worker(s, to_user_id, "to_user_id")
            if self._pending_handoff(s, case.id) is not None:
                raise RuleViolation(N_("This case is already waiting for a handoff to be accepted."))
            handoff = Handoff(case_id=case.id, from_user_id=case.assignee_id or self.actor.user_id,
                              to_user_id=to_user_id, note=note, state=HandoffState.PENDING.value,
                              reason="", offered_at=utcnow())
            self.stamp(handoff)
            s.add(handoff)
            audit.record_created(s, self.actor, "handoff", handoff,
                                 ("case_id", "from_user_id", "to_user_id", "note", "state"))
            self._event(s, case, EventKind.HANDOFF, note,
                        {"handoff_id": handoff.id, "from_user_id": handoff.from_user_id,
                         "to_user_id": to_user_id, "state": "offered"})
            self.stamp(case)
            case.updated_at = utcnow()  # the detail others have open is now out of date
            return self._detail(s, case, clock), Changes.of("case", case.id) | Changes.of("handoff", handoff.id)

    def accept_handoff(self, handoff_id: int) -> Changes:
        self.require(Action.EDIT_CASES)
        with self.db.transaction("Accept handoff") as s:
            handoff, case = self._decide(s, handoff_id)
            before = audit.snapshot(case, CASE_FIELDS)
            handoff.state = HandoffState.ACCEPTED.value
            case.assignee_id = handoff.to_user_id
            if case.status == CaseStatus.NEW:
                case.status = CaseStatus.ASSIGNED.value
            self.stamp(case)
            s.flush()
            audit.record_updated(s, self.actor, "case", case, before, CASE_FIELDS)
            audit.record(s, self.actor, kind="update", record_type="handoff", record_id=handoff.id,
                         changes={"state": ["pending", "accepted"]})
            self._event(s, case, EventKind.HANDOFF, "",
                        {"handoff_id": handoff.id, "from_user_id": handoff.from_user_id,
                         "to_user_id": handoff.to_user_id, "state": "accepted"})
            introduced = _introduce(s, self.actor, case)
            return Changes.of("case", case.id) | Changes.of("handoff", handoff.id) | introduced

    def return_handoff(self, handoff_id: int, reason: str) -> Changes:
        """Decline a case handed over, saying why; it stays with the worker who offered it."""
        self.require(Action.EDIT_CASES)
        reason = clean_reason(reason)
        with self.db.transaction("Return handoff") as s:
            handoff, case = self._decide(s, handoff_id)
            handoff.state = HandoffState.RETURNED.value
            handoff.reason = reason
            audit.record(s, self.actor, kind="update", record_type="handoff", record_id=handoff.id,
                         changes={"state": ["pending", "returned"]}, reason=reason)
            self._event(s, case, EventKind.HANDOFF, reason,
                        {"handoff_id": handoff.id, "from_user_id": handoff.from_user_id,
                         "to_user_id": handoff.to_user_id, "state": "returned"})
            self.stamp(case)
            case.updated_at = utcnow()
            return Changes.of("case", case.id) | Changes.of("handoff", handoff.id)

    def reassign_all(self, from_user_id: int, to_user_id: int, reason: str = "") -> tuple[int, Changes]:
        """A worker leaves: every open case of theirs goes to *to_user_id* at once.

        Handoffs still waiting for the leaver to accept are redirected to the new worker. Returns
        how many cases moved.
        """
        self.require(Action.REASSIGN_CASES)
        reason = clean_reason(reason, required=False)
        if from_user_id == to_user_id:
            raise ValidationError("to_user_id", N_("Choose a different worker to take the cases."))
        with self.db.transaction("Reassign all cases") as s:
            get_or_404(s, User, from_user_id, "User")
            self._check_worker(s, to_user_id, "to_user_id")
            open_values = [st.value for st in OPEN_STATUSES]
            moving = s.execute(select(Case.id, Case.client_id).where(
                Case.assignee_id == from_user_id, Case.status.in_(open_values)).order_by(Case.id)).all()
            now = utcnow()
            if moving:
                ids = [cid for cid, _ in moving]
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    s.execute(update(Case).where(Case.id.in_(chunk)).values(
                        assignee_id=to_user_id, version=Case.version + 1, updated_at=now,
                        updated_by_id=self.actor.user_id).execution_options(synchronize_session=False))
                action = s.info["action"]
                s.execute(insert(CaseEvent), [
                    {"case_id": cid, "client_id": client, "kind": EventKind.HANDOFF.value, "at": now,
                     "author_id": self.actor.user_id, "text": reason, "edited": False,
                     "data": {"from_user_id": from_user_id, "to_user_id": to_user_id, "state": "reassigned"},
                     "created_at": now, "updated_at": now, "version": 1, "updated_by_id": self.actor.user_id}
                    for cid, client in moving])
                s.execute(insert(AuditEntry), [
                    {"at": now, "user_id": self.actor.user_id, "action": action, "kind": "update",
                     "record_type": "case", "record_id": cid, "reason": reason,
                     "changes": {"assignee_id": [from_user_id, to_user_id]}} for cid, _ in moving])
            redirected = s.execute(update(Handoff).where(
                Handoff.to_user_id == from_user_id, Handoff.state == HandoffState.PENDING.value).values(
                to_user_id=to_user_id, version=Handoff.version + 1, updated_at=now,
                updated_by_id=self.actor.user_id).execution_options(synchronize_session=False)).rowcount
            audit.record(s, self.actor, kind="update", record_type="user", record_id=from_user_id,
                         changes={"open cases reassigned": [len(moving), 0], "to_user_id": [None, to_user_id],
                                  "pending handoffs redirected": [None, redirected]}, reason=reason)
            return len(moving), Changes({"case": frozenset(cid for cid, _ in moving),
                                         "handoff": frozenset()})

    def involve_specialist(self, case_id: int, user_id: int, note: str) -> tuple[CaseDetail, Changes]:
        """Record a specialist (often from another team) working on the case with its worker."""
        self.require(Action.EDIT_CASES)
        note = clean_text(note, "note", max_chars=2_000, multiline=True)
        with self.db.transaction("Involve specialist") as s:
            case = load_for_update(s, Case, case_id, "Case", None)
            clock = self._clock(s)
            self._require_open(case)
            self._check_worker(s, user_id, "user_id")
            if s.scalar(select(CaseSpecialist.id).where(CaseSpecialist.case_id == case.id,
                                                        CaseSpecialist.user_id == user_id)):
                raise ValidationError("user_id", N_("This specialist is already involved in the case."))
            spec = CaseSpecialist(case_id=case.id, user_id=user_id, note=note, involved_at=utcnow())
            self.stamp(spec)
            s.add(spec)
            audit.record_created(s, self.actor, "case_specialist", spec, ("case_id", "user_id", "note"))
            self._event(s, case, EventKind.SPECIALIST, note, {"user_id": user_id})
            self.stamp(case)
            case.updated_at = utcnow()
            return self._detail(s, case, clock), Changes.of("case", case.id)

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
            return _entry(event, case_reference(case.id), names), Changes.of("case", case.id)

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
            return _entry(event, case_reference(event.case_id), names), Changes.of("case", event.case_id)

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

    # -- internals ------------------------------------------------------------------------------
    def _clock(self, s: Session) -> _Clock:
        stored = _settings(s, "holidays", "timezone", "country")
        zone = ZoneInfo(stored.get("timezone") or "UTC")
        today = self.today_override or datetime.now(zone).date()
        # The organisation's own days off, and its country's public holidays.
        holidays = frozenset(date.fromisoformat(d) for d in stored.get("holidays") or ()) | public_holidays(
            stored.get("country") or "", today.year - HOLIDAY_YEARS, today.year + HOLIDAY_YEARS)
        return _Clock(BusinessCalendar.covering(holidays, today), today, zone)

    def _step(self, s: Session, case: Case, clock: _Clock, step: StepRequest) -> None:
        state = _state(case)
        check_transition(state, step)
        before = audit.snapshot(case, CASE_FIELDS)
        previous = CaseStatus(case.status)
        # Leaving a wait on the client: the days it lasted are added to the case's time.
        if case.waiting_since is not None:
            if case.waiting_on == WaitingOn.CLIENT:
                case.paused_days += clock.calendar.between(case.waiting_since, clock.today)
            case.waiting_since, case.waiting_on = None, ""
        target = step.target
        data: dict[str, Any] = {"from": previous.value, "to": target.value}
        kind = EventKind.STATUS
        if target is CaseStatus.WAITING:
            case.waiting_on = step.waiting_on.value
            case.waiting_since = clock.today
            data["waiting_on"] = step.waiting_on.value
        elif target is CaseStatus.ESCALATED:
            case.escalation_level += 1
            data["level"] = case.escalation_level
            kind = EventKind.ESCALATION
        elif target is CaseStatus.RESOLVED:
            res = step.resolution
            case.outcome, case.resolved_alone = res.outcome, res.resolved_alone
            case.acceptable, case.satisfaction = res.acceptable.value, res.satisfaction
            case.resolved_on = clock.today
            data.update(resolved_alone=res.resolved_alone, acceptable=res.acceptable.value,
                        satisfaction=res.satisfaction)
        elif target is CaseStatus.CLOSED:
            case.closed_on = clock.today
        if is_reopen(state, target):
            data["reopened"] = True
            if case.outcome:
                data["previous_outcome"] = case.outcome
            case.outcome, case.resolved_alone, case.acceptable, case.satisfaction = "", None, None, None
            case.resolved_on = case.closed_on = None
        case.status = target.value
        case.due_on = clock.due(case)
        self.stamp(case)
        s.flush()
        audit.record_updated(s, self.actor, "case", case, before, CASE_FIELDS, reason=step.reason)
        text = step.resolution.outcome if step.resolution is not None else step.reason
        self._event(s, case, kind, text, data)

    def _event(self, s: Session, case: Case, kind: EventKind, text: str,
               data: dict[str, Any] | None = None, *, at: datetime | None = None) -> CaseEvent:
        event = CaseEvent(case_id=case.id, client_id=case.client_id, kind=kind.value, at=at or utcnow(),
                          author_id=self.actor.user_id, text=text, data=data or {}, edited=False)
        self.stamp(event)
        s.add(event)
        s.flush()
        return event

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

    def _names(self, s: Session, ids: Iterable[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i}
        if not wanted:
            return {}
        return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())

    def _candidates(self, s: Session) -> list[Candidate]:
        workers = s.execute(select(User.id, User.display_name).where(
            User.active.is_(True),
            User.id.in_(select(UserRole.user_id).where(UserRole.role == Role.CASEWORKER.value)))).all()
        ids = [uid for uid, _ in workers]
        if not ids:
            return []
        specialties: dict[int, set[str]] = {}
        for uid, sp in s.execute(select(UserSpecialty.user_id, UserSpecialty.specialty)
                                 .where(UserSpecialty.user_id.in_(ids))):
            specialties.setdefault(uid, set()).add(sp.lower())
        load = dict(s.execute(select(Case.assignee_id, func.count(Case.id)).where(
            Case.assignee_id.in_(ids), Case.status.in_([st.value for st in OPEN_STATUSES]))
            .group_by(Case.assignee_id)).all())
        return [Candidate(uid, name, frozenset(specialties.get(uid, ())), load.get(uid, 0))
                for uid, name in workers]

    def _check_worker(self, s: Session, user_id: int, field_name: str) -> None:
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise ValidationError(field_name, N_("Choose an active colleague."))
        if not user.role_names & {Role.CASEWORKER.value, Role.MANAGER.value, Role.ADMIN.value}:
            raise ValidationError(field_name, N_("{name} does not work on cases."), name=user.display_name)

    def _check_category_refs(self, s: Session, draft: CategoryDraft, own_id: int | None) -> None:
        clash = s.scalar(select(CaseCategory.id).where(func.lower(CaseCategory.name) == draft.name.lower()))
        if clash is not None and clash != own_id:
            raise ValidationError("name", N_("There is already a category called '{name}'."), name=draft.name)
        if draft.point_of_contact_id is not None:
            self._check_worker(s, draft.point_of_contact_id, "point_of_contact_id")

    def _category(self, s: Session, category_id: int) -> CategoryRecord:
        cat = s.get(CaseCategory, category_id)
        name = self._names(s, [cat.point_of_contact_id]).get(cat.point_of_contact_id or 0, "")
        return _category_record(cat, name)

    def _require_open(self, case: Case) -> None:
        if case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            raise RuleViolation(N_("This case is {status}: reopen it before changing it."),
                                status=STATUS_LABELS[CaseStatus(case.status)].lower())

    def _pending_handoff(self, s: Session, case_id: int) -> Handoff | None:
        return s.scalar(select(Handoff).where(Handoff.case_id == case_id,
                                              Handoff.state == HandoffState.PENDING.value))

    def _decide(self, s: Session, handoff_id: int) -> tuple[Handoff, Case]:
        handoff = load_for_update(s, Handoff, handoff_id, "Handoff", None)
        if handoff.state != HandoffState.PENDING.value:
            raise RuleViolation(N_("This handoff was already {state}."), state=handoff.state)
        if handoff.to_user_id != self.actor.user_id:
            raise RuleViolation(N_("Only the worker the case was handed to can accept or return it."))
        case = load_for_update(s, Case, handoff.case_id, "Case", None)
        handoff.decided_at = utcnow()
        self.stamp(handoff)
        return handoff, case

    def _detail(self, s: Session, case: Case, clock: _Clock) -> CaseDetail:
        s.flush()
        client = s.execute(select(Client.last_name, Client.first_name, *_FLAG_COLUMNS)
                           .where(Client.id == case.client_id)).first()
        cat = s.get(CaseCategory, case.category_id)
        specialists = s.execute(select(CaseSpecialist, User.display_name)
                                .join(User, User.id == CaseSpecialist.user_id)
                                .where(CaseSpecialist.case_id == case.id).order_by(CaseSpecialist.id)).all()
        pending = s.execute(_handoff_select().where(Handoff.case_id == case.id,
                                                    Handoff.state == HandoffState.PENDING.value)).first()
        names = self._names(s, [case.assignee_id])
        status = CaseStatus(case.status)
        resolution = None
        if case.acceptable is not None:
            resolution = Resolution(case.outcome, bool(case.resolved_alone), case.acceptable, case.satisfaction)
        paused = status is CaseStatus.WAITING and case.waiting_on == WaitingOn.CLIENT
        due = clock.due(case)
        return CaseDetail(
            id=case.id, reference=case_reference(case.id), client_id=case.client_id,
            client_name=_client_label(client[0], client[1]) if client else "",
            client_flags=ClientFlags(*client[2:]) if client else ClientFlags(),
            title=case.title, category_id=case.category_id, category=cat.name if cat else "",
            priority=case.priority, status=case.status, assignee_id=case.assignee_id,
            assignee=names.get(case.assignee_id or 0, ""), opened_on=case.opened_on,
            target_days=case.target_days, due_on=due, paused=paused, paused_days=case.paused_days,
            waiting_on=case.waiting_on, waiting_since=case.waiting_since,
            escalation_level=case.escalation_level, resolution=resolution, resolved_on=case.resolved_on,
            closed_on=case.closed_on, overdue=status in OPEN_STATUSES and not paused and due < clock.today,
            specialists=tuple(SpecialistRow(sp.user_id, name, sp.note, sp.involved_at) for sp, name in specialists),
            pending_handoff=_handoff_row(*pending) if pending else None,
            next_statuses=frozenset(t.value for t in allowed_targets(_state(case))), version=case.version)

    def _filtered(self, stmt: Any, query: ListQuery, today: date) -> Any:
        status = query.filter("status", "open")
        if status == "open":
            stmt = stmt.where(Case.status.in_([st.value for st in OPEN_STATUSES]))
        elif status == "finished":
            stmt = stmt.where(Case.status.in_([st.value for st in FINISHED_STATUSES]))
        elif status and status != "all":
            stmt = stmt.where(Case.status == CaseStatus(status).value)
        if query.filter("mine"):
            stmt = stmt.where(Case.assignee_id == self.actor.user_id)
        if query.filter("assignee") is not None:
            stmt = stmt.where(Case.assignee_id == int(query.filter("assignee")))
        if query.filter("category") is not None:
            stmt = stmt.where(Case.category_id == int(query.filter("category")))
        if query.filter("client") is not None:
            stmt = stmt.where(Case.client_id == int(query.filter("client")))
        if query.filter("overdue"):
            stmt = stmt.where(_overdue_clause(today))
        text = _filter_text(query.text)
        if text:
            stmt = stmt.where(_text_clause(text))
        return stmt

    def _sorted(self, stmt: Any, query: ListQuery) -> Any:
        key = query.sort or "due_on"
        desc = query.descending
        if key == "client_name":
            stmt = stmt.join(Client, Client.id == Case.client_id)
            order = [Client.last_name, Client.first_name]
        elif key == "category":
            stmt = stmt.join(CaseCategory, CaseCategory.id == Case.category_id)
            order = [CaseCategory.name]
        elif key == "assignee":
            stmt = stmt.outerjoin(User, User.id == Case.assignee_id)
            order = [User.display_name]
        elif key == "priority":
            order = [sql_case(*((Case.priority == p.value, rank) for p, rank in PRIORITY_RANK.items()), else_=9)]
        else:
            order = [{"reference": Case.id, "id": Case.id, "title": Case.title, "status": Case.status,
                      "opened_on": Case.opened_on}.get(key, Case.due_on)]
        order = [o.desc() if desc else o for o in order]
        tie = Case.id.desc() if desc else Case.id
        return stmt.order_by(*order, tie)

    def _rows(self, s: Session, stmt: Any, today: date, order: Sequence[int] | None = None) -> list[CaseRow]:
        rows = [_case_row(r, today) for r in s.execute(stmt)]
        if order is None:
            return rows
        by_id = {r.id: r for r in rows}
        return [by_id[i] for i in order if i in by_id]


# --- helpers -------------------------------------------------------------------------------------


def _introduce(s: Session, actor: Actor, case: Case) -> Changes:
    """A new worker for the case: the client is introduced to them and their team, in their language
    and by their channel (see ``care.record_introduction``)."""
    from caseworker.services.care import record_introduction

    return record_introduction(s, actor, case).changes()


_STEP_LABELS = {
    CaseStatus.ASSIGNED: "Assign case",
    CaseStatus.IN_PROGRESS: "Start work on case",
    CaseStatus.ESCALATED: "Escalate case",
    CaseStatus.RESOLVED: "Resolve case",
    CaseStatus.CLOSED: "Close case",
}

# The client's flags, in ClientFlags' order, read with every case row (no extra query per row).
_FLAG_COLUMNS = (Client.safeguarding, Client.interpreter_needed, Client.interpreter_language, Client.accessibility)


def _row_select() -> Any:
    assignee = User.__table__.alias("assignee")
    return (select(Case.id, Case.client_id, Client.last_name, Client.first_name, Case.title, CaseCategory.name,
                   Case.priority, Case.status, Case.assignee_id, assignee.c.display_name, Case.opened_on,
                   Case.due_on, Case.waiting_on, *_FLAG_COLUMNS)
            .join(Client, Client.id == Case.client_id)
            .join(CaseCategory, CaseCategory.id == Case.category_id)
            .outerjoin(assignee, assignee.c.id == Case.assignee_id))


def _case_row(r: Any, today: date) -> CaseRow:
    (cid, client_id, last, first, title, category, priority, status, assignee_id, assignee,
     opened, due, waiting_on, *flags) = r
    paused = status == CaseStatus.WAITING and waiting_on == WaitingOn.CLIENT
    overdue = status in OPEN_STATUSES and not paused and due < today
    return CaseRow(cid, case_reference(cid), client_id, _client_label(last, first), title, category or "",
                   priority, status, assignee_id, assignee or "", opened, due, waiting_on, overdue,
                   ClientFlags(*flags))


def _client_label(last: str | None, first: str | None, born: date | None = None) -> str:
    name = ", ".join(p for p in (last, first) if p) or "—"
    return f"{name} ({born.isoformat()})" if born else name


def _not_future(day: date, today: date, field_name: str) -> None:
    if day > today:
        raise ValidationError(field_name, N_("This date is in the future: {value}."), value=day.isoformat())


def _overdue_clause(today: date) -> Any:
    waiting_on_client = and_(Case.status == CaseStatus.WAITING.value, Case.waiting_on == WaitingOn.CLIENT.value)
    return and_(Case.status.in_([st.value for st in OPEN_STATUSES]), Case.due_on < today,
                not_(waiting_on_client))


def _filter_text(text: str) -> str:
    """Typed filter text without control characters (SQLite's LIKE stops at a NUL and would match
    everything), spaces collapsed, at most 100 characters."""
    return " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())[:100]


def _text_clause(text: str) -> Any:
    ref = parse_case_reference(text)
    if ref is not None and text.strip()[:1] in "cC":
        return Case.id == ref  # "C-000123" is a reference, never a subject or a name
    parts = [Case.title.ilike(like_pattern(text), escape="\\")]
    if ref is not None:
        parts.append(Case.id == ref)
    words = [name_key(w) for w in text.split()][:4]
    words = [w for w in words if w]
    if words:
        name_match = and_(*(Case.client_id.in_(
            select(ClientSearchKey.client_id).where(
                ClientSearchKey.key.like(f"{audit.escape_like(w)}%", escape="\\"))) for w in words))
        parts.append(name_match)
    return or_(*parts)


def _handoff_select() -> Any:
    giver = User.__table__.alias("giver")
    taker = User.__table__.alias("taker")
    return (select(Handoff, Case.title, Client.last_name, Client.first_name, giver.c.display_name,
                   taker.c.display_name, *_FLAG_COLUMNS)
            .join(Case, Case.id == Handoff.case_id)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(giver, giver.c.id == Handoff.from_user_id)
            .join(taker, taker.c.id == Handoff.to_user_id))


def _handoff_row(h: Handoff, title: str, last: str, first: str, giver: str | None, taker: str,
                 *flags: Any) -> HandoffRow:
    return HandoffRow(h.id, h.case_id, case_reference(h.case_id), _client_label(last, first), title,
                      h.from_user_id, giver or "", h.to_user_id, taker, h.note, h.state, h.reason, h.offered_at,
                      ClientFlags(*flags))


def _state(case: Case) -> CaseState:
    return CaseState(CaseStatus(case.status), case.assignee_id, case.escalation_level,
                     WaitingOn(case.waiting_on) if case.waiting_on else None)


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
        from caseworker.domain.introductions import DELIVERY_HEADLINES, LANGUAGE_NAMES, Delivery

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


def _validate_category(draft: CategoryDraft) -> CategoryDraft:
    errors = FieldErrors()
    name = errors.check(clean_text, draft.name, "name", max_chars=120, required=True)
    description = errors.check(clean_text, draft.description, "description", max_chars=500)
    specialty = errors.check(clean_text, draft.specialty, "specialty", max_chars=60)
    target: int | None = None
    try:
        target = int(str(draft.target_days).strip())
    except ValueError:
        errors.add(ValidationError("target_days", N_("Enter the target as a whole number of business days.")))
    else:
        if not 1 <= target <= MAX_TARGET_DAYS:
            errors.add(ValidationError("target_days", N_("The target is between 1 and {max} business days."),
                                       max=MAX_TARGET_DAYS))
    errors.raise_if_any()
    return CategoryDraft(name, target, (specialty or "").lower(), draft.point_of_contact_id, draft.team_id,
                         description or "", bool(draft.active))


def _category_values(draft: CategoryDraft) -> dict[str, Any]:
    return {"name": draft.name, "description": draft.description, "target_days": draft.target_days,
            "specialty": draft.specialty, "point_of_contact_id": draft.point_of_contact_id,
            "team_id": draft.team_id, "active": draft.active}


def _category_record(c: CaseCategory, poc_name: str | None) -> CategoryRecord:
    return CategoryRecord(c.id, c.name, c.description, c.target_days, c.specialty, c.point_of_contact_id,
                          poc_name or "", c.team_id, c.active, c.version)


@search_provider("case", Action.READ_CASES)
def search_cases(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    text = _filter_text(text)
    if not text:
        return []
    stmt = (select(Case.id, Case.title, Client.last_name, Client.first_name, Case.status, *_FLAG_COLUMNS)
            .join(Client, Client.id == Case.client_id)
            .where(_text_clause(text))
            .order_by(sql_case((Case.status.in_([st.value for st in OPEN_STATUSES]), 0), else_=1),
                      Case.due_on, Case.id)
            .limit(limit))
    return [SearchHit("case", cid, f"{case_reference(cid)} · {title}",
                      f"{_client_label(last, first)} · {status.replace('_', ' ')}", ClientFlags(*flags))
            for cid, title, last, first, status, *flags in s.execute(stmt)]
