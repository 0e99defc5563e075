"""Meetings as the rules see them: drafts and their validation, attendance, and the records the
calendar, the minutes and the paperwork read. Storage and the guard's checks are the services'.

A meeting's channel (one of :data:`caseworker.domain.channels.MEETING_CHANNELS`: in person, phone,
video, a site visit) is how it is held; a meeting with a donor counts as the touchpoint
:func:`caseworker.domain.channels.as_touchpoint` names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from caseworker.domain import guard
from caseworker.domain.channels import MEETING_CHANNELS, Channel
from caseworker.domain.clients import ClientFlags
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.recurrence import SeriesRule, zone_of

MAX_DURATION = timedelta(days=7)


class AttendeeKind(StrEnum):
    STAFF = "staff"
    CLIENT = "client"
    DONOR = "donor"
    EXTERNAL = "external"


class Attendance(StrEnum):
    INVITED = "invited"
    ATTENDED = "attended"
    APOLOGIES = "apologies"
    ABSENT = "absent"


ATTENDANCE_LABELS = {
    Attendance.INVITED: N_("Invited"),
    Attendance.ATTENDED: N_("Attended"),
    Attendance.APOLOGIES: N_("Sent apologies"),
    Attendance.ABSENT: N_("Absent"),
}


# -- records -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttendeeDraft:
    kind: AttendeeKind
    user_id: int | None = None
    client_id: int | None = None
    donor_id: int | None = None
    name: str = ""
    organisation: str = ""
    attendance: Attendance = Attendance.INVITED


@dataclass(frozen=True)
class MeetingDraft:
    title: str
    start: datetime
    end: datetime
    timezone: str
    channel: Channel = Channel.IN_PERSON
    location: str = ""
    description: str = ""
    rule: SeriesRule | None = None
    attendees: tuple[AttendeeDraft, ...] = ()
    agenda: tuple[str, ...] = ()
    donor_purpose: guard.Purpose = guard.Purpose.UPDATE


@dataclass(frozen=True)
class AttendeeRecord:
    id: int
    kind: AttendeeKind
    ref_id: int | None
    name: str
    organisation: str
    attendance: Attendance
    version: int
    #: A client attendee's flags, for roles that may read clients.
    client_flags: ClientFlags | None = None


@dataclass(frozen=True)
class ActionItemRecord:
    id: int
    meeting_id: int
    meeting_title: str
    text: str
    owner_id: int
    owner: str
    due_on: date | None
    done: bool
    version: int


@dataclass(frozen=True)
class AgendaRecord:
    id: int
    title: str
    presenter: str
    notes: str


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    title: str
    start: datetime
    end: datetime
    timezone: str
    channel: Channel
    location: str
    description: str
    minutes: str
    rule: SeriesRule | None
    series_id: int | None
    recurrence_id: datetime | None
    organiser: str
    cancelled: bool
    donor_purpose: guard.Purpose
    attendees: tuple[AttendeeRecord, ...]
    agenda: tuple[AgendaRecord, ...]
    decisions: tuple[str, ...]
    actions: tuple[ActionItemRecord, ...]
    exceptions: tuple[datetime, ...]
    version: int

    @property
    def is_series(self) -> bool:
        return self.rule is not None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class OccurrenceRow:
    """One meeting as the calendar shows it (an occurrence of a series, or a one-off)."""

    meeting_id: int
    series_id: int | None
    key: datetime | None  # the original start, for occurrences of a series
    title: str
    start: datetime
    end: datetime
    timezone: str
    channel: Channel
    location: str

    @property
    def occurrence_of(self) -> int | None:
        """The series this row is an occurrence of (expanded from the series row)."""
        return self.meeting_id if self.key is not None else None


@dataclass(frozen=True)
class Clash:
    """A staff member already in another meeting at an overlapping time."""

    user_id: int
    user: str
    occurrence_start: datetime
    other_title: str
    other_start: datetime
    other_end: datetime


@dataclass(frozen=True)
class TouchPreview:
    """The guard's verdict on one occurrence of a meeting with a donor."""

    donor_id: int
    donor: str
    when: datetime
    verdict: guard.Verdict

    @property
    def blocked(self) -> bool:
        return self.verdict.blocked


@dataclass(frozen=True)
class TimelineEntry:
    """A meeting on a client's timeline."""

    meeting_id: int
    at: datetime
    title: str
    channel: Channel
    attendance: Attendance
    minutes: str = field(repr=False, default="")


# -- validation ----------------------------------------------------------------------------------
def validate_meeting(d: MeetingDraft) -> MeetingDraft:
    errors: list[ValidationError] = []
    title = d.title.strip()
    if not title:
        errors.append(ValidationError("title", N_("Give the meeting a title.")))
    elif len(title) > 200:
        errors.append(ValidationError("title", N_("This can have at most {n} characters."), n=200))
    try:
        zone_of(d.timezone)
    except ValidationError as exc:
        errors.append(exc)
    for name, value in (("start", d.start), ("end", d.end)):
        if value.tzinfo is None or value.utcoffset() is None:
            errors.append(ValidationError(name, N_("The time {value} has no UTC offset."), value=str(value)))
    if not errors:
        if d.end <= d.start:
            errors.append(ValidationError("end", N_("The meeting ends before it starts.")))
        elif d.end - d.start > MAX_DURATION:
            errors.append(ValidationError("end", N_("A meeting lasts at most a week.")))
    if d.channel not in MEETING_CHANNELS:
        errors.append(ValidationError("channel", N_("Choose how the meeting is held from the list.")))
    if len(d.location.strip()) > 300:
        errors.append(ValidationError("location", N_("This can have at most {n} characters."), n=300))
    for a in d.attendees:
        if a.kind is AttendeeKind.STAFF and a.user_id is None or a.kind is AttendeeKind.CLIENT and a.client_id is None \
                or a.kind is AttendeeKind.DONOR and a.donor_id is None:
            errors.append(ValidationError("attendees", N_("Choose who each attendee is.")))
            break
        if a.kind is AttendeeKind.EXTERNAL and not a.name.strip():
            errors.append(ValidationError("attendees", N_("Enter the name of each outside attendee.")))
            break
    if errors:
        raise ValidationErrors(errors)
    attendees = unique_attendees(d.attendees)
    return replace(d, title=title, channel=Channel(d.channel), location=d.location.strip(),
                   description=d.description.strip(),
                   start=d.start.astimezone(UTC), end=d.end.astimezone(UTC), attendees=attendees,
                   agenda=tuple(a.strip() for a in d.agenda if a.strip()))


def attendee_key(kind: str, user_id: int | None, client_id: int | None, donor_id: int | None,
                  name: str) -> tuple[str, object]:
    """Who an attendee is: the same staff member, client or donor, or the same outside name."""
    return (str(kind), user_id or client_id or donor_id or " ".join(name.split()).lower())


def unique_attendees(attendees: Iterable[AttendeeDraft]) -> tuple[AttendeeDraft, ...]:
    seen: set[tuple[str, object]] = set()
    kept = []
    for a in attendees:
        key = attendee_key(a.kind.value, a.user_id, a.client_id, a.donor_id, a.name)
        if key not in seen:
            seen.add(key)
            kept.append(replace(a, name=a.name.strip(), organisation=a.organisation.strip()))
    return tuple(kept)


# -- expansion, shared with the calendar and the export ------------------------------------------
