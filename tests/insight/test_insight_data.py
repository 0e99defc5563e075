"""The figures that need records of their own: refused disbursements by fund and month, the
guard's blocks beside its overrides by staff member, and grant reports sent on time, each checked
on hand-made data on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caseworker.db.models import (
    AidRefusal,
    AuditEntry,
    Disbursement,
    Donor,
    Fund,
    Funder,
    GrantApplication,
    GrantReportSubmission,
    GuardBlock,
    Touchpoint,
    User,
)
from caseworker.domain.aid import AidKind
from caseworker.domain.aid_grants import CapRefusals, ReportDeadlines
from caseworker.domain.errors import RuleViolation, ValidationError
from caseworker.domain.grant_reports import ReportState
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.domain.statistics import Period
from caseworker.domain.supporters import GuardByStaff
from caseworker.services.aid import DisbursementDraft, FundDraft
from caseworker.services.planning import PlanRequest
from caseworker.services.touchpoints import ContactBlocked, TouchpointDraft
from tests.aid.test_aid_service import add_client
from tests.touchpoints.conftest import add_donor
from tests.touchpoints.test_touchpoint_service import at

D = Decimal
SPRING = Period(date(2026, 3, 1), date(2026, 4, 30))


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- 1. aid cap refusals -------------------------------------------------------------------------

@pytest.fixture
def manager(services_for):
    services = services_for(Role.MANAGER)
    services.contact_policy.update({"quiet_days": None})
    return services


def test_a_refused_disbursement_is_kept_and_nothing_else_changes(db, services_for, manager) -> None:
    worker = services_for(Role.CASEWORKER)
    fund, _ = manager.aid.save_fund(FundDraft("Hardship", currency="GBP", budget=D("500"), client_cap=D("300")))
    ada, bob = add_client(db, "Ada"), add_client(db, "Bob")

    def give(client: int, amount: str, on: str):
        return worker.aid.record_disbursement(DisbursementDraft(client, fund.id, AidKind.CASH, D(amount), d(on)))

    give(ada, "250.00", "2026-03-02")
    with pytest.raises(RuleViolation):
        give(ada, "60.00", "2026-03-09")  # 310 over the cap of 300
    give(bob, "240.00", "2026-04-01")
    with pytest.raises(RuleViolation):
        give(bob, "20.00", "2026-04-03")  # 510 over the budget of 500
    with pytest.raises(RuleViolation):
        give(bob, "70.00", "2026-04-04")  # over both: the cap is named first
    with db.read() as s:
        assert s.scalar(select(func.count(Disbursement.id))) == 2
        kept = s.execute(select(AidRefusal.client_id, AidRefusal.amount, AidRefusal.asked_on, AidRefusal.limit_kind,
                                AidRefusal.user_id).order_by(AidRefusal.id)).all()
        assert [tuple(k[:4]) for k in kept] == [(ada, D("60.00"), d("2026-03-09"), "client_cap"),
                                                (bob, D("20.00"), d("2026-04-03"), "budget"),
                                                (bob, D("70.00"), d("2026-04-04"), "client_cap")]
        assert {k[4] for k in kept} == {worker.actor.user_id}
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "aid refusal")).all()
        assert len(entries) == 3 and entries[0].action == "Keep a refused disbursement"
    figures = manager.statistics.aid_and_grants(SPRING)
    assert figures.cap_refusals == (CapRefusals("Hardship", "2026-03", 1, 0), CapRefusals("Hardship", "2026-04", 1, 1))
    # What is held about a client includes the aid refused to them.
    held = manager.person_data.export("client", ada).sections["aid_refusals"]
    assert [(r["amount"], r["limit_kind"]) for r in held] == [("60.00", "client_cap")]
    assert manager.statistics.aid_and_grants(Period(d("2026-05-01"), d("2026-05-31"))).cap_refusals == ()


def test_other_refusals_are_not_counted_as_cap_refusals(db, manager) -> None:
    fund, _ = manager.aid.save_fund(FundDraft("Closed", currency="GBP", active=False))
    client = add_client(db)
    with pytest.raises(RuleViolation):
        manager.aid.record_disbursement(DisbursementDraft(client, fund.id, AidKind.CASH, D("5.00"), d("2026-03-02")))
    with db.read() as s:
        assert s.scalar(select(func.count(AidRefusal.id))) == 0


def test_refusals_by_fund_and_month_counted_in_sql(db, admin, manager) -> None:
    with db.transaction("Test data") as s:
        a, b = Fund(name="beta", currency="GBP"), Fund(name="Alpha", currency="GBP")
        s.add_all([a, b])
        s.flush()
    ada = add_client(db)
    with db.transaction("Test data") as s:
        for fund, on, kind in ((a, "2026-02-28", "budget"), (a, "2026-03-01", "budget"), (a, "2026-03-31", "client_cap"),
                               (b, "2026-04-30", "client_cap"), (b, "2026-04-02", "client_cap"), (b, "2026-05-01", "budget")):
            s.add(AidRefusal(user_id=admin.user_id, fund_id=fund.id, client_id=ada, amount=D("1.00"), currency="GBP",
                             asked_on=d(on), limit_kind=kind))
    assert manager.statistics.aid_and_grants(SPRING).cap_refusals == (
        CapRefusals("Alpha", "2026-04", 2, 0), CapRefusals("beta", "2026-03", 1, 1))


# --- 2. guard blocks by staff member -------------------------------------------------------------

@pytest.fixture
def fundraiser(services_for, manager):
    return services_for(Role.FUNDRAISER)


def _blocks(db) -> list[tuple]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(GuardBlock.user_id, GuardBlock.donor_id, GuardBlock.channel,
                                                   GuardBlock.rules, GuardBlock.source).order_by(GuardBlock.id))]


def test_a_blocked_contact_is_kept_and_not_written(db, fundraiser, manager) -> None:
    donor = add_donor(fundraiser, opted_out_channels=("phone",))
    draft = TouchpointDraft(donor, at(5), "phone", "thanks")
    assert fundraiser.touchpoints.preview(donor, at(5), "phone", "thanks").blocked
    assert _blocks(db) == []  # a preview as the user types is not an attempt
    with pytest.raises(ContactBlocked):
        fundraiser.touchpoints.plan(draft)
    with pytest.raises(ContactBlocked):
        fundraiser.touchpoints.log(TouchpointDraft(donor, at(-1), "phone", "thanks"))
    manager.touchpoints.plan(draft, override_reason="They asked us to ring")  # an override, not a block
    me = fundraiser.actor.user_id
    assert _blocks(db) == [(me, donor, "phone", "channel_opted_out", "dialog")] * 2
    assert len(manager.person_data.export("donor", donor).sections["guard_blocks"]) == 2
    with db.read() as s:
        assert s.scalar(select(func.count(Touchpoint.id))) == 1


def test_moving_into_a_block_is_kept(db, fundraiser) -> None:
    donor = add_donor(fundraiser)
    first, _ = fundraiser.touchpoints.plan(TouchpointDraft(donor, at(10), "email", "update"))
    second, _ = fundraiser.touchpoints.plan(TouchpointDraft(donor, at(30), "email", "update"))
    with pytest.raises(ContactBlocked):
        fundraiser.touchpoints.move(second.id, at(12), expected_version=second.version)
    assert _blocks(db) == [(fundraiser.actor.user_id, donor, "email", "min_gap", "dialog")]
    assert fundraiser.touchpoints.get(second.id).when == at(30)


def test_appeals_and_meetings_keep_their_blocks(db, fundraiser) -> None:
    free, gone = add_donor(fundraiser, "Free"), add_donor(fundraiser, "Gone", do_not_contact=True)
    fundraiser.planning.apply(PlanRequest((free, gone), at(10), "letter", "ask"), move_blocked=True)
    me = fundraiser.actor.user_id
    assert _blocks(db) == [(me, gone, "letter", "do_not_contact", "appeal")]
    weekly = [at(7 * i + 40) for i in range(4)]
    fundraiser.touchpoints.plan_for_meeting(free, weekly, "visit", "update", meeting_id=77)
    assert _blocks(db)[1:] == [(me, free, "visit", "window_cap", "meeting")]
    fundraiser.touchpoints.plan_for_meeting(free, weekly, "visit", "update", meeting_id=77)  # saved again
    assert len(_blocks(db)) == 2


def test_blocks_beside_overrides_by_staff_member(db, admin, services_for) -> None:
    reader = services_for(Role.MANAGER)
    with db.transaction("Test data") as s:
        ann, ben = User(username="ann", display_name="Ann", password_hash="x"), \
            User(username="ben", display_name="Ben", password_hash="x")
        donor = Donor(kind="individual", first_name="D", last_name="Onor")
        s.add_all([ann, ben, donor])
        s.flush()

        def block(who: User, when: str) -> None:
            s.add(GuardBlock(at=datetime.fromisoformat(when), user_id=who.id, donor_id=donor.id,
                             proposed_at=datetime(2026, 6, 1, tzinfo=UTC), channel="phone", rules="min_gap",
                             source="dialog"))

        block(ann, "2026-03-01T00:00:00+00:00")
        block(ann, "2026-04-30T23:59:00+00:00")
        block(ann, "2026-05-01T00:00:00+00:00")  # after the period
        block(ben, "2026-02-28T23:59:00+00:00")  # before it
        block(ben, "2026-03-15T12:00:00+00:00")
        for who, when in ((ben, "2026-03-02T10:00:00+00:00"), (ben, "2026-04-02T10:00:00+00:00"),
                          (ann, "2026-06-02T10:00:00+00:00")):
            s.add(Touchpoint(donor_id=donor.id, when=datetime.fromisoformat(when), channel="phone", purpose="thanks",
                             status="done", staff_id=who.id, override_by_id=who.id, override_reason="Asked"))
    figures = reader.statistics.supporters(SPRING)
    assert figures.guard_by_staff == (GuardByStaff("Ben", 1, 2), GuardByStaff("Ann", 2, 0))
    assert reader.statistics.supporters(Period(d("2025-01-01"), d("2025-01-31"))).guard_by_staff == ()


# --- 3. grant reports met on time ----------------------------------------------------------------

@pytest.fixture
def grants(db, admin) -> tuple[int, int]:
    """A grant reporting monthly on the 10th from January, and one with a single report on 20 April."""
    with db.transaction("Test data") as s:
        funder = Funder(name="Rowan Trust")
        s.add(funder)
        s.flush()
        monthly = GrantApplication(funder_id=funder.id, title="Warm homes", currency="GBP", requested=D("1.00"),
                                   stage="reporting",
                                   report_first_due=d("2026-01-10"), report_rule="FREQ=MONTHLY")
        once = GrantApplication(funder_id=funder.id, title="Food bank", currency="GBP", requested=D("1.00"), stage="awarded",
                                report_first_due=d("2026-04-20"))
        lost = GrantApplication(funder_id=funder.id, title="Declined", currency="GBP", requested=D("1.00"), stage="declined",
                                report_first_due=d("2026-03-05"))
        s.add_all([monthly, once, lost])
        s.flush()
        return monthly.id, once.id


def test_marking_reports_submitted_and_the_share_on_time(db, grants, services_for) -> None:
    monthly, once = grants
    manager = services_for(Role.MANAGER)
    manager.grant_reports.today_override = manager.statistics.today_override = d("2026-04-15")
    dues = [r.due_on for r in manager.grant_reports.schedule(monthly)]
    assert dues[:4] == [d("2026-01-10"), d("2026-02-10"), d("2026-03-10"), d("2026-04-10")]
    schedule, changes = manager.grant_reports.mark_submitted(monthly, d("2026-03-10"), d("2026-03-10"))
    assert changes.ids(ChangeKind.GRANT) == {monthly}
    manager.grant_reports.mark_submitted(monthly, d("2026-02-10"), d("2026-02-12"))  # late, before the period
    schedule, _ = manager.grant_reports.mark_submitted(monthly, d("2026-04-10"), d("2026-04-11"))
    states = {r.due_on: r.state for r in schedule}
    assert states[d("2026-01-10")] is ReportState.MISSED and states[d("2026-03-10")] is ReportState.ON_TIME
    assert states[d("2026-04-10")] is ReportState.LATE and states[d("2026-05-10")] is ReportState.PENDING
    assert schedule[2].submitted_by == manager.actor.display_name
    # March: on time; April: the monthly one late, the single one (20 April) still to come.
    figures = manager.statistics.aid_and_grants(SPRING).reports
    assert figures == ReportDeadlines(on_time=1, late=1, missed=0, pending=1)
    assert figures.on_time_rate == D("0.5")
    manager.statistics.today_override = d("2026-04-21")  # the single report's day has passed
    assert manager.statistics.aid_and_grants(SPRING).reports == ReportDeadlines(1, 1, 1, 0)
    assert manager.statistics.aid_and_grants(Period(d("2025-01-01"), d("2025-12-31"))).reports.on_time_rate is None
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "grant report")).all()
        assert len(entries) == 3 and entries[0].action == "Mark a grant report submitted"


def test_bad_submissions_are_refused_beside_the_field(db, grants, services_for) -> None:
    monthly, once = grants
    manager = services_for(Role.MANAGER)
    manager.grant_reports.today_override = d("2026-04-15")
    for due, on, field in ((d("2026-03-11"), d("2026-03-11"), "due_on"),  # not a due date
                           (d("2026-03-10"), d("2026-04-16"), "submitted_on")):  # in the future
        with pytest.raises(ValidationError) as caught:
            manager.grant_reports.mark_submitted(monthly, due, on)
        assert caught.value.field == field
    manager.grant_reports.mark_submitted(once, d("2026-04-20"), d("2026-04-14"))
    with pytest.raises(ValidationError) as again:
        manager.grant_reports.mark_submitted(once, d("2026-04-20"), d("2026-04-15"))
    assert again.value.field == "due_on"
    with db.read() as s:
        assert s.scalar(select(func.count(GrantReportSubmission.id))) == 1
