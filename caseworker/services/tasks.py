"""Tasks and reminders.

A task is on a record (client, case, donor, grant, meeting) or on its own, for a person or a team.
Who may see a task follows who may see its record (:func:`caseworker.domain.care.visible_kinds`):
a fundraiser is never shown a task on a client or a case, a caseworker never one on a donor, and
nobody can give a task to someone who could not see it.

Reminders are rows written ahead of time: a task's when it is saved, a case's (its due date, and
each escalation) when the worker's reminders are next checked. The window asks for the reminders
whose time has come and not yet shown, shows them, and stamps them shown: one that fell due while
the app was closed is shown on the next start, and none is shown twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from caseworker.db.models import (
    Case,
    CaseEvent,
    Client,
    Donor,
    GrantApplication,
    Meeting,
    OrgSetting,
    Reminder,
    Task,
    Team,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.business_days import HOLIDAY_YEARS, BusinessCalendar, public_holidays
from caseworker.domain.care import (
    DEFAULT_CASE_REMINDER_DAYS,
    PRIORITY_RANK,
    READ_ACTION,
    RecordKind,
    TaskDraft,
    TaskPriority,
    TaskStatus,
    case_reminder_at,
    next_due,
    task_reminder_at,
    validate_task,
    visible_kinds,
)
from caseworker.domain.cases import OPEN_STATUSES, case_reference
from caseworker.domain.clients import ClientFlags
from caseworker.domain.clock import utcnow
from caseworker.domain.errors import NotFound, RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text
from caseworker.domain.permissions import Action, Role
from caseworker.domain.records import Actor, Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update, rows_touched
from caseworker.services.clients import client_flags_of

TASK_FIELDS = ("title", "notes", "record_type", "record_id", "assignee_id", "team_id", "due_at", "priority",
               "status", "rrule", "remind_minutes", "channel")
REMINDER_RULES_KEY = "case_reminder_rules"
# An escalation older than this when the worker's reminders are next checked is not announced any more.
ESCALATION_REMINDER_SPAN = timedelta(days=3)
_RECORD_MODELS: dict[RecordKind, Any] = {
    RecordKind.CLIENT: Client, RecordKind.CASE: Case, RecordKind.DONOR: Donor,
    RecordKind.GRANT: GrantApplication, RecordKind.MEETING: Meeting,
}
_RECORD_WHAT = {RecordKind.CLIENT: "Client", RecordKind.CASE: "Case", RecordKind.DONOR: "Donor",
                RecordKind.GRANT: "Grant application", RecordKind.MEETING: "Meeting"}


@dataclass(frozen=True)
class TaskRecord:
    id: int
    title: str
    notes: str
    record_type: str
    record_id: int | None
    # How the record reads in a list ("C-000042 · Rent arrears", "Okafor, Grace").
    record_label: str
    assignee_id: int | None
    assignee: str
    team_id: int | None
    team: str
    due_at: datetime | None
    priority: str
    status: str
    rrule: str
    remind_minutes: int | None
    channel: str
    overdue: bool
    version: int
    #: The flags of the client the task is about (on a client or their case), for roles that read clients.
    client_flags: ClientFlags | None = None


@dataclass(frozen=True)
class ReminderRecord:
    id: int
    source_type: str
    source_id: int
    # "due" (a task's due time or a case's due date) or "escalation".
    kind: str
    title: str
    fire_at: datetime
    # The due time (tasks) or due date (cases) the reminder is about, as ISO text.
    due: str


@dataclass(frozen=True)
class ReminderRules:
    """How cases remind their workers: business days before the due date, per category."""

    default_days: int = DEFAULT_CASE_REMINDER_DAYS
    by_category: dict[int, int] | None = None
    on_escalation: bool = True

    def days_for(self, category_id: int) -> int:
        return (self.by_category or {}).get(category_id, self.default_days)


class TaskService(Service):
    # Tests pin the current instant; in use it is the clock's.
    now_override: datetime | None = None

    def now(self) -> datetime:
        return self.now_override or utcnow()

    # -- tasks ----------------------------------------------------------------------------------
    def add_task(self, draft: TaskDraft) -> tuple[TaskRecord, Changes]:
        draft = validate_task(draft)
        with self.db.transaction("Add task") as s:
            self._check_refs(s, draft)
            task = Task(title=draft.title, notes=draft.notes, record_type=RecordKind(draft.record_type).value,
                        record_id=draft.record_id, priority=TaskPriority(draft.priority).value,
                        status=TaskStatus.OPEN.value,
                        due_at=draft.due_at, rrule=draft.rrule, series_start=draft.due_at if draft.rrule else None,
                        remind_minutes=draft.remind_minutes, channel=draft.channel,
                        assignee_id=draft.assignee_id, team_id=draft.team_id, created_by_id=self.actor.user_id)
            if task.assignee_id is None and task.team_id is None:
                task.assignee_id = self.actor.user_id
            self.stamp(task)
            s.add(task)
            audit.record_created(s, self.actor, "task", task, TASK_FIELDS)
            self._sync_task_reminders(s, task)
            return self._record(s, task), changes_so_far(s)

    def update_task(self, task_id: int, draft: TaskDraft, expected_version: int | None) -> tuple[TaskRecord, Changes]:
        draft = validate_task(draft)
        with self.db.transaction("Change task") as s:
            task = self._load(s, task_id, expected_version)
            self._require_open(task)
            self._check_refs(s, draft)
            before = audit.snapshot(task, TASK_FIELDS)
            task.title, task.notes, task.priority = draft.title, draft.notes, TaskPriority(draft.priority).value
            task.record_type, task.record_id = RecordKind(draft.record_type).value, draft.record_id
            task.assignee_id, task.team_id = draft.assignee_id, draft.team_id
            if task.assignee_id is None and task.team_id is None:
                task.assignee_id = self.actor.user_id
            if draft.rrule != task.rrule or task.due_at != draft.due_at:
                task.series_start = draft.due_at if draft.rrule else None
            task.due_at, task.rrule = draft.due_at, draft.rrule
            task.remind_minutes, task.channel = draft.remind_minutes, draft.channel
            self.stamp(task)
            s.flush()
            audit.record_updated(s, self.actor, "task", task, before, TASK_FIELDS)
            self._sync_task_reminders(s, task)
            return self._record(s, task), changes_so_far(s)

    def complete_task(self, task_id: int, expected_version: int | None) -> tuple[TaskRecord | None, Changes]:
        """Mark a task done; a repeating task's next occurrence is made at once and returned."""
        with self.db.transaction("Complete task") as s:
            task = self._load(s, task_id, expected_version)
            self._require_open(task)
            self._finish(s, task, TaskStatus.DONE, "")
            follow = None
            if task.rrule and task.due_at is not None:
                zone = _zone(s)
                due = next_due(task.rrule, task.series_start or task.due_at, task.due_at, zone)
                if due is not None:
                    follow = Task(title=task.title, notes=task.notes, record_type=task.record_type,
                                  record_id=task.record_id, priority=task.priority, status=TaskStatus.OPEN.value,
                                  due_at=due, rrule=task.rrule, series_start=task.series_start,
                                  remind_minutes=task.remind_minutes, channel=task.channel,
                                  assignee_id=task.assignee_id, team_id=task.team_id,
                                  created_by_id=task.created_by_id)
                    self.stamp(follow)
                    s.add(follow)
                    audit.record_created(s, self.actor, "task", follow, TASK_FIELDS)
                    self._sync_task_reminders(s, follow)
            return (self._record(s, follow) if follow else None), changes_so_far(s)

    def cancel_task(self, task_id: int, reason: str, expected_version: int | None) -> Changes:
        reason = clean_text(reason, "reason", max_chars=2_000, multiline=True)
        with self.db.transaction("Cancel task") as s:
            task = self._load(s, task_id, expected_version)
            self._require_open(task)
            self._finish(s, task, TaskStatus.CANCELLED, reason)
            return changes_so_far(s)

    def get(self, task_id: int) -> TaskRecord:
        with self.db.read() as s:
            return self._record(s, self._load(s, task_id, None))

    def list_tasks(self, *, mine: bool = False, overdue: bool = False, record_type: str | None = None,
                   record_id: int | None = None, include_finished: bool = False,
                   limit: int = 2000) -> list[TaskRecord]:
        """Tasks the user may see, soonest due first (undated last), most urgent first on a tie.

        ``mine``: given to the user or their team. Managers see every task on the records their
        roles may read; others the tasks given to them or their team, or that they made.
        """
        now = self.now()
        with self.db.read() as s:
            stmt = select(Task).where(Task.record_type.in_([k.value for k in visible_kinds(self.actor.roles)]))
            team_id = s.scalar(select(User.team_id).where(User.id == self.actor.user_id))
            own = [Task.assignee_id == self.actor.user_id]
            if team_id is not None:
                own.append(Task.team_id == team_id)
            if mine:
                stmt = stmt.where(or_(*own))
            elif not self.can(Action.REASSIGN_CASES):
                stmt = stmt.where(or_(*own, Task.created_by_id == self.actor.user_id))
            if not include_finished:
                stmt = stmt.where(Task.status == TaskStatus.OPEN.value)
            if overdue:
                stmt = stmt.where(Task.status == TaskStatus.OPEN.value, Task.due_at < now)
            if record_type is not None:
                kind = RecordKind(record_type)
                if kind not in visible_kinds(self.actor.roles):
                    self.require(_read_action(kind))
                stmt = stmt.where(Task.record_type == kind.value)
                if record_id is not None:
                    stmt = stmt.where(Task.record_id == record_id)
            undated = Task.due_at.is_(None)
            stmt = stmt.order_by(undated, Task.due_at, Task.id).limit(limit)
            tasks = list(s.scalars(stmt))
            records = self._records(s, tasks)
        return sorted(records, key=lambda t: (t.due_at is None, t.due_at or now, PRIORITY_RANK.get(t.priority, 9),
                                              t.id))

    def my_tasks(self) -> list[TaskRecord]:
        return self.list_tasks(mine=True)

    def assignee_choices(self, record_type: str = "") -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """Who may take a task on a record of this kind (active people who may see it, by name),
        and the active teams."""
        kind = RecordKind(record_type or "")
        with self.db.read() as s:
            users = s.scalars(select(User).where(User.active.is_(True)).order_by(User.display_name, User.id)).all()
            people = [(u.id, u.display_name) for u in users
                      if kind in visible_kinds(frozenset(Role(r) for r in u.role_names))]
            teams = [(tid, name) for tid, name in s.execute(
                select(Team.id, Team.name).where(Team.active.is_(True)).order_by(Team.name))]
            return people, teams

    # -- reminders ------------------------------------------------------------------------------
    def reminder_rules(self) -> ReminderRules:
        with self.db.read() as s:
            return _rules(s)

    def set_reminder_rules(self, rules: ReminderRules) -> Changes:
        """Managers choose how many business days before a case's due date its worker is reminded
        (a default and per category), and whether an escalation reminds them too."""
        self.require(Action.MANAGE_ORGANIGRAM)
        values = {"default": rules.default_days, **{str(k): v for k, v in (rules.by_category or {}).items()}}
        for days in values.values():
            if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 60:
                raise ValidationError("days", N_("Remind from 0 to 60 business days before the due date."))
        stored = {"days": values, "on_escalation": bool(rules.on_escalation)}
        with self.db.transaction("Change case reminders") as s:
            row = s.scalar(select(OrgSetting).where(OrgSetting.key == REMINDER_RULES_KEY))
            before = row.value if row is not None else None
            if row is None:
                row = OrgSetting(key=REMINDER_RULES_KEY, value=json.dumps(stored))
                s.add(row)
            else:
                row.value = json.dumps(stored)
            self.stamp(row)
            audit.record(s, self.actor, kind="update", record_type="org_setting", record_id=None,
                         changes={REMINDER_RULES_KEY: [before, row.value]})
            return changes_so_far(s)

    def due_reminders(self) -> list[ReminderRecord]:
        """The signed-in user's reminders whose time has come and that were never shown, oldest first.

        Case reminders whose moment has come are written first (a due date moves while a case waits
        on the client; a new escalation adds one).
        """
        now = self.now()
        if self.can(Action.READ_CASES):
            # Worked out in a read; the write lock is taken only when a reminder is to be written.
            with self.db.read() as s:
                missing = self._missing_case_reminders(s)
            if missing:
                with self.db.transaction("Check reminders") as s:
                    have = set(s.execute(select(Reminder.source_id, Reminder.key).where(
                        Reminder.user_id == self.actor.user_id, Reminder.source_type == "case",
                        Reminder.source_id.in_({r["source_id"] for r in missing}))).all())
                    s.add_all(Reminder(**r) for r in missing if (r["source_id"], r["key"]) not in have)
        with self.db.read() as s:
            rows = s.scalars(select(Reminder).where(Reminder.user_id == self.actor.user_id,
                                                    Reminder.shown_at.is_(None), Reminder.fire_at <= now)
                             .order_by(Reminder.fire_at, Reminder.id)).all()
            hidden = self._hidden_sources(s, rows)
            return [_reminder_record(r) for r in rows if (r.source_type, r.source_id) not in hidden]

    def mark_shown(self, reminder_ids: Iterable[int]) -> tuple[int, Changes]:
        """Stamp reminders as shown (only the user's own, only once); returns how many were stamped.

        No record any view shows changes (the bell keeps its own list), so the Changes are empty.
        """
        ids = list(reminder_ids)
        if not ids:
            return 0, Changes()
        with self.db.transaction("Show reminders") as s:
            stamped = rows_touched(s.execute(update(Reminder).where(
                Reminder.id.in_(ids), Reminder.user_id == self.actor.user_id, Reminder.shown_at.is_(None))
                .values(shown_at=self.now()).execution_options(synchronize_session=False)))
            changes = changes_so_far(s)
        return stamped, changes

    def shown_reminders(self, limit: int = 50) -> list[ReminderRecord]:
        """The user's reminders already shown, newest first (the bell's list keeps them a while)."""
        with self.db.read() as s:
            rows = s.scalars(select(Reminder).where(Reminder.user_id == self.actor.user_id,
                                                    Reminder.shown_at.is_not(None))
                             .order_by(Reminder.shown_at.desc(), Reminder.id.desc()).limit(limit)).all()
            hidden = self._hidden_sources(s, rows)
            return [_reminder_record(r) for r in rows if (r.source_type, r.source_id) not in hidden]

    # -- internals ------------------------------------------------------------------------------
    def _load(self, s: Session, task_id: int, expected_version: int | None) -> Task:
        task = load_for_update(s, Task, task_id, "Task", expected_version) if expected_version is not None \
            else get_or_404(s, Task, task_id, "Task")
        kind = RecordKind(task.record_type)
        if kind not in visible_kinds(self.actor.roles):
            # Not even its existence is told to someone who may not read its record.
            raise NotFound(N_("{what} {ident} was not found."), what="Task", ident=task_id)
        return task

    def _require_open(self, task: Task) -> None:
        if task.status != TaskStatus.OPEN.value:
            raise RuleViolation(N_("This task is already {status}."), status=task.status)

    def _finish(self, s: Session, task: Task, status: TaskStatus, reason: str) -> None:
        before = audit.snapshot(task, TASK_FIELDS)
        task.status = status.value
        task.finished_at = self.now()
        self.stamp(task)
        s.flush()
        audit.record_updated(s, self.actor, "task", task, before, TASK_FIELDS, reason=reason)
        self._sync_task_reminders(s, task)

    def _check_refs(self, s: Session, draft: TaskDraft) -> None:
        kind = RecordKind(draft.record_type)
        if kind is not RecordKind.NONE:
            self.require(_read_action(kind))
            if s.get(_RECORD_MODELS[kind], draft.record_id) is None:
                raise ValidationError("record_id", N_("{what} {ident} was not found."),
                                      what=_RECORD_WHAT[kind], ident=draft.record_id)
        if draft.assignee_id is not None:
            user = s.get(User, draft.assignee_id)
            if user is None or not user.active:
                raise ValidationError("assignee_id", N_("Choose an active colleague."))
            if kind not in visible_kinds(frozenset(Role(r) for r in user.role_names)):
                raise ValidationError("assignee_id", N_("{name} may not see this record, so cannot take the task."),
                                      name=user.display_name)
        if draft.team_id is not None:
            team = s.get(Team, draft.team_id)
            if team is None or not team.active:
                raise ValidationError("team_id", N_("Choose a team that is in use."))

    def _recipients(self, s: Session, task: Task) -> list[int]:
        if task.assignee_id is not None:
            return [task.assignee_id]
        if task.team_id is None:
            return []
        kind = RecordKind(task.record_type)
        members = s.scalars(select(User).where(User.team_id == task.team_id, User.active.is_(True))).all()
        return [u.id for u in members if kind in visible_kinds(frozenset(Role(r) for r in u.role_names))]

    def _sync_task_reminders(self, s: Session, task: Task) -> None:
        """Replace the task's reminders not yet shown with the one its due time and people call for."""
        s.flush()
        s.execute(delete(Reminder).where(Reminder.source_type == "task", Reminder.source_id == task.id,
                                         Reminder.shown_at.is_(None)).execution_options(synchronize_session=False))
        if task.status != TaskStatus.OPEN.value or task.due_at is None or task.remind_minutes is None:
            return
        key = f"due:{task.due_at.isoformat()}"
        fire_at = task_reminder_at(task.due_at, task.remind_minutes, _zone(s))
        shown = set(s.scalars(select(Reminder.user_id).where(Reminder.source_type == "task",
                                                             Reminder.source_id == task.id, Reminder.key == key)))
        for user_id in self._recipients(s, task):
            if user_id not in shown:
                s.add(Reminder(user_id=user_id, source_type="task", source_id=task.id, key=key, fire_at=fire_at,
                               title=task.title))

    def _missing_case_reminders(self, s: Session) -> list[dict[str, Any]]:
        """The case reminders whose moment has come and that are not written yet.

        A case's due-date reminder is written when its time comes (and only while the case is not
        yet overdue: an overdue case is already red on My work); an escalation reminds at once, for
        escalations of the last few days. Rows written once stay, so a reminder is never shown twice,
        and one whose moment passed while the app was closed is written at the next check.
        """
        now = self.now()
        rules = _rules(s)
        zone = _zone(s)
        today = now.astimezone(zone).date()
        # A reminder n business days ahead fires at most about 2n + 4 calendar days before the date.
        most = max([rules.default_days, *(rules.by_category or {}).values()])
        horizon = today + timedelta(days=2 * most + 4)
        open_values = [st.value for st in OPEN_STATUSES]
        mine = (Case.assignee_id == self.actor.user_id, Case.status.in_(open_values))
        cases = s.execute(select(Case.id, Case.title, Case.category_id, Case.due_on, Case.status, Case.waiting_on)
                          .where(*mine, Case.due_on >= today, Case.due_on <= horizon)).all()
        wanted: dict[tuple[int, str], tuple[datetime, str]] = {}
        calendar = BusinessCalendar.covering(_holidays(s, today), today, horizon)
        for c in cases:
            if c.status == "waiting" and c.waiting_on == "client":
                continue  # the clock is paused: the due date moves on each day
            fire_at = case_reminder_at(c.due_on, rules.days_for(c.category_id), calendar, zone)
            if fire_at <= now:
                wanted[(c.id, f"due:{c.due_on.isoformat()}")] = (fire_at, f"{case_reference(c.id)} · {c.title}")
        if rules.on_escalation:
            recent = s.execute(select(Case.id, Case.title, Case.escalation_level, func.max(CaseEvent.at))
                               .join(CaseEvent, CaseEvent.case_id == Case.id)
                               .where(*mine, Case.escalation_level > 0, CaseEvent.kind == "escalation",
                                      CaseEvent.at >= now - ESCALATION_REMINDER_SPAN)
                               .group_by(Case.id, Case.title, Case.escalation_level)).all()
            for cid, title, level, at in recent:
                wanted[(cid, f"escalation:{level}")] = (min(at, now), f"{case_reference(cid)} · {title}")
        if not wanted:
            return []
        have = set(s.execute(select(Reminder.source_id, Reminder.key).where(
            Reminder.user_id == self.actor.user_id, Reminder.source_type == "case",
            Reminder.source_id.in_({cid for cid, _k in wanted}))).all())
        return [{"user_id": self.actor.user_id, "source_type": "case", "source_id": case_id, "key": key,
                 "fire_at": fire_at, "title": title[:300]}
                for (case_id, key), (fire_at, title) in wanted.items() if (case_id, key) not in have]

    def _hidden_sources(self, s: Session, rows: Sequence[Reminder]) -> set[tuple[str, int]]:
        """Reminders about tasks on records the user may no longer see (a role taken away)."""
        task_ids = [r.source_id for r in rows if r.source_type == "task"]
        hidden: set[tuple[str, int]] = set()
        if task_ids:
            kinds = {k.value for k in visible_kinds(self.actor.roles)}
            for tid, kind in s.execute(select(Task.id, Task.record_type).where(Task.id.in_(task_ids))):
                if kind not in kinds:
                    hidden.add(("task", tid))
        if not self.can(Action.READ_CASES):
            hidden |= {("case", r.source_id) for r in rows if r.source_type == "case"}
        return hidden

    def _record(self, s: Session, task: Task) -> TaskRecord:
        s.flush()
        return self._records(s, [task])[0]

    def _records(self, s: Session, tasks: Sequence[Task]) -> list[TaskRecord]:
        now = self.now()
        user_ids = {t.assignee_id for t in tasks if t.assignee_id}
        team_ids = {t.team_id for t in tasks if t.team_id}
        users = dict(s.execute(select(User.id, User.display_name).where(User.id.in_(user_ids))).all()) \
            if user_ids else {}
        teams = dict(s.execute(select(Team.id, Team.name).where(Team.id.in_(team_ids))).all()) if team_ids else {}
        labels = _record_labels(s, tasks)
        flags = _client_flags(s, self.actor, tasks)
        return [TaskRecord(t.id, t.title, t.notes, t.record_type, t.record_id,
                           labels.get((t.record_type, t.record_id or 0), ""), t.assignee_id,
                           users.get(t.assignee_id or 0, ""), t.team_id, teams.get(t.team_id or 0, ""), t.due_at,
                           t.priority, t.status, t.rrule, t.remind_minutes, t.channel,
                           t.status == TaskStatus.OPEN.value and t.due_at is not None and t.due_at < now,
                           t.version, flags.get((t.record_type, t.record_id or 0))) for t in tasks]


