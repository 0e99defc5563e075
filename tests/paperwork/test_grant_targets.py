"""A grant report shows outputs and outcomes against the targets in the application; the targets
are kept, checked field by field and audited."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker import exports
from caseworker.db.models import AuditEntry
from caseworker.domain.errors import NotFound, ValidationErrors
from caseworker.domain.grant_targets import Demographic, Output, TargetsDraft
from caseworker.domain.records import ChangeKind
from tests.paperwork.conftest import Office
from tests.reports.conftest import Pdf

TARGETS = TargetsDraft(
    outputs={"people_served": "40", "cases_resolved": 10, "aid_payments": "", "new_people": None},
    outcomes=(("Households kept in their homes", "30", "12"), ("", "", ""), ("Debts written off", 5, None)),
    demographics=("age", "language"),
    narrative="Tenants facing eviction were seen within a week.\nTwo landlords agreed repairs.",
)


def _report(office: Office, path: Path) -> Pdf:
    today = date.today()
    doc = office.admin.paperwork.grant_report(office.grant_id, today - timedelta(days=60), today, as_of=today)
    exports.render(exports.Kind.GRANT_REPORT, doc, path, made_by="Admin")
    return Pdf(path)


def test_the_report_sets_what_was_reached_against_each_target(office: Office, tmp_path: Path) -> None:
    before = _report(office, tmp_path / "before.pdf")
    assert not before.has("against targets"), "a grant without targets prints no empty targets table"

    saved, changes = office.admin.grant_targets.set_targets(office.grant_id, TARGETS)
    assert changes.ids(ChangeKind.GRANT) == {office.grant_id}
    assert saved.outputs == {Output.PEOPLE_SERVED: 40, Output.CASES_RESOLVED: 10}
    assert [(o.name, o.target, o.achieved) for o in saved.outcomes] == [
        ("Households kept in their homes", 30, 12), ("Debts written off", 5, None)]
    assert saved.demographics == (Demographic.AGE, Demographic.LANGUAGE)

    pdf = _report(office, tmp_path / "after.pdf")
    assert pdf.has("Outputs and outcomes against targets")
    assert pdf.has("Measure Target This period Grant to date Of target")
    # One client served (aid paid 40 and 10 days ago), one case resolved, out of the targets.
    assert pdf.has("People served 40 1 1 3%")
    assert pdf.has("Cases resolved (services delivered) 10 1 1 10%")
    assert pdf.has("Households kept in their homes 30 — 12 40%")
    assert pdf.has("Debts written off 5 — — —")
    assert "Aid payments made" not in pdf.flat, "no target, no row"
    assert pdf.has("People served this period by age")
    assert pdf.has("People served this period by language")
    assert pdf.has("not recorded 1")
    assert pdf.has("Progress this period Tenants facing eviction were seen within a week.")
    # Counts only: the client served is never named on the funder's paper.
    assert "Ελένη" not in pdf.flat and "Παπαδοπούλου" not in pdf.flat


def test_targets_are_refused_field_by_field_and_nothing_changes(office: Office) -> None:
    office.admin.grant_targets.set_targets(office.grant_id, TARGETS)
    bad = TargetsDraft(outputs={"people_served": "forty"}, outcomes=(("", "3", ""), ("Rehoused", "-1", "x")))
    with pytest.raises(ValidationErrors) as caught:
        office.admin.grant_targets.set_targets(office.grant_id, bad)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"people_served", "outcome_1_name", "outcome_2_target", "outcome_2_achieved"}
    kept = office.admin.grant_targets.targets(office.grant_id)
    assert kept.outputs[Output.PEOPLE_SERVED] == 40 and len(kept.outcomes) == 2


def test_targets_are_audited_on_the_grant(office: Office) -> None:
    office.admin.grant_targets.set_targets(office.grant_id, TARGETS)
    office.admin.grant_targets.set_targets(office.grant_id, TargetsDraft(
        outputs={"people_served": "45"}, outcomes=(("Households kept in their homes", "30", "14"),)))
    with office.db.read() as s:
        entries = list(s.scalars(select(AuditEntry.changes).where(AuditEntry.record_type == "grant targets")
                                 .order_by(AuditEntry.id)))
    assert len(entries) == 2
    assert entries[1]["people_served"] == [40, 45]
    assert entries[1]["outcomes"][1] == [["Households kept in their homes", 30, 14]]
    with pytest.raises(NotFound):
        office.admin.grant_targets.set_targets(office.grant_id + 999, TARGETS)
