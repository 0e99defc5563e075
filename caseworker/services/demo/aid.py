"""Demo funds and the aid given from them over the last two years."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from caseworker.db.base import utcnow
from caseworker.db.models import Disbursement, Fund
from caseworker.services.demo import DemoContext

# name, budget per year, cap per client (rolling 12 months), manager approval above, restrictions
FUNDS = [
    ("Hardship fund", Decimal("60000"), Decimal("500"), Decimal("250"), "Emergency cash for food and bills."),
    ("Rent arrears fund", Decimal("90000"), Decimal("1500"), Decimal("750"), "Paid to landlords only."),
    ("Winter fuel", Decimal("20000"), Decimal("150"), None, "November to March."),
    ("School uniform grants", Decimal("8000"), Decimal("120"), None, "For children at school."),
]
KINDS = ["cash", "voucher", "goods", "service"]
LANDLORDS = ["Northside Housing Association", "Acme Lettings", "City Council Housing", "Green Lane Properties"]


def populate(ctx: DemoContext) -> None:
    client_ids: list[int] = ctx.extra.get("client_ids", [])
    if not client_ids:
        return
    now = utcnow()
    caseworkers = ctx.staff.get("caseworker", [ctx.users.get("demo", 1)])
    manager = (ctx.staff.get("manager") or caseworkers)[0]
    ctx.bulk_insert(Fund.__table__, [
        {"id": i, "name": name, "restrictions": note, "currency": ctx.currency, "budget_period": "year",
         "budget": budget, "client_cap": cap, "cap_window": "rolling_12_months",
         "approval_threshold": threshold, "active": True, "created_at": now, "updated_at": now, "version": 1}
        for i, (name, budget, cap, threshold, note) in enumerate(FUNDS, start=1)])
    rng = ctx.rng
    count = ctx.count(300, 60_000)
    # The small demo keeps within each client's cap; the large one spreads aid over many clients.
    recipients = rng.sample(client_ids, min(len(client_ids), max(1, count // 2)))
    rows = []
    for i in range(1, count + 1):
        fund_id = rng.choice([1, 1, 2, 3, 4])
        _name, _budget, cap, _threshold, _note = FUNDS[fund_id - 1]
        amount = Decimal(rng.randrange(20, int(cap) // 2 + 1)).quantize(Decimal("0.01"))
        day = ctx.today - timedelta(days=rng.randrange(0, 730))
        status = rng.choices(["paid", "approved", "requested", "void"], weights=[80, 8, 6, 6])[0]
        third_party = fund_id == 2
        # Instants follow the demo's dates, not the clock, so the same seed gives the same rows.
        at_ten = datetime.combine(day, time(10), tzinfo=UTC)
        rows.append({
            "id": i, "client_id": rng.choice(recipients), "case_id": None, "fund_id": fund_id,
            "kind": "cash" if third_party else rng.choice(KINDS), "amount": amount, "currency": ctx.currency,
            "disbursed_on": day, "payee_kind": "third_party" if third_party else "client",
            "payee_name": rng.choice(LANDLORDS) if third_party else "", "purpose": "",
            "status": status, "requested_by_id": rng.choice(caseworkers),
            "approved_by_id": manager if status in ("approved", "paid") else None,
            "approved_at": at_ten if status in ("approved", "paid") else None,
            "paid_at": at_ten + timedelta(days=1) if status == "paid" else None,
            "voided_by_id": manager if status == "void" else None,
            "voided_at": at_ten if status == "void" else None,
            "void_reason": "Entered twice" if status == "void" else "",
            "created_at": now, "updated_at": now, "version": 1,
        })
    ctx.bulk_insert(Disbursement.__table__, rows)
