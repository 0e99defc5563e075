"""Touchpoints: planning, logging, moving and cancelling contacts with donors, under the guard.

Every staff member's touchpoints are one shared history per donor. Whenever a touchpoint is
planned, logged or moved, the contact guard runs inside the same transaction that writes it, with
the donor's row locked (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE``
writer lock), so two laptops cannot both pass the guard for the same donor.

The verdict decides what happens:

* ``allow``: written.
* ``warn``: refused with :class:`ContactNeedsConfirmation` until the call says ``confirm=True``
  (the dialog's one extra click).
* ``block``: refused with :class:`ContactBlocked`; only a manager may override it, with a reason,
  which is kept on the touchpoint and written to the audit log as an ``override`` entry. A block
  that is not overridden is kept for Insight (``services.insight_data``) once the refused write
  has rolled back.

Read-only previews (:meth:`TouchpointService.preview`) give the same verdict without writing, so
the dialog can show reasons, the next allowed time and another channel before anyone saves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import (
    Donor,
    DonorQuietPeriod,
    Gift,
    GuardBlock,
    Meeting,
    MeetingAttendee,
    Receipt,
    Touchpoint,
    User,
)
from caseworker.db.notices import changes_so_far
from caseworker.domain.channels import TOUCHPOINT_CHANNELS, Channel, channel_in
from caseworker.domain.donors import display_name, preferences_for_guard
from caseworker.domain.errors import RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.guard import (
    ContactPolicy,
    DonorPreferences,
    Outcome,
    Proposal,
    Purpose,
    Touch,
    TouchStatus,
    Verdict,
    evaluate,
)
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import FieldErrors, clean_text
from caseworker.domain.money import format_money
from caseworker.domain.permissions import Action
from caseworker.domain.records import Actor, Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update
from caseworker.services.contact_policy import load_policy
from caseworker.services.donors import load_guard_preferences
from caseworker.services.insight_data import block_row, keep_guard_block, keep_guard_blocks

TOUCHPOINT_FIELDS = ("donor_id", "when", "channel", "purpose", "status", "staff_id", "notes",
                     "meeting_id", "campaign", "override_by_id", "override_reason", "cancelled_reason")
NOTES_LIMIT: Final = 20_000
# Enough SQL parameters per statement for both engines.
CHUNK: Final = 2000


class ContactBlocked(RuleViolation):
    """The guard blocked the touchpoint; nothing was written. ``verdict`` says why and when."""

    default_message = N_("The contact guard blocked this contact: {reasons}")

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict
        # (donor id, time asked for, channel), set where the refused attempt is known.
        self.attempt: tuple[int, datetime, str] | None = None
        super().__init__(self.default_message, reasons=" ".join(r.text() for r in verdict.reasons))


class ContactNeedsConfirmation(RuleViolation):
    """The guard warned; the touchpoint is written once the user confirms."""

    default_message = N_("Please confirm this contact: {reasons}")

    def __init__(self, verdict: Verdict) -> None:
        self.verdict = verdict
        super().__init__(self.default_message, reasons=" ".join(r.text() for r in verdict.reasons))


@dataclass(frozen=True)
class TouchpointDraft:
    """What the touchpoint form submits. ``status`` is ``planned`` or ``done`` (logging)."""

    donor_id: int
    when: datetime
    channel: str
    purpose: str
    notes: str = ""
    status: str = TouchStatus.PLANNED.value
    staff_id: int | None = None  # None: the signed-in user


@dataclass(frozen=True)
class TouchpointRecord:
    id: int
    donor_id: int
    donor_name: str
    when: datetime
    channel: Channel
    purpose: Purpose
    status: TouchStatus
    staff_id: int | None
    staff_name: str
    notes: str
    campaign: str
    meeting_id: int | None
    override_by: str
    override_reason: str
    cancelled_reason: str
    version: int

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the donor's timeline. ``title`` is a translatable template filled by ``params``;
    ``day`` is set for records that have a date rather than an instant (gifts, receipts)."""

    when: datetime
    kind: str  # gift | touchpoint | meeting | override | receipt
    title: str
    params: dict[str, Any] = field(default_factory=dict)
    detail: str = ""
    staff: str = ""
    record_id: int | None = None
    day: date | None = None
    muted: bool = False  # cancelled, voided
    status: str = ""  # a touchpoint's status: planned, done, cancelled


