"""Client care: the contact rhythm and its check-ins, contacts planned on the client's terms, the team
introduced to the client, and the client's own feedback.

A check-in is any call, visit or message on the client's timeline: logging one moves the next
check-in on by the rhythm. Planning a contact is a task on the client with a channel; it is saved
whatever the advice, but the advice (outside the client's days or hours, or not by their channel,
and the next slot that fits) comes back with it in plain words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from caseworker.db.models import (
    Case,
    CaseCategory,
    CaseEvent,
    Client,
    ClientFeedback,
    ContactRhythm,
    OrgSetting,
    OutboxMessage,
    StaffProfile,
    Task,
    Team,
    TeamProfile,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.care import (
    Advice,
    Answer,
    CheckInState,
    ContactWishes,
    FeedbackDraft,
    FeedbackMethod,
    RecordKind,
    RhythmDraft,
    TaskDraft,
    advise_contact,
    check_in_due,
    check_in_state,
    validate_feedback,
    validate_rhythm,
    wishes_of,
)
from caseworker.domain.cases import FINISHED_STATUSES, OPEN_STATUSES, EventKind, TimelineEntry, case_reference
from caseworker.domain.channels import CHANNEL_PHRASES, CLIENT_CHANNELS, Channel, channel_in
from caseworker.domain.clock import utcnow
from caseworker.domain.errors import RuleViolation
from caseworker.domain.guard import WEEKDAY_LABELS, Weekday
from caseworker.domain.i18n import N_
from caseworker.domain.introductions import (
    CALL_TASK,
    KEY_WORKER,
    ORG_LANGUAGE,
    POINT_OF_CONTACT,
    SPECIALIST,
    STANDS_IN,
    SUBJECT,
    TEXT_TASK,
    WORKER_FOR,
    Delivery,
    Person,
    Wording,
    channel_of,
    delivery_for,
    fallback_note,
    introduction_text,
    person_detail,
    wording_for,
)
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update

RHYTHM_FIELDS = ("client_id", "every_days", "while_case_open", "channel", "days", "best_from", "best_to",
                 "started_on", "active")
FEEDBACK_FIELDS = ("case_id", "solved", "acceptable", "treated", "comment", "method")
CONTACT_KINDS = (EventKind.CALL.value, EventKind.VISIT.value, EventKind.MESSAGE.value)
# A contact by each channel is logged on the timeline as a call, a visit or a message.
_KIND_OF_CHANNEL = {Channel.PHONE: EventKind.CALL, Channel.IN_PERSON: EventKind.VISIT, Channel.SMS: EventKind.MESSAGE,
                    Channel.EMAIL: EventKind.MESSAGE, Channel.LETTER: EventKind.MESSAGE}


@dataclass(frozen=True)
class RhythmRecord:
    client_id: int
    every_days: int
    while_case_open: bool
    channel: str
    days: tuple[str, ...]
    best_from: str
    best_to: str
    started_on: date
    active: bool
    version: int


@dataclass(frozen=True)
class CheckInRow:
    client_id: int
    client_name: str
    key_worker_id: int | None
    key_worker: str
    every_days: int
    channel: str
    days: tuple[str, ...]
    best_from: str
    best_to: str
    last_contact: date | None
    due_on: date
    state: str


@dataclass(frozen=True)
class TeamMember:
    """One person of the client's team, as the client is told about them."""

    user_id: int
    name: str
    # "key worker", "case worker for C-000042", "specialist", "team point of contact", ...
    role: str
    role_params: dict[str, Any]
    job_title: str
    phone: str
    hours: str
    work_days: tuple[str, ...] = ()
    work_from: str = ""
    work_to: str = ""


