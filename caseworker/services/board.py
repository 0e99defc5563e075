"""Board business on top of a meeting's minutes: who proposed and seconded each decision and how the
vote went, and the meeting's quorum. The minutes print both (``PaperworkService.meeting``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseworker.db.models import DecisionVote, Meeting, MeetingAttendee, MeetingDecision, MeetingQuorum
from caseworker.db.notices import changes_so_far
from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404

VOTE_FIELDS = ("meeting_id", "decision", "proposer", "seconder", "votes_for", "votes_against", "abstentions")


@dataclass(frozen=True)
class VoteDraft:
    proposer: str = ""
    seconder: str = ""
    #: None: agreed without a count.
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    meeting_id: int
    text: str
    proposer: str = ""
    seconder: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None


def _count(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > 100_000:
        raise ValidationError(field, N_("Enter a number of votes (0 or more), or leave it empty."))
    return value


def decisions_of(s: Session, meeting_id: int) -> list[DecisionRecord]:
    votes = {v.decision: v for v in s.scalars(select(DecisionVote).where(DecisionVote.meeting_id == meeting_id))}
    rows = s.scalars(select(MeetingDecision).where(MeetingDecision.meeting_id == meeting_id)
                     .order_by(MeetingDecision.position, MeetingDecision.id))
    found = []
    for d in rows:
        v = votes.get(d.text)
        found.append(DecisionRecord(d.id, d.meeting_id, d.text, *(
            (v.proposer, v.seconder, v.votes_for, v.votes_against, v.abstentions) if v else ())))
    return found


def quorum_of(s: Session, meeting_id: int) -> int | None:
    return s.scalar(select(MeetingQuorum.quorum).where(MeetingQuorum.meeting_id == meeting_id))


@dataclass(frozen=True)
class BoardRecord:
    meeting_id: int
    decisions: tuple[DecisionRecord, ...]
    quorum: int | None
    #: Attendees marked as attended.
    present: int

    @property
    def quorate(self) -> bool | None:
        """None while no quorum is set."""
        return None if self.quorum is None else self.present >= self.quorum


def _board_of(s: Session, meeting_id: int) -> BoardRecord:
    present = s.scalar(select(func.count(MeetingAttendee.id)).where(
        MeetingAttendee.meeting_id == meeting_id, MeetingAttendee.attendance == "attended")) or 0
    return BoardRecord(meeting_id, tuple(decisions_of(s, meeting_id)), quorum_of(s, meeting_id), int(present))


def _checked_vote(draft: VoteDraft) -> VoteDraft:
    errors = FieldErrors()
    proposer = errors.check(clean_text, draft.proposer, "proposer", max_chars=200)
    seconder = errors.check(clean_text, draft.seconder, "seconder", max_chars=200)
    counts = [errors.check(_count, getattr(draft, f), f) for f in ("votes_for", "votes_against", "abstentions")]
    if proposer and seconder and proposer.casefold() == seconder.casefold():
        errors.add(ValidationError("seconder", N_("A decision is seconded by someone other than its proposer.")))
    errors.raise_if_any()
    return VoteDraft(proposer or "", seconder or "", *counts)


class BoardService(Service):
    def decisions(self, meeting_id: int) -> list[DecisionRecord]:
        self.require(Action.READ_MEETINGS)
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "Meeting")
            return decisions_of(s, meeting_id)

    def record_vote(self, decision_id: int, draft: VoteDraft) -> tuple[DecisionRecord, Changes]:
        """Who proposed and seconded a decision, and the votes for, against and abstaining."""
        self.require(Action.EDIT_MEETINGS)
        clean = _checked_vote(draft)
        with self.db.transaction("Record a vote") as s:
            decision = get_or_404(s, MeetingDecision, decision_id, "Decision")
            self._write_vote(s, decision, clean)
            s.flush()
            record = next(d for d in decisions_of(s, decision.meeting_id) if d.id == decision_id)
            return record, changes_so_far(s)

    def board(self, meeting_id: int) -> BoardRecord:
        """A meeting's decisions with their votes, its quorum and how many were present."""
        self.require(Action.READ_MEETINGS)
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "Meeting")
            return _board_of(s, meeting_id)

    def record_board(self, meeting_id: int, quorum: int | None,
                     votes: dict[int, VoteDraft]) -> tuple[BoardRecord, Changes]:
        """The quorum and every decision's proposer, seconder and vote, saved together from the
        meeting's window: all of it or, when a row is wrong, none of it (each error names its row)."""
        self.require(Action.EDIT_MEETINGS)
        errors = FieldErrors()
        if quorum is not None and (isinstance(quorum, bool) or not isinstance(quorum, int) or quorum < 1):
            errors.add(ValidationError("quorum", N_("The quorum is a number of people, 1 or more.")))
        checked: dict[int, VoteDraft] = {}
        for row, (decision_id, draft) in enumerate(votes.items(), start=1):
            try:
                checked[decision_id] = _checked_vote(draft)
            except ValidationErrors as many:
                for e in many.errors:
                    errors.add(ValidationError(f"decision_{row}_{e.field}", e.message, **e.params))
            except ValidationError as e:
                errors.add(ValidationError(f"decision_{row}_{e.field}", e.message, **e.params))
        errors.raise_if_any()
        with self.db.transaction("Record votes and quorum") as s:
            get_or_404(s, Meeting, meeting_id, "Meeting")
            for decision_id, clean in checked.items():
                decision = get_or_404(s, MeetingDecision, decision_id, "Decision")
                if decision.meeting_id != meeting_id:
                    raise ValidationError("decisions", N_("Decision {id} belongs to another meeting."), id=decision_id)
                self._write_vote(s, decision, clean)
            self._write_quorum(s, meeting_id, quorum)
            s.flush()
            return _board_of(s, meeting_id), changes_so_far(s)

    def _write_vote(self, s: Session, decision: MeetingDecision, clean: VoteDraft) -> None:
        vote = s.scalar(select(DecisionVote).where(DecisionVote.meeting_id == decision.meeting_id,
                                                   DecisionVote.decision == decision.text))
        before = audit.snapshot(vote, VOTE_FIELDS) if vote else None
        if vote is None:
            vote = DecisionVote(meeting_id=decision.meeting_id, decision=decision.text)
            s.add(vote)
        vote.proposer, vote.seconder = clean.proposer, clean.seconder
        vote.votes_for, vote.votes_against, vote.abstentions = clean.votes_for, clean.votes_against, clean.abstentions
        self.stamp(vote)
        if before is None:
            audit.record_created(s, self.actor, "decision_vote", vote, VOTE_FIELDS)
        else:
            audit.record_updated(s, self.actor, "decision_vote", vote, before, VOTE_FIELDS)

    def set_quorum(self, meeting_id: int, quorum: int | None) -> Changes:
        """How many must be present for the meeting to decide (None: no quorum is set)."""
        self.require(Action.EDIT_MEETINGS)
        if quorum is not None and (isinstance(quorum, bool) or not isinstance(quorum, int) or quorum < 1):
            raise ValidationError("quorum", N_("The quorum is a number of people, 1 or more."))
        with self.db.transaction("Set the quorum") as s:
            get_or_404(s, Meeting, meeting_id, "Meeting")
            self._write_quorum(s, meeting_id, quorum)
            return changes_so_far(s)

    def _write_quorum(self, s: Session, meeting_id: int, quorum: int | None) -> None:
        row = s.scalar(select(MeetingQuorum).where(MeetingQuorum.meeting_id == meeting_id))
        old = row.quorum if row else None
        if quorum is None and row is not None:
            s.delete(row)  # a setting, not a record of money or casework: the audit keeps the old value
        elif quorum is not None:
            if row is None:
                row = MeetingQuorum(meeting_id=meeting_id, quorum=quorum)
                s.add(row)
            row.quorum = quorum
            self.stamp(row)
        if old != quorum:
            audit.record(s, self.actor, kind="update", record_type="meeting", record_id=meeting_id,
                         changes={"quorum": [old, quorum]})