# --- loading what the guard reads ---------------------------------------------------------------

@dataclass(frozen=True)
class _PrefsRow:
    """The donor columns preferences_for_guard reads, from a Core row."""

    timezone: str
    do_not_contact: bool
    deceased: bool
    window_days: int | None
    max_in_window: int | None
    min_gap_days: int | None
    opted_out_channels: Sequence[str]
    preferred_channels: Sequence[str]
    quiet_periods: Sequence[Any]


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def load_preferences(s: Session, donor_ids: Sequence[int]) -> dict[int, DonorPreferences]:
    """Many donors' preferences in two queries per chunk (donors, then their quiet periods)."""
    result: dict[int, DonorPreferences] = {}
    for part in chunks(list(donor_ids)):
        periods: dict[int, list[Any]] = defaultdict(list)
        for row in s.execute(select(DonorQuietPeriod.donor_id, DonorQuietPeriod.starts_on,
                                    DonorQuietPeriod.ends_on, DonorQuietPeriod.reason)
                             .where(DonorQuietPeriod.donor_id.in_(part))):
            periods[row.donor_id].append(row)
        for row in s.execute(select(Donor.id, Donor.timezone, Donor.do_not_contact, Donor.deceased,
                                    Donor.window_days, Donor.max_in_window, Donor.min_gap_days,
                                    Donor.opted_out_channels, Donor.preferred_channels)
                             .where(Donor.id.in_(part))):
            result[row.id] = preferences_for_guard(_PrefsRow(
                row.timezone, row.do_not_contact, row.deceased, row.window_days, row.max_in_window,
                row.min_gap_days, row.opted_out_channels or (), row.preferred_channels or (),
                periods.get(row.id, ())))
    return result


def load_history(s: Session, donor_ids: Sequence[int], since: datetime | None = None
                 ) -> dict[int, list[Touch]]:
    """Counted touchpoints (planned and done) of many donors, one query per chunk of ids."""
    history: dict[int, list[Touch]] = defaultdict(list)
    for part in chunks(list(donor_ids)):
        stmt = (select(Touchpoint.id, Touchpoint.donor_id, Touchpoint.when, Touchpoint.channel,
                       Touchpoint.purpose, Touchpoint.status)
                .where(Touchpoint.donor_id.in_(part), Touchpoint.status != TouchStatus.CANCELLED.value))
        if since is not None:
            stmt = stmt.where(Touchpoint.when >= since)
        for row in s.execute(stmt):
            history[row.donor_id].append(
                Touch(row.when, Channel(row.channel), Purpose(row.purpose), TouchStatus(row.status), row.id))
    return history


def history_since(policy: ContactPolicy, prefs: Iterable[DonorPreferences], when: datetime) -> datetime:
    """How far back touchpoints can matter for a proposal at ``when``: nothing older than the
    widest window or gap (the organisation's, or a donor's own) can share a window with it."""
    own = [max(p.window_days or 0, p.min_gap_days or 0) for p in prefs]
    widest = max(policy.window_days, policy.ask_window_days, policy.min_gap_days, *own)
    return when - timedelta(days=widest)


def lock_donors(s: Session, donor_ids: Sequence[int]) -> None:
    """Lock the donors' rows for the rest of the transaction (in id order, so two bulk plans
    never wait for each other in a circle). SQLite's writer already holds the database lock."""
    if s.get_bind().dialect.name == "sqlite":
        return
    for part in chunks(sorted(donor_ids)):
        s.execute(select(Donor.id).where(Donor.id.in_(part)).order_by(Donor.id).with_for_update())


def guard_check(s: Session, donor_id: int, proposal: Proposal, *, exclude_id: int | None = None,
                lock: bool = False) -> Verdict:
    """The guard's verdict for one donor, read in the caller's session (locking when asked)."""
    prefs = load_guard_preferences(s, donor_id, lock=lock)
    policy = load_policy(s)
    history = load_history(s, [donor_id]).get(donor_id, [])
    return evaluate(policy, prefs, history, proposal, exclude_id=exclude_id)