@dataclass(frozen=True)
class Introduction:
    """The client's introduction to their worker and team, as recorded and printed.

    ``text`` and ``subject`` are in ``written_in`` (the client's language, or the organisation's
    when there is no text in theirs: ``fallback``); ``delivery`` says how it reaches them.
    """

    case_id: int
    reference: str
    case_title: str
    client_name: str
    greeting_name: str
    language: str  # the client's language as recorded
    channel: str  # the client's preferred channel
    worker: str
    team: str
    members: tuple[TeamMember, ...]
    team_phone: str
    team_email: str
    text: str
    written_in: str = "en"
    fallback: bool = False
    delivery: str = "letter"
    subject: str = ""
    worker_id: int | None = None
    # What recording it made: the message queued in the outbox, or the task for the worker.
    message_id: int | None = None
    task_id: int | None = None


@dataclass(frozen=True)
class FeedbackRecord:
    case_id: int
    solved: str
    acceptable: str
    treated: int
    comment: str
    method: str
    recorded_by: str
    recorded_at: datetime
    # The worker's verdict at resolution, beside the client's words (never mixed with them).
    worker_acceptable: str | None
    worker_satisfaction: int | None
    version: int


class CareService(Service):
    now_override: datetime | None = None

    def now(self) -> datetime:
        return self.now_override or utcnow()

    # -- the rhythm -----------------------------------------------------------------------------
    def rhythm(self, client_id: int) -> RhythmRecord | None:
        self.require(Action.READ_CLIENTS)
        with self.db.read() as s:
            row = s.scalar(select(ContactRhythm).where(ContactRhythm.client_id == client_id))
            return _rhythm_record(row) if row is not None else None

    def set_rhythm(self, client_id: int, draft: RhythmDraft,
                   expected_version: int | None = None) -> tuple[RhythmRecord, Changes]:
        """Set (or change) how often and how the client is checked in with."""
        self.require(Action.EDIT_CLIENTS)
        draft = validate_rhythm(draft)
        with self.db.transaction("Set contact rhythm") as s:
            get_or_404(s, Client, client_id, "Client")
            row = s.scalar(select(ContactRhythm).where(ContactRhythm.client_id == client_id))
            values = {"every_days": draft.every_days, "while_case_open": draft.while_case_open,
                      "channel": draft.channel, "days": _days_text(draft.days), "best_from": draft.best_from,
                      "best_to": draft.best_to, "active": True}
            if row is None:
                row = ContactRhythm(client_id=client_id, started_on=self._today(s), **values)
                self.stamp(row)
                s.add(row)
                audit.record_created(s, self.actor, "contact_rhythm", row, RHYTHM_FIELDS)
            else:
                row = load_for_update(s, ContactRhythm, row.id, "Contact rhythm", expected_version)
                before = audit.snapshot(row, RHYTHM_FIELDS)
                if not row.active:
                    row.started_on = self._today(s)
                for key, value in values.items():
                    setattr(row, key, value)
                self.stamp(row)
                s.flush()
                audit.record_updated(s, self.actor, "contact_rhythm", row, before, RHYTHM_FIELDS)
            return _rhythm_record(row), changes_so_far(s)

    def stop_rhythm(self, client_id: int, expected_version: int | None = None) -> Changes:
        self.require(Action.EDIT_CLIENTS)
        with self.db.transaction("Stop contact rhythm") as s:
            row = s.scalar(select(ContactRhythm).where(ContactRhythm.client_id == client_id))
            if row is None or not row.active:
                raise RuleViolation(N_("This client has no contact rhythm to stop."))
            row = load_for_update(s, ContactRhythm, row.id, "Contact rhythm", expected_version)
            before = audit.snapshot(row, RHYTHM_FIELDS)
            row.active = False
            self.stamp(row)
            s.flush()
            audit.record_updated(s, self.actor, "contact_rhythm", row, before, RHYTHM_FIELDS)
            return changes_so_far(s)

    def check_ins(self, *, mine: bool = True, due_only: bool = True) -> list[CheckInRow]:
        """Clients whose check-in is due or overdue (or all with a rhythm), most overdue first.

        ``mine``: the clients whose key worker is the signed-in user. A rhythm kept only while a
        case is open lists its client only while they have one.
        """
        self.require(Action.READ_CLIENTS)
        with self.db.read() as s:
            zone = _zone(s)
            today = self._today(s)
            # Only the clients with a rhythm: their events are found through the (client, at) index
            # instead of grouping the whole timeline table.
            with_rhythm = select(ContactRhythm.client_id).where(ContactRhythm.active.is_(True))
            if mine:
                with_rhythm = with_rhythm.join(Client, Client.id == ContactRhythm.client_id).where(
                    Client.key_worker_id == self.actor.user_id)
            last = (select(CaseEvent.client_id, func.max(CaseEvent.at).label("last_at"))
                    .where(CaseEvent.kind.in_(CONTACT_KINDS), CaseEvent.client_id.in_(with_rhythm))
                    .group_by(CaseEvent.client_id).subquery())
            has_open_case = exists().where(Case.client_id == ContactRhythm.client_id,
                                           Case.status.in_([st.value for st in OPEN_STATUSES]))
            stmt = (select(ContactRhythm, Client.last_name, Client.first_name, Client.key_worker_id,
                           User.display_name, last.c.last_at)
                    .join(Client, Client.id == ContactRhythm.client_id)
                    .outerjoin(User, User.id == Client.key_worker_id)
                    .outerjoin(last, last.c.client_id == ContactRhythm.client_id)
                    .where(ContactRhythm.active.is_(True), Client.anonymised_at.is_(None),
                           or_(ContactRhythm.while_case_open.is_(False), has_open_case)))
            if mine:
                stmt = stmt.where(Client.key_worker_id == self.actor.user_id)
            rows = []
            for rhythm, last_name, first_name, worker_id, worker, last_at in s.execute(stmt):
                last_day = last_at.astimezone(zone).date() if last_at is not None else None
                due = check_in_due(rhythm.every_days, last_day, rhythm.started_on)
                state = check_in_state(due, today)
                if due_only and state is CheckInState.OK:
                    continue
                rows.append(CheckInRow(rhythm.client_id, _client_label(last_name, first_name), worker_id,
                                       worker or "", rhythm.every_days, rhythm.channel, _days(rhythm.days),
                                       rhythm.best_from, rhythm.best_to, last_day, due, state.value))
        return sorted(rows, key=lambda r: (r.due_on, r.client_name.casefold(), r.client_id))

    # -- planning and logging contacts ----------------------------------------------------------
    def advise(self, client_id: int, when: datetime, channel: str) -> Advice:
        """Whether a contact at *when* by *channel* suits the client, and the next slot that does."""
        self.require(Action.READ_CLIENTS)
        with self.db.read() as s:
            return advise_contact(self._wishes(s, client_id), when, channel)

    def plan_contact(self, client_id: int, when: datetime, channel: str, title: str = "", notes: str = "",
                     remind_minutes: int | None = None) -> tuple[Any, Advice, Changes]:
        """Plan a call, visit or message as a task on the client; returns the task and the advice."""
        from caseworker.services.tasks import TaskService

        advice = self.advise(client_id, when, channel)
        with self.db.read() as s:
            label = _client_label(*s.execute(select(Client.last_name, Client.first_name)
                                             .where(Client.id == client_id)).one())
        task, changes = TaskService(self.db, self.actor).add_task(TaskDraft(
            title or N_("Check in with {client} ({channel})").format(client=label, channel=CHANNEL_PHRASES[Channel(channel)]),
            when, RecordKind.CLIENT, client_id, notes=notes, channel=channel, remind_minutes=remind_minutes))
        return task, advice, changes

    def log_contact(self, client_id: int, channel: str, text: str,
                    on: date | str | None = None) -> tuple[TimelineEntry, Changes]:
        """Log a call, visit or message with the client on their open case's timeline (their latest
        case when none is open); it counts as the check-in."""
        from caseworker.services.cases import CaseService

        channel = channel_in(channel, CLIENT_CHANNELS, "channel", N_("Choose a contact channel from the list."))
        self.require(Action.WRITE_CASE_NOTES)
        with self.db.read() as s:
            get_or_404(s, Client, client_id, "Client")
            finished = [st.value for st in FINISHED_STATUSES]
            case_id = s.scalar(select(Case.id).where(Case.client_id == client_id)
                               .order_by(Case.status.in_(finished), Case.opened_on.desc(), Case.id.desc()).limit(1))
        if case_id is None:
            raise RuleViolation(N_("This client has no case to log the contact on: open a case first."))
        cases = CaseService(self.db, self.actor)
        if self.now_override is not None:
            with self.db.read() as s:
                cases.today_override = self._today(s)
        return cases.add_entry(case_id, _KIND_OF_CHANNEL[channel], text, on)

    # -- the team -------------------------------------------------------------------------------
    def your_team(self, client_id: int) -> list[TeamMember]:
        """Who looks after the client, with each person's role: key worker, the workers of open
        cases, their teams' points of contact and backups, and specialists involved."""
        self.require(Action.READ_CLIENTS)
        with self.db.read() as s:
            get_or_404(s, Client, client_id, "Client")
            return _team_of(s, client_id)

    def introduction(self, case_id: int) -> Introduction:
        """The introduction the client would be given now (for a preview or a letter)."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            return build_introduction(s, get_or_404(s, Case, case_id, "Case"))

    def introduce(self, case_id: int) -> tuple[Introduction, Changes]:
        """Record on the case's timeline that the client was introduced to their team."""
        self.require(Action.EDIT_CASES)
        with self.db.transaction("Introduce the team") as s:
            case = get_or_404(s, Case, case_id, "Case")
            intro = record_introduction(s, self.actor, case)
            return intro, changes_so_far(s)

    # -- feedback -------------------------------------------------------------------------------
    def record_feedback(self, case_id: int, draft: FeedbackDraft,
                        expected_version: int | None = None) -> tuple[FeedbackRecord, Changes]:
        """Record the client's own answers after resolution (on paper at a visit or on the phone)."""
        self.require(Action.EDIT_CASES)
        draft = validate_feedback(draft)
        with self.db.transaction("Record client feedback") as s:
            case = get_or_404(s, Case, case_id, "Case")
            if case.status not in {st.value for st in FINISHED_STATUSES}:
                raise RuleViolation(N_("Ask for the client's feedback once the case is resolved."))
            row = s.scalar(select(ClientFeedback).where(ClientFeedback.case_id == case_id))
            # validate_feedback hands back the answers as their enums.
            values = {"solved": Answer(draft.solved).value, "acceptable": Answer(draft.acceptable).value,
                      "treated": draft.treated, "comment": draft.comment, "method": FeedbackMethod(draft.method).value}
            if row is None:
                row = ClientFeedback(case_id=case_id, client_id=case.client_id, recorded_by_id=self.actor.user_id,
                                     recorded_at=self.now(), **values)
                self.stamp(row)
                s.add(row)
                audit.record_created(s, self.actor, "client_feedback", row, FEEDBACK_FIELDS)
            else:
                row = load_for_update(s, ClientFeedback, row.id, "Client feedback", expected_version)
                before = audit.snapshot(row, FEEDBACK_FIELDS)
                for key, value in values.items():
                    setattr(row, key, value)
                self.stamp(row)
                s.flush()
                audit.record_updated(s, self.actor, "client_feedback", row, before, FEEDBACK_FIELDS)
            s.flush()
            return self._feedback(s, row, case), changes_so_far(s)

    def feedback(self, case_id: int) -> FeedbackRecord | None:
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            case = get_or_404(s, Case, case_id, "Case")
            row = s.scalar(select(ClientFeedback).where(ClientFeedback.case_id == case_id))
            return self._feedback(s, row, case) if row is not None else None

    # -- internals ------------------------------------------------------------------------------
    def _today(self, s: Session) -> date:
        return self.now().astimezone(_zone(s)).date()

    def _wishes(self, s: Session, client_id: int) -> ContactWishes:
        client = get_or_404(s, Client, client_id, "Client")
        zone = _zone(s)
        rhythm = s.scalar(select(ContactRhythm).where(ContactRhythm.client_id == client_id,
                                                      ContactRhythm.active.is_(True)))
        if rhythm is None:
            return ContactWishes(channel=client.contact_channel or "", zone=zone)
        return wishes_of(rhythm.channel or client.contact_channel or "", rhythm.days, rhythm.best_from,
                         rhythm.best_to, zone)

    def _feedback(self, s: Session, row: ClientFeedback, case: Case) -> FeedbackRecord:
        name = s.scalar(select(User.display_name).where(User.id == row.recorded_by_id)) or ""
        return FeedbackRecord(row.case_id, row.solved, row.acceptable, row.treated, row.comment, row.method, name,
                              row.recorded_at, case.acceptable, case.satisfaction, row.version)


