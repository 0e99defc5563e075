"""Demo records of what is kept for Insight only: disbursements refused over a cap or a budget,
contacts the guard blocked, grant reports marked submitted (most on time, some late, a few never),
and most clients' gender and household size, so the aid, grants, supporters and grant outputs
views have something to show. Clients are filled by two UPDATEs keyed on their ids (no rows read
back, and the earlier builders' random draws are left as they were)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import case, select, update

from caseworker.db.models import AidRefusal, Client, Donor, Fund, GrantApplication, GrantReportSubmission, GuardBlock
from caseworker.services.demo import DemoContext
from caseworker.services.grants import report_dates

CHANNELS = ("phone", "email", "letter", "visit", "sms")
RULES = ("min_gap", "window_cap", "ask_cap", "quiet_hours", "quiet_days", "channel_opted_out", "do_not_contact")
SOURCES = ("dialog", "dialog", "appeal", "meeting")
AWARDED = ("awarded", "reporting", "closed")


def populate(ctx: DemoContext) -> None:
    rng, today, conn = ctx.rng, ctx.today, ctx.conn
    _gender_and_household(ctx)
    now = datetime.combine(today, time(12), tzinfo=UTC)
    funds = conn.execute(select(Fund.id, Fund.currency).order_by(Fund.id)).all()
    clients = conn.execute(select(Client.id).order_by(Client.id).limit(400)).scalars().all()
    workers = sorted(set(ctx.staff.get("caseworker", []) + ctx.staff.get("manager", []))) or sorted(ctx.users.values())
    if funds and clients and workers:
        refusals = []
        for _ in range(ctx.count(30, 600)):
            fund_id, currency = rng.choice(funds)
            refusals.append({
                "at": now - timedelta(days=rng.randint(0, 364), minutes=rng.randint(0, 600)),
                "user_id": rng.choice(workers), "fund_id": fund_id, "client_id": rng.choice(clients),
                "amount": Decimal(rng.randint(20, 400)).quantize(Decimal("0.01")), "currency": currency,
                "asked_on": today - timedelta(days=rng.randint(0, 364)),
                "limit_kind": "client_cap" if rng.random() < 0.65 else "budget"})
        ctx.bulk_insert(AidRefusal.__table__, refusals)

    donors = conn.execute(select(Donor.id).order_by(Donor.id).limit(600)).scalars().all()
    fundraisers = sorted(set(ctx.staff.get("fundraiser", []) + ctx.staff.get("manager", []))) or workers
    if donors and fundraisers:
        blocks = []
        for _ in range(ctx.count(80, 3000)):
            at = now - timedelta(days=rng.randint(0, 364), minutes=rng.randint(0, 600))
            blocks.append({"at": at, "user_id": rng.choice(fundraisers), "donor_id": rng.choice(donors),
                           "proposed_at": at + timedelta(days=rng.randint(0, 30)), "channel": rng.choice(CHANNELS),
                           "rules": rng.choice(RULES), "source": rng.choice(SOURCES)})
        ctx.bulk_insert(GuardBlock.__table__, blocks)

    submissions = []
    for grant_id, first, rule, owner in conn.execute(
            select(GrantApplication.id, GrantApplication.report_first_due, GrantApplication.report_rule,
                   GrantApplication.owner_id)
            .where(GrantApplication.stage.in_(AWARDED), GrantApplication.report_first_due.is_not(None))):
        assert first is not None  # the query keeps only grants with a first report date
        for due in report_dates(first, rule, first, today - timedelta(days=1)):
            luck = rng.random()
            if luck < 0.12:
                continue  # never sent: overdue
            sent = due - timedelta(days=rng.randint(0, 6)) if luck < 0.8 else due + timedelta(days=rng.randint(1, 12))
            submissions.append({"grant_id": grant_id, "due_on": due, "submitted_on": min(sent, today),
                                "submitted_by_id": owner or rng.choice(workers or fundraisers),
                                "created_at": now, "updated_at": now, "version": 1, "updated_by_id": None})
    ctx.bulk_insert(GrantReportSubmission.__table__, submissions)


def _gender_and_household(ctx: DemoContext) -> None:
    """About nine clients in ten have their gender recorded and most their household size."""
    g = Client.id % 20
    ctx.conn.execute(update(Client).where(Client.anonymised_at.is_(None)).values(gender=case(
        (g < 9, "Woman"), (g < 16, "Man"), (g == 16, "Non-binary"), (g == 17, "Prefers not to say"), else_="")))
    h = (Client.id * 7) % 17
    ctx.conn.execute(update(Client).where(Client.anonymised_at.is_(None)).values(household_size=case(
        (h < 5, 1), (h < 9, 2), (h < 12, 3), (h < 14, 4), (h == 14, 5), (h == 15, 7), else_=None)))
