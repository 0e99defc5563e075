"""Grant applications through the service: the pipeline, checklist, budget, spending, deadlines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from caseworker.domain.aid import AidKind
from caseworker.domain.clients import ClientDraft
from caseworker.domain.errors import ConflictError, NotPermitted, RuleViolation, ValidationErrors
from caseworker.domain.grants import Stage
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.services.aid import DisbursementDraft, FundDraft
from caseworker.services.audit import AuditFilter
from caseworker.services.grants import FunderDraft, GrantDraft, SpendingDraft

D = Decimal


@pytest.fixture
def grants(services_for):
    return services_for(Role.MANAGER)


def new_grant(svc, **kw):
    funder, _ = svc.grants.save_funder(FunderDraft("Northern Trust", email="grants@northern.example"))
    programme, _ = svc.grants.add_programme(funder.id, "Community Fund")
    draft = GrantDraft(funder.id, kw.pop("title", "Advice line"), kw.pop("requested", D("10000.00")), "GBP",
                       programme.id, documents=kw.pop("documents", ("Budget", "Annual accounts")), **kw)
    grant, _ = svc.grants.save_grant(draft)
    return grant


def award(svc, grant, amount=D("8000.00")):
    g = grant
    g, _ = svc.grants.move_stage(g.id, Stage.DRAFTING, g.version)
    for doc in g.documents:
        g, _ = svc.grants.set_document_done(doc.id, True, doc.version)
    g, _ = svc.grants.move_stage(g.id, Stage.SUBMITTED, g.version)
    g, _ = svc.grants.move_stage(g.id, Stage.AWARDED, g.version, awarded=amount)
    return g


def test_an_application_walks_the_pipeline_and_is_audited(grants) -> None:
    g = new_grant(grants)
    assert g.row.stage is Stage.PROSPECT and g.row.applicant == "The organisation"
    assert [d.name for d in g.documents] == ["Budget", "Annual accounts"]
    g = award(grants, g)
    assert g.row.stage is Stage.AWARDED and g.row.awarded == D("8000.00")
    assert g.submitted_on is not None
    g, _ = grants.grants.move_stage(g.id, Stage.REPORTING, g.version)
    g, _ = grants.grants.move_stage(g.id, Stage.CLOSED, g.version)
    entries = grants.audit.page(AuditFilter(record_type="grant", record_id=g.id))
    stages = [e.changes["stage"][1] for e in entries if "stage" in e.changes]
    assert stages == ["closed", "reporting", "awarded", "submitted", "drafting", "prospect"]


def test_refused_steps_change_nothing(grants) -> None:
    g = new_grant(grants)
    with pytest.raises(RuleViolation):
        grants.grants.move_stage(g.id, Stage.AWARDED, g.version, awarded=D("5.00"))
    g, _ = grants.grants.move_stage(g.id, Stage.DRAFTING, g.version)
    with pytest.raises(RuleViolation, match="Budget, Annual accounts"):
        grants.grants.move_stage(g.id, Stage.SUBMITTED, g.version)
    assert grants.grants.get(g.id).row.stage is Stage.DRAFTING


def test_a_stale_form_is_refused(grants, services_for) -> None:
    g = new_grant(grants)
    other = services_for(Role.FUNDRAISER)
    other.grants.move_stage(g.id, Stage.DRAFTING, g.version)
    with pytest.raises(ConflictError):
        grants.grants.move_stage(g.id, Stage.WITHDRAWN, g.version)


def test_validation_names_each_field(grants) -> None:
    with pytest.raises(ValidationErrors) as info:
        grants.grants.save_grant(GrantDraft(None, " ", D("-5"), "XXX", report_rule="FREQ=MONTHLY"))
    assert set(info.value.by_field()) == {"title", "funder_id", "requested", "currency", "report_first_due"}


def test_budget_spending_and_the_remaining_balance(grants) -> None:
    g = award(grants, new_grant(grants))
    with pytest.raises(RuleViolation):
        grants.grants.add_budget_line(g.id, "Staff", D("8000.01"))
    g, _ = grants.grants.add_budget_line(g.id, "Staff", D("6000.00"))
    g, _ = grants.grants.add_budget_line(g.id, "Rent", D("1500.00"))
    staff, rent = g.balance.lines
    g, _ = grants.grants.record_spending(g.id, SpendingDraft(staff.line_id, D("2500.50"), date(2026, 11, 1), "Salary"))
    g, _ = grants.grants.record_spending(g.id, SpendingDraft(rent.line_id, D("1500.00"), date(2026, 11, 1), "Rent"))
    with pytest.raises(RuleViolation, match="0.00"):
        grants.grants.record_spending(g.id, SpendingDraft(rent.line_id, D("0.01"), date(2026, 11, 2)))
    assert g.balance.spent == D("4000.50")
    assert g.balance.remaining == D("3999.50")
    assert g.balance.unallocated == D("500.00")
    voided = next(x for x in g.spending if x.category == "Rent")
    g, _ = grants.grants.void_spending(voided.id, "Entered twice", voided.version)
    assert g.balance.lines[1].remaining == D("1500.00")


def test_a_disbursement_is_counted_once(grants) -> None:
    client, _ = grants.clients.create(ClientDraft("Ada", "Lovelace"), confirmed=True)
    fund, _ = grants.aid.save_fund(FundDraft("Hardship", currency="GBP"))
    disbursement, _ = grants.aid.record_disbursement(
        DisbursementDraft(client.id, fund.id, AidKind.CASH, D("120.00"), date(2026, 11, 1), purpose="Fuel"))
    g = award(grants, new_grant(grants))
    g, _ = grants.grants.add_budget_line(g.id, "Hardship grants", D("1000.00"))
    line = g.balance.lines[0]
    g, _ = grants.grants.record_spending(g.id, SpendingDraft(line.line_id, None, date(2026, 11, 1),
                                                             disbursement_id=disbursement.id))
    assert g.balance.spent == D("120.00") and g.spending[0].description == "Fuel"
    with pytest.raises(RuleViolation, match="already counted"):
        grants.grants.record_spending(g.id, SpendingDraft(line.line_id, None, date(2026, 11, 1),
                                                          disbursement_id=disbursement.id))
    other = award(grants, new_grant(grants, title="Second"))
    other, _ = grants.grants.add_budget_line(other.id, "Aid", D("500.00"))
    with pytest.raises(RuleViolation, match="already counted"):
        grants.grants.record_spending(other.id, SpendingDraft(other.balance.lines[0].line_id, None,
                                                              date(2026, 11, 1), disbursement_id=disbursement.id))


def test_a_client_applicant_is_named_only_to_roles_that_read_clients(grants, services_for) -> None:
    client, _ = grants.clients.create(ClientDraft("Ada", "Lovelace"), confirmed=True)
    g = new_grant(grants, client_id=client.id)
    assert grants.grants.get(g.id).row.applicant == "Ada Lovelace"
    fundraiser = services_for(Role.FUNDRAISER)
    assert fundraiser.grants.get(g.id).row.applicant == "a client"
    assert fundraiser.grants.list_rows([g.id])[0].applicant == "a client"


def test_pipeline_totals_and_list(grants) -> None:
    a = new_grant(grants, title="Alpha", requested=D("100.10"))
    new_grant(grants, title="Beta", requested=D("200.20"))
    award(grants, a, D("90.00"))
    totals = {t.stage: t for t in grants.grants.pipeline()}
    assert totals[Stage.PROSPECT].count == 1 and totals[Stage.PROSPECT].requested == (("GBP", D("200.20")),)
    assert totals[Stage.AWARDED].awarded == (("GBP", D("90.00")),)
    assert totals[Stage.CLOSED].count == 0
    ids = grants.grants.list_ids(ListQuery(text="alp"))
    assert [r.title for r in grants.grants.list_rows(ids)] == ["Alpha"]
    ids = grants.grants.list_ids(ListQuery(sort="requested", descending=True))
    assert [r.title for r in grants.grants.list_rows(ids)] == ["Beta", "Alpha"]


def test_deadlines_in_the_next_days_include_recurring_reports(grants) -> None:
    g = new_grant(grants, submission_deadline=date(2026, 11, 20), owner_id=grants.actor.user_id)
    soon = grants.grants.deadlines(30, today=date(2026, 11, 1))
    assert [(k.grant_id, k.kind, k.on) for k in soon] == [(g.id, "submission", date(2026, 11, 20))]
    assert grants.grants.deadlines(10, today=date(2026, 11, 1)) == []
    funded = award(grants, new_grant(grants, title="Reports", report_first_due=date(2026, 12, 31),
                                     report_rule="FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4"))
    dates = [k.on for k in grants.grants.key_dates_between(date(2026, 1, 1), date(2027, 12, 31))
             if k.grant_id == funded.id]
    assert dates == [date(2026, 12, 31), date(2027, 3, 31), date(2027, 6, 30), date(2027, 9, 30)]


def test_reading_grants_needs_no_client_rights_but_editing_is_checked(services_for) -> None:
    fundraiser = services_for(Role.FUNDRAISER)
    new_grant(fundraiser)
    assert fundraiser.grants.pipeline()
    with pytest.raises(NotPermitted):
        fundraiser.grants.record_spending(1, SpendingDraft(1, None, date(2026, 1, 1), disbursement_id=1))