# --- shared with the case service and the paperwork -----------------------------------------------


def introduction_letter(services: Any, case_id: int, today: date, translate: Any = None) -> Any:
    """The introduction letter's document (``domain.documents.IntroductionLetterData``) for a case, in
    the client's language where there is a text for it (else the organisation's, as the window's
    *translate* gives it)."""
    from caseworker.domain import documents as rd
    from caseworker.services.org_settings import load_org_settings
    from caseworker.services.paperwork import organisation

    intro: Introduction = services.care.introduction(case_id)
    wording = intro_wording(intro)
    t = translate or (lambda text: text)
    client_words = intro.written_in != ORG_LANGUAGE

    def role(m: TeamMember) -> str:
        return wording.say(m.role, **m.role_params) if client_words else t(m.role).format(**m.role_params)

    members = tuple(rd.IntroducedPerson(m.name, role(m), person_detail(wording, _person(m))) for m in intro.members)
    return rd.IntroductionLetterData(organisation(load_org_settings(services.db)), intro.reference, intro.case_title,
                                     intro.client_name, intro.greeting_name, intro.worker, intro.team, members,
                                     intro.team_phone, intro.team_email, today,
                                     phrases=dict(wording.phrases()) if client_words else {},
                                     language=intro.written_in)


def feedback_form(services: Any, case_id: int) -> Any:
    """The printed feedback form's document (``domain.documents.FeedbackFormData``) for a case."""
    from caseworker.domain import documents as rd
    from caseworker.services.org_settings import load_org_settings
    from caseworker.services.paperwork import organisation

    case = services.cases.get(case_id)
    return rd.FeedbackFormData(organisation(load_org_settings(services.db)), case.reference, case.title,
                               case.client_name, case.assignee, case.resolved_on)