def settle(actor: Actor, verdict: Verdict, *, confirm: bool, override_reason: str | None) -> str:
    """Whether a write may go ahead on this verdict; returns the override reason ("" if none).

    Raises ContactBlocked, ContactNeedsConfirmation or NotPermitted; nothing is written then."""
    from caseworker.domain.permissions import require

    if verdict.blocked:
        if override_reason is None:
            raise ContactBlocked(verdict)
        require(actor.roles, Action.OVERRIDE_GUARD)
        reason = clean_text(override_reason, "override_reason", max_chars=2000) or ""
        if not reason:
            raise ValidationError("override_reason", N_("Say why the guard is overridden."))
        return reason
    if verdict.verdict is Outcome.WARN and not confirm:
        raise ContactNeedsConfirmation(verdict)
    return ""


def write_override(s: Session, actor: Actor, touchpoint: Touchpoint, verdict: Verdict, reason: str) -> None:
    audit.record(s, actor, kind="override", record_type="touchpoint", record_id=touchpoint.id,
                 changes={"donor_id": touchpoint.donor_id, "when": touchpoint.when,
                          "channel": touchpoint.channel, "purpose": touchpoint.purpose,
                          "rules": [r.value for r in verdict.rules]},
                 reason=reason, action="Override the contact guard")


# --- validation --------------------------------------------------------------------------------

def validate_draft(draft: TouchpointDraft, now: datetime) -> tuple[Proposal, str]:
    errors = FieldErrors()
    purpose = None
    channel = errors.check(channel_in, draft.channel, TOUCHPOINT_CHANNELS, "channel",
                           N_("Choose how to contact the supporter."))
    if draft.purpose not in set(Purpose):
        errors.add(ValidationError("purpose", N_("Choose what the contact is for.")))
    else:
        purpose = Purpose(draft.purpose)
    if draft.status not in (TouchStatus.PLANNED, TouchStatus.DONE):
        errors.add(ValidationError("status", N_("A contact is either planned or done.")))
    when = draft.when
    if when is None or when.tzinfo is None or when.utcoffset() is None:
        errors.add(ValidationError("when", N_("Enter the date and time of the contact.")))
    elif draft.status == TouchStatus.DONE and when > now + timedelta(minutes=5):
        errors.add(ValidationError("when", N_("A contact that took place cannot be in the future.")))
    notes = errors.check(clean_text, draft.notes, "notes", max_chars=NOTES_LIMIT, multiline=True) or ""
    errors.raise_if_any()
    assert channel is not None and purpose is not None
    try:
        return Proposal(when, channel, purpose), notes
    except ValidationError as exc:
        raise ValidationErrors([exc]) from None


# --- the service ---------------------------------------------------------------------------------

