"""Handing cases between workers: offers, acceptance, returns with a reason, and a leaver's cases
reassigned in one step.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import AuditEntry, Case, CaseEvent, Handoff, User
from caseworker.db.notices import changes_so_far, notice
from caseworker.domain.cases import (
    OPEN_STATUSES,
    CaseDetail,
    CaseStatus,
    EventKind,
    HandoffRow,
    HandoffState,
    clean_reason,
)
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services import audit
from caseworker.services.base import get_or_404, load_for_update, rows_touched
from caseworker.services.case_base import (
    CASE_FIELDS,
    CaseServiceBase,
    _handoff_row,
    _handoff_select,
    _introduce,
)


class CaseHandoffs(CaseServiceBase):
    def my_pending_handoffs(self) -> list[HandoffRow]:
        """Cases other workers have handed to the signed-in worker, awaiting accept or return."""
        self.require(Action.READ_CASES)
        with self.db.read() as s:
            stmt = _handoff_select().where(Handoff.to_user_id == self.actor.user_id,
                                           Handoff.state == HandoffState.PENDING.value)
            return [_handoff_row(*r) for r in s.execute(stmt.order_by(Handoff.offered_at, Handoff.id))]

    # -- handoffs -------------------------------------------------------------------------------
    def hand_off(self, case_id: int, to_user_id: int, note: str,
                 expected_version: int | None) -> tuple[CaseDetail, Changes]:
        """Offer the case to another worker with a note; it is theirs once they accept it."""
        self.require(Action.EDIT_CASES)
        note = clean_text(note, "note", max_chars=20_000, multiline=True)
        if not note:
            raise ValidationError("note", N_("Write a handoff note: what the next worker needs to know."))
        with self.db.transaction("Hand off case") as s:
            case = load_for_update(s, Case, case_id, "Case", expected_version)
            clock = self._clock(s)
            self._require_open(case)
            if case.assignee_id not in (None, self.actor.user_id) and not self.can(Action.REASSIGN_CASES):
                raise RuleViolation(N_("Only the case's worker or a manager can hand it off."))
            if to_user_id == case.assignee_id:
                raise ValidationError("to_user_id", N_("The case is already with this worker."))
            self._check_worker(s, to_user_id, "to_user_id")
            if self._pending_handoff(s, case.id) is not None:
                raise RuleViolation(N_("This case is already waiting for a handoff to be accepted."))
            handoff = Handoff(case_id=case.id, from_user_id=case.assignee_id or self.actor.user_id,
                              to_user_id=to_user_id, note=note, state=HandoffState.PENDING.value,
                              reason="", offered_at=utcnow())
            self.stamp(handoff)
            s.add(handoff)
            audit.record_created(s, self.actor, "handoff", handoff,
                                 ("case_id", "from_user_id", "to_user_id", "note", "state"))
            self._event(s, case, EventKind.HANDOFF, note,
                        {"handoff_id": handoff.id, "from_user_id": handoff.from_user_id,
                         "to_user_id": to_user_id, "state": "offered"})
            self.stamp(case)
            case.updated_at = utcnow()  # the detail others have open is now out of date
            return self._detail(s, case, clock), changes_so_far(s)

    def accept_handoff(self, handoff_id: int) -> Changes:
        self.require(Action.EDIT_CASES)
        with self.db.transaction("Accept handoff") as s:
            handoff, case = self._decide(s, handoff_id)
            before = audit.snapshot(case, CASE_FIELDS)
            handoff.state = HandoffState.ACCEPTED.value
            case.assignee_id = handoff.to_user_id
            if case.status == CaseStatus.NEW:
                case.status = CaseStatus.ASSIGNED.value
            self.stamp(case)
            s.flush()
            audit.record_updated(s, self.actor, "case", case, before, CASE_FIELDS)
            audit.record(s, self.actor, kind="update", record_type="handoff", record_id=handoff.id,
                         changes={"state": ["pending", "accepted"]})
            self._event(s, case, EventKind.HANDOFF, "",
                        {"handoff_id": handoff.id, "from_user_id": handoff.from_user_id,
                         "to_user_id": handoff.to_user_id, "state": "accepted"})
            _introduce(s, self.actor, case)
            return changes_so_far(s)

    def return_handoff(self, handoff_id: int, reason: str) -> Changes:
        """Decline a case handed over, saying why; it stays with the worker who offered it."""
        self.require(Action.EDIT_CASES)
        reason = clean_reason(reason)
        with self.db.transaction("Return handoff") as s:
            handoff, case = self._decide(s, handoff_id)
            handoff.state = HandoffState.RETURNED.value
            handoff.reason = reason
            audit.record(s, self.actor, kind="update", record_type="handoff", record_id=handoff.id,
                         changes={"state": ["pending", "returned"]}, reason=reason)
            self._event(s, case, EventKind.HANDOFF, reason,
                        {"handoff_id": handoff.id, "from_user_id": handoff.from_user_id,
                         "to_user_id": handoff.to_user_id, "state": "returned"})
            self.stamp(case)
            case.updated_at = utcnow()
            return changes_so_far(s)

    def reassign_all(self, from_user_id: int, to_user_id: int, reason: str = "") -> tuple[int, Changes]:
        """A worker leaves: every open case of theirs goes to *to_user_id* at once.

        Handoffs still waiting for the leaver to accept are redirected to the new worker. Returns
        how many cases moved.
        """
        self.require(Action.REASSIGN_CASES)
        reason = clean_reason(reason, required=False)
        if from_user_id == to_user_id:
            raise ValidationError("to_user_id", N_("Choose a different worker to take the cases."))
        with self.db.transaction("Reassign all cases") as s:
            get_or_404(s, User, from_user_id, "User")
            self._check_worker(s, to_user_id, "to_user_id")
            open_values = [st.value for st in OPEN_STATUSES]
            moving = s.execute(select(Case.id, Case.client_id).where(
                Case.assignee_id == from_user_id, Case.status.in_(open_values)).order_by(Case.id)).all()
            now = utcnow()
            if moving:
                ids = [cid for cid, _ in moving]
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    s.execute(update(Case).where(Case.id.in_(chunk)).values(
                        assignee_id=to_user_id, version=Case.version + 1, updated_at=now,
                        updated_by_id=self.actor.user_id).execution_options(synchronize_session=False))
                action = s.info["action"]
                s.execute(insert(CaseEvent), [
                    {"case_id": cid, "client_id": client, "kind": EventKind.HANDOFF.value, "at": now,
                     "author_id": self.actor.user_id, "text": reason, "edited": False,
                     "data": {"from_user_id": from_user_id, "to_user_id": to_user_id, "state": "reassigned"},
                     "created_at": now, "updated_at": now, "version": 1, "updated_by_id": self.actor.user_id}
                    for cid, client in moving])
                s.execute(insert(AuditEntry), [
                    {"at": now, "user_id": self.actor.user_id, "action": action, "kind": "update",
                     "record_type": "case", "record_id": cid, "reason": reason,
                     "changes": {"assignee_id": [from_user_id, to_user_id]}} for cid, _ in moving])
            redirected = rows_touched(s.execute(update(Handoff).where(
                Handoff.to_user_id == from_user_id, Handoff.state == HandoffState.PENDING.value).values(
                to_user_id=to_user_id, version=Handoff.version + 1, updated_at=now,
                updated_by_id=self.actor.user_id).execution_options(synchronize_session=False)))
            audit.record(s, self.actor, kind="update", record_type="user", record_id=from_user_id,
                         changes={"open cases reassigned": [len(moving), 0], "to_user_id": [None, to_user_id],
                                  "pending handoffs redirected": [None, redirected]}, reason=reason)
            # Bulk statements: the views learn which cases moved from here.
            notice(s, ChangeKind.CASE, *(cid for cid, _ in moving))
            return len(moving), changes_so_far(s)

    def _pending_handoff(self, s: Session, case_id: int) -> Handoff | None:
        return s.scalar(select(Handoff).where(Handoff.case_id == case_id,
                                              Handoff.state == HandoffState.PENDING.value))

    def _decide(self, s: Session, handoff_id: int) -> tuple[Handoff, Case]:
        handoff = load_for_update(s, Handoff, handoff_id, "Handoff", None)
        if handoff.state != HandoffState.PENDING.value:
            raise RuleViolation(N_("This handoff was already {state}."), state=handoff.state)
        if handoff.to_user_id != self.actor.user_id:
            raise RuleViolation(N_("Only the worker the case was handed to can accept or return it."))
        case = load_for_update(s, Case, handoff.case_id, "Case", None)
        handoff.decided_at = utcnow()
        self.stamp(handoff)
        return handoff, case