def record_introduction(s: Session, actor: Actor, case: Case) -> Introduction:
    """Introduce the client to their (new) worker and team, in their language and by their channel.

    An e-mail or a letter is queued in the outbox (the e-mail goes with the next send, the letter
    with the next print of waiting letters, which also notes it on the timeline); a call or a text
    message becomes a task for the case's worker with the words to use. Either way the
    introduction, and how it goes to the client, is written on the case's timeline now.
    """
    intro = build_introduction(s, case)
    client = s.get(Client, case.client_id)
    now = utcnow()
    delivery = Delivery(intro.delivery)
    data: dict[str, Any] = {"introduction": True, "worker_id": case.assignee_id,
                            "members": [m.user_id for m in intro.members], "delivery": delivery.value,
                            "language": intro.written_in, "asked_language": intro.language,
                            "fallback": intro.fallback}
    if delivery in (Delivery.EMAIL, Delivery.LETTER) and client is not None:
        email = delivery is Delivery.EMAIL
        message = OutboxMessage(
            channel="email" if email else "letter", status="queued", purpose="update", audience="clients",
            client_id=client.id, case_id=case.id, staff_id=actor.user_id,
            to_name=intro.client_name[:250], to_address=client.email if email else "", subject=intro.subject[:300],
            body_text=intro.text, body_html=_html(intro.text, intro.written_in), attach="", message_id="",
            attempts=0, next_attempt_at=now, last_error="", updated_by_id=actor.user_id)
        s.add(message)
        s.flush()
        data["message_id"] = message.id
        audit.record(s, actor, kind="create", record_type="message", record_id=message.id,
                     changes={"introduction": [None, case_reference(case.id)], "channel": [None, message.channel]})
    elif delivery in (Delivery.CALL, Delivery.TEXT) and client is not None:
        title = (CALL_TASK if delivery is Delivery.CALL else TEXT_TASK).format(client=intro.client_name)
        task = Task(title=title[:200], notes=intro.text, record_type=RecordKind.CLIENT.value, record_id=client.id,
                    priority="high", status="open", due_at=now + timedelta(days=1), rrule="",
                    channel=channel_of(delivery), assignee_id=case.assignee_id,
                    team_id=None if case.assignee_id else _team_id(s, case), created_by_id=actor.user_id,
                    updated_by_id=actor.user_id)
        if task.assignee_id is None and task.team_id is None:
            task.assignee_id = actor.user_id
        s.add(task)
        s.flush()
        data["task_id"] = task.id
        audit.record(s, actor, kind="create", record_type="task", record_id=task.id,
                     changes={"title": [None, task.title], "record_type": [None, "client"],
                              "record_id": [None, client.id], "assignee_id": [None, task.assignee_id]})
    text = intro.text
    if intro.fallback:
        note, params = fallback_note(intro_wording(intro))
        text = note.format(**params) + "\n\n" + text
    event = CaseEvent(case_id=case.id, client_id=case.client_id, kind=EventKind.NOTE.value, at=now,
                      author_id=actor.user_id, text=text, data=data, edited=False, updated_by_id=actor.user_id)
    s.add(event)
    s.flush()
    audit.record(s, actor, kind="create", record_type="case_event", record_id=event.id,
                 changes={"introduction": [None, case_reference(case.id)], "delivery": [None, delivery.value],
                          "language": [None, intro.written_in]})
    return replace(intro, message_id=data.get("message_id"), task_id=data.get("task_id"))


