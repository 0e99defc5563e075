"""The parts of the case service share this: the calendar, a workflow step, a timeline event, the
case rows and details every part returns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, not_, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import (
    Case,
    CaseCategory,
    CaseEvent,
    CaseSpecialist,
    Client,
    Handoff,
    OrgSetting,
    User,
)
from caseworker.domain.business_days import (
    HOLIDAY_YEARS,
    BusinessCalendar,
    public_holidays,
)
from caseworker.domain.cases import (
    OPEN_STATUSES,
    STATUS_LABELS,
    Acceptability,
    CaseDetail,
    CaseRow,
    CaseState,
    CaseStatus,
    EventKind,
    HandoffRow,
    HandoffState,
    Resolution,
    SpecialistRow,
    StepRequest,
    WaitingOn,
    allowed_targets,
    case_reference,
    check_transition,
    is_reopen,
)
from caseworker.domain.clients import ClientFlags
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.permissions import Role
from caseworker.domain.records import Actor
from caseworker.services import audit
from caseworker.services.base import Service

CASE_FIELDS = ("client_id", "category_id", "title", "priority", "status", "assignee_id", "opened_on",
               "target_days", "due_on", "paused_days", "waiting_on", "escalation_level", "outcome",
               "resolved_alone", "acceptable", "satisfaction", "resolved_on", "closed_on")


CATEGORY_FIELDS = ("name", "description", "target_days", "specialty", "point_of_contact_id", "team_id",
                   "active")


TIMELINE_LIMIT = 2000


CASE_ROLES = (Role.CASEWORKER.value, Role.MANAGER.value)


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


class CaseServiceBase(Service):
    """What every part of the case service shares: the calendar, a workflow step, an event on the
    timeline, names, and a case's detail."""

    # Tests pin "today"; in use it is the current date in the organisation's time zone.
    today_override: date | None = None

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
            assert step.waiting_on is not None  # check_transition refuses a wait on no one
            case.waiting_on = step.waiting_on.value
            case.waiting_since = clock.today
            data["waiting_on"] = step.waiting_on.value
        elif target is CaseStatus.ESCALATED:
            case.escalation_level += 1
            data["level"] = case.escalation_level
            kind = EventKind.ESCALATION
        elif target is CaseStatus.RESOLVED:
            res = step.resolution
            assert res is not None  # check_transition refuses a resolution without an outcome
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

    def _check_worker(self, s: Session, user_id: int, field_name: str) -> None:
        user = s.get(User, user_id)
        if user is None or not user.active:
            raise ValidationError(field_name, N_("Choose an active colleague."))
        if not user.role_names & {Role.CASEWORKER.value, Role.MANAGER.value, Role.ADMIN.value}:
            raise ValidationError(field_name, N_("{name} does not work on cases."), name=user.display_name)

    def _names(self, s: Session, ids: Iterable[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i}
        if not wanted:
            return {}
        return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())

    def _require_open(self, case: Case) -> None:
        if case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
            raise RuleViolation(N_("This case is {status}: reopen it before changing it."),
                                status=STATUS_LABELS[CaseStatus(case.status)].lower())

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
            resolution = Resolution(case.outcome, bool(case.resolved_alone), Acceptability(case.acceptable),
                                    case.satisfaction)
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


def _introduce(s: Session, actor: Actor, case: Case) -> None:
    """A new worker for the case: the client is introduced to them and their team, in their language
    and by their channel (see ``care.record_introduction``)."""
    from caseworker.services.care import record_introduction

    record_introduction(s, actor, case)


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


def _state(case: Case) -> CaseState:
    return CaseState(CaseStatus(case.status), case.assignee_id, case.escalation_level,
                     WaitingOn(case.waiting_on) if case.waiting_on else None)


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
