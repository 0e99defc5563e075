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

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy import case as sql_case
from sqlalchemy.orm import InstrumentedAttribute, Session

from caseworker.db.models import Case, CaseCategory, Client, ClientSearchKey, User
from caseworker.db.notices import changes_so_far
from caseworker.domain.cases import (
    FINISHED_STATUSES,
    MAX_TITLE_CHARS,
    OPEN_STATUSES,
    PRIORITY_RANK,
    CaseDetail,
    CaseDraft,
    CaseRow,
    CaseStatus,
    EventKind,
    Priority,
    Resolution,
    StepRequest,
    WaitingOn,
    case_reference,
    check_transition,
    clean_reason,
    parse_case_reference,
    validate_resolution,
)
from caseworker.domain.clients import ClientFlags
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import (
    FieldErrors,
    clean_text,
    name_key,
    parse_optional_date,
)
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes, SearchHit
from caseworker.services import audit
from caseworker.services.base import get_or_404, load_for_update
from caseworker.services.case_base import (
    _FLAG_COLUMNS,
    _STEP_LABELS,
    CASE_FIELDS,
    _case_row,
    _client_label,
    _introduce,
    _not_future,
    _overdue_clause,
    _row_select,
    _state,
)
from caseworker.services.case_handoffs import CaseHandoffs
from caseworker.services.case_routing import CaseRouting
from caseworker.services.case_timeline import CaseTimeline
from caseworker.services.search import like_pattern, search_provider


class CaseService(CaseRouting, CaseHandoffs, CaseTimeline):
    """Cases from opening to closing; routing, handoffs and the timeline are its parts."""

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
            return self._detail(s, case, clock), changes_so_far(s)

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
            return self._detail(s, case, clock), changes_so_far(s)

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
            _introduce(s, self.actor, case)
            return self._detail(s, case, clock), changes_so_far(s)

    def escalate(self, case_id: int, reason: str, expected_version: int | None) -> tuple[CaseDetail, Changes]:
        """Move the case up one support level, with a reason."""
        self.require(Action.EDIT_CASES)
        reason = clean_reason(reason)
        with self.db.transaction("Escalate case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._step(s, case, clock, StepRequest(CaseStatus.ESCALATED, reason=reason))
            return self._detail(s, case, clock), changes_so_far(s)

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
            return self._detail(s, case, clock), changes_so_far(s)

    def close(self, case_id: int, expected_version: int | None) -> tuple[CaseDetail, Changes]:
        self.require(Action.EDIT_CASES)
        with self.db.transaction("Close case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._step(s, case, clock, StepRequest(CaseStatus.CLOSED))
            return self._detail(s, case, clock), changes_so_far(s)

    def reopen(self, case_id: int, reason: str, expected_version: int | None) -> tuple[CaseDetail, Changes]:
        self.require(Action.EDIT_CASES)
        reason = clean_reason(reason)
        with self.db.transaction("Reopen case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            if case.status not in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
                raise RuleViolation(N_("Only a resolved or closed case can be reopened."))
            self._step(s, case, clock, StepRequest(CaseStatus.IN_PROGRESS, reason=reason))
            return self._detail(s, case, clock), changes_so_far(s)

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
        order: list[ColumnElement[Any] | InstrumentedAttribute[Any]]
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


def _filter_text(text: str) -> str:
    """Typed filter text without control characters (SQLite's LIKE stops at a NUL and would match
    everything), spaces collapsed, at most 100 characters."""
    return " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())[:100]


def _text_clause(text: str) -> Any:
    ref = parse_case_reference(text)
    if ref is not None and text.strip()[:1] in "cC":
        return Case.id == ref  # "C-000123" is a reference, never a subject or a name
    parts: list[ColumnElement[bool]] = [Case.title.ilike(like_pattern(text), escape="\\")]
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
                      f"{_client_label(last, first)} · {status.replace('_', ' ')}",
                      ClientFlags(safeguarding, interpreter, language, accessibility))
            for cid, title, last, first, status, safeguarding, interpreter, language, accessibility
            in s.execute(stmt)]
