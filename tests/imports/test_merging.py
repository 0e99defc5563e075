"""Merging duplicate donors and clients: every attached record moves, receipt numbers stay, one audit entry."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from caseworker.db.models import (
    AuditEntry,
    Case,
    Gift,
    GiftSchedule,
    Receipt,
    SoftCredit,
    Touchpoint,
)
from caseworker.domain.clients import ClientDraft, ConsentDraft, ContactDraft
from caseworker.domain.donors import DonorDraft, QuietPeriodDraft
from caseworker.domain.errors import NotPermitted, RuleViolation
from caseworker.domain.gifts import GiftDraft, ScheduleDraft, SoftCreditDraft
from caseworker.domain.listing import ListQuery
from caseworker.domain.permissions import Role
from caseworker.services.donors import HouseholdDraft
from caseworker.services.touchpoints import TouchpointDraft


def test_two_duplicate_donors_merge_with_their_receipts_intact(db, services_for) -> None:
    joe = services_for(Role.FUNDRAISER)
    keep, _ = joe.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org"))
    dup, _ = joe.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte", email="ana@example.org",
                                             city="Lisbon", postcode="1000-001"))
    other, _ = joe.donors.add_donor(DonorDraft(first_name="Luis", last_name="Pereira"))
    day = date.today() - timedelta(days=40)
    g1, _ = joe.gifts.record_gift(GiftDraft(keep.id, "10.00", day))
    g2, _ = joe.gifts.record_gift(GiftDraft(dup.id, "25.00", day, soft_credits=(SoftCreditDraft(other.id),)))
    g3, _ = joe.gifts.record_gift(GiftDraft(other.id, "7.00", day, soft_credits=(SoftCreditDraft(dup.id),)))
    receipt, _ = joe.receipts.issue_for_gift(g2.id)
    joe.gifts.add_schedule(ScheduleDraft(dup.id, "pledge", "10.00", "FREQ=MONTHLY", day, pledged_total="100.00"))
    joe.donors.add_quiet_period(dup.id, QuietPeriodDraft(date.today() + timedelta(days=5),
                                                         date.today() + timedelta(days=9), "holiday"))
    household, _ = joe.donors.add_household(HouseholdDraft("Duarte family", member_ids=(dup.id,)))
    joe.touchpoints.log(TouchpointDraft(dup.id, datetime.now(UTC) - timedelta(days=3), "email", "update"))

    with db.read() as s:
        number_before = s.scalar(select(Receipt.number).where(Receipt.id == receipt.id))
    assert [(p.first_id, p.second_id) for p in joe.merging.donor_pairs()] == [(keep.id, dup.id)]
    joe.merging.merge_donors(keep.id, dup.id, take_from_merged=("city", "postcode"))

    survivor = joe.donors.get(keep.id)
    assert (survivor.city, survivor.postcode, survivor.household_id) == ("Lisbon", "1000-001", household.id)
    assert survivor.giving.gift_count == 2 and survivor.giving.lifetime_total == Decimal("35.00")
    with db.read() as s:
        assert s.scalar(select(func.count(Gift.id)).where(Gift.donor_id == dup.id)) == 0
        assert s.scalar(select(Receipt.donor_id).where(Receipt.id == receipt.id)) == keep.id
        assert s.scalar(select(Receipt.number).where(Receipt.id == receipt.id)) == number_before
        assert s.scalar(select(GiftSchedule.donor_id)) == keep.id
        assert s.scalar(select(Touchpoint.donor_id)) == keep.id
        assert s.scalar(select(SoftCredit.donor_id).where(SoftCredit.gift_id == g3.id)) == keep.id
        entries = s.scalars(select(AuditEntry).where(AuditEntry.kind == "merge")).all()
        assert {e.record_id for e in entries} == {keep.id, dup.id}
        main = next(e for e in entries if e.record_id == keep.id)
        assert main.changes["merged_from"] == [None, dup.id] and main.changes["moved_gifts"] == [None, 1]
        assert main.changes["city"] == ["", "Lisbon"]
    assert joe.receipts.get(receipt.id).number == receipt.number
    assert joe.donors.get(keep.id).quiet_periods
    # The merged-away record is a pointer: out of the list, resolving to the survivor.
    assert dup.id not in joe.donors.list_ids(ListQuery())
    assert joe.merging.resolve("donor", dup.id) == keep.id
    assert joe.merging.donor_pairs() == []
    assert [r.id for r in joe.donors.possible_duplicates(DonorDraft(first_name="Ana", last_name="Duarte",
                                                                    email="ana@example.org"))] == [keep.id]
    with pytest.raises(RuleViolation, match="already merged"):
        joe.merging.merge_donors(keep.id, dup.id)


def test_a_client_merge_moves_cases_aid_contacts_and_consents(db, services_for, admin) -> None:

    sam = services_for(Role.CASEWORKER)
    keep, _ = sam.clients.create(ClientDraft("Maria", "Silva", date_of_birth=date(1980, 5, 17)))
    dup, _ = sam.clients.create(ClientDraft("María", "Silva", date_of_birth=date(1980, 5, 17), phone="+447911123456"),
                                confirmed=True)
    sam.clients.add_contact(dup.id, ContactDraft("email", "maria@example.org"))
    sam.clients.add_consent(dup.id, ConsentDraft("data sharing", True, date.today() - timedelta(days=1), "verbal"))
    with db.transaction("seed") as s:
        from caseworker.db.models import CaseCategory

        cat = CaseCategory(name="Housing", target_days=10)
        s.add(cat)
        s.flush()
        s.add(Case(client_id=dup.id, category_id=cat.id, title="Rent arrears", target_days=10,
                   opened_on=date.today(), due_on=date.today()))
    assert [(p.first_id, p.second_id) for p in sam.merging.client_pairs()] == [(keep.id, dup.id)]
    with pytest.raises(NotPermitted):
        services_for(Role.FUNDRAISER).merging.merge_clients(keep.id, dup.id)
    sam.merging.merge_clients(keep.id, dup.id, take_from_merged=("phone",))
    merged = sam.clients.get(keep.id)
    assert merged.phone == "+447911123456"
    assert [c.value for c in merged.contacts] == ["maria@example.org"]
    assert [c.topic for c in merged.consents] == ["data sharing"]
    with db.read() as s:
        assert s.scalar(select(Case.client_id)) == keep.id
    assert sam.clients.list_ids(ListQuery()) == [keep.id]
    assert sam.clients.list_ids(ListQuery(text="silva")) == [keep.id]
    assert sam.merging.client_pairs() == []
