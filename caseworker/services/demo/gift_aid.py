"""Demo Gift Aid declarations (``caseworker demo --country GB``): some donors have declared, most
have not, so receipts show both kinds of acknowledgement and the claim schedule has something to add up."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from caseworker.db.base import utcnow
from caseworker.db.models import Donor, GiftAidDeclaration
from caseworker.services.demo import DemoContext


def populate(ctx: DemoContext) -> None:
    if ctx.country != "GB":
        return
    rng, now = ctx.rng, utcnow()
    staff = ctx.staff.get("fundraiser", [None])[0]
    rows: list[dict[str, Any]] = []
    donors = ctx.conn.execute(select(Donor.id, Donor.first_gift_on).where(
        Donor.kind == "individual", Donor.address_line1 != "", Donor.postcode != "",
        Donor.first_gift_on.is_not(None)).order_by(Donor.id))
    for donor_id, first_gift in donors:
        if rng.random() >= 0.45:
            continue
        assert first_gift is not None  # the query keeps only donors who have given
        declared = min(first_gift + timedelta(days=rng.randint(0, 400)), ctx.today)
        method = rng.choices(["written", "online", "oral"], [60, 25, 15])[0]
        cancelled = rng.random() < 0.03
        rows.append({
            "id": len(rows) + 1, "donor_id": donor_id, "declared_on": declared,
            "scope": rng.choices(["past_and_future", "future"], [85, 15])[0], "method": method, "gift_id": None,
            "confirmation_sent_on": min(declared + timedelta(days=rng.randint(1, 6)), ctx.today)
            if method == "oral" else None,
            "cancelled_on": min(declared + timedelta(days=rng.randint(200, 900)), ctx.today) if cancelled else None,
            "cancel_reason": "No longer pays UK income tax" if cancelled else "", "note": "",
            "recorded_by_id": staff, "created_at": now, "updated_at": now, "version": 1, "updated_by_id": staff})
    ctx.bulk_insert(GiftAidDeclaration.__table__, rows)