def intro_wording(intro: Introduction) -> Wording:
    return Wording(intro.written_in, intro.language, intro.fallback)


def _html(text: str, language: str) -> str:
    """The e-mail's HTML part: the same words, escaped, right to left for Arabic."""
    from html import escape

    direction = ' dir="rtl"' if language == "ar" else ""
    paragraphs = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())
    return f'<div lang="{escape(language)}"{direction}>{paragraphs}</div>'


def _team_id(s: Session, case: Case) -> int | None:
    team_id = s.scalar(select(CaseCategory.team_id).where(CaseCategory.id == case.category_id))
    if team_id is None and case.assignee_id is not None:
        team_id = s.scalar(select(User.team_id).where(User.id == case.assignee_id))
    return team_id


def build_introduction(s: Session, case: Case, org_language: str = ORG_LANGUAGE) -> Introduction:
    client = s.get(Client, case.client_id)
    members = _team_of(s, case.client_id)
    worker = s.scalar(select(User.display_name).where(User.id == case.assignee_id)) or ""
    team_id = _team_id(s, case)
    team = s.scalar(select(Team.name).where(Team.id == team_id)) if team_id else None
    profile = s.scalar(select(TeamProfile).where(TeamProfile.team_id == team_id)) if team_id else None
    name = _client_label(client.last_name, client.first_name) if client else ""
    given = (client.preferred_name or client.first_name) if client else ""
    wording = wording_for(client.language if client else "", org_language)
    reference = case_reference(case.id)
    phone, email = (profile.phone, profile.email) if profile else ("", "")
    text = introduction_text(wording, greeting_name=given, worker=worker, team=team or "", reference=reference,
                             title=case.title, members=[_person(m) for m in members], team_phone=phone,
                             team_email=email)
    delivery = delivery_for(client.contact_channel or "", email=client.email or "",
                            address=(client.address or "") + (client.postcode or ""),
                            phone=client.phone or "") if client else Delivery.NONE
    return Introduction(case.id, reference, case.title, name, given, client.language if client else "",
                        client.contact_channel if client else "", worker, team or "", tuple(members),
                        phone, email, text, wording.language, wording.fallback, delivery.value,
                        wording.say(SUBJECT, reference=reference), case.assignee_id)


