"""Client care: tasks and their reminders, a contact rhythm on the client's terms, client feedback.

Pure rules, no storage:

* which records a role may see tasks on (fundraisers never a client's or a case's, caseworkers
  never a donor's);
* a task's draft checked field by field, and the next due time of a recurring task (the meetings'
  RRULE engine, on the wall clock of the organisation's zone, so 09:00 stays 09:00 across DST);
* when a reminder fires: a span before a task's due time (whole days counted on the wall clock),
  or a number of business days before a case's due date at the start of the working day;
* the contact rhythm: when the next check-in is due, and whether a planned call or visit suits the
  client (their days, hours and channel), with the next slot that does. That check is the contact
  guard's engine with the client's wishes as its only rules: the hours outside their best times
  are its quiet hours, the days they did not choose its quiet days, their channel the preferred
  one, and no caps or gaps at all;
* the client's feedback at resolution, in their own words, validated.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from caseworker.domain import guard
from caseworker.domain.business_days import BusinessCalendar
from caseworker.domain.channels import CHANNEL_PHRASES, CLIENT_CHANNELS, TOUCHPOINT_CHANNELS, as_touchpoint, channel_in
from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text
from caseworker.domain.permissions import Action, Role, allowed
from caseworker.domain.recurrence import SeriesRule, occurrences, to_utc, wall_clock

# --- tasks -------------------------------------------------------------------------------------


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class TaskPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


PRIORITY_LABELS: dict[TaskPriority, str] = {
    TaskPriority.LOW: N_("Low"),
    TaskPriority.NORMAL: N_("Normal"),
    TaskPriority.HIGH: N_("High"),
    TaskPriority.URGENT: N_("Urgent"),
}
PRIORITY_RANK: dict[str, int] = {"urgent": 0, "high": 1, "normal": 2, "low": 3}


class RecordKind(StrEnum):
    """What a task is about; ``NONE`` is a task of its own."""

    NONE = ""
    CLIENT = "client"
    CASE = "case"
    DONOR = "donor"
    GRANT = "grant"
    MEETING = "meeting"


RECORD_LABELS: dict[RecordKind, str] = {
    RecordKind.NONE: N_("No record"),
    RecordKind.CLIENT: N_("Client"),
    RecordKind.CASE: N_("Case"),
    RecordKind.DONOR: N_("Donor"),
    RecordKind.GRANT: N_("Grant"),
    RecordKind.MEETING: N_("Meeting"),
}

# Reading a task on a record needs the right to read that record: a task's title and notes say
# as much about a client as a case note would.
READ_ACTION: dict[RecordKind, Action | None] = {
    RecordKind.NONE: None,
    RecordKind.CLIENT: Action.READ_CLIENTS,
    RecordKind.CASE: Action.READ_CASES,
    RecordKind.DONOR: Action.READ_DONORS,
    RecordKind.GRANT: Action.READ_GRANTS,
    RecordKind.MEETING: Action.READ_MEETINGS,
}

MAX_TASK_TITLE = 200
MAX_TASK_NOTES = 10_000
# Up to 30 days ahead: a reminder further out than that is a task of its own.
MAX_REMIND_MINUTES = 30 * 24 * 60
_CHOOSE_CHANNEL = N_("Choose a contact channel from the list.")


def visible_kinds(roles: frozenset[Role] | set[Role]) -> frozenset[RecordKind]:
    """The kinds of record whose tasks a user holding *roles* may see."""
    return frozenset(k for k, action in READ_ACTION.items() if action is None or allowed(roles, action))


@dataclass(frozen=True)
class TaskDraft:
    title: str
    due_at: datetime | None = None
    record_type: RecordKind | str = RecordKind.NONE
    record_id: int | None = None
    # A person or a team; neither means the person creating the task.
    assignee_id: int | None = None
    team_id: int | None = None
    priority: TaskPriority | str = TaskPriority.NORMAL
    notes: str = ""
    # An RFC 5545 RRULE ("FREQ=WEEKLY;INTERVAL=2"); empty for a one-off task.
    rrule: str = ""
    # Remind the assignee this many minutes before the due time; None for no reminder.
    remind_minutes: int | None = None
    # A planned contact with a client (one of channels.CLIENT_CHANNELS); empty otherwise.
    channel: str = ""


def validate_task(draft: TaskDraft) -> TaskDraft:
    """Check a task form; every problem names its field."""
    errors = FieldErrors()
    title = errors.check(clean_text, draft.title, "title", max_chars=MAX_TASK_TITLE, required=True)
    notes = errors.check(clean_text, draft.notes, "notes", max_chars=MAX_TASK_NOTES, multiline=True)
    try:
        kind = RecordKind(draft.record_type or "")
    except ValueError:
        errors.add(ValidationError("record_type", N_("Choose what the task is about from the list.")))
        kind = RecordKind.NONE
    if kind is not RecordKind.NONE and draft.record_id is None:
        errors.add(ValidationError("record_id", N_("Choose the record the task is about.")))
    try:
        priority = TaskPriority(draft.priority)
    except ValueError:
        errors.add(ValidationError("priority", N_("Choose a priority from the list.")))
        priority = TaskPriority.NORMAL
    if draft.assignee_id is not None and draft.team_id is not None:
        errors.add(ValidationError("assignee_id", N_("Give the task to a person or to a team, not both.")))
    due = draft.due_at
    if due is not None and (due.tzinfo is None or due.utcoffset() is None):
        errors.add(ValidationError("due_at", N_("The due time has no time zone.")))
        due = None
    rule_text = (draft.rrule or "").strip().upper().removeprefix("RRULE:")
    if rule_text:
        try:
            SeriesRule.from_rrule(rule_text)
        except (ValidationError, ValueError, KeyError):
            errors.add(ValidationError("rrule", N_("The repeat rule is not one the app understands.")))
        if due is None:
            errors.add(ValidationError("due_at", N_("A repeating task needs a due date and time.")))
    remind = draft.remind_minutes
    if remind is not None:
        if isinstance(remind, bool) or not isinstance(remind, int) or not 0 <= remind <= MAX_REMIND_MINUTES:
            errors.add(ValidationError("remind_minutes",
                                       N_("Remind from 0 minutes to 30 days before the due time.")))
        elif draft.due_at is None:
            errors.add(ValidationError("remind_minutes", N_("A reminder needs a due date and time.")))
    channel = (draft.channel or "").strip()
    if channel:
        channel = errors.check(channel_in, channel, CLIENT_CHANNELS, "channel", _CHOOSE_CHANNEL) or ""
    if channel and kind is not RecordKind.CLIENT:
        errors.add(ValidationError("channel", N_("Only a task on a client plans a contact with them.")))
    errors.raise_if_any()
    assert title is not None  # raise_if_any refused a missing title
    return TaskDraft(title, due.astimezone(UTC) if due else None, kind, draft.record_id if kind else None,
                     draft.assignee_id, draft.team_id, priority, notes or "", rule_text, remind, channel)


def next_due(rrule: str, series_start: datetime, after: datetime, zone: ZoneInfo) -> datetime | None:
    """The first due time of a repeating task after *after* (UTC); None when the series has ended.

    The series repeats on the wall clock of *zone*: a task due at 09:00 every Monday is due at
    09:00 in summer and in winter.
    """
    rule = SeriesRule.from_rrule(rrule)
    start = after + timedelta(seconds=1)
    # Long enough for a yearly rule with a wide interval; dateutil stops at the series' end.
    for span_years in (1, 5, 100):
        found = occurrences(rule, series_start, timedelta(0), zone, start,
                            start + timedelta(days=366 * span_years))
        found = [o for o in found if o.start > after]
        if found:
            return found[0].start
    return None


def task_reminder_at(due_at: datetime, minutes: int, zone: ZoneInfo) -> datetime:
    """When a task reminds: *minutes* before its due time.

    Whole days are counted on the wall clock ("a day before a 09:00 task" is 09:00 the day
    before, even across a change of clocks); any remainder is plain elapsed time.
    """
    days, rest = divmod(minutes, 24 * 60)
    wall = wall_clock(due_at, zone) - timedelta(days=days)
    return to_utc(wall, zone) - timedelta(minutes=rest)


DEFAULT_CASE_REMINDER_DAYS = 2
WORKDAY_START = time(9, 0)


def business_days_before(calendar: BusinessCalendar, day: date, n: int) -> date:
    """The business day *n* business days before *day* (counting back from the last business day
    on or before it when *day* is not one)."""
    if n < 0:
        raise ValueError("business days to count back must not be negative")
    days = calendar.days
    i = bisect_left(days, day)
    if i < len(days) and days[i] == day:
        i -= n
    else:
        i -= n + 1 if n else 1
    if i < 0:
        raise ValueError(f"{day} minus {n} business days is before the calendar")
    return days[i]


def case_reminder_at(due_on: date, days_before: int, calendar: BusinessCalendar, zone: ZoneInfo,
                     start_of_day: time = WORKDAY_START) -> datetime:
    """When a case's due date reminds its worker: the start of the working day *days_before*
    business days before it, in the organisation's zone."""
    day = business_days_before(calendar, due_on, days_before)
    return to_utc(datetime.combine(day, start_of_day), zone)


