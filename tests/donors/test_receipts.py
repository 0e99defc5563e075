"""Receipts: gap-free numbers (also under concurrent issuing), void-and-reissue, report data."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from caseworker.db.models import Receipt
from caseworker.domain import documents as report_data
from caseworker.domain.errors import RuleViolation
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.records import ChangeKind
from caseworker.services import receipts as receipts_module
from caseworker.services.container import Services

TODAY = date.today()


def test_numbers_run_without_gaps_even_after_a_failed_issue(fundraiser, add_donor, give, monkeypatch) -> None:
    donor = add_donor()
    first = fundraiser.receipts.issue_for_gift(give(donor))[0]
    failing_gift = give(donor)

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("printer on fire")

    # Fail after the number was taken: the rollback must hand the number back.
    monkeypatch.setattr(receipts_module.audit, "record_created", broken)
    with pytest.raises(RuntimeError):
        fundraiser.receipts.issue_for_gift(failing_gift)
    monkeypatch.undo()
    second = fundraiser.receipts.issue_for_gift(failing_gift)[0]
    third = fundraiser.receipts.issue_for_gift(give(donor))[0]
    assert [first.number, second.number, third.number] == ["000001", "000002", "000003"]


def test_a_gift_is_on_one_live_receipt_only(fundraiser, add_donor, give) -> None:
    gift = give(add_donor())
    fundraiser.receipts.issue_for_gift(gift)
    with pytest.raises(RuleViolation):
        fundraiser.receipts.issue_for_gift(gift)
    with pytest.raises(RuleViolation):
        fundraiser.gifts.void_gift(gift, "Refund")  # the receipt must be voided first


def test_a_year_receipt_covers_the_years_unreceipted_gifts(fundraiser, add_donor) -> None:
    donor = add_donor()
    year = TODAY.year - 1
    ids = [fundraiser.gifts.record_gift(GiftDraft(donor, amount, date(year, month, 15), **extra))[0].id
           for month, amount, extra in [(2, "100.00", {}), (6, "200.00", {"advantage_description": "Dinner",
                                                                             "advantage_value": "50.00"}),
                                        (11, "30.00", {})]]
    fundraiser.gifts.record_gift(GiftDraft(donor, "999.00", date(year + 1, 1, 2)))
    fundraiser.receipts.issue_for_gift(ids[2])
    receipt, _ = fundraiser.receipts.issue_for_year(donor, year)
    assert receipt.gift_ids == tuple(sorted(ids[:2])) and receipt.tax_year == year
    assert receipt.total == Decimal("300.00") and receipt.eligible_total == Decimal("250.00")
    with pytest.raises(RuleViolation):
        fundraiser.receipts.issue_for_year(donor, year)


def test_void_and_reissue_names_the_old_number(fundraiser, add_donor, give, db) -> None:
    donor = add_donor(address_line1="1 High St", city="Leeds")
    gift = give(donor, "75.00")
    old, _ = fundraiser.receipts.issue_for_gift(gift)
    new, changes = fundraiser.receipts.void_and_reissue(old.id, "Wrong address printed")
    assert new.number == "000002" and new.replaces_number == old.number
    old = fundraiser.receipts.get(old.id)
    assert old.voided and old.void_reason == "Wrong address printed" and old.replaced_by_number == new.number
    assert changes.ids(ChangeKind.RECEIPT) == {old.id, new.id}
    assert fundraiser.gifts.get(gift).receipt_number == new.number
    with pytest.raises(RuleViolation):
        fundraiser.receipts.void_and_reissue(old.id, "again")
    data = fundraiser.receipts.gather_receipt(new.id)
    assert isinstance(data, report_data.ReceiptData)
    assert data.replaces == "000001" and data.number == "000002" and data.void is None
    assert data.donor.address_lines == ("1 High St", "Leeds")
    assert data.eligible_total == Decimal("75.00")
    voided = fundraiser.receipts.gather_receipt(old.id)
    assert voided.void is not None and voided.void.reason == "Wrong address printed"
    assert [r.number for r in fundraiser.receipts.list_receipts(donor)] == ["000002", "000001"]


def test_receipt_style_follows_the_settings(fundraiser, add_donor, give, admin, db) -> None:
    from caseworker.domain.org import ReceiptStyle

    settings = Services(db, admin).settings
    settings.update(settings.get().with_changes(receipt_style=ReceiptStyle.CA, currency="CAD"))
    receipt, _ = fundraiser.receipts.issue_for_gift(give(add_donor(), "40.00"))
    assert receipt.style == "CA" and receipt.currency == "CAD"
    data = fundraiser.receipts.gather_receipt(receipt.id)
    assert data.style is ReceiptStyle.CA and data.organisation.currency == "CAD"
    assert data.organisation.registration_label == "BN/Registration No."


def test_year_end_statement(fundraiser, add_donor) -> None:
    donor = add_donor()
    year = TODAY.year - 1
    fundraiser.gifts.record_gift(GiftDraft(donor, "10.00", date(year, 3, 1)))
    fundraiser.gifts.record_gift(GiftDraft(donor, "15.00", date(year, 9, 1)))
    statement = fundraiser.receipts.gather_statement(donor, year)
    assert isinstance(statement, report_data.GivingStatementData)
    assert statement.total == Decimal("25.00") and statement.period_end == date(year, 12, 31)


@pytest.mark.parametrize("workers", [4])
def test_concurrent_issuing_never_duplicates_or_skips(fundraiser, add_donor, give, db, workers) -> None:
    """Several laptops issuing at once: every number used once, none skipped."""
    donor = add_donor()
    per_worker = 5
    gifts = [give(donor, f"{10 + i}.00", days_ago=1) for i in range(workers * per_worker)]
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []

    def issue(chunk: list[int]) -> None:
        service = Services(db, fundraiser.actor).receipts
        try:
            barrier.wait()
            for gift_id in chunk:
                service.issue_for_gift(gift_id)
        except BaseException as exc:  # reported to the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(gifts[i::workers],)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.read() as s:
        numbers = sorted(s.scalars(select(Receipt.number)))
    assert numbers == list(range(1, workers * per_worker + 1))


def test_gathered_receipts_and_statements_render(fundraiser, add_donor, give, tmp_path) -> None:
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from caseworker.reports.documents.giving_statements import render_giving_statement
    from caseworker.reports.documents.receipts import render_receipt

    donor = add_donor(address_line1="1 High St", city="Leeds")
    old, _ = fundraiser.receipts.issue_for_gift(give(donor, "75.00", advantage_description="Dinner",
                                                     advantage_value="25.00"))
    new, _ = fundraiser.receipts.void_and_reissue(old.id, "Wrong address printed")
    made = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    out = tmp_path / "receipt.pdf"
    render_receipt(fundraiser.receipts.gather_receipt(new.id), out, made_by="Joe", made_at=made)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert new.number in text and old.number in text and "Ana Duarte" in text
    statement = tmp_path / "statement.pdf"
    render_giving_statement(fundraiser.receipts.gather_statement(donor, (TODAY - timedelta(days=10)).year), statement,
                            made_by="Joe", made_at=made)
    assert "75.00" in "".join(page.extract_text() for page in PdfReader(statement).pages)