def _person(m: TeamMember) -> Person:
    return Person(m.name, m.role, m.role_params, m.job_title, m.phone, m.work_days, m.work_from, m.work_to)


def _team_of(s: Session, client_id: int) -> list[TeamMember]:
    from caseworker.db.models import CaseSpecialist

    found: dict[int, tuple[str, dict[str, Any]]] = {}
    key_worker = s.scalar(select(Client.key_worker_id).where(Client.id == client_id))
    if key_worker:
        found[key_worker] = (KEY_WORKER, {})
    open_cases = s.execute(select(Case.id, Case.assignee_id, Case.category_id).where(
        Case.client_id == client_id, Case.status.in_([st.value for st in OPEN_STATUSES])).order_by(Case.id)).all()
    team_ids: list[int] = []
    for cid, assignee, category in open_cases:
        if assignee and assignee not in found:
            found[assignee] = (WORKER_FOR, {"reference": case_reference(cid)})
        team = s.scalar(select(CaseCategory.team_id).where(CaseCategory.id == category))
        if team is None and assignee:
            team = s.scalar(select(User.team_id).where(User.id == assignee))
        if team is not None and team not in team_ids:
            team_ids.append(team)
    if open_cases:
        for uid, in s.execute(select(CaseSpecialist.user_id).where(
                CaseSpecialist.case_id.in_([c for c, _a, _g in open_cases])).order_by(CaseSpecialist.id)):
            found.setdefault(uid, (SPECIALIST, {}))
    for team_id in team_ids:
        profile = s.scalar(select(TeamProfile).where(TeamProfile.team_id == team_id))
        team_name = s.scalar(select(Team.name).where(Team.id == team_id)) or ""
        if profile is not None and profile.point_of_contact_id:
            found.setdefault(profile.point_of_contact_id, (POINT_OF_CONTACT, {"team": team_name}))
        if profile is not None and profile.backup_id:
            found.setdefault(profile.backup_id, (STANDS_IN, {"team": team_name}))
    if not found:
        return []
    users = {u.id: u for u in s.scalars(select(User).where(User.id.in_(found), User.active.is_(True)))}
    profiles = {p.user_id: p for p in s.scalars(select(StaffProfile).where(StaffProfile.user_id.in_(found)))}
    members = []
    for uid, (role, params) in found.items():
        user = users.get(uid)
        if user is None:
            continue
        p = profiles.get(uid)
        members.append(TeamMember(uid, user.display_name, role, params, p.job_title if p else "",
                                  p.phone if p else "", _hours(p) if p else "",
                                  _days(p.work_days) if p else (), p.work_from if p else "", p.work_to if p else ""))
    return members