# --- the contact rhythm -------------------------------------------------------------------------

WEEKDAY_NAMES = guard.WEEKDAY_LABELS
ALL_DAYS = frozenset(guard.Weekday)
DUE_SOON_DAYS = 2
MAX_RHYTHM_DAYS = 365


class CheckInState(StrEnum):
    OK = "ok"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ContactWishes:
    """When and how a client wants to be contacted. No days means any day; equal times any hour."""

    channel: str = ""
    days: frozenset[guard.Weekday] = frozenset()
    best_from: time = time(0, 0)
    best_to: time = time(0, 0)
    zone: ZoneInfo = ZoneInfo("UTC")

    @property
    def any_time(self) -> bool:
        return self.best_from == self.best_to


@dataclass(frozen=True)
class RhythmDraft:
    every_days: int | str
    channel: str = ""
    days: frozenset[str] = frozenset()
    best_from: str = ""
    best_to: str = ""
    while_case_open: bool = True


def validate_rhythm(draft: RhythmDraft) -> RhythmDraft:
    errors = FieldErrors()
    every: int | None = None
    try:
        every = int(str(draft.every_days).strip())
    except ValueError:
        errors.add(ValidationError("every_days", N_("Enter the rhythm as a whole number of days.")))
    else:
        if not 1 <= every <= MAX_RHYTHM_DAYS:
            errors.add(ValidationError("every_days", N_("A check-in rhythm is from 1 to {max} days."),
                                       max=MAX_RHYTHM_DAYS))
    channel = (draft.channel or "").strip()
    if channel:
        channel = errors.check(channel_in, channel, CLIENT_CHANNELS, "channel", _CHOOSE_CHANNEL) or ""
    days: set[str] = set()
    for d in draft.days:
        try:
            days.add(guard.Weekday(str(d).strip().lower()[:3]).value)
        except ValueError:
            errors.add(ValidationError("days", N_("Choose the client's days from Monday to Sunday.")))
    times = []
    for name in ("best_from", "best_to"):
        text = (getattr(draft, name) or "").strip()
        if not text:
            times.append("")
            continue
        if len(text) == 4 and text[1] == ":":  # "9:30" as people write it
            text = "0" + text
        try:
            times.append(time.fromisoformat(text).strftime("%H:%M"))
        except ValueError:
            errors.add(ValidationError(name, N_("Enter a time like 09:30.")))
            times.append("")
    if bool(times[0]) != bool(times[1]):
        errors.add(ValidationError("best_to", N_("Give both ends of the client's best times, or neither.")))
    errors.raise_if_any()
    assert every is not None  # raise_if_any refused a rhythm without one
    return RhythmDraft(every, channel, frozenset(days), times[0], times[1], bool(draft.while_case_open))