class TouchpointService(Service):
    # -- reads ------------------------------------------------------------------------------
    def preview(self, donor_id: int, when: datetime, channel: str, purpose: str, *,
                exclude_id: int | None = None) -> Verdict:
        """The guard's verdict on a draft, without writing (the dialog asks as the user types)."""
        self.require(Action.READ_DONORS)
        proposal, _ = validate_draft(TouchpointDraft(donor_id, when, channel, purpose), when)
        with self.db.read() as s:
            return guard_check(s, donor_id, proposal, exclude_id=exclude_id)

    def get(self, touchpoint_id: int) -> TouchpointRecord:
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            return _records(s, [get_or_404(s, Touchpoint, touchpoint_id, "Touchpoint")])[0]

    def history(self, donor_id: int) -> list[TouchpointRecord]:
        """Every touchpoint of the donor by every staff member, newest first (cancelled included)."""
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            rows = s.scalars(select(Touchpoint).where(Touchpoint.donor_id == donor_id)
                             .order_by(Touchpoint.when.desc(), Touchpoint.id.desc())).all()
            return _records(s, list(rows))

    def planned_for_staff(self, staff_id: int | None = None, days: int = 14) -> list[TouchpointRecord]:
        """Planned touchpoints of a staff member (default: the signed-in one) from now on."""
        self.require(Action.READ_DONORS)
        now = datetime.now(UTC)
        with self.db.read() as s:
            rows = s.scalars(select(Touchpoint).where(
                Touchpoint.staff_id == (staff_id or self.actor.user_id),
                Touchpoint.status == TouchStatus.PLANNED.value,
                Touchpoint.when >= now - timedelta(days=1),
                Touchpoint.when < now + timedelta(days=days)).order_by(Touchpoint.when)).all()
            return _records(s, list(rows))

    def timeline(self, donor_id: int) -> list[TimelineEntry]:
        """Gifts, touchpoints, meetings, overrides and receipts in one list, newest first.
        Receipts appear here but are never touchpoints (the guard never reads them)."""
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            get_or_404(s, Donor, donor_id, "Donor")
            entries = _touchpoint_entries(s, donor_id)
            entries += _meeting_entries(s, donor_id)
            if self.can(Action.READ_GIFTS):
                entries += _gift_entries(s, donor_id)
                entries += _receipt_entries(s, donor_id)
        entries.sort(key=lambda e: e.when, reverse=True)
        return entries

    # -- writes -----------------------------------------------------------------------------
    def plan(self, draft: TouchpointDraft, *, confirm: bool = False,
             override_reason: str | None = None) -> tuple[TouchpointRecord, Changes]:
        """Plan a contact (or log one with ``status="done"``) under the guard."""
        self.require(Action.PLAN_TOUCHPOINTS)
        label = "Log a contact" if draft.status == TouchStatus.DONE else "Plan a contact"
        proposal, notes = validate_draft(draft, datetime.now(UTC))
        try:
            return self._plan(label, draft, proposal, notes, confirm, override_reason)
        except ContactBlocked as blocked:
            keep_guard_block(self.db, self.actor, draft.donor_id, proposal.when, proposal.channel.value,
                             blocked.verdict)
            raise

    def _plan(self, label: str, draft: TouchpointDraft, proposal: Proposal, notes: str, confirm: bool,
              override_reason: str | None) -> tuple[TouchpointRecord, Changes]:
        with self.db.transaction(label) as s:
            verdict = guard_check(s, draft.donor_id, proposal, lock=True)
            reason = settle(self.actor, verdict, confirm=confirm, override_reason=override_reason)
            tp = Touchpoint(donor_id=draft.donor_id, when=proposal.when, channel=proposal.channel.value,
                            purpose=proposal.purpose.value, status=draft.status,
                            staff_id=draft.staff_id or self.actor.user_id, notes=notes)
            if reason:
                tp.override_by_id = self.actor.user_id
                tp.override_reason = reason
            self.stamp(tp)
            s.add(tp)
            audit.record_created(s, self.actor, "touchpoint", tp, TOUCHPOINT_FIELDS)
            if reason:
                write_override(s, self.actor, tp, verdict, reason)
            return _records(s, [tp])[0], changes_so_far(s)

    def log(self, draft: TouchpointDraft, *, confirm: bool = False,
            override_reason: str | None = None) -> tuple[TouchpointRecord, Changes]:
        """Record a contact that took place (the guard still checks it: it counts the same)."""
        return self.plan(TouchpointDraft(draft.donor_id, draft.when, draft.channel, draft.purpose,
                                         draft.notes, TouchStatus.DONE.value, draft.staff_id),
                         confirm=confirm, override_reason=override_reason)

    def move(self, touchpoint_id: int, when: datetime, *, expected_version: int | None = None,
             confirm: bool = False, override_reason: str | None = None
             ) -> tuple[TouchpointRecord, Changes]:
        """Move a planned touchpoint to another time; the guard leaves it out of its own history."""
        self.require(Action.PLAN_TOUCHPOINTS)
        try:
            return self._move(touchpoint_id, when, expected_version, confirm, override_reason)
        except ContactBlocked as refused:
            if refused.attempt is not None:
                keep_guard_block(self.db, self.actor, *refused.attempt, refused.verdict)
            raise

    def _move(self, touchpoint_id: int, when: datetime, expected_version: int | None, confirm: bool,
              override_reason: str | None) -> tuple[TouchpointRecord, Changes]:
        with self.db.transaction("Move a contact") as s:
            tp = load_for_update(s, Touchpoint, touchpoint_id, "contact", expected_version)
            if tp.status != TouchStatus.PLANNED:
                raise RuleViolation(N_("Only a planned contact can be moved."))
            proposal, _ = validate_draft(TouchpointDraft(tp.donor_id, when, tp.channel, tp.purpose),
                                    datetime.now(UTC))
            verdict = guard_check(s, tp.donor_id, proposal, exclude_id=tp.id, lock=True)
            try:
                reason = settle(self.actor, verdict, confirm=confirm, override_reason=override_reason)
            except ContactBlocked as refused:
                refused.attempt = (tp.donor_id, proposal.when, proposal.channel.value)
                raise
            before = audit.snapshot(tp, TOUCHPOINT_FIELDS)
            tp.when = proposal.when
            if reason:
                tp.override_by_id = self.actor.user_id
                tp.override_reason = reason
            self.stamp(tp)
            s.flush()
            audit.record_updated(s, self.actor, "touchpoint", tp, before, TOUCHPOINT_FIELDS)
            if reason:
                write_override(s, self.actor, tp, verdict, reason)
            return _records(s, [tp])[0], changes_so_far(s)

    def mark_done(self, touchpoint_id: int, notes: str = "", *,
                  expected_version: int | None = None) -> tuple[TouchpointRecord, Changes]:
        """A planned contact took place as planned (its time is unchanged, so is the verdict)."""
        self.require(Action.PLAN_TOUCHPOINTS)
        text = clean_text(notes, "notes", max_chars=NOTES_LIMIT, multiline=True) or ""
        with self.db.transaction("Mark a contact done") as s:
            tp = load_for_update(s, Touchpoint, touchpoint_id, "contact", expected_version)
            if tp.status != TouchStatus.PLANNED:
                raise RuleViolation(N_("Only a planned contact can be marked done."))
            before = audit.snapshot(tp, TOUCHPOINT_FIELDS)
            tp.status = TouchStatus.DONE.value
            if text:
                tp.notes = f"{tp.notes}\n{text}".strip()
            self.stamp(tp)
            s.flush()
            audit.record_updated(s, self.actor, "touchpoint", tp, before, TOUCHPOINT_FIELDS)
            return _records(s, [tp])[0], changes_so_far(s)

    def cancel(self, touchpoint_id: int, reason: str, *,
               expected_version: int | None = None) -> tuple[TouchpointRecord, Changes]:
        """Cancel a planned contact; it stays on record and stops counting."""
        self.require(Action.PLAN_TOUCHPOINTS)
        why = clean_text(reason, "reason", max_chars=2000) or ""
        if not why:
            raise ValidationError("reason", N_("Say why the contact is cancelled."))
        with self.db.transaction("Cancel a contact") as s:
            tp = load_for_update(s, Touchpoint, touchpoint_id, "contact", expected_version)
            if tp.status != TouchStatus.PLANNED:
                raise RuleViolation(N_("Only a planned contact can be cancelled."))
            before = audit.snapshot(tp, TOUCHPOINT_FIELDS)
            tp.status = TouchStatus.CANCELLED.value
            tp.cancelled_reason = why
            self.stamp(tp)
            s.flush()
            audit.record(s, self.actor, kind="void", record_type="touchpoint", record_id=tp.id,
                         changes=audit.diff(before, audit.snapshot(tp, TOUCHPOINT_FIELDS)), reason=why)
            return _records(s, [tp])[0], changes_so_far(s)

    # -- meetings ---------------------------------------------------------------------------
    def preview_for_meeting(self, donor_id: int, occurrences: Sequence[datetime], channel: str,
                            purpose: str, *, meeting_id: int | None = None
                            ) -> list[tuple[datetime, Verdict]]:
        """Each occurrence's verdict, as if the earlier allowed ones were already planned.
        ``meeting_id`` leaves that meeting's own touchpoints out (when a meeting is edited)."""
        self.require(Action.READ_DONORS)
        with self.db.read() as s:
            return meeting_verdicts(s, donor_id, occurrences, channel, purpose, meeting_id)

    def plan_for_meeting(self, donor_id: int, occurrences: Sequence[datetime], channel: str,
                         purpose: str, meeting_id: int) -> list[tuple[datetime, Verdict]]:
        """Plan one touchpoint per occurrence of a meeting with a donor, under the guard.

        Allowed and warned occurrences are written as planned touchpoints naming the meeting
        (a meeting is the confirmation); blocked ones are not written and their verdicts say why.
        Planned touchpoints the meeting had before are cancelled first, so calling this again
        after the meeting moved replaces them. One transaction, with the donor's row locked."""
        self.require(Action.PLAN_TOUCHPOINTS)
        with self.db.transaction("Plan a meeting's contacts") as s:
            return plan_for_meeting_in(s, self.actor, donor_id, occurrences, channel, purpose, meeting_id)


