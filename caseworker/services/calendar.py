"""What the calendar shows for a range: meetings, grant deadlines and action items.

Meetings come from an indexed range query on their start; a series is expanded only within the
visible range, so a month costs the same on the large demo database as on a small one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from caseworker.domain.meetings import OccurrenceRow
from caseworker.domain.permissions import Action
from caseworker.services.base import Service
from caseworker.services.grants import GrantService
from caseworker.services.meetings import MeetingService
from caseworker.services.org_settings import load_org_settings


class EntryKind(StrEnum):
    MEETING = "meeting"
    DEADLINE = "deadline"
    ACTION = "action"


@dataclass(frozen=True)
class CalendarEntry:
    """One thing on the calendar. Meetings have times; deadlines and actions fall on a day."""

    kind: EntryKind
    record_id: int  # meeting (the series for an occurrence), grant, or action item
    title: str
    day: date  # the local day it starts on
    start: datetime | None = None
    end: datetime | None = None
    occurrence_key: datetime | None = None  # the original start of an occurrence of a series
    detail: str = ""
    done: bool = False
    meeting_id: int | None = None  # for an action item, the meeting that gave it

    @property
    def key(self) -> tuple[str, int, datetime | None]:
        """Identifies the entry across reloads (an occurrence by its series and original start)."""
        return (self.kind.value, self.record_id, self.occurrence_key)

    @property
    def all_day(self) -> bool:
        return self.start is None


class CalendarService(Service):
    def entries(self, first: date, last: date, *, zone: ZoneInfo | None = None,
                mine_only: bool = False) -> list[CalendarEntry]:
        """Everything from *first* to *last* (local days, inclusive) the user may read."""
        zone = zone or load_org_settings(self.db).zone
        start = datetime.combine(first, time(), zone).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time(), zone).astimezone(UTC)
        found: list[CalendarEntry] = []
        if self.can(Action.READ_MEETINGS):
            meetings = MeetingService(self.db, self.actor)
            found += [self._meeting(r, zone) for r in meetings.between(start, end, mine_only=mine_only)]
            owner = self.actor.user_id if mine_only else None
            found += [CalendarEntry(EntryKind.ACTION, a.id, a.text, a.due_on, detail=a.owner, done=a.done,
                                    meeting_id=a.meeting_id)
                      for a in meetings.actions_due_between(first, last, owner_id=owner) if a.due_on is not None]
        if self.can(Action.READ_GRANTS):
            found += [CalendarEntry(EntryKind.DEADLINE, k.grant_id, k.grant_title, k.on, detail=k.label)
                      for k in GrantService(self.db, self.actor).key_dates_between(first, last, mine_only=mine_only)]
        found.sort(key=lambda e: (e.day, e.start is not None, e.start or datetime.min.replace(tzinfo=UTC), e.title))
        return found

    @staticmethod
    def _meeting(r: OccurrenceRow, zone: ZoneInfo) -> CalendarEntry:
        return CalendarEntry(EntryKind.MEETING, r.meeting_id, r.title, r.start.astimezone(zone).date(), r.start,
                             r.end, r.key, r.location)