def wishes_of(channel: str, days: str, best_from: str, best_to: str, zone: ZoneInfo) -> ContactWishes:
    """The stored form of a rhythm ("mon,wed", "10:00", "16:00") as :class:`ContactWishes`."""
    chosen = frozenset(guard.Weekday(d) for d in days.split(",") if d)
    start = time.fromisoformat(best_from) if best_from else time(0, 0)
    end = time.fromisoformat(best_to) if best_to else time(0, 0)
    return ContactWishes(channel, chosen, start, end, zone)


@dataclass(frozen=True)
class Advice:
    """Whether a planned contact suits the client: reasons in plain words (templates and their
    values), the next time that fits, and the client's own channel if another was chosen."""

    fits: bool
    reasons: tuple[tuple[str, dict[str, object]], ...] = ()
    next_slot: datetime | None = None
    channel: str = ""

    def texts(self) -> list[str]:
        return [message.format(**params) for message, params in self.reasons]


def advise_contact(wishes: ContactWishes, when: datetime, channel: str) -> Advice:
    """Warn when a contact at *when* by *channel* is outside the client's days or hours or not by
    their channel; the next slot that fits is the guard's next allowed time under their wishes."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValidationError("when", N_("The time {value} has no UTC offset."), value=str(when))
    chosen = channel_in(channel, CLIENT_CHANNELS, "channel", _CHOOSE_CHANNEL)
    every_channel = frozenset(TOUCHPOINT_CHANNELS)
    quiet_days = None
    if wishes.days and wishes.days != ALL_DAYS:
        quiet_days = guard.QuietDays(frozenset(ALL_DAYS - wishes.days), channels=frozenset())
    quiet_hours = None
    if not wishes.any_time:
        # Outside the best times is the quiet time: from their end round to their start.
        quiet_hours = guard.QuietHours(wishes.best_to, wishes.best_from, every_channel)
    policy = guard.ContactPolicy(timezone=wishes.zone, window_days=1, max_in_window=1_000_000,
                                 min_gap_days=0, ask_window_days=1, max_asks_in_window=1_000_000,
                                 exempt_purposes=frozenset(), quiet_hours=quiet_hours, quiet_days=quiet_days)
    wanted = next((c for c in CLIENT_CHANNELS if c.value == wishes.channel), None)
    preferred = (as_touchpoint(wanted),) if wanted is not None else ()
    client = guard.DonorPreferences(timezone=wishes.zone, preferred_channels=preferred)
    verdict = guard.evaluate(policy, client, (), guard.Proposal(when, as_touchpoint(chosen), guard.Purpose.OTHER))
    reasons: list[tuple[str, dict[str, object]]] = []
    local = when.astimezone(wishes.zone)
    fired = set(verdict.rules)
    if guard.Rule.QUIET_DAYS in fired:
        reasons.append((N_("{weekday} is not one of the client's days ({days})."),
                        {"weekday": WEEKDAY_NAMES[guard.Weekday.of(local.date())],
                         "days": ", ".join(WEEKDAY_NAMES[d] for d in sorted(wishes.days, key=lambda d: d.number))}))
    if guard.Rule.QUIET_HOURS in fired:
        reasons.append((N_("{time} is outside the client's best times ({start}–{end})."),
                        {"time": local.strftime("%H:%M"), "start": wishes.best_from.strftime("%H:%M"),
                         "end": wishes.best_to.strftime("%H:%M")}))
    other_channel = wanted is not None and chosen is not wanted
    if wanted is not None and other_channel:
        reasons.append((N_("The client asked for {preferred}, not {chosen}."),
                        {"preferred": CHANNEL_PHRASES[wanted], "chosen": CHANNEL_PHRASES[chosen]}))
    timing = bool(fired & {guard.Rule.QUIET_DAYS, guard.Rule.QUIET_HOURS})
    next_slot = verdict.next_allowed if timing else None
    return Advice(not reasons, tuple(reasons), next_slot, wishes.channel if other_channel else "")


def check_in_due(every_days: int, last_contact: date | None, started_on: date) -> date:
    """When the next check-in is due: *every_days* after the last call, visit or message (or after
    the rhythm began, if nobody has been in touch since)."""
    since = max(last_contact, started_on) if last_contact else started_on
    return since + timedelta(days=every_days)


def check_in_state(due_on: date, today: date) -> CheckInState:
    if due_on < today:
        return CheckInState.OVERDUE
    if due_on <= today + timedelta(days=DUE_SOON_DAYS):
        return CheckInState.DUE
    return CheckInState.OK


def kept_on_rhythm(contact_days: list[date], every_days: int) -> tuple[int, int]:
    """Of the gaps between consecutive contacts, how many were within the rhythm: (kept, gaps)."""
    ordered = sorted(set(contact_days))
    gaps = [(b - a).days for a, b in zip(ordered, ordered[1:])]
    return sum(1 for g in gaps if g <= every_days), len(gaps)


# --- client feedback ----------------------------------------------------------------------------


class Answer(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class FeedbackMethod(StrEnum):
    PHONE = "phone"
    VISIT = "visit"
    PAPER = "paper"


MAX_COMMENT = 4_000


@dataclass(frozen=True)
class FeedbackDraft:
    """The client's own answers; the worker's verdict stays on the case's resolution."""

    solved: Answer | str
    acceptable: Answer | str
    treated: int | str
    comment: str = ""
    method: FeedbackMethod | str = FeedbackMethod.PHONE
    extra: dict[str, object] = field(default_factory=dict)