def meeting_verdicts(s: Session, donor_id: int, occurrences: Sequence[datetime], channel: str,
                     purpose: str, meeting_id: int | None, *, lock: bool = False
                     ) -> list[tuple[datetime, Verdict]]:
    prefs = load_guard_preferences(s, donor_id, lock=lock)
    policy = load_policy(s)
    mine = set()
    if meeting_id is not None:
        mine = set(s.scalars(select(Touchpoint.id).where(Touchpoint.meeting_id == meeting_id,
                                                         Touchpoint.donor_id == donor_id)))
    history = [t for t in load_history(s, [donor_id]).get(donor_id, []) if t.id not in mine]
    results: list[tuple[datetime, Verdict]] = []
    for when in sorted(occurrences):
        proposal, _ = validate_draft(TouchpointDraft(donor_id, when, channel, purpose), when)
        verdict = evaluate(policy, prefs, history, proposal)
        if not verdict.blocked:
            history.append(Touch(proposal.when, proposal.channel, proposal.purpose, TouchStatus.PLANNED))
        results.append((when, verdict))
    return results


def plan_for_meeting_in(s: Session, actor: Actor, donor_id: int, occurrences: Sequence[datetime],
                        channel: str, purpose: str, meeting_id: int) -> list[tuple[datetime, Verdict]]:
    """:meth:`TouchpointService.plan_for_meeting` inside the caller's transaction (a meeting
    service can write the meeting and its touchpoints as one action)."""
    load_guard_preferences(s, donor_id, lock=True)
    for old in s.scalars(select(Touchpoint).where(Touchpoint.meeting_id == meeting_id,
                                                  Touchpoint.donor_id == donor_id,
                                                  Touchpoint.status == TouchStatus.PLANNED.value)):
        old.status = TouchStatus.CANCELLED.value
        old.cancelled_reason = "Meeting changed"
        old.updated_by_id = actor.user_id
    s.flush()
    results = meeting_verdicts(s, donor_id, occurrences, channel, purpose, meeting_id)
    blocked = [(when, verdict) for when, verdict in results if verdict.blocked]
    if blocked and actor.user_id is not None:
        # A meeting is planned again each time it is saved: an occurrence already counted as
        # blocked for this donor is not counted twice.
        seen = set(s.scalars(select(GuardBlock.proposed_at).where(
            GuardBlock.donor_id == donor_id, GuardBlock.source == "meeting", GuardBlock.channel == channel,
            GuardBlock.proposed_at.in_([when for when, _v in blocked]))))
        now = utcnow()
        keep_guard_blocks(s, [block_row(actor, donor_id, when, channel, verdict.rules, "meeting", now)
                              for when, verdict in blocked if when not in seen])
    for when, verdict in results:
        if verdict.blocked:
            continue
        tp = Touchpoint(donor_id=donor_id, when=when, channel=channel, purpose=purpose,
                        status=TouchStatus.PLANNED.value, staff_id=actor.user_id, meeting_id=meeting_id,
                        notes="", updated_by_id=actor.user_id)
        s.add(tp)
        audit.record_created(s, actor, "touchpoint", tp, TOUCHPOINT_FIELDS)
    return results


