"""The team introduced at handoff, and the client's own feedback beside the worker's verdict."""

from __future__ import annotations

import pytest

from caseworker.db.models import AuditEntry, StaffProfile, Team, TeamProfile, User
from caseworker.domain.care import FeedbackDraft
from caseworker.domain.cases import Acceptability, CaseDraft, Resolution
from caseworker.domain.errors import RuleViolation, ValidationErrors
from tests.care.conftest import CareOffice


def _housing_team(o: CareOffice) -> int:
    with o.db.transaction("test: team") as s:
        team = Team(name="Housing")
        s.add(team)
        s.flush()
        s.get(User, o.sam.actor.user_id).team_id = team.id
        s.add(TeamProfile(team_id=team.id, point_of_contact_id=o.manager.actor.user_id, phone="0161 555 0100",
                          email="housing@example.org"))
        s.add(StaffProfile(user_id=o.sam.actor.user_id, job_title="Housing adviser", phone="0161 555 0123",
                           work_days="mon,tue,wed", work_from="09:00", work_to="15:00"))
        return team.id


def test_accepting_a_handoff_introduces_the_new_worker_and_team_on_the_timeline(care_office: CareOffice) -> None:
    o = care_office
    _housing_team(o)
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent arrears",
                                                assignee_id=o.priya.actor.user_id))
    detail, _ = o.priya.cases.hand_off(case.id, o.sam.actor.user_id, "Sam knows this landlord", case.version)
    o.sam.cases.accept_handoff(detail.pending_handoff.id)
    notes = [e for e in o.sam.cases.case_timeline(case.id) if e.kind == "note"]
    intro = next(e for e in notes if "is now your worker" in e.text)
    # This client left no e-mail, address or phone: the introduction is recorded, and says so.
    assert intro.headline.startswith("The client was introduced to their worker and team")
    assert "no e-mail, address or phone number" in intro.headline
    assert "Sam is now your worker for C-" in intro.text
    assert "(Rent arrears), with the Housing team." in intro.text
    assert "Sam: worker for" in intro.text and "Housing adviser, 0161 555 0123, Mon, Tue, Wed 09:00–15:00" in intro.text
    assert "0161 555 0100 or housing@example.org" in intro.text
    team = o.sam.care.your_team(o.client)
    assert [(m.name, m.role.format(**m.role_params)) for m in team] == [
        ("Sam", f"worker for {case.reference}"), ("Boss", "point of contact of the Housing team")]


def test_assigning_a_new_case_introduces_the_worker(care_office: CareOffice) -> None:
    o = care_office
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Benefits form"))
    o.priya.cases.assign(case.id, o.priya.actor.user_id, case.version)
    texts = [e.text for e in o.priya.cases.case_timeline(case.id)]
    assert any("Priya is now your worker" in t for t in texts)


def test_feedback_is_kept_apart_from_the_workers_verdict(care_office: CareOffice) -> None:
    o = care_office
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent", assignee_id=o.priya.actor.user_id))
    with pytest.raises(RuleViolation):
        o.priya.care.record_feedback(case.id, FeedbackDraft("yes", "yes", 5))
    case, _ = o.priya.cases.resolve(case.id, Resolution("Payment plan agreed", True, Acceptability.YES, 5),
                                    case.version)
    with pytest.raises(ValidationErrors) as err:
        o.priya.care.record_feedback(case.id, FeedbackDraft("maybe", "yes", 9, method="carrier pigeon"))
    assert set(err.value.by_field()) == {"solved", "treated", "method"}
    fb, _ = o.priya.care.record_feedback(case.id, FeedbackDraft("partly", "no", 2, "They never rang back"))
    assert (fb.solved, fb.acceptable, fb.treated, fb.comment) == ("partly", "no", 2, "They never rang back")
    assert (fb.worker_acceptable, fb.worker_satisfaction) == ("yes", 5)
    assert o.priya.cases.get(case.id).resolution.acceptable == "yes"  # the verdict is untouched
    with o.db.read() as s:
        assert s.query(AuditEntry).filter_by(record_type="client_feedback").count() == 1


def test_the_introduction_prints_as_a_letter(care_office: CareOffice, tmp_path) -> None:
    from caseworker import exports
    from tests.reports.conftest import Pdf

    o = care_office
    _housing_team(o)
    case, _ = o.sam.cases.open_case(CaseDraft(o.client, o.housing, "Rent arrears", assignee_id=o.sam.actor.user_id))
    out = tmp_path / "intro.pdf"
    result = exports.export_document(o.sam, exports.Kind.INTRODUCTION, case.id, out)
    assert result.pages == 1
    pdf = Pdf(out)
    for phrase in ("Your support team", "Dear Amina,", "Sam is now your worker for C-000001 (Rent arrears), with the",
                   "Housing adviser, 0161 555 0123", "0161 555 0100 · housing@example.org"):
        assert pdf.has(phrase), phrase
    from caseworker.domain.errors import NotPermitted
    with pytest.raises(NotPermitted):
        exports.export_document(o.joe, exports.Kind.INTRODUCTION, case.id, tmp_path / "no.pdf")


def test_the_feedback_form_prints_for_a_visit(care_office: CareOffice, tmp_path) -> None:
    from caseworker import exports
    from tests.reports.conftest import Pdf

    o = care_office
    case, _ = o.sam.cases.open_case(CaseDraft(o.client, o.housing, "Rent arrears", assignee_id=o.sam.actor.user_id))
    case, _ = o.sam.cases.resolve(case.id, Resolution("Plan agreed", True, Acceptability.YES), case.version)
    out = tmp_path / "form.pdf"
    assert exports.export_document(o.sam, exports.Kind.FEEDBACK_FORM, case.id, out).pages == 1
    pdf = Pdf(out)
    for phrase in ("How did we do?", "Was your problem solved?", "How were you treated?", "Yusuf, Amina", "Sam"):
        assert pdf.has(phrase), phrase
