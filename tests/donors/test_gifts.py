"""Gifts: recording, bad amounts, voids, batches, schedules, appeals and permissions."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caseworker.db.models import AuditEntry, Gift
from caseworker.domain.errors import NotPermitted, RuleViolation, ValidationError, ValidationErrors
from caseworker.domain.gifts import (
    BatchLine,
    BatchRowError,
    Frequency,
    GiftDraft,
    ScheduleDraft,
    SoftCreditDraft,
    schedule_standing,
)
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind

TODAY = date.today()


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "-5", "1e400", "12.345", "", "abc"])
def test_bad_amounts_are_refused_beside_the_field(fundraiser, add_donor, db, amount) -> None:
    donor = add_donor()
    with pytest.raises(ValidationError) as info:
        fundraiser.gifts.record_gift(GiftDraft(donor, amount, TODAY))
    assert info.value.field == "amount"
    with db.read() as s:
        assert s.scalar(select(func.count(Gift.id))) == 0


def test_a_gift_updates_the_donor_and_is_audited(fundraiser, add_donor, db) -> None:
    donor = add_donor()
    spouse = add_donor("Luis", "Duarte")
    gift, changes = fundraiser.gifts.record_gift(GiftDraft(
        donor, "1,250.50", TODAY - timedelta(days=3), method="card", appeal_code="xmas26", fund="General",
        advantage_description="Gala dinner", advantage_value="150.00",
        soft_credits=(SoftCreditDraft(spouse),)))
    assert gift.amount == Decimal("1250.50") and gift.eligible_amount == Decimal("1100.50")
    assert gift.appeal_code == "XMAS26"
    assert [(c.donor_id, c.amount) for c in gift.soft_credits] == [(spouse, Decimal("1250.50"))]
    assert changes.ids(ChangeKind.DONOR) == {donor, spouse}  # the soft credit is on the spouse's giving too
    record = fundraiser.donors.get(donor)
    assert record.giving.lifetime_total == Decimal("1250.50") and record.segment.value == "major"
    assert fundraiser.donors.get(spouse).giving.gift_count == 0  # soft credits never add up
    assert [g.id for g in fundraiser.gifts.soft_credits_for_donor(spouse)] == [gift.id]
    with db.read() as s:
        kinds = s.execute(select(AuditEntry.record_type, AuditEntry.kind).order_by(AuditEntry.id)).all()
    assert ("gift", "create") in kinds and ("soft_credit", "create") in kinds


def test_void_keeps_the_gift_with_its_reason(fundraiser, add_donor, give, db) -> None:
    donor = add_donor()
    gift_id = give(donor, "80.00")
    with pytest.raises(ValidationError):
        fundraiser.gifts.void_gift(gift_id, "   ")
    gift, _ = fundraiser.gifts.void_gift(gift_id, "Refunded at the donor's request")
    assert gift.voided and gift.void_reason == "Refunded at the donor's request"
    assert fundraiser.donors.get(donor).giving.gift_count == 0
    assert [g.id for g in fundraiser.gifts.gifts_for_donor(donor)] == [gift_id]
    with pytest.raises(RuleViolation):
        fundraiser.gifts.void_gift(gift_id, "again")
    with db.read() as s:
        reason = s.scalar(select(AuditEntry.reason).where(AuditEntry.kind == "void"))
    assert reason == "Refunded at the donor's request"


def test_a_correction_voids_and_names_the_old_gift(fundraiser, add_donor, give) -> None:
    donor = add_donor()
    wrong = give(donor, "500.00")
    right, changes = fundraiser.gifts.correct_gift(wrong, GiftDraft(donor, "50.00", TODAY), "Typed a zero too many")
    assert right.replaces_gift_id == wrong and fundraiser.gifts.get(wrong).voided
    assert fundraiser.donors.get(donor).giving.lifetime_total == Decimal("50.00")
    assert changes.ids(ChangeKind.GIFT) == {wrong, right.id}


def test_thank_you_latency(fundraiser, add_donor, give) -> None:
    donor = add_donor()
    gift_id = give(donor, days_ago=6)
    fundraiser.gifts.mark_thanked([gift_id], TODAY - timedelta(days=2))
    assert fundraiser.gifts.get(gift_id).days_to_thank == 4
    assert fundraiser.gifts.unthanked() == []


def test_a_batch_saves_all_rows_in_one_transaction(fundraiser, add_donor) -> None:
    a, b = add_donor(), add_donor("Bo", "Berg")
    result, changes = fundraiser.gifts.record_batch([
        BatchLine(a, "25.00", "cheque", "SPRING"),
        BatchLine(b, "40", "cash", "spring"),
        BatchLine(a, "10.10", "cheque", ""),
    ], TODAY, "Monday post")
    assert result.count == 3 and result.total == Decimal("75.10")
    assert changes.ids(ChangeKind.DONOR) == {a, b} and len(changes.ids(ChangeKind.GIFT)) == 3
    assert {g.batch_label for g in fundraiser.gifts.gifts_for_donor(a)} == {"Monday post"}
    response = {r.appeal_code: r for r in fundraiser.gifts.appeal_response()}
    assert response["SPRING"].gifts == 2 and response["SPRING"].total == Decimal("65.00")
    assert response["SPRING"].donors == 2 and response[""].total == Decimal("10.10")


def test_one_bad_row_saves_nothing_and_is_named(fundraiser, add_donor, db) -> None:
    a = add_donor()
    with pytest.raises(BatchRowError) as info:
        fundraiser.gifts.record_batch([
            BatchLine(a, "25.00"), BatchLine(a, "30.00"), BatchLine(a, "12.345"), BatchLine(a, "5.00"),
        ], TODAY)
    assert info.value.row == 3 and info.value.field == "amount" and "Row 3" in info.value.text()
    with pytest.raises(ValidationErrors) as many:
        fundraiser.gifts.record_batch([BatchLine(None, "1"), BatchLine(a, "NaN")], TODAY)
    assert [e.row for e in many.value.errors] == [1, 2]
    # A donor removed behind the form's back fails inside the transaction: still nothing saved.
    with pytest.raises(BatchRowError) as missing:
        fundraiser.gifts.record_batch([BatchLine(a, "1.00"), BatchLine(99999, "2.00")], TODAY)
    assert missing.value.row == 2
    with db.read() as s:
        assert s.scalar(select(func.count(Gift.id))) == 0
    assert fundraiser.donors.get(a).giving.gift_count == 0


def test_pledges_and_recurring_gifts_know_what_is_due(fundraiser, add_donor) -> None:
    donor = add_donor()
    start = TODAY - timedelta(days=95)
    pledge, _ = fundraiser.gifts.add_schedule(ScheduleDraft(donor, "pledge", "100.00", Frequency.MONTHLY, start,
                                                            pledged_total="1200.00"))
    fundraiser.gifts.record_gift(GiftDraft(donor, "100.00", start, schedule_id=pledge.id))
    pledge = fundraiser.gifts.schedule(pledge.id)
    assert pledge.standing.received == Decimal("100.00")
    assert pledge.standing.still_due == Decimal("1100.00")
    assert pledge.standing.overdue >= Decimal("200.00") and pledge.standing.next_due_on > TODAY
    with pytest.raises(ValidationErrors):
        fundraiser.gifts.add_schedule(ScheduleDraft(donor, "pledge", "NaN", "FREQ=SOMETIMES", start))
    recurring, _ = fundraiser.gifts.add_schedule(ScheduleDraft(donor, "recurring", "15", Frequency.MONTHLY, start))
    cancelled, _ = fundraiser.gifts.cancel_schedule(recurring.id, "Donor moved abroad")
    assert cancelled.status == "cancelled" and cancelled.ends_on == TODAY
    assert [s.id for s in fundraiser.gifts.schedules_for_donor(donor)] == [pledge.id, recurring.id]


def test_schedule_standing_counts_occurrences() -> None:
    standing = schedule_standing("recurring", Decimal("10.00"), "FREQ=MONTHLY", date(2026, 1, 31), None, None,
                                 Decimal("20.00"), date(2026, 6, 1))
    # dateutil skips months without a 31st: Jan, Mar, May.
    assert standing.expected_to_date == Decimal("30.00") and standing.still_due == Decimal("10.00")
    assert standing.next_due_on == date(2026, 7, 31)


def test_giving_totals_by_calendar_and_fiscal_year(fundraiser, add_donor, admin, db) -> None:
    from caseworker.services.container import Services

    Services(db, admin).settings.update(Services(db, admin).settings.get().with_changes(fiscal_year_start_month=4))
    donor = add_donor()
    for day, amount in [(date(2025, 3, 31), "10.00"), (date(2025, 4, 1), "20.00"), (date(2025, 12, 31), "30.00")]:
        fundraiser.gifts.record_gift(GiftDraft(donor, amount, day))
    calendar = {t.label: t.total for t in fundraiser.gifts.giving_totals(donor)}
    assert calendar == {"2025": Decimal("60.00")}
    fiscal = {t.label: t.total for t in fundraiser.gifts.giving_totals(donor, fiscal=True)}
    assert fiscal == {"2024–25": Decimal("10.00"), "2025–26": Decimal("50.00")}


def test_caseworkers_never_read_gifts(services_for, add_donor, give) -> None:
    donor = add_donor()
    give(donor)
    caseworker = services_for(Role.CASEWORKER)
    for call in (lambda: caseworker.gifts.gifts_for_donor(donor), lambda: caseworker.gifts.appeal_response(),
                 lambda: caseworker.gifts.giving_totals(donor), lambda: caseworker.receipts.list_receipts(),
                 lambda: caseworker.gifts.record_gift(GiftDraft(donor, "5", TODAY))):
        with pytest.raises(NotPermitted):
            call()
