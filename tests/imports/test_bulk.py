"""Rows written straight to the driver read back as the ORM would have written them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from caseworker.db.bulk import insert_many
from caseworker.db.models import AuditEntry, Donor, Gift, ImportBatchRecord
from caseworker.domain.donors import DonorDraft
from caseworker.domain.inputs import name_key
from caseworker.domain.permissions import Role


def test_typed_columns_and_defaults_round_trip(db, services_for) -> None:
    services = services_for(Role.FUNDRAISER)
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte"))
    at = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    with db.transaction("bulk") as s:
        # Different sets of keys in one call: each set is its own statement.
        insert_many(s, Gift.__table__, [
            {"id": 9001, "donor_id": donor.id, "amount": Decimal("12.34"), "gift_date": date(2025, 1, 2),
             "currency": "gbp", "voided_at": at},
            {"id": 9002, "donor_id": donor.id, "amount": Decimal("0.05"), "gift_date": date(2024, 12, 31)},
        ])
        insert_many(s, AuditEntry.__table__, [
            {"at": at, "user_id": services.actor.user_id, "action": "Import gifts", "kind": "create",
             "record_type": "gift", "record_id": 9001, "changes": {"note": [None, "Zoë's \"gift\""]},
             "reason": "import 1"}])
    with db.read() as s:
        first, second = s.scalars(select(Gift).where(Gift.id.in_([9001, 9002])).order_by(Gift.id)).all()
        assert (first.amount, first.currency, first.gift_date, first.voided_at) == \
            (Decimal("12.34"), "GBP", date(2025, 1, 2), at)
        # Left out: the column defaults, as an ORM insert would have set them.
        assert (second.amount, second.currency, second.method, second.advantage_value, second.voided_at) == \
            (Decimal("0.05"), "USD", "cash", Decimal("0.00"), None)
        assert second.version == 1 and second.created_at.tzinfo is not None
        entry = s.scalar(select(AuditEntry).where(AuditEntry.record_id == 9001, AuditEntry.record_type == "gift"))
        assert entry.changes == {"note": [None, "Zoë's \"gift\""]} and entry.at == at
        assert s.get(Donor, donor.id) is not None


def test_bad_values_are_refused_as_the_orm_refuses_them(db, services_for) -> None:
    services = services_for(Role.FUNDRAISER)
    donor, _ = services.donors.add_donor(DonorDraft(first_name="Ana", last_name="Duarte"))
    with pytest.raises(Exception, match="decimal places"):
        with db.transaction("bulk") as s:
            insert_many(s, Gift.__table__, [{"id": 9003, "donor_id": donor.id, "amount": Decimal("1.005"),
                                             "gift_date": date(2025, 1, 2)}])
    with pytest.raises(KeyError):
        with db.transaction("bulk") as s:
            insert_many(s, ImportBatchRecord.__table__, [{"batch_id": 1, "shoe_size": 3}])


@pytest.mark.parametrize("text", ["Zoe  O'Brien", "  ANA\tduarte ", "Mc-Donald  Jr.", "", "x\u00a0y", "A\nB"])
def test_the_ascii_name_key_matches_the_full_one(text: str) -> None:
    import unicodedata

    from caseworker.domain import inputs

    full = inputs._strip_marks(unicodedata.normalize("NFKD", text)).casefold()
    full = inputs._WHITESPACE_RE.sub(" ", inputs._strip_marks(unicodedata.normalize("NFKD", full))).strip()
    assert name_key(text) == full