# --- records -------------------------------------------------------------------------------------

def _names(s: Session, user_ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in user_ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(wanted))).all())


def _records(s: Session, rows: list[Touchpoint]) -> list[TouchpointRecord]:
    s.flush()
    users = _names(s, [r.staff_id for r in rows] + [r.override_by_id for r in rows])
    donors = {d.id: d for d in s.execute(
        select(Donor.id, Donor.kind, Donor.first_name, Donor.last_name, Donor.organisation_name)
        .where(Donor.id.in_({r.donor_id for r in rows}))).all()} if rows else {}
    out = []
    for r in rows:
        d = donors.get(r.donor_id)
        out.append(TouchpointRecord(
            r.id, r.donor_id,
            display_name(d.kind, d.first_name, d.last_name, d.organisation_name) if d else "",
            r.when, Channel(r.channel), Purpose(r.purpose), TouchStatus(r.status), r.staff_id,
            users.get(r.staff_id or 0, ""), r.notes, r.campaign, r.meeting_id,
            users.get(r.override_by_id or 0, ""), r.override_reason, r.cancelled_reason, r.version))
    return out


def _touchpoint_entries(s: Session, donor_id: int) -> list[TimelineEntry]:
    rows = list(s.scalars(select(Touchpoint).where(Touchpoint.donor_id == donor_id)))
    entries: list[TimelineEntry] = []
    for rec in _records(s, rows):
        entries.append(TimelineEntry(
            rec.when, "touchpoint", _TOUCH_TITLES[rec.status],
            {"channel": rec.channel.value, "purpose": rec.purpose.value},
            rec.notes if rec.status != TouchStatus.CANCELLED else rec.cancelled_reason,
            rec.staff_name, rec.id, muted=rec.status == TouchStatus.CANCELLED, status=rec.status.value))
        if rec.overridden:
            entries.append(TimelineEntry(
                rec.when, "override", N_("Guard overridden by {name}"), {"name": rec.override_by},
                rec.override_reason, rec.override_by, rec.id))
    return entries


