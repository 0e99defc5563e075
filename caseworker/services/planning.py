"""Bulk planning: one appeal to thousands of donors, previewed and scheduled in one go.

The preview loads the chosen donors' preferences and touchpoint histories in a few queries,
evaluates the guard for each donor in Python and reports each verdict and next allowed time. Apply
does the same inside one transaction with the donors' rows locked, schedules the allowed ones,
moves the blocked ones to their next allowed time (or leaves them out) and writes everything with
one bulk insert and one audit entry. Both report progress through ``progress(done, total) -> bool``
(return False to cancel; a cancelled apply writes nothing), so the window can show a bar and a
Cancel button while this runs on the runner's thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from caseworker.db.base import utcnow
from caseworker.db.models import Donor, Touchpoint
from caseworker.db.notices import changes_so_far, notice
from caseworker.domain.donors import display_name
from caseworker.domain.errors import CaseworkerError, ValidationError
from caseworker.domain.guard import Outcome, Proposal, Reason, Rule, TouchStatus, evaluate
from caseworker.domain.i18n import N_
from caseworker.domain.inputs import clean_text
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Action
from caseworker.domain.records import ChangeKind, Changes
from caseworker.services import audit
from caseworker.services.base import Service
from caseworker.services.contact_policy import load_policy
from caseworker.services.donors import DonorService
from caseworker.services.insight_data import block_row, keep_guard_blocks
from caseworker.services.touchpoints import (
    TouchpointDraft,
    chunks,
    history_since,
    load_history,
    load_preferences,
    lock_donors,
    validate_draft,
)

Progress = Callable[[int, int], bool]
#: Progress is reported every this many donors (often enough for a smooth bar, rarely enough
#: that signalling costs nothing).
REPORT_EVERY: Final = 250
MAX_DONORS: Final = 200_000


class PlanningCancelled(CaseworkerError):
    code = "cancelled"
    default_message = N_("Planning was cancelled; nothing was scheduled.")


@dataclass(frozen=True)
class PlanRequest:
    donor_ids: tuple[int, ...]
    when: datetime
    channel: str
    purpose: str
    notes: str = ""
    campaign: str = ""


@dataclass(frozen=True)
class PlanItem:
    donor_id: int
    name: str
    verdict: Outcome
    rules: tuple[Rule, ...]
    reasons: tuple[Reason, ...]
    next_allowed: datetime | None

    @property
    def movable(self) -> bool:
        return self.verdict is Outcome.BLOCK and self.next_allowed is not None


@dataclass(frozen=True)
class PlanPreview:
    request: PlanRequest
    items: tuple[PlanItem, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for i in self.items if i.verdict is outcome)

    @property
    def movable(self) -> int:
        return sum(1 for i in self.items if i.movable)


@dataclass(frozen=True)
class PlanResult:
    scheduled: int  # at the chosen time (allowed, or warned)
    moved: int  # blocked, scheduled at their next allowed time
    left_out: int  # blocked, not scheduled
    touchpoint_ids: tuple[int, ...] = ()


def _never_cancel(_done: int, _total: int) -> bool:
    return True


class PlanningService(Service):
    def donor_ids(self, query: ListQuery) -> list[int]:
        """The donors a segment or filter of the donor list chooses (the list's own query)."""
        return DonorService(self.db, self.actor).list_ids(query)

    def preview(self, request: PlanRequest, progress: Progress = _never_cancel) -> PlanPreview:
        """Each chosen donor's verdict and next allowed time; writes nothing."""
        self.require(Action.PLAN_TOUCHPOINTS)
        proposal = _checked(request)
        with self.db.read() as s:
            items = _evaluate_all(s, request, proposal, progress)
        return PlanPreview(request, tuple(items))

    def apply(self, request: PlanRequest, *, move_blocked: bool = True,
              progress: Progress = _never_cancel) -> tuple[PlanResult, Changes]:
        """Schedule the allowed (and warned) donors at the chosen time and, with
        ``move_blocked``, the blocked ones at their next allowed time; one transaction."""
        self.require(Action.PLAN_TOUCHPOINTS)
        proposal = _checked(request)
        notes = clean_text(request.notes, "notes", max_chars=20_000, multiline=True) or ""
        campaign = clean_text(request.campaign, "campaign", max_chars=120) or ""
        with self.db.transaction("Plan an appeal") as s:
            lock_donors(s, request.donor_ids)
            items = _evaluate_all(s, request, proposal, progress)
            now = utcnow()
            rows: list[dict[str, Any]] = []
            scheduled = moved = left_out = 0
            for item in items:
                if item.verdict is Outcome.BLOCK:
                    if not (move_blocked and item.movable):
                        left_out += 1
                        continue
                    when, moved = item.next_allowed, moved + 1
                else:
                    when, scheduled = proposal.when, scheduled + 1
                rows.append({"donor_id": item.donor_id, "when": when, "channel": proposal.channel.value,
                             "purpose": proposal.purpose.value, "status": TouchStatus.PLANNED.value,
                             "staff_id": self.actor.user_id, "notes": notes, "campaign": campaign,
                             "meeting_id": None, "override_by_id": None, "override_reason": "",
                             "cancelled_reason": "", "created_at": now, "updated_at": now, "version": 1,
                             "updated_by_id": self.actor.user_id})
            ids = _bulk_insert(s, rows)
            if self.actor.user_id is not None:
                # Every donor the guard blocked at the chosen time is a block, moved or left out.
                keep_guard_blocks(s, [block_row(self.actor, item.donor_id, proposal.when, proposal.channel.value,
                                                item.rules, "appeal", now)
                                      for item in items if item.verdict is Outcome.BLOCK])
            audit.record(s, self.actor, kind="create", record_type="touchpoint plan", record_id=None,
                         changes={"campaign": [None, campaign], "when": [None, proposal.when],
                                  "channel": [None, proposal.channel.value],
                                  "purpose": [None, proposal.purpose.value],
                                  "donors": [None, len(items)], "scheduled": [None, scheduled],
                                  "moved": [None, moved], "left_out": [None, left_out]})
            # Written as one multi-row statement: the views learn which rows from here.
            notice(s, ChangeKind.TOUCHPOINT, *ids)
            notice(s, ChangeKind.DONOR, *{r["donor_id"] for r in rows})
            changes = changes_so_far(s)
        return PlanResult(scheduled, moved, left_out, tuple(ids)), changes


def _checked(request: PlanRequest) -> Proposal:
    if not request.donor_ids:
        raise ValidationError("donors", N_("Choose at least one donor."))
    if len(request.donor_ids) > MAX_DONORS:
        raise ValidationError("donors", N_("Choose at most {most} donors at once."), most=MAX_DONORS)
    proposal, _ = validate_draft(TouchpointDraft(0, request.when, request.channel, request.purpose),
                            datetime.now(UTC))
    return proposal


def _evaluate_all(s: Session, request: PlanRequest, proposal: Proposal, progress: Progress) -> list[PlanItem]:
    ids = list(dict.fromkeys(request.donor_ids))
    total = len(ids)
    if not progress(0, total):
        raise PlanningCancelled()
    policy = load_policy(s)
    prefs = load_preferences(s, ids)
    history = load_history(s, ids, since=history_since(policy, prefs.values(), proposal.when))
    names = _names(s, ids)
    items: list[PlanItem] = []
    for done, donor_id in enumerate(ids, start=1):
        donor = prefs.get(donor_id)
        if donor is None:
            continue  # removed from the choice meanwhile (donors are never deleted, but ids can be wrong)
        verdict = evaluate(policy, donor, history.get(donor_id, ()), proposal)
        items.append(PlanItem(donor_id, names.get(donor_id, ""), verdict.verdict, verdict.rules,
                              verdict.reasons, verdict.next_allowed))
        if (done % REPORT_EVERY == 0 or done == total) and not progress(done, total):
            raise PlanningCancelled()
    return items


def _names(s: Session, ids: Sequence[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for part in chunks(list(ids)):
        for row in s.execute(select(Donor.id, Donor.kind, Donor.first_name, Donor.last_name,
                                    Donor.organisation_name).where(Donor.id.in_(part))):
            names[row.id] = display_name(row.kind, row.first_name, row.last_name, row.organisation_name)
    return names


def _bulk_insert(s: Session, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    table = Touchpoint.__table__
    ids: list[int] = []
    for start in range(0, len(rows), 5000):
        part = rows[start:start + 5000]
        ids.extend(s.execute(insert(table).returning(table.c.id), part).scalars().all())
    return ids