def _hours(p: StaffProfile) -> str:
    days = ", ".join(WEEKDAY_LABELS[Weekday(d)][:3] for d in p.work_days.split(",") if d)
    times = f"{p.work_from}–{p.work_to}" if p.work_from and p.work_to else ""
    return " ".join(x for x in (days, times) if x)


def _rhythm_record(row: ContactRhythm) -> RhythmRecord:
    return RhythmRecord(row.client_id, row.every_days, row.while_case_open, row.channel, _days(row.days),
                        row.best_from, row.best_to, row.started_on, row.active, row.version)


_ORDER = [d.value for d in Weekday]


def _days_text(days: frozenset[str]) -> str:
    return ",".join(sorted(days, key=_ORDER.index))


def _days(text: str) -> tuple[str, ...]:
    return tuple(d for d in text.split(",") if d)


def _client_label(last: str | None, first: str | None) -> str:
    return ", ".join(p for p in (last, first) if p) or "—"


def _zone(s: Session) -> ZoneInfo:
    raw = s.scalar(select(OrgSetting.value).where(OrgSetting.key == "timezone"))
    return ZoneInfo((json.loads(raw) if raw else None) or "UTC")


__all__ = ["CareService", "CheckInRow", "FeedbackRecord", "Introduction", "RhythmRecord", "TeamMember",
           "build_introduction", "record_introduction"]