_TOUCH_TITLES: Final = {
    TouchStatus.PLANNED: N_("Planned {channel} ({purpose})"),
    TouchStatus.DONE: N_("{channel} ({purpose})"),
    TouchStatus.CANCELLED: N_("Cancelled {channel} ({purpose})"),
}


def _meeting_entries(s: Session, donor_id: int) -> list[TimelineEntry]:
    rows = s.execute(select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.cancelled)
                     .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
                     .where(MeetingAttendee.donor_id == donor_id).distinct()).all()
    return [TimelineEntry(r.starts_at, "meeting", N_("Meeting: {title}"), {"title": r.title},
                          record_id=r.id, muted=bool(r.cancelled)) for r in rows]


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def _gift_entries(s: Session, donor_id: int) -> list[TimelineEntry]:
    rows = s.execute(select(Gift.id, Gift.amount, Gift.currency, Gift.gift_date, Gift.fund,
                            Gift.appeal_code, Gift.voided_at, Gift.void_reason)
                     .where(Gift.donor_id == donor_id)).all()
    return [TimelineEntry(_noon(r.gift_date), "gift",
                          N_("Voided gift of {amount}") if r.voided_at else N_("Gift of {amount}"),
                          {"amount": format_money(Decimal(r.amount), r.currency)},
                          r.void_reason if r.voided_at else " · ".join(p for p in (r.fund, r.appeal_code) if p),
                          record_id=r.id, day=r.gift_date, muted=r.voided_at is not None)
            for r in rows]


def _receipt_entries(s: Session, donor_id: int) -> list[TimelineEntry]:
    rows = s.execute(select(Receipt.id, Receipt.number, Receipt.issued_on, Receipt.total,
                            Receipt.currency, Receipt.voided_at, Receipt.void_reason)
                     .where(Receipt.donor_id == donor_id)).all()
    return [TimelineEntry(_noon(r.issued_on), "receipt", N_("Receipt {number} for {amount}"),
                          {"number": f"{r.number:06d}", "amount": format_money(Decimal(r.total), r.currency)},
                          r.void_reason if r.voided_at else "", record_id=r.id, day=r.issued_on,
                          muted=r.voided_at is not None) for r in rows]
