"""Meetings: one-off and repeating, attendance, agenda, minutes, decisions and action items.

A series is stored once with its RRULE; occurrences are expanded only for the range asked for.
Cancelling one occurrence adds an exception (EXDATE); editing one occurrence (its time, its
attendance or minutes) detaches it as its own meeting carrying the series id and its original
start (RECURRENCE-ID). Editing the whole series changes the series row.

Double-booking is a warning, never a refusal: :meth:`MeetingService.clashes` lists each staff
member who is already in another meeting at an overlapping time, occurrence by occurrence.

A meeting with a donor is a touchpoint for the contact-frequency guard. Each occurrence in the
next 90 days is checked occurrence by occurrence by the touchpoint service's guard (with the stored
contact policy and the donor's own preferences): :meth:`MeetingService.touchpoint_preview` shows the
verdicts before saving, and saving plans one touchpoint per allowed occurrence in the same
transaction (blocked occurrences are not planned; the meeting itself still stands).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import (
    AgendaItem,
    Client,
    Donor,
    Meeting,
    MeetingAttendee,
    MeetingException,
    Touchpoint,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.channels import Channel, as_touchpoint
from caseworker.domain.errors import NotFound, RuleViolation
from caseworker.domain.guard import TouchStatus
from caseworker.domain.i18n import N_
from caseworker.domain.meetings import (
    MAX_DURATION,
    Attendance,
    AttendeeDraft,
    AttendeeKind,
    AttendeeRecord,
    Clash,
    MeetingDetail,
    MeetingDraft,
    OccurrenceRow,
    TimelineEntry,
    TouchPreview,
    attendee_key,
    validate_meeting,
)
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes, SearchHit
from caseworker.domain.recurrence import Occurrence, is_occurrence, last_start, moved_key, occurrences
from caseworker.services import audit
from caseworker.services.base import get_or_404, load_for_update
from caseworker.services.meeting_base import rule_of
from caseworker.services.meeting_minutes import MeetingMinutes
from caseworker.services.search import like_pattern, search_provider
from caseworker.services.touchpoints import meeting_verdicts, plan_for_meeting_in

TOUCHPOINT_HORIZON = timedelta(days=90)
CLASH_HORIZON = timedelta(days=90)
MEETING_FIELDS = ("title", "starts_at", "ends_at", "timezone", "channel", "location", "rule",
                  "description", "donor_purpose", "organiser_id")




def series_occurrences(s: Session, masters: Sequence[Meeting], start: datetime,
                       end: datetime) -> list[tuple[Meeting, Occurrence]]:
    """Occurrences of *masters* within [start, end), without exceptions or detached occurrences."""
    if not masters:
        return []
    ids = [m.id for m in masters]
    skipped: dict[int, set[datetime]] = defaultdict(set)
    for mid, key in s.execute(select(MeetingException.meeting_id, MeetingException.original_start)
                              .where(MeetingException.meeting_id.in_(ids))):
        skipped[mid].add(key)
    for sid, recurrence in s.execute(select(Meeting.series_id, Meeting.recurrence_id)
                                     .where(Meeting.series_id.in_(ids))):
        if sid is not None and recurrence is not None:
            skipped[sid].add(recurrence)
    found = []
    for m in masters:
        rule = rule_of(m)
        assert rule is not None
        for occ in occurrences(rule, m.starts_at, m.ends_at - m.starts_at, ZoneInfo(m.timezone), start, end,
                               exceptions=skipped[m.id]):
            found.append((m, occ))
    return found


def meetings_between(s: Session, start: datetime, end: datetime, *,
                     user_id: int | None = None) -> list[OccurrenceRow]:
    """Every meeting occurrence overlapping [start, end), optionally only those *user_id* attends."""
    # One-offs are most of the rows: read plain columns (an indexed range on the start), not
    # whole records. Series are few and are expanded only within the range.
    columns = (Meeting.id, Meeting.series_id, Meeting.title, Meeting.starts_at, Meeting.ends_at, Meeting.timezone,
               Meeting.channel, Meeting.location)
    one_offs = select(*columns).where(Meeting.rule == "", Meeting.cancelled.is_(False),
                                      Meeting.starts_at < end, Meeting.starts_at > start - MAX_DURATION,
                                      Meeting.ends_at > start)
    masters = select(Meeting).where(Meeting.rule != "", Meeting.cancelled.is_(False), Meeting.starts_at < end,
                                    or_(Meeting.series_ends_at.is_(None), Meeting.series_ends_at > start))
    if user_id is not None:
        attends = select(MeetingAttendee.meeting_id).where(
            MeetingAttendee.kind == AttendeeKind.STAFF.value, MeetingAttendee.user_id == user_id,
            MeetingAttendee.attendance != Attendance.APOLOGIES.value)
        one_offs, masters = one_offs.where(Meeting.id.in_(attends)), masters.where(Meeting.id.in_(attends))
    rows = [OccurrenceRow(mid, sid, None, title, st, en, zone, Channel(channel), location)
            for mid, sid, title, st, en, zone, channel, location in s.execute(one_offs)]
    rows += [_row(m, occ.key, occ.start, occ.end)
             for m, occ in series_occurrences(s, list(s.scalars(masters)), start, end)]
    rows.sort(key=lambda r: (r.start, r.title, r.meeting_id))
    return rows


def _row(m: Meeting, key: datetime | None, start: datetime, end: datetime) -> OccurrenceRow:
    return OccurrenceRow(m.id, m.series_id, key, m.title, start, end, m.timezone, Channel(m.channel), m.location)


def draft_occurrences(draft: MeetingDraft, start: datetime, end: datetime,
                      exceptions: Iterable[datetime] = ()) -> list[Occurrence]:
    """The occurrences a draft would have in [start, end)."""
    if draft.rule is None:
        if draft.start < end and draft.end > start:
            return [Occurrence(draft.start, draft.start, draft.end)]
        return []
    return occurrences(draft.rule, draft.start, draft.end - draft.start, ZoneInfo(draft.timezone), start, end,
                       exceptions=exceptions)


def _touch_occurrences(draft: MeetingDraft, now: datetime) -> list[Occurrence]:
    """The occurrences that count as planned contacts: from now to 90 days ahead."""
    if draft.rule is None:
        return [Occurrence(draft.start, draft.start, draft.end)] if draft.start >= now else []
    return draft_occurrences(draft, now, now + TOUCHPOINT_HORIZON)


# -- the service ---------------------------------------------------------------------------------
class MeetingService(MeetingMinutes):
    """Meetings and series: making, moving and cancelling them and their occurrences, who is in
    them, clashes, and the donor contacts they plan; the minutes are :class:`MeetingMinutes`."""

    def create(self, draft: MeetingDraft) -> tuple[MeetingDetail, Changes]:
        """Add a one-off meeting or a series."""
        self.require(Action.EDIT_MEETINGS)
        draft = validate_meeting(draft)
        with self.db.transaction("Add meeting") as s:
            self._check_people(s, draft.attendees)
            m = Meeting(organiser_id=self.actor.user_id)
            self._apply(m, draft)
            self.stamp(m)
            s.add(m)
            audit.record_created(s, self.actor, "meeting", m, MEETING_FIELDS)
            self._replace_attendees(s, m, draft.attendees)
            self._replace_agenda(s, m, draft.agenda)
            s.flush()
            self._plan_touchpoints(s, m)
            return self._detail(s, m), changes_so_far(s)

    def update(self, meeting_id: int, draft: MeetingDraft, expected_version: int) -> tuple[MeetingDetail, Changes]:
        """Change a one-off meeting, a detached occurrence, or a whole series."""
        self.require(Action.EDIT_MEETINGS)
        draft = validate_meeting(draft)
        label = "Change meeting series" if draft.rule is not None else "Change meeting"
        with self.db.transaction(label) as s:
            self._check_people(s, draft.attendees)
            m = load_for_update(s, Meeting, meeting_id, "Meeting", expected_version)
            if m.series_id is not None and draft.rule is not None:
                raise RuleViolation(N_("One occurrence of a series cannot become a series of its own."))
            before = audit.snapshot(m, MEETING_FIELDS)
            moved_from = (m.starts_at, m.timezone) if m.rule and draft.rule is not None else None
            self._apply(m, draft)
            self.stamp(m)
            s.flush()
            audit.record_updated(s, self.actor, "meeting", m, before, MEETING_FIELDS)
            if moved_from is not None and moved_from != (m.starts_at, m.timezone):
                self._move_occurrence_keys(s, m, *moved_from)
            self._replace_attendees(s, m, draft.attendees)
            self._replace_agenda(s, m, draft.agenda)
            s.flush()
            self._plan_touchpoints(s, m)
            return self._detail(s, m), changes_so_far(s)

    def occurrence(self, series_id: int, key: datetime) -> MeetingDetail:
        """One occurrence as a meeting: the detached one if it exists, else the series' values."""
        self.require(Action.READ_MEETINGS)
        with self.db.read() as s:
            child = self._child(s, series_id, key)
            if child is not None:
                return self._detail(s, child)
            master = self._master(s, series_id, key)
            detail = self._detail(s, master)
            return replace(detail, start=key.astimezone(UTC), end=key.astimezone(UTC) + (master.ends_at - master.starts_at),
                           rule=None, series_id=master.id, recurrence_id=key.astimezone(UTC), minutes="",
                           decisions=(), actions=())

    def edit_occurrence(self, series_id: int, key: datetime, draft: MeetingDraft) -> tuple[MeetingDetail, Changes]:
        """Change this occurrence only: it becomes its own meeting, the series skips it."""
        self.require(Action.EDIT_MEETINGS)
        draft = validate_meeting(replace(draft, rule=None))
        key = key.astimezone(UTC)
        with self.db.transaction("Change one occurrence") as s:
            self._check_people(s, draft.attendees)
            child = self._child(s, series_id, key)
            if child is None:
                master = self._master(s, series_id, key)
                child = Meeting(series_id=master.id, recurrence_id=key, organiser_id=master.organiser_id,
                                minutes="")
                s.add(child)
                before = None
            else:
                before = audit.snapshot(child, MEETING_FIELDS)
            self._apply(child, draft)
            self.stamp(child)
            if before is None:
                audit.record_created(s, self.actor, "meeting", child, MEETING_FIELDS)
            else:
                s.flush()
                audit.record_updated(s, self.actor, "meeting", child, before, MEETING_FIELDS)
            self._replace_attendees(s, child, draft.attendees)
            self._replace_agenda(s, child, draft.agenda)
            s.flush()
            master = get_or_404(s, Meeting, series_id, "Meeting")
            self._plan_touchpoints(s, child)
            self._plan_touchpoints(s, master)
            return self._detail(s, child), changes_so_far(s)

    def detach_occurrence(self, series_id: int, key: datetime) -> tuple[MeetingDetail, Changes]:
        """Make an occurrence its own meeting with the series' values, to record its minutes."""
        d = self.occurrence(series_id, key)
        if d.series_id is not None and d.id != series_id:
            return d, Changes()
        draft = MeetingDraft(d.title, d.start, d.end, d.timezone, d.channel, d.location, d.description, None,
                             tuple(AttendeeDraft(a.kind, *_refs(a), name=a.name, organisation=a.organisation)
                                   for a in d.attendees),
                             tuple(a.title for a in d.agenda), d.donor_purpose)
        return self.edit_occurrence(series_id, key, draft)

    def cancel_occurrence(self, series_id: int, key: datetime, reason: str = "") -> Changes:
        """Cancel one occurrence of a series (an EXDATE)."""
        self.require(Action.EDIT_MEETINGS)
        key = key.astimezone(UTC)
        with self.db.transaction("Cancel one occurrence") as s:
            master = self._master(s, series_id, key)
            child = self._child(s, series_id, key)
            if child is not None:
                child.cancelled, child.cancel_reason = True, reason.strip()
                self.stamp(child)
            exists = s.scalar(select(MeetingException.id).where(MeetingException.meeting_id == series_id,
                                                                MeetingException.original_start == key))
            if exists is None:
                s.add(MeetingException(meeting_id=series_id, original_start=key, created_by_id=self.actor.user_id))
            audit.record(s, self.actor, kind="void", record_type="meeting occurrence", record_id=series_id,
                         changes={"occurrence": [key.isoformat(), None]}, reason=reason.strip())
            s.flush()
            self._plan_touchpoints(s, master)
            if child is not None:
                self._plan_touchpoints(s, child)
            return changes_so_far(s)

    def cancel(self, meeting_id: int, reason: str, expected_version: int) -> tuple[MeetingDetail, Changes]:
        """Cancel a meeting (a whole series, if it is one); it stays on record."""
        self.require(Action.EDIT_MEETINGS)
        with self.db.transaction("Cancel meeting") as s:
            m = load_for_update(s, Meeting, meeting_id, "Meeting", expected_version)
            if m.cancelled:
                raise RuleViolation(N_("This meeting is already cancelled."))
            m.cancelled, m.cancel_reason = True, reason.strip()
            self.stamp(m)
            audit.record(s, self.actor, kind="void", record_type="meeting", record_id=m.id, reason=reason.strip())
            self._plan_touchpoints(s, m)
            return self._detail(s, m), changes_so_far(s)

    # -- reads -----------------------------------------------------------------------------
    def get(self, meeting_id: int) -> MeetingDetail:
        self.require(Action.READ_MEETINGS)
        with self.db.read() as s:
            return self._detail(s, get_or_404(s, Meeting, meeting_id, "Meeting"))

    def between(self, start: datetime, end: datetime, *, mine_only: bool = False) -> list[OccurrenceRow]:
        self.require(Action.READ_MEETINGS)
        with self.db.read() as s:
            return meetings_between(s, start, end, user_id=self.actor.user_id if mine_only else None)

    def clashes(self, draft: MeetingDraft, *, meeting_id: int | None = None,
                now: datetime | None = None) -> list[Clash]:
        """Staff attendees already in another meeting at an overlapping time (a warning)."""
        self.require(Action.READ_MEETINGS)
        draft = validate_meeting(draft)
        staff = [a.user_id for a in draft.attendees if a.kind is AttendeeKind.STAFF and a.user_id is not None
                 and a.attendance is not Attendance.APOLOGIES]
        if not staff:
            return []
        lo = max(draft.start, (now or utcnow())) if draft.rule is not None else draft.start
        mine = draft_occurrences(draft, lo, lo + CLASH_HORIZON if draft.rule is not None else draft.end)
        if not mine:
            return []
        window_start, window_end = min(o.start for o in mine), max(o.end for o in mine)
        found: list[Clash] = []
        with self.db.read() as s:
            names = dict(s.execute(select(User.id, User.display_name).where(User.id.in_(staff))).all())
            excluded = self._family(s, meeting_id)
            for uid in staff:
                others = [r for r in meetings_between(s, window_start, window_end, user_id=uid)
                          if r.meeting_id not in excluded]
                for occ in mine:
                    for other in others:
                        if other.start < occ.end and other.end > occ.start:
                            found.append(Clash(uid, names.get(uid, "?"), occ.start, other.title, other.start,
                                               other.end))
        return found

    def touchpoint_preview(self, draft: MeetingDraft, *, meeting_id: int | None = None,
                           now: datetime | None = None) -> list[TouchPreview]:
        """Each occurrence in the next 90 days with each donor, and the guard's verdict on it."""
        self.require(Action.READ_MEETINGS)
        draft = validate_meeting(draft)
        donors = [a.donor_id for a in draft.attendees if a.kind is AttendeeKind.DONOR and a.donor_id is not None]
        if not donors or not self.can(Action.READ_DONORS):
            return []
        planned = [o.start for o in _touch_occurrences(draft, now or utcnow())]
        channel = as_touchpoint(draft.channel).value
        previews: list[TouchPreview] = []
        with self.db.read() as s:
            for donor_id in donors:
                donor = get_or_404(s, Donor, donor_id, "Donor")
                name = donor.sort_name or donor.organisation_name or f"{donor.first_name} {donor.last_name}"
                for when, verdict in meeting_verdicts(s, donor_id, planned, channel, draft.donor_purpose.value,
                                                      meeting_id):
                    previews.append(TouchPreview(donor_id, name, when, verdict))
        return previews

    def client_timeline(self, client_id: int) -> list[TimelineEntry]:
        """Meetings with a client, newest first: the client's timeline shows them."""
        self.require(Action.READ_CLIENTS)
        self.require(Action.READ_MEETINGS)
        stmt = (select(Meeting, MeetingAttendee.attendance)
                .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
                .where(MeetingAttendee.client_id == client_id, Meeting.cancelled.is_(False))
                .order_by(Meeting.starts_at.desc()))
        with self.db.read() as s:
            return [TimelineEntry(m.id, m.starts_at, m.title, Channel(m.channel), Attendance(att), m.minutes)
                    for m, att in s.execute(stmt)]

    def people(self, text: str, limit: int = 20) -> list[tuple[AttendeeKind, int, str]]:
        """People who may be invited, matching *text*: staff, and clients or donors the user may read."""
        self.require(Action.READ_MEETINGS)
        pattern = like_pattern(text.strip())
        found: list[tuple[AttendeeKind, int, str]] = []
        with self.db.read() as s:
            for uid, name in s.execute(select(User.id, User.display_name).where(
                    User.active.is_(True), User.display_name.ilike(pattern, escape="\\"))
                    .order_by(User.display_name).limit(limit)):
                found.append((AttendeeKind.STAFF, uid, name))
            if self.can(Action.READ_CLIENTS):
                for cid, first, last in s.execute(select(Client.id, Client.first_name, Client.last_name).where(
                        or_(Client.last_name.ilike(pattern, escape="\\"), Client.first_name.ilike(pattern, escape="\\")))
                        .order_by(Client.last_name, Client.first_name).limit(limit)):
                    found.append((AttendeeKind.CLIENT, cid, f"{first} {last}"))
            if self.can(Action.READ_DONORS):
                for did, name in s.execute(select(Donor.id, Donor.sort_name).where(
                        Donor.sort_name.ilike(pattern, escape="\\")).order_by(Donor.sort_name).limit(limit)):
                    found.append((AttendeeKind.DONOR, did, name))
        return found

    # -- internals -------------------------------------------------------------------------
    def _plan_touchpoints(self, s: Session, m: Meeting) -> None:
        """Plan (or re-plan) the donor touchpoints of *m*'s coming occurrences, under the guard.

        Runs in the meeting's own transaction, so the meeting and its touchpoints are one action.
        A cancelled meeting, or one without donors, leaves none planned."""
        donors = sorted({d for d in s.scalars(select(MeetingAttendee.donor_id).where(
            MeetingAttendee.meeting_id == m.id, MeetingAttendee.donor_id.is_not(None))) if d is not None})
        if not donors and not self.can(Action.PLAN_TOUCHPOINTS):
            # A meeting's planned contacts are cancelled by whoever removes its last donor, so one
            # without donors has none left; and on a server with database roles, the role of someone
            # who plans no contacts may not read touchpoints at all.
            return
        previous = set(s.scalars(select(Touchpoint.donor_id).where(
            Touchpoint.meeting_id == m.id, Touchpoint.status == TouchStatus.PLANNED.value)))
        affected = sorted(set(donors) | previous)
        if not affected:
            return
        self.require(Action.PLAN_TOUCHPOINTS)
        s.flush()
        when: list[datetime] = []
        if not m.cancelled:
            now = utcnow()
            if m.rule:
                rule = rule_of(m)
                assert rule is not None
                when = [occ.start for _m, occ in series_occurrences(s, [m], now, now + TOUCHPOINT_HORIZON)]
            elif m.starts_at >= now:
                when = [m.starts_at]
        channel = as_touchpoint(Channel(m.channel)).value
        for donor_id in affected:
            occurrences = when if donor_id in donors else []
            plan_for_meeting_in(s, self.actor, donor_id, occurrences, channel, m.donor_purpose, m.id)

    @staticmethod
    def _move_occurrence_keys(s: Session, m: Meeting, old_start: datetime, old_zone: str) -> None:
        """Re-key the series' cancelled and detached occurrences to where the series now puts them."""
        rows: list[tuple[Any, str]] = [
            *((e, "original_start") for e in s.scalars(select(MeetingException).where(
                MeetingException.meeting_id == m.id))),
            *((c, "recurrence_id") for c in s.scalars(select(Meeting).where(
                Meeting.series_id == m.id, Meeting.recurrence_id.is_not(None))))]
        keys = [getattr(row, attr) for row, attr in rows]
        # Through keys no occurrence holds first, so that one occurrence's new key never meets
        # another's old one in the unique indexes on the way (a series moved by exactly a week).
        parked = datetime(1, 1, 1, tzinfo=UTC)
        for i, (row, attr) in enumerate(rows):
            setattr(row, attr, parked + timedelta(minutes=i))
        s.flush()
        old_zone_info, new_zone_info = ZoneInfo(old_zone), ZoneInfo(m.timezone)
        for (row, attr), key in zip(rows, keys, strict=True):
            setattr(row, attr, moved_key(key, old_start, old_zone_info, m.starts_at, new_zone_info))

    @staticmethod
    def _apply(m: Meeting, d: MeetingDraft) -> None:
        m.title, m.starts_at, m.ends_at, m.timezone = d.title, d.start, d.end, d.timezone
        m.channel, m.location, m.description = d.channel.value, d.location, d.description
        m.donor_purpose = d.donor_purpose.value
        m.rule = d.rule.to_rrule() if d.rule is not None else ""
        if d.rule is None:
            m.series_ends_at = None
        else:
            last = last_start(d.rule, d.start, ZoneInfo(d.timezone))
            m.series_ends_at = None if last is None else last + (d.end - d.start)

    def _check_people(self, s: Session, attendees: Iterable[AttendeeDraft]) -> None:
        for a in attendees:
            if a.kind is AttendeeKind.CLIENT:
                self.require(Action.READ_CLIENTS)
                get_or_404(s, Client, a.client_id or 0, "Client")
            elif a.kind is AttendeeKind.DONOR:
                self.require(Action.READ_DONORS)
                get_or_404(s, Donor, a.donor_id or 0, "Donor")
            elif a.kind is AttendeeKind.STAFF:
                get_or_404(s, User, a.user_id or 0, "User")

    def _replace_attendees(self, s: Session, m: Meeting, attendees: Sequence[AttendeeDraft]) -> None:
        existing: dict[tuple[str, object], MeetingAttendee] = {}
        row: MeetingAttendee | None
        for row in s.scalars(select(MeetingAttendee).where(MeetingAttendee.meeting_id == m.id)
                             .order_by(MeetingAttendee.id)):
            key = attendee_key(row.kind, row.user_id, row.client_id, row.donor_id, row.name)
            if key in existing:
                # A second row for the same person (left by an older version): saving tidies it away.
                s.delete(row)
            else:
                existing[key] = row
        wanted = set()
        for a in attendees:
            key = attendee_key(a.kind.value, a.user_id, a.client_id, a.donor_id, a.name)
            wanted.add(key)
            row = existing.get(key)
            if row is None:
                row = MeetingAttendee(meeting_id=m.id, kind=a.kind.value, user_id=a.user_id, client_id=a.client_id,
                                      donor_id=a.donor_id, name=a.name, organisation=a.organisation,
                                      attendance=a.attendance.value)
                self.stamp(row)
                s.add(row)
                audit.record(s, self.actor, kind="update", record_type="meeting", record_id=m.id,
                             changes={"attendee": [None, f"{a.kind.value} {a.user_id or a.client_id or a.donor_id or a.name}"]})
            elif a.attendance is not Attendance.INVITED and row.attendance != a.attendance.value:
                row.attendance = a.attendance.value
                self.stamp(row)
        unseen = {kind.value for kind, action in ((AttendeeKind.CLIENT, Action.READ_CLIENTS),
                                                  (AttendeeKind.DONOR, Action.READ_DONORS)) if not self.can(action)}
        for key, row in existing.items():
            # A form never shows people its user may not read, so their absence is not a removal.
            if key not in wanted and row.kind not in unseen:
                audit.record(s, self.actor, kind="update", record_type="meeting", record_id=m.id,
                             changes={"attendee": [
                                 f"{row.kind} {row.user_id or row.client_id or row.donor_id or row.name}", None]})
                s.delete(row)

    def _replace_agenda(self, s: Session, m: Meeting, agenda: Sequence[str]) -> None:
        current = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == m.id).order_by(AgendaItem.position)))
        if [a.title for a in current] == list(agenda):
            return
        for old in current:
            s.delete(old)
        for i, title in enumerate(agenda):
            s.add(AgendaItem(meeting_id=m.id, position=i, title=title, updated_by_id=self.actor.user_id))

    @staticmethod
    def _child(s: Session, series_id: int, key: datetime) -> Meeting | None:
        return s.scalar(select(Meeting).where(Meeting.series_id == series_id,
                                              Meeting.recurrence_id == key.astimezone(UTC)))

    @staticmethod
    def _master(s: Session, series_id: int, key: datetime) -> Meeting:
        master = get_or_404(s, Meeting, series_id, "Meeting")
        rule = rule_of(master)
        if rule is None or not is_occurrence(rule, master.starts_at, ZoneInfo(master.timezone), key):
            raise NotFound(N_("{what} {ident} was not found."), what="Occurrence", ident=key.isoformat())
        return master

    @staticmethod
    def _family(s: Session, meeting_id: int | None) -> set[int]:
        """The meeting being edited and its detached occurrences (never a clash with itself)."""
        if meeting_id is None:
            return set()
        family = {meeting_id}
        m = s.get(Meeting, meeting_id)
        if m is not None and m.series_id is not None:
            family.add(m.series_id)
        family.update(s.scalars(select(Meeting.id).where(Meeting.series_id == meeting_id)))
        return family


def _refs(a: AttendeeRecord) -> tuple[int | None, int | None, int | None]:
    return (a.ref_id if a.kind is AttendeeKind.STAFF else None,
            a.ref_id if a.kind is AttendeeKind.CLIENT else None,
            a.ref_id if a.kind is AttendeeKind.DONOR else None)


@search_provider("meeting", Action.READ_MEETINGS)
def search_meetings(s: Session, actor: Actor, text: str, limit: int) -> list[SearchHit]:
    pattern = like_pattern(text)
    stmt = (select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.rule)
            .where(Meeting.title.ilike(pattern, escape="\\"), Meeting.cancelled.is_(False))
            .order_by(Meeting.starts_at.desc()).limit(limit))
    return [SearchHit("meeting", mid, title, start.strftime("%Y-%m-%d") + (" · series" if rule else ""))
            for mid, title, start, rule in s.execute(stmt)]

