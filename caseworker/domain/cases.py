"""The case workflow: statuses, the steps allowed between them, and what each step needs.

A pure state machine. The service loads a case, describes it as a :class:`CaseState`, asks
:func:`check_transition` whether the requested step may happen, and writes only if it may. Every
refusal is a :class:`RuleViolation` whose message says what to do instead.

    new → assigned → in progress → waiting (on the client / a third party) → escalated
        → resolved → closed, and resolved or closed → in progress again (reopen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from caseworker.domain.clients import ClientFlags
from caseworker.domain.errors import RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text


class CaseStatus(StrEnum):
    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"


STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.NEW: N_("New"),
    CaseStatus.ASSIGNED: N_("Assigned"),
    CaseStatus.IN_PROGRESS: N_("In progress"),
    CaseStatus.WAITING: N_("Waiting"),
    CaseStatus.ESCALATED: N_("Escalated"),
    CaseStatus.RESOLVED: N_("Resolved"),
    CaseStatus.CLOSED: N_("Closed"),
}

OPEN_STATUSES = frozenset({CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
                           CaseStatus.WAITING, CaseStatus.ESCALATED})
FINISHED_STATUSES = frozenset({CaseStatus.RESOLVED, CaseStatus.CLOSED})


class WaitingOn(StrEnum):
    CLIENT = "client"
    THIRD_PARTY = "third_party"


WAITING_LABELS: dict[WaitingOn, str] = {
    WaitingOn.CLIENT: N_("Waiting on the client"),
    WaitingOn.THIRD_PARTY: N_("Waiting on a third party"),
}


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


PRIORITY_LABELS: dict[Priority, str] = {
    Priority.LOW: N_("Low"),
    Priority.NORMAL: N_("Normal"),
    Priority.HIGH: N_("High"),
    Priority.URGENT: N_("Urgent"),
}
# Sorting by priority means most urgent first, not alphabetical.
PRIORITY_RANK: dict[Priority, int] = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}


class Acceptability(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


ACCEPTABILITY_LABELS: dict[Acceptability, str] = {
    Acceptability.YES: N_("Yes"),
    Acceptability.PARTLY: N_("Partly"),
    Acceptability.NO: N_("No"),
}


class EventKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    VISIT = "visit"
    # A text message, e-mail or letter to the client: a contact like a call or visit.
    MESSAGE = "message"
    STATUS = "status"
    HANDOFF = "handoff"
    ESCALATION = "escalation"
    SPECIALIST = "specialist"
    LETTER = "letter"


# The entries a worker writes (and may correct); the others record what the workflow did.
WRITTEN_KINDS = frozenset({EventKind.NOTE, EventKind.CALL, EventKind.VISIT, EventKind.MESSAGE})

EVENT_LABELS: dict[EventKind, str] = {
    EventKind.NOTE: N_("Note"),
    EventKind.CALL: N_("Call"),
    EventKind.VISIT: N_("Visit"),
    EventKind.MESSAGE: N_("Message"),
    EventKind.STATUS: N_("Status"),
    EventKind.HANDOFF: N_("Handoff"),
    EventKind.ESCALATION: N_("Escalation"),
    EventKind.SPECIALIST: N_("Specialist"),
    EventKind.LETTER: N_("Letter"),
}


class HandoffState(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    RETURNED = "returned"


MAX_ESCALATION_LEVEL = 3
MAX_NOTE_CHARS = 20_000
MAX_REASON_CHARS = 2_000
MAX_OUTCOME_CHARS = 4_000
MAX_TITLE_CHARS = 200
MAX_TARGET_DAYS = 260  # a working year


# Every step the workflow allows, from each status. Resolving and closing have their own guards
# below; reopening is the step from a finished status back to in progress.
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.NEW: frozenset({CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.WAITING,
                               CaseStatus.ESCALATED, CaseStatus.RESOLVED}),
    CaseStatus.ASSIGNED: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.WAITING, CaseStatus.ESCALATED,
                                    CaseStatus.RESOLVED}),
    CaseStatus.IN_PROGRESS: frozenset({CaseStatus.WAITING, CaseStatus.ESCALATED, CaseStatus.RESOLVED}),
    CaseStatus.WAITING: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.WAITING, CaseStatus.ESCALATED,
                                   CaseStatus.RESOLVED}),
    CaseStatus.ESCALATED: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.WAITING, CaseStatus.ESCALATED,
                                     CaseStatus.RESOLVED}),
    CaseStatus.RESOLVED: frozenset({CaseStatus.CLOSED, CaseStatus.IN_PROGRESS}),
    CaseStatus.CLOSED: frozenset({CaseStatus.IN_PROGRESS}),
}


@dataclass(frozen=True)
class Resolution:
    """How a case ended: what was achieved, with whose help, and what the client made of it."""

    outcome: str
    resolved_alone: bool
    acceptable: Acceptability
    satisfaction: int | None = None


@dataclass(frozen=True)
class CaseState:
    """What the workflow needs to know about a case to judge a step."""

    status: CaseStatus
    assignee_id: int | None
    escalation_level: int = 0
    waiting_on: WaitingOn | None = None


@dataclass(frozen=True)
class StepRequest:
    """The step asked for and what came with it (a reason, what the case waits on, an outcome)."""

    target: CaseStatus
    waiting_on: WaitingOn | None = None
    reason: str = ""
    resolution: Resolution | None = None


def allowed_targets(state: CaseState) -> frozenset[CaseStatus]:
    """The statuses reachable in one step from *state* (guards aside)."""
    return TRANSITIONS[state.status]


def check_transition(state: CaseState, step: StepRequest) -> None:
    """Raise :class:`RuleViolation` if *step* may not be taken from *state*."""
    current, target = state.status, step.target
    if target is CaseStatus.CLOSED and current is not CaseStatus.RESOLVED:
        if current is CaseStatus.CLOSED:
            raise RuleViolation(N_("This case is already closed."))
        raise RuleViolation(N_("A case can be closed only once it is resolved: record the outcome first."))
    if target is CaseStatus.RESOLVED:
        if current is CaseStatus.RESOLVED:
            raise RuleViolation(N_("This case is already resolved."))
        if step.resolution is None or not step.resolution.outcome.strip():
            raise RuleViolation(N_("A case cannot be resolved without an outcome: describe what was achieved."))
    if target is CaseStatus.NEW:
        raise RuleViolation(N_("A case cannot go back to new."))
    if target not in TRANSITIONS[current]:
        if current in FINISHED_STATUSES:
            raise RuleViolation(N_("This case is {status}: reopen it before changing it."),
                                status=STATUS_LABELS[current].lower())
        raise RuleViolation(N_("A case cannot go from {current} to {target}."),
                            current=STATUS_LABELS[current].lower(), target=STATUS_LABELS[target].lower())
    if target in (CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS) and state.assignee_id is None:
        raise RuleViolation(N_("Assign the case to a worker first."))
    if target is CaseStatus.WAITING:
        if step.waiting_on is None:
            raise RuleViolation(N_("Say whom the case is waiting on: the client or a third party."))
        if current is CaseStatus.WAITING and step.waiting_on == state.waiting_on:
            raise RuleViolation(N_("The case is already waiting on them."))
    if target is CaseStatus.ESCALATED:
        if state.escalation_level >= MAX_ESCALATION_LEVEL:
            raise RuleViolation(N_("This case is already at the highest support level ({level})."),
                                level=MAX_ESCALATION_LEVEL)
        if not step.reason.strip():
            raise RuleViolation(N_("Give a reason for the escalation."))
    if current in FINISHED_STATUSES and target is CaseStatus.IN_PROGRESS and not step.reason.strip():
        raise RuleViolation(N_("Give a reason for reopening the case."))


def is_reopen(state: CaseState, target: CaseStatus) -> bool:
    return state.status in FINISHED_STATUSES and target is CaseStatus.IN_PROGRESS


def validate_resolution(resolution: Resolution) -> Resolution:
    """Check the resolution form: an outcome, an answer on acceptability, a score from 1 to 5."""
    errors: list[ValidationError] = []
    outcome = ""
    try:
        outcome = clean_text(resolution.outcome, "outcome", max_chars=MAX_OUTCOME_CHARS,
                             multiline=True).strip()
        if not outcome:
            errors.append(ValidationError("outcome", N_("Describe the outcome: what was achieved for the client.")))
    except ValidationError as exc:
        errors.append(exc)
    try:
        acceptable = Acceptability(resolution.acceptable)
    except ValueError:
        errors.append(ValidationError("acceptable", N_("Say whether the client found the outcome acceptable.")))
        acceptable = Acceptability.NO
    score = resolution.satisfaction
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5):
        errors.append(ValidationError("satisfaction", N_("A satisfaction score is a whole number from 1 to 5.")))
    if errors:
        raise ValidationErrors(errors)
    return Resolution(outcome, bool(resolution.resolved_alone), acceptable, score)


def clean_reason(text: str, field: str = "reason", *, required: bool = True) -> str:
    reason = clean_text(text, field, max_chars=MAX_REASON_CHARS, multiline=True)
    if required and not reason:
        raise ValidationError(field, N_("Give a reason."))
    return reason


def clean_note(text: str, field: str = "text") -> str:
    note = clean_text(text, field, max_chars=MAX_NOTE_CHARS, multiline=True)
    if not note:
        raise ValidationError(field, N_("Write something in the note."))
    return note


def case_reference(case_id: int) -> str:
    """How people quote a case on the phone and in letters."""
    return f"C-{case_id:06d}"


def parse_case_reference(text: str) -> int | None:
    """The id in "C-000123", "c123" or "123"; None if *text* is not a reference."""
    cleaned = text.strip().upper().removeprefix("C").lstrip("-# ")
    return int(cleaned) if cleaned.isdigit() and len(cleaned) <= 9 else None


# -- records: what the case services take and return ------------------------------------------


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


def validate_category(draft: CategoryDraft) -> CategoryDraft:
    """Check a category form; every problem names its field."""
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
    assert name is not None and target is not None  # raise_if_any refused either missing
    return CategoryDraft(name, target, (specialty or "").lower(), draft.point_of_contact_id, draft.team_id,
                         description or "", bool(draft.active))
