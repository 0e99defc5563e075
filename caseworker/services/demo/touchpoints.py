"""Demo touchpoints: a few per donor (small) or about three per donor for 100,000 donors (large),
by several staff members, over the last two years and the next two months.

Most follow the default contact policy (contacts at least a week apart, asks months apart,
channels the donor has not opted out of); about one in fifty is one the guard would have blocked,
overridden by a manager with a reason, with its audit entry, as a real file would show. A few are
cancelled. The organisation's policy is stored with a Christmas pause on asks.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select, text

from caseworker.db.models import AuditEntry, ContactPolicyRow, Donor, Touchpoint
from caseworker.services.demo import DemoContext

_CHANNELS = ["email", "email", "email", "letter", "letter", "phone", "phone", "visit", "video", "event", "sms"]
_PURPOSES = ["update", "update", "thanks", "thanks", "ask", "invite", "other"]
_NOTES = {
    "update": ["Sent the autumn newsletter.", "Shared the year's impact report.", "Project update by email.",
               "Told them how the hardship fund was spent."],
    "thanks": ["Thanked them for their gift.", "Thank-you call; they were delighted.", "Handwritten thank-you card."],
    "ask": ["Winter appeal letter.", "Asked about renewing their monthly gift.", "Spring appeal."],
    "invite": ["Invited to the open day.", "Invited to the supporters' evening.", "Invited to visit the project."],
    "other": ["Updated their address.", "Answered a question about Gift Aid.", "Followed up on their message."],
}
def _note(text: str, country: str | None) -> str:
    """Gift Aid is British: another country's donor asks about their tax receipt instead."""
    return text if country == "GB" or "Gift Aid" not in text else "Answered a question about their tax receipt."


_OVERRIDE_REASONS = [
    "The supporter rang and asked us to call back today.",
    "Agreed with the donor at the gala; they want the details by phone.",
    "Urgent: their pledge paperwork needs a signature before year end.",
    "The donor asked for a visit with the trustees this week.",
]
_HOURS = [9, 10, 11, 12, 14, 15, 16, 17]
_DEFAULT_GAP = timedelta(days=7)


def populate(ctx: DemoContext) -> None:
    donor_ids: list[int] = ctx.extra.get("donor_ids", [])
    if not donor_ids:
        return
    rng = ctx.rng
    staff = sorted(set(ctx.staff.get("fundraiser", []) + ctx.staff.get("manager", []))) or \
        sorted(ctx.users.values())
    managers = ctx.staff.get("manager", []) or staff
    prefs = {row.id: row for row in ctx.conn.execute(
        select(Donor.id, Donor.opted_out_channels, Donor.do_not_contact, Donor.deceased))}
    now = datetime.combine(ctx.today, time(12), tzinfo=UTC)
    stamp = now - timedelta(days=1)
    per_donor = ctx.count(5, 3)
    rows: list[dict[str, Any]] = []
    overrides: list[dict[str, Any]] = []
    for donor_id in donor_ids:
        donor = prefs.get(donor_id)
        if donor is None:
            continue
        if donor.do_not_contact or donor.deceased:
            continue
        opted_out = set(_json_list(donor.opted_out_channels))
        count = rng.randint(0, per_donor * 2)
        when = now - timedelta(days=rng.randint(60, 730))
        for _ in range(count):
            when += timedelta(days=rng.randint(8, 160))
            if when > now + timedelta(days=60):
                break
            override = rng.random() < 0.02
            channel = rng.choice(_CHANNELS)
            if channel in opted_out and not override:
                channel = "letter" if "letter" not in opted_out else "email"
            purpose = rng.choice(_PURPOSES)
            at = datetime.combine(when.date(), time(rng.choice(_HOURS)), tzinfo=UTC)
            future = at > now
            status = "planned" if future else ("cancelled" if rng.random() < 0.04 else "done")
            row = {
                "id": len(rows) + 1, "donor_id": donor_id, "when": at, "channel": channel, "purpose": purpose,
                "status": status, "staff_id": rng.choice(staff), "notes": _note(rng.choice(_NOTES[purpose]), ctx.country),
                "campaign": "Winter appeal" if purpose == "ask" and at.month in (11, 12) else "",
                "meeting_id": None, "override_by_id": None, "override_reason": "",
                "cancelled_reason": "The donor was away." if status == "cancelled" else "",
                "created_at": min(at, now), "updated_at": min(at, now), "version": 1, "updated_by_id": None,
            }
            if override:
                # A second contact two days after the last one: the minimum gap would have blocked it.
                row["when"] = at = at - timedelta(days=rng.randint(4, 6))
                row["override_by_id"] = rng.choice(managers)
                row["override_reason"] = rng.choice(_OVERRIDE_REASONS)
                row["status"] = "planned" if at > now else "done"
                overrides.append(row)
            rows.append(row)
    ctx.bulk_insert(Touchpoint.__table__, rows)
    _audit_overrides(ctx, overrides, stamp)
    ctx.bulk_insert(ContactPolicyRow.__table__, [{
        "id": 1, "created_at": stamp, "updated_at": stamp, "version": 1, "updated_by_id": None,
        "settings": {"quiet_days": {"days": ["sat", "sun"], "channels": ["phone", "visit"]},
                     "blackouts": [{"start": date(ctx.today.year, 12, 24).isoformat(),
                                    "end": date(ctx.today.year, 12, 26).isoformat(), "purposes": ["ask"]}]},
    }])
    ctx.extra["touchpoint_count"] = len(rows)


def _json_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return list(json.loads(value) or [])
    return list(value or [])


def _audit_overrides(ctx: DemoContext, overrides: list[dict[str, Any]], stamp: datetime) -> None:
    start = ctx.conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM audit_entries")).scalar_one()
    entries = [{
        "id": start + i, "at": min(row["when"], stamp), "user_id": row["override_by_id"],
        "action": "Override the contact guard", "kind": "override", "record_type": "touchpoint",
        "record_id": row["id"], "reason": row["override_reason"],
        "changes": {"donor_id": row["donor_id"], "when": row["when"].isoformat(), "channel": row["channel"],
                    "purpose": row["purpose"], "rules": ["min_gap"]},
    } for i, row in enumerate(overrides, start=1)]
    ctx.bulk_insert(AuditEntry.__table__, entries)
