"""A grant application's targets: what it promised the funder, and the outcomes reached so far.

Saving replaces the whole set in one transaction (the form shows and sends all of it); the audit
trail keeps the set as it was before and after, on the grant.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from caseworker.db.models import GrantApplication, GrantOutcome, GrantTarget
from caseworker.db.notices import changes_so_far
from caseworker.domain.grant_targets import (
    Demographic,
    GrantTargets,
    OutcomeTarget,
    Output,
    TargetsDraft,
    validate_targets,
)
from caseworker.domain.permissions import Action
from caseworker.domain.records import Changes
from caseworker.services import audit
from caseworker.services.base import Service, get_or_404, load_for_update

_OUTPUT_COLUMNS = {Output.PEOPLE_SERVED: "people_served", Output.NEW_PEOPLE: "new_people",
                   Output.CASES_RESOLVED: "cases_resolved", Output.AID_PAYMENTS: "aid_payments"}


def targets_of(s: Session, grant_id: int) -> GrantTargets:
    row = s.scalar(select(GrantTarget).where(GrantTarget.grant_id == grant_id))
    outcomes = tuple(OutcomeTarget(o.name, o.target, o.achieved) for o in s.scalars(
        select(GrantOutcome).where(GrantOutcome.grant_id == grant_id).order_by(GrantOutcome.position, GrantOutcome.id)))
    if row is None:
        return GrantTargets({}, outcomes)
    outputs = {o: getattr(row, col) for o, col in _OUTPUT_COLUMNS.items() if getattr(row, col) is not None}
    demographics = tuple(Demographic(d) for d in row.demographics.split(",") if d in set(Demographic))
    return GrantTargets(outputs, outcomes, demographics, row.narrative)


def _audited(t: GrantTargets) -> dict[str, object]:
    return {
        **{o.value: t.outputs.get(o) for o in Output},
        "outcomes": [[o.name, o.target, o.achieved] for o in t.outcomes],
        "demographics": [d.value for d in t.demographics],
        "narrative": t.narrative,
    }


class GrantTargetService(Service):
    def targets(self, grant_id: int) -> GrantTargets:
        self.require(Action.READ_GRANTS)
        with self.db.read() as s:
            get_or_404(s, GrantApplication, grant_id, "Grant application")
            return targets_of(s, grant_id)

    def set_targets(self, grant_id: int, draft: TargetsDraft) -> tuple[GrantTargets, Changes]:
        """The grant's output targets, outcomes (with how many were reached), the demographics
        its funder asks for and the report's narrative, all saved together."""
        self.require(Action.EDIT_GRANTS)
        wanted = validate_targets(draft)
        with self.db.transaction("Set grant targets") as s:
            load_for_update(s, GrantApplication, grant_id, "Grant application", None)
            before = targets_of(s, grant_id)
            row = s.scalar(select(GrantTarget).where(GrantTarget.grant_id == grant_id))
            if row is None:
                row = GrantTarget(grant_id=grant_id)
                s.add(row)
            for output, column in _OUTPUT_COLUMNS.items():
                setattr(row, column, wanted.outputs.get(output))
            row.demographics = ",".join(d.value for d in wanted.demographics)
            row.narrative = wanted.narrative
            self.stamp(row)
            s.execute(delete(GrantOutcome).where(GrantOutcome.grant_id == grant_id))
            for position, outcome in enumerate(wanted.outcomes):
                line = GrantOutcome(grant_id=grant_id, position=position, name=outcome.name, target=outcome.target,
                                    achieved=outcome.achieved)
                self.stamp(line)
                s.add(line)
            s.flush()
            after = targets_of(s, grant_id)
            changes = audit.diff(_audited(before), _audited(after))
            if changes:
                audit.record(s, self.actor, kind="update", record_type="grant targets", record_id=grant_id,
                             changes=changes)
            return after, changes_so_far(s)