def validate_feedback(draft: FeedbackDraft) -> FeedbackDraft:
    errors = FieldErrors()
    answers = []
    for name in ("solved", "acceptable"):
        try:
            answers.append(Answer(getattr(draft, name)))
        except ValueError:
            errors.add(ValidationError(name, N_("Choose yes, partly or no.")))
            answers.append(Answer.NO)
    score = 0
    try:
        score = int(str(draft.treated).strip())
    except ValueError:
        errors.add(ValidationError("treated", N_("How the client was treated is a score from 1 to 5.")))
    else:
        if isinstance(draft.treated, bool) or not 1 <= score <= 5:
            errors.add(ValidationError("treated", N_("How the client was treated is a score from 1 to 5.")))
    comment = errors.check(clean_text, draft.comment, "comment", max_chars=MAX_COMMENT, multiline=True)
    try:
        method = FeedbackMethod(draft.method)
    except ValueError:
        errors.add(ValidationError("method", N_("Say how the feedback was taken: phone, visit or paper.")))
        method = FeedbackMethod.PHONE
    errors.raise_if_any()
    return FeedbackDraft(answers[0], answers[1], score, (comment or "").strip(), method)


# --- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CareGroupFigures:
    """One category, team or worker: how fast clients first heard from us, and what they said
    (the client's own feedback beside the worker's verdict on the same cases)."""

    group: str
    cases_opened: int
    first_response_cases: int
    mean_first_response_days: Decimal | None
    feedback_count: int
    client_solved: int  # "yes, it was solved"
    client_acceptable: int  # "yes, acceptable"
    client_mean_treated: Decimal | None  # how they were treated, 1-5
    worker_acceptable: int  # the worker recorded "acceptable to the client: yes" on those cases
    worker_mean_satisfaction: Decimal | None
    check_ins_due: int = 0  # check-ins that fell due by the client's rhythm (see domain.service_quality)
    check_ins_kept: int = 0  # ...made on or before their due day


@dataclass(frozen=True)
class ClientCareFigures:
    by: str  # "category", "team" or "worker"
    groups: tuple[CareGroupFigures, ...]
    check_ins_kept: int  # check-ins made on or before their due day
    check_in_gaps: int  # check-ins that fell due in the period (kept or missed)

    @property
    def feedback_count(self) -> int:
        return sum(g.feedback_count for g in self.groups)

    @property
    def first_response_cases(self) -> int:
        return sum(g.first_response_cases for g in self.groups)

    @property
    def kept_rate(self) -> Decimal | None:
        return (Decimal(self.check_ins_kept) / self.check_in_gaps).quantize(Decimal("0.001")) \
            if self.check_in_gaps else None
