"""What the parts of the meeting service share: a meeting's detail as the window shows it, the
change notice a save makes, and its action items."""

from __future__ import annotations

from sqlalchemy import null, select
from sqlalchemy.orm import Session

from caseworker.db.models import (
    ActionItem,
    AgendaItem,
    Donor,
    Meeting,
    MeetingAttendee,
    MeetingDecision,
    MeetingException,
    User,
)
from caseworker.domain import guard
from caseworker.domain.channels import Channel
from caseworker.domain.i18n import N_
from caseworker.domain.meetings import (
    ActionItemRecord,
    AgendaRecord,
    Attendance,
    AttendeeKind,
    AttendeeRecord,
    MeetingDetail,
    attendee_key,
)
from caseworker.domain.permissions import Action
from caseworker.domain.recurrence import SeriesRule
from caseworker.services.base import Service
from caseworker.services.clients import client_flags_of, client_label


def rule_of(m: Meeting) -> SeriesRule | None:
    return SeriesRule.from_rrule(m.rule) if m.rule else None


class MeetingServiceBase(Service):
    def _detail(self, s: Session, m: Meeting) -> MeetingDetail:
        attendees = []
        # Donors' names are joined only for those who may read them: on a server with database
        # roles, a caseworker's role may not even touch the donors table.
        reads_donors = self.can(Action.READ_DONORS)
        stmt = (select(MeetingAttendee, User.display_name,
                       Donor.sort_name if reads_donors else null().label("sort_name"))
                .outerjoin(User, User.id == MeetingAttendee.user_id))
        if reads_donors:
            stmt = stmt.outerjoin(Donor, Donor.id == MeetingAttendee.donor_id)
        rows = s.execute(stmt.where(MeetingAttendee.meeting_id == m.id).order_by(MeetingAttendee.id)).all()
        flags = client_flags_of(s, self.actor, (a.client_id for a, _u, _d in rows))
        seen: set[tuple[str, object]] = set()
        for a, user_name, donor_name in rows:
            # A person is listed once, however many rows an older version or an import left.
            key = attendee_key(a.kind, a.user_id, a.client_id, a.donor_id, a.name)
            if key in seen:
                continue
            seen.add(key)
            kind = AttendeeKind(a.kind)
            if kind is AttendeeKind.STAFF:
                name, ref = user_name or "?", a.user_id
            elif kind is AttendeeKind.CLIENT:
                name, ref = client_label(s, self.actor, a.client_id), a.client_id if self.can(Action.READ_CLIENTS) else None
            elif kind is AttendeeKind.DONOR:
                name = donor_name or "?" if self.can(Action.READ_DONORS) else N_("a donor")
                ref = a.donor_id if self.can(Action.READ_DONORS) else None
            else:
                name, ref = a.name, None
            attendees.append(AttendeeRecord(a.id, kind, ref, name, a.organisation, Attendance(a.attendance), a.version,
                                            flags.get(a.client_id) if kind is AttendeeKind.CLIENT and a.client_id else None))
        agenda = tuple(AgendaRecord(a.id, a.title, a.presenter, a.notes) for a in s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == m.id).order_by(AgendaItem.position, AgendaItem.id)))
        decisions = tuple(s.scalars(select(MeetingDecision.text).where(MeetingDecision.meeting_id == m.id)
                                    .order_by(MeetingDecision.position, MeetingDecision.id)))
        actions = self._actions(s, list(s.scalars(select(ActionItem.id).where(ActionItem.meeting_id == m.id)
                                                   .order_by(ActionItem.id))))
        exceptions = tuple(sorted(s.scalars(select(MeetingException.original_start)
                                            .where(MeetingException.meeting_id == m.id))))
        organiser = s.scalar(select(User.display_name).where(User.id == m.organiser_id)) if m.organiser_id else ""
        return MeetingDetail(m.id, m.title, m.starts_at, m.ends_at, m.timezone, Channel(m.channel), m.location,
                             m.description, m.minutes, rule_of(m), m.series_id, m.recurrence_id, organiser or "",
                             m.cancelled, guard.Purpose(m.donor_purpose), tuple(attendees), agenda, decisions,
                             tuple(actions), exceptions, m.version)

    def _actions(self, s: Session, ids: list[int]) -> list[ActionItemRecord]:
        if not ids:
            return []
        stmt = (select(ActionItem, Meeting.title, User.display_name)
                .join(Meeting, Meeting.id == ActionItem.meeting_id)
                .join(User, User.id == ActionItem.owner_id).where(ActionItem.id.in_(ids)))
        by_id = {a.id: ActionItemRecord(a.id, a.meeting_id, title, a.text, a.owner_id, owner, a.due_on, a.done,
                                        a.version)
                 for a, title, owner in s.execute(stmt)}
        return [by_id[i] for i in ids if i in by_id]