def _client_flags(s: Session, actor: Actor, tasks: Sequence[Task]) -> dict[tuple[str, int], ClientFlags]:
    """The flags of the clients behind tasks on clients and cases: two queries for the whole list."""
    if not actor.can(Action.READ_CLIENTS):
        return {}
    case_ids = {t.record_id for t in tasks if t.record_type == "case" and t.record_id}
    case_clients = dict(s.execute(select(Case.id, Case.client_id).where(Case.id.in_(case_ids))).all()) \
        if case_ids else {}
    client_of = {("client", t.record_id): t.record_id for t in tasks if t.record_type == "client" and t.record_id}
    client_of |= {("case", cid): client for cid, client in case_clients.items()}
    flags = client_flags_of(s, actor, client_of.values())
    return {key: flags[client] for key, client in client_of.items() if client in flags}


def _read_action(kind: RecordKind) -> Action:
    action = READ_ACTION[kind]
    assert action is not None
    return action


def _record_labels(s: Session, tasks: Sequence[Task]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {}
    for t in tasks:
        if t.record_type and t.record_id:
            wanted.setdefault(t.record_type, set()).add(t.record_id)
    labels: dict[tuple[str, int], str] = {}
    if ids := wanted.get("client"):
        for cid, last, first in s.execute(select(Client.id, Client.last_name, Client.first_name)
                                          .where(Client.id.in_(ids))):
            labels[("client", cid)] = ", ".join(p for p in (last, first) if p) or "—"
    if ids := wanted.get("case"):
        for cid, title in s.execute(select(Case.id, Case.title).where(Case.id.in_(ids))):
            labels[("case", cid)] = f"{case_reference(cid)} · {title}"
    if ids := wanted.get("donor"):
        for did, name in s.execute(select(Donor.id, Donor.sort_name).where(Donor.id.in_(ids))):
            labels[("donor", did)] = name
    if ids := wanted.get("grant"):
        for gid, title in s.execute(select(GrantApplication.id, GrantApplication.title)
                                    .where(GrantApplication.id.in_(ids))):
            labels[("grant", gid)] = title
    if ids := wanted.get("meeting"):
        for mid, title in s.execute(select(Meeting.id, Meeting.title).where(Meeting.id.in_(ids))):
            labels[("meeting", mid)] = title
    return labels


def _reminder_record(r: Reminder) -> ReminderRecord:
    kind, _, due = r.key.partition(":")
    return ReminderRecord(r.id, r.source_type, r.source_id, kind, r.title, r.fire_at, due)


def _setting(s: Session, key: str) -> Any:
    raw = s.scalar(select(OrgSetting.value).where(OrgSetting.key == key))
    return None if raw is None else json.loads(raw)


def _zone(s: Session) -> ZoneInfo:
    return ZoneInfo(_setting(s, "timezone") or "UTC")


def _holidays(s: Session, today: date) -> frozenset[date]:
    """The organisation's own days off and its country's public holidays (as the cases' clock counts them)."""
    own = frozenset(date.fromisoformat(d) for d in _setting(s, "holidays") or ())
    return own | public_holidays(_setting(s, "country") or "", today.year - HOLIDAY_YEARS, today.year + HOLIDAY_YEARS)


def _rules(s: Session) -> ReminderRules:
    stored = _setting(s, REMINDER_RULES_KEY) or {}
    days = dict(stored.get("days") or {})
    default = int(days.pop("default", DEFAULT_CASE_REMINDER_DAYS))
    return ReminderRules(default, {int(k): int(v) for k, v in days.items()}, bool(stored.get("on_escalation", True)))
