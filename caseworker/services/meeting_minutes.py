"""A meeting's minutes, decisions and action items: recorded after it, carried forward until done."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from caseworker.db.base import utcnow
from caseworker.db.models import (
    ActionItem,
    Meeting,
    MeetingAttendee,
    MeetingDecision,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.errors import RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.meetings import (
    ActionItemRecord,
    Attendance,
    MeetingDetail,
)
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import get_or_404, load_for_update
from caseworker.services.meeting_base import MeetingServiceBase


class MeetingMinutes(MeetingServiceBase):
    def record_minutes(self, meeting_id: int, minutes: str, decisions: Sequence[str],
                       attendance: dict[int, Attendance], expected_version: int) -> tuple[MeetingDetail, Changes]:
        """Minutes, decisions and who attended, sent apologies or was absent."""
        self.require(Action.EDIT_MEETINGS)
        with self.db.transaction("Record minutes") as s:
            m = load_for_update(s, Meeting, meeting_id, "Meeting", expected_version)
            if m.rule:
                raise RuleViolation(N_("Minutes belong to one occurrence: open the occurrence first."))
            before = audit.snapshot(m, ("minutes",))
            m.minutes = minutes.strip()
            self.stamp(m)
            for old in s.scalars(select(MeetingDecision).where(MeetingDecision.meeting_id == m.id)):
                s.delete(old)
            kept = [d.strip() for d in decisions if d.strip()]
            for i, text in enumerate(kept):
                s.add(MeetingDecision(meeting_id=m.id, position=i, text=text, updated_by_id=self.actor.user_id))
            for attendee in s.scalars(select(MeetingAttendee).where(MeetingAttendee.meeting_id == m.id)):
                new = attendance.get(attendee.id)
                if new is not None and new.value != attendee.attendance:
                    audit.record(s, self.actor, kind="update", record_type="meeting attendee", record_id=attendee.id,
                                 changes={"attendance": [attendee.attendance, new.value]})
                    attendee.attendance = new.value
                    self.stamp(attendee)
            s.flush()
            audit.record_updated(s, self.actor, "meeting", m, before | {"decisions": None},
                                 ("minutes",))
            audit.record(s, self.actor, kind="update", record_type="meeting", record_id=m.id,
                         changes={"decisions": [None, kept]})
            return self._detail(s, m), changes_so_far(s)

    # -- action items ----------------------------------------------------------------------
    def add_action_item(self, meeting_id: int, text: str, owner_id: int | None,
                        due_on: date | None) -> tuple[ActionItemRecord, Changes]:
        self.require(Action.EDIT_MEETINGS)
        errors: list[ValidationError] = []
        text = text.strip()
        if not text:
            errors.append(ValidationError("text", N_("Say what is to be done.")))
        elif len(text) > 500:
            errors.append(ValidationError("text", N_("This can have at most {n} characters."), n=500))
        if owner_id is None:
            errors.append(ValidationError("owner_id", N_("Choose who will do it.")))
        if errors:
            raise ValidationErrors(errors)
        with self.db.transaction("Add action item") as s:
            m = get_or_404(s, Meeting, meeting_id, "Meeting")
            if m.rule:
                raise RuleViolation(N_("Action items belong to one occurrence: open the occurrence first."))
            owner = s.get(User, owner_id)
            if owner is None or not owner.active:
                raise ValidationError("owner_id", N_("Choose an active colleague."))
            item = ActionItem(meeting_id=m.id, text=text, owner_id=owner.id, due_on=due_on, done=False)
            self.stamp(item)
            s.add(item)
            audit.record_created(s, self.actor, "action item", item, ("meeting_id", "text", "owner_id", "due_on"))
            return self._actions(s, [item.id])[0], changes_so_far(s)

    def set_action_done(self, action_id: int, done: bool, expected_version: int) -> tuple[ActionItemRecord, Changes]:
        self.require(Action.EDIT_MEETINGS)
        with self.db.transaction("Complete action item" if done else "Reopen action item") as s:
            item = load_for_update(s, ActionItem, action_id, "Action item", expected_version)
            before = audit.snapshot(item, ("done",))
            item.done, item.done_at = done, utcnow() if done else None
            self.stamp(item)
            s.flush()
            audit.record_updated(s, self.actor, "action item", item, before, ("done",))
            return self._actions(s, [item.id])[0], changes_so_far(s)

    def my_action_items(self, *, include_done: bool = False, limit: int = 200) -> list[ActionItemRecord]:
        """The signed-in user's action items, soonest due first (undated last)."""
        self.require(Action.READ_MEETINGS)
        stmt = select(ActionItem.id).where(ActionItem.owner_id == self.actor.user_id)
        if not include_done:
            stmt = stmt.where(ActionItem.done.is_(False))
        stmt = stmt.order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id).limit(limit)
        with self.db.read() as s:
            return self._actions(s, list(s.scalars(stmt)))

    def actions_due_between(self, start: date, end: date, *, owner_id: int | None = None) -> list[ActionItemRecord]:
        self.require(Action.READ_MEETINGS)
        stmt = select(ActionItem.id).where(ActionItem.due_on >= start, ActionItem.due_on <= end)
        if owner_id is not None:
            stmt = stmt.where(ActionItem.owner_id == owner_id)
        with self.db.read() as s:
            return self._actions(s, list(s.scalars(stmt.order_by(ActionItem.due_on, ActionItem.id))))
