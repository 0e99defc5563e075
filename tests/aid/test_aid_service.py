"""Aid through the service: caps and budgets refused with figures, approvals, voids, audit, roles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caseworker.db.database import Database
from caseworker.db.models import AuditEntry, Client, Disbursement
from caseworker.domain.aid import AidKind, AidStatus, CapWindow, PayeeKind
from caseworker.domain.errors import ConflictError, NotPermitted, RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.services.aid import DisbursementDraft, FundDraft

D = Decimal
TODAY = date(2026, 11, 20)


def add_client(db: Database, first: str = "Ada", last: str = "Client") -> int:
    with db.transaction("test: add client") as s:
        client = Client(first_name=first, last_name=last)
        s.add(client)
        s.flush()
        return client.id


@pytest.fixture
def manager(services_for):
    return services_for(Role.MANAGER)


@pytest.fixture
def worker(services_for):
    return services_for(Role.CASEWORKER)


@pytest.fixture
def fund_id(manager) -> int:
    record, _ = manager.aid.save_fund(FundDraft("Hardship", currency="GBP", budget=D("1000"),
                                                client_cap=D("300"), approval_threshold=D("200")))
    return record.id


def give(services, client_id: int, fund_id: int, amount: str, on: date = TODAY, **kw):
    return services.aid.record_disbursement(DisbursementDraft(client_id, fund_id, AidKind.CASH, D(amount), on, **kw))


def test_small_aid_is_approved_at_once_and_audited(db: Database, worker, fund_id: int) -> None:
    client = add_client(db)
    row, changes = give(worker, client, fund_id, "150.00")
    assert row.status is AidStatus.APPROVED and row.amount == D("150.00") and row.currency == "GBP"
    assert changes.touches(ChangeKind.FUND) and changes.touches(ChangeKind.CLIENT)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.record_type == "disbursement")).one()
        assert entry.action == "Record disbursement" and entry.changes["amount"] == [None, "150.00"]


def test_over_the_threshold_waits_for_a_manager(db: Database, worker, manager, fund_id: int) -> None:
    client = add_client(db)
    row, _ = give(worker, client, fund_id, "250.00")
    assert row.status is AidStatus.REQUESTED
    with pytest.raises(NotPermitted):
        worker.aid.approve(row.id, row.version)
    approved, _ = manager.aid.approve(row.id, row.version)
    assert approved.status is AidStatus.APPROVED and approved.approved_by


def test_the_client_cap_is_refused_with_the_figures_and_nothing_changes(db: Database, worker, fund_id: int) -> None:
    client = add_client(db)
    give(worker, client, fund_id, "200.00")
    give(worker, client, fund_id, "100.00")  # exactly at the cap: allowed
    with pytest.raises(RuleViolation) as info:
        give(worker, client, fund_id, "0.01")
    assert "£300.00" in info.value.text() and "£0.00" in info.value.text()
    with db.read() as s:
        assert s.scalar(select(func.count(Disbursement.id))) == 2


def test_the_rolling_window_forgets_aid_older_than_twelve_months(db: Database, worker, fund_id: int) -> None:
    client = add_client(db)
    give(worker, client, fund_id, "200.00", on=date(2025, 11, 20))
    give(worker, client, fund_id, "200.00", on=date(2026, 11, 21))  # a year and a day later
    with pytest.raises(RuleViolation):
        give(worker, client, fund_id, "150.00", on=date(2026, 11, 20).replace(day=21))


def test_calendar_year_cap(db: Database, manager, worker) -> None:
    fund, _ = manager.aid.save_fund(FundDraft("Winter fuel", client_cap=D("100"), cap_window=CapWindow.CALENDAR_YEAR))
    client = add_client(db)
    give(worker, client, fund.id, "100", on=date(2025, 12, 31))
    give(worker, client, fund.id, "100", on=date(2026, 1, 1))
    with pytest.raises(RuleViolation):
        give(worker, client, fund.id, "1", on=date(2026, 6, 1))


def test_the_budget_counts_every_client(db: Database, worker, fund_id: int) -> None:
    clients = [add_client(db, f"C{i}") for i in range(6)]
    for c in clients[:5]:
        give(worker, c, fund_id, "200.00")
    with pytest.raises(RuleViolation, match="budget"):
        give(worker, clients[5], fund_id, "0.01")
    record = worker.aid.fund(fund_id, on=TODAY)
    assert record.use.remaining == D("0.00") and record.use.approved == D("1000.00")


def test_void_frees_the_money_and_needs_a_reason(db: Database, worker, manager, fund_id: int) -> None:
    client = add_client(db)
    row, _ = give(worker, client, fund_id, "200.00")
    with pytest.raises(ValidationError):
        worker.aid.void(row.id, "   ", row.version)
    voided, _ = worker.aid.void(row.id, "Entered against the wrong client", row.version)
    assert voided.status is AidStatus.VOID and voided.void_reason.startswith("Entered")
    give(worker, client, fund_id, "200.00")
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.kind == "void")).one()
        assert entry.reason == "Entered against the wrong client"
        assert s.get(Disbursement, row.id) is not None  # never deleted


def test_voiding_a_paid_disbursement_is_for_managers(db: Database, worker, manager, fund_id: int) -> None:
    client = add_client(db)
    row, _ = give(worker, client, fund_id, "50.00")
    paid, _ = worker.aid.mark_paid(row.id, row.version)
    with pytest.raises(NotPermitted):
        worker.aid.void(paid.id, "mistake", paid.version)
    manager.aid.void(paid.id, "mistake", paid.version)


def test_a_stale_version_is_a_conflict(db: Database, worker, manager, fund_id: int) -> None:
    client = add_client(db)
    row, _ = give(worker, client, fund_id, "50.00")
    worker.aid.mark_paid(row.id, row.version)
    with pytest.raises(ConflictError):
        manager.aid.void(row.id, "double", row.version)


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "-5", "0", "12.345", "1e400"])
def test_bad_amounts_are_refused_beside_the_field(db: Database, worker, fund_id: int, amount: str) -> None:
    client = add_client(db)
    with pytest.raises(ValidationErrors) as info:
        give(worker, client, fund_id, amount)
    assert "amount" in info.value.by_field()
    with db.read() as s:
        assert s.scalar(select(func.count(Disbursement.id))) == 0


def test_a_third_party_payee_needs_a_name(db: Database, worker, fund_id: int) -> None:
    client = add_client(db)
    with pytest.raises(ValidationErrors) as info:
        give(worker, client, fund_id, "10", payee_kind=PayeeKind.THIRD_PARTY)
    assert "payee_name" in info.value.by_field()
    row, _ = give(worker, client, fund_id, "10", payee_kind=PayeeKind.THIRD_PARTY, payee_name="Acme Lettings")
    assert row.payee == "Acme Lettings"


def test_fundraisers_see_no_aid(services_for, fund_id: int) -> None:
    fundraiser = services_for(Role.FUNDRAISER)
    with pytest.raises(NotPermitted):
        fundraiser.aid.funds()
    with pytest.raises(NotPermitted):
        fundraiser.aid.list_ids(ListQuery())


def test_only_managers_change_funds(worker) -> None:
    with pytest.raises(NotPermitted):
        worker.aid.save_fund(FundDraft("Sneaky"))


def test_client_history_and_list(db: Database, worker, fund_id: int) -> None:
    a, b = add_client(db, "Ann", "Alpha"), add_client(db, "Bob", "Beta")
    give(worker, a, fund_id, "20.00", on=date(2026, 11, 1))
    r2, _ = give(worker, a, fund_id, "30.00", on=date(2026, 11, 2))
    give(worker, b, fund_id, "40.00")
    worker.aid.void(r2.id, "duplicate", r2.version)
    history = worker.aid.client_aid(a)
    assert [r.amount for r in history.rows] == [D("30.00"), D("20.00")]
    assert history.totals_by_fund == (("Hardship", "GBP", D("20.00")),)
    ids = worker.aid.list_ids(ListQuery(text="alpha"))
    assert len(ids) == 2
    assert worker.aid.list_ids(ListQuery(text="%")) == []
    by_amount = worker.aid.list_rows(worker.aid.list_ids(ListQuery(sort="amount")))
    assert [r.amount for r in by_amount] == [D("20.00"), D("30.00"), D("40.00")]
