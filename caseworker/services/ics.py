"""iCalendar (RFC 5545) export: one meeting, a whole series, or everything in a date range.

Times are written with their meeting's TZID and the calendar carries a VTIMEZONE for each zone
used, which Outlook, Google Calendar and Thunderbird all need to place a series correctly across
DST changes. A series is one VEVENT with its RRULE and EXDATEs; each occurrence edited on its own
is a further VEVENT with the same UID and a RECURRENCE-ID.

Exported files leave the database, so clients are never named in them: a client attendee is
written as "a client" whoever exports; donors are named only to roles that may read donors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vRecur, vText
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caseworker import __version__
from caseworker.db.base import utcnow
from caseworker.db.models import Donor, Meeting, MeetingAttendee, MeetingException, User
from caseworker.domain.channels import CHANNEL_LABELS, Channel, capitalised
from caseworker.domain.errors import ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.meetings import Attendance, AttendeeKind
from caseworker.domain.permissions import Action
from caseworker.services.base import Service, get_or_404

# A range must leave room for a day either side in any time zone.
_FIRST_DAY, _LAST_DAY = date(1, 1, 2), date(9999, 12, 30)

PRODID = f"-//Caseworker//Caseworker {__version__}//EN"
PARTSTAT = {
    Attendance.INVITED.value: "NEEDS-ACTION",
    Attendance.ATTENDED.value: "ACCEPTED",
    Attendance.APOLOGIES.value: "DECLINED",
    Attendance.ABSENT.value: "DECLINED",
}


def uid_of(m: Meeting) -> str:
    created = (m.created_at or utcnow()).strftime("%Y%m%dT%H%M%SZ")
    return f"meeting-{m.id}-{created}@caseworker"


class IcsService(Service):
    def meeting_ics(self, meeting_id: int) -> bytes:
        """One meeting; for a series (or one of its occurrences) the whole series."""
        self.require(Action.READ_MEETINGS)
        with self.db.read() as s:
            m = get_or_404(s, Meeting, meeting_id, "Meeting")
            master = get_or_404(s, Meeting, m.series_id, "Meeting") if m.series_id else m
            # icalendar leaves to_ical() unannotated; it returns the encoded calendar.
            ical: bytes = self._calendar(s, [master]).to_ical()
            return ical

    def range_ics(self, first: date, last: date, zone: ZoneInfo) -> bytes:
        """Meetings from *first* to *last* (local days, inclusive): one-offs that fall in the range
        and every series with an occurrence in it (written whole, with its rule)."""
        self.require(Action.READ_MEETINGS)
        if first > last:
            raise ValidationError("last", N_("The last day is before the first."))
        if first < _FIRST_DAY or last > _LAST_DAY:
            # Midnight after 9999-12-31 (or before 0001-01-01 in a zone east of UTC) is no date.
            raise ValidationError("first" if first < _FIRST_DAY else "last",
                                  N_("Choose days between {first} and {last}."), first=_FIRST_DAY, last=_LAST_DAY)
        start = datetime.combine(first, time(), zone).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
        with self.db.read() as s:
            one_offs = s.scalars(select(Meeting).where(
                Meeting.rule == "", Meeting.series_id.is_(None), Meeting.starts_at < end, Meeting.ends_at > start)
                .order_by(Meeting.starts_at, Meeting.id))
            masters = s.scalars(select(Meeting).where(
                Meeting.rule != "", Meeting.starts_at < end,
                or_(Meeting.series_ends_at.is_(None), Meeting.series_ends_at > start))
                .order_by(Meeting.starts_at, Meeting.id))
            # A detached occurrence moved into the range belongs with its series.
            moved = s.scalars(select(Meeting.series_id).where(
                Meeting.series_id.is_not(None), Meeting.starts_at < end, Meeting.ends_at > start))
            chosen = {m.id: m for m in [*one_offs, *masters]}
            for sid in moved:
                if sid is not None and sid not in chosen:
                    chosen[sid] = get_or_404(s, Meeting, sid, "Meeting")
            ical: bytes = self._calendar(s, sorted(chosen.values(), key=lambda m: (m.starts_at, m.id))).to_ical()
            return ical

    # -- building ----------------------------------------------------------------------------
    def _calendar(self, s: Session, meetings: Iterable[Meeting]) -> Calendar:
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        stamp = utcnow().replace(microsecond=0)
        meetings = list(meetings)
        children: dict[int, list[Meeting]] = defaultdict(list)
        masters = [m.id for m in meetings if m.rule]
        for child in _in_chunks(s, select(Meeting).order_by(Meeting.recurrence_id), Meeting.series_id, masters):
            children[child.series_id].append(child)
        # Everything an event needs in a few queries, not several per event (a month has hundreds).
        every = [m.id for m in meetings] + [c.id for kids in children.values() for c in kids]
        people = _Attendance(s, every, with_donors=self.can(Action.READ_DONORS))
        exdates: dict[int, list[datetime]] = defaultdict(list)
        for mid, key in s.execute(select(MeetingException.meeting_id, MeetingException.original_start)
                                  .where(MeetingException.meeting_id.in_(masters))
                                  .order_by(MeetingException.original_start)):
            exdates[mid].append(key)
        for m in meetings:
            cal.add_component(self._event(m, m, stamp, people, exdates[m.id]))
            for child in children.get(m.id, []):
                cal.add_component(self._event(child, m, stamp, people, []))
        # Zone rules from a year before the first meeting keep the file small; the library's end
        # (2038) covers series that repeat for ever as far as its rules are known.
        first = min((m.starts_at for m in meetings), default=stamp).date() - timedelta(days=366)
        cal.add_missing_timezones(first_date=max(first, date(1970, 1, 1)))
        return cal

    @staticmethod
    def _event(m: Meeting, master: Meeting, stamp: datetime, people: _Attendance, exdates: list[datetime]) -> Event:
        zone = ZoneInfo(m.timezone)
        ev = Event()
        ev.add("uid", uid_of(master))
        ev.add("dtstamp", stamp)
        ev.add("created", (m.created_at or stamp).replace(microsecond=0))
        ev.add("last-modified", (m.updated_at or stamp).replace(microsecond=0))
        ev.add("sequence", max(0, (m.version or 1) - 1))
        ev.add("summary", m.title)
        ev.add("dtstart", _local(m.starts_at, zone))
        ev.add("dtend", _local(m.ends_at, zone))
        if m.location:
            ev.add("location", m.location)
        ev.add("categories", [capitalised(CHANNEL_LABELS[Channel(m.channel)])])
        ev.add("status", "CANCELLED" if m.cancelled else "CONFIRMED")
        if m.rule:
            ev.add("rrule", vRecur.from_ical(m.rule))
            if exdates:
                ev.add("exdate", [_local(x, zone) for x in exdates])
        if m.series_id is not None and m.recurrence_id is not None:
            ev.add("recurrence-id", _local(m.recurrence_id, ZoneInfo(master.timezone)))
        others = people.add_to(ev, m)
        description = m.description
        if others:
            description = (description + "\n\n" if description else "") + "Also attending: " + ", ".join(others)
        if description:
            ev.add("description", description)
        return ev


class _Attendance:
    """The attendees of a set of meetings, with staff names and addresses, read in bulk."""

    def __init__(self, s: Session, meeting_ids: list[int], *, with_donors: bool) -> None:
        self.users = {uid: (name, email) for uid, name, email in
                      s.execute(select(User.id, User.display_name, User.email))}
        self.rows: dict[int, list[MeetingAttendee]] = defaultdict(list)
        for a in _in_chunks(s, select(MeetingAttendee).order_by(MeetingAttendee.id), MeetingAttendee.meeting_id,
                            meeting_ids):
            self.rows[a.meeting_id].append(a)
        donor_ids = sorted({a.donor_id for rows in self.rows.values() for a in rows if a.donor_id is not None})
        self.donors: dict[int, str] = {}
        if with_donors:
            for chunk in _chunks(donor_ids):
                self.donors.update(s.execute(select(Donor.id, Donor.sort_name).where(Donor.id.in_(chunk))).all())

    def add_to(self, ev: Event, m: Meeting) -> list[str]:
        """Staff with an email address become ATTENDEEs; everyone else is named in the text."""
        if m.organiser_id in self.users:
            name, email = self.users[m.organiser_id]
            if email:
                ev.add("organizer", _address(name, email))
        others: list[str] = []
        for a in self.rows.get(m.id, []):
            kind = AttendeeKind(a.kind)
            if kind is AttendeeKind.STAFF:
                name, email = self.users.get(a.user_id or 0, ("", ""))
                if email:
                    address = _address(name, email)
                    address.params["partstat"] = vText(PARTSTAT[a.attendance])
                    address.params["role"] = vText("REQ-PARTICIPANT")
                    ev.add("attendee", address, encode=False)
                elif name:
                    others.append(name)
            elif kind is AttendeeKind.CLIENT:
                others.append(N_("a client"))
            elif kind is AttendeeKind.DONOR:
                others.append(self.donors.get(a.donor_id or 0, N_("a supporter")))
            else:
                others.append(f"{a.name} ({a.organisation})" if a.organisation else a.name)
        return others


CHUNK = 900


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _in_chunks(s: Session, stmt: Any, column: Any, ids: list[int]) -> Iterable[Any]:
    for chunk in _chunks(ids):
        yield from s.scalars(stmt.where(column.in_(chunk)))


def _address(name: str, email: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["cn"] = vText(name)
    return address


def _local(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(microsecond=0)
