"""Demo donors: about 400 (small) or 100,000 (large) supporters, households, several years of
gifts (about five per donor), recurring gifts, pledges and receipts.

Each donor gets a profile (major, regular, new, lapsed or not yet giving) that shapes their
gifts, so the list's derived segments look like a real file. Rows are prebuilt as dicts and each
table gets one batched Core insert; the giving summary on each donor is computed here as the gift
service would. Later modules find the ids in ``ctx.extra["donor_ids"]``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from caseworker.db.models import (
    Donor,
    DonorQuietPeriod,
    Gift,
    GiftSchedule,
    Household,
    Receipt,
    ReceiptCounter,
    ReceiptGift,
    SoftCredit,
)
from caseworker.domain import donors as donor_rules
from caseworker.domain.donors import address_lines
from caseworker.domain.gift_aid import tax_year_of
from caseworker.domain.gifts import Frequency, occurrences
from caseworker.domain.inputs import name_key
from caseworker.services.demo import DemoContext
from caseworker.services.demo.places import Places, places_of

# A few hundred names make up 100,000 donors: normalise each once.
search_name_for = cache(donor_rules.search_name_for)
sort_name_for = cache(donor_rules.sort_name_for)


@cache
def _email_handle(name: str) -> str:
    return "".join(ch for ch in name_key(name) if ch.isascii() and (ch.isalnum() or ch == "."))


_FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Susan",
          "William", "Karen", "Joseph", "Lisa", "Thomas", "Nancy", "Daniel", "Sandra", "Matthew", "Ashley",
          "Zoë", "Chloé", "Seán", "Siobhán", "Noah", "Olivia", "Liam", "Emma", "Ana", "Luis", "Kwame",
          "Aisha", "Priya", "Arjun", "Mei", "Hiroshi", "Ingrid", "Lars", "Fatima", "Omar", "Grace", "Henry"]
_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
         "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
         "O'Brien", "MacDonald", "Okafor", "Mensah", "Nguyen", "Patel", "Kowalski", "Lee-Smith", "Young",
         "Duarte", "García", "Lindqvist", "Andersen", "Tanaka", "Haddad", "Fischer", "Rossi", "Murphy"]
_ORG_WORDS = (["Northside", "Riverside", "Harbour", "Oakwood", "Summit", "Greenfield", "Beacon", "Meridian"],
              ["Trust", "Foundation", "Bakery", "Builders Ltd", "Credit Union", "Rotary Club", "Law LLP",
               "Community Fund", "Dental Practice", "Brewing Co."])
_ZONES = ["Europe/London", "America/New_York", "America/Toronto", "Europe/Paris", "Australia/Sydney"]
_FUNDS = ["General", "General", "General", "Hardship fund", "Winter appeal", "Building fund"]
_METHODS = ["cheque", "card", "card", "online", "online", "bank_transfer", "cash", "direct_debit"]
_AMOUNTS = ["10.00", "20.00", "25.00", "25.00", "30.00", "50.00", "50.00", "75.00", "100.00", "100.00",
            "150.00", "250.00", "12.50", "35.00", "40.00", "60.00"]
_MAJOR_AMOUNTS = ["1000.00", "1500.00", "2500.00", "5000.00", "10000.00", "750.00", "500.00"]
_CONSENT_SOURCES = ["Website sign-up form", "Gala dinner RSVP card", "Phone call", "Donation form", "Event sign-in"]
_QUIET_REASONS = ["Bereavement", "Not before March, asked by phone", "Travelling abroad", "Recovering from surgery"]
_VOID_REASONS = ["Cheque returned unpaid", "Refunded at the donor's request", "Entered twice by mistake"]
_ADDRESS = ("address_line1", "address_line2", "city", "region", "postcode", "country")
# (share of donors, profile); "none" have not given yet.
_PROFILES = [(0.04, "major"), (0.44, "regular"), (0.24, "lapsed"), (0.16, "new"), (0.12, "none")]


def _appeal(day: date) -> str:
    season = "SPRING" if day.month < 7 else "XMAS"
    return f"{season}{day.year % 100:02d}"


def populate(ctx: DemoContext) -> None:
    places = places_of(ctx.country)
    rng = ctx.rng
    today = ctx.today
    count = ctx.count(400, 100_000)
    now = datetime.combine(today, datetime.min.time(), tzinfo=UTC)
    admin = ctx.users.get("demo")
    managers = ctx.staff.get("fundraiser", []) + ctx.staff.get("manager", [])
    stamp = {"created_at": now, "updated_at": now, "version": 1, "updated_by_id": admin}

    donors: list[dict[str, Any]] = []
    households: list[dict[str, Any]] = []
    quiet: list[dict[str, Any]] = []
    profiles: dict[int, str] = {}
    partner: dict[int, int] = {}
    cut = [sum(share for share, _ in _PROFILES[:i + 1]) for i in range(len(_PROFILES))]

    donor_id = 0
    while donor_id < count:
        donor_id += 1
        roll = rng.random()
        profile = next(name for (_s, name), edge in zip(_PROFILES, cut, strict=True) if roll <= edge)
        is_org = rng.random() < 0.08
        address = places.address(rng)
        if is_org:
            first, last = "", ""
            org = f"{rng.choice(_ORG_WORDS[0])} {rng.choice(_ORG_WORDS[1])}"
        else:
            first, last, org = rng.choice(_FIRST), rng.choice(_LAST), ""
        household_id = None
        # Some individuals share a household with the next donor (same surname and address).
        make_pair = not is_org and donor_id < count and rng.random() < 0.06
        donors.append(_donor_row(rng, donor_id, first, last, org, address, profile, managers, stamp, household_id,
                                 places))
        profiles[donor_id] = profile
        if make_pair:
            household = len(households) + 1
            households.append({"id": household, "name": f"The {last} household", "salutation": "",
                               "search_name": search_name_for(f"{last} household"), **address, **stamp})
            donors[-1]["household_id"] = household
            donor_id += 1
            mate = _donor_row(rng, donor_id, rng.choice(_FIRST), last, "", address, profile, managers, stamp,
                              household, places)
            donors.append(mate)
            profiles[donor_id] = profile
            partner[donor_id - 1], partner[donor_id] = donor_id, donor_id - 1
        if rng.random() < 0.01:
            start = today + timedelta(days=rng.randint(-20, 60))
            quiet.append({"id": len(quiet) + 1, "donor_id": donor_id, "starts_on": start,
                          "ends_on": start + timedelta(days=rng.randint(14, 120)),
                          "reason": rng.choice(_QUIET_REASONS), **stamp})

    gifts, credits, schedules = _gifts(ctx, profiles, partner, stamp)
    receipts, receipt_gifts = _receipts(ctx, donors, gifts, stamp)
    _summarise(donors, gifts)

    ctx.bulk_insert(Household.__table__, households)
    ctx.bulk_insert(Donor.__table__, donors)
    ctx.bulk_insert(DonorQuietPeriod.__table__, quiet)
    ctx.bulk_insert(GiftSchedule.__table__, schedules)
    ctx.bulk_insert(Gift.__table__, gifts)
    ctx.bulk_insert(SoftCredit.__table__, credits)
    ctx.bulk_insert(Receipt.__table__, receipts)
    ctx.bulk_insert(ReceiptGift.__table__, receipt_gifts)
    ctx.bulk_insert(ReceiptCounter.__table__, [{"id": 1, "series": "receipt", "next_number": len(receipts) + 1}])
    ctx.extra["donor_ids"] = [d["id"] for d in donors]
    ctx.extra["household_ids"] = [h["id"] for h in households]


def _donor_row(rng: Any, donor_id: int, first: str, last: str, org: str, address: dict[str, str], profile: str,
               managers: list[int], stamp: dict[str, Any], household_id: int | None, places: Places) -> dict[str, Any]:
    kind = "organisation" if org else "individual"
    deceased = rng.random() < 0.015
    consent = rng.random() < 0.55
    opted_out = [c for c, p in (("phone", 0.12), ("sms", 0.2), ("email", 0.05), ("visit", 0.3)) if rng.random() < p]
    preferred = [c for c in rng.choice([[], [], ["email"], ["letter"], ["phone"], ["email", "letter"]])
                 if c not in opted_out]
    handle = _email_handle(org or f"{first}.{last}")
    return {
        "id": donor_id, "kind": kind, "first_name": first, "last_name": last, "organisation_name": org,
        "sort_name": sort_name_for(kind, first, last, org), "search_name": search_name_for(first, last, org),
        "salutation": "", "email": f"{handle}{donor_id}@example.org" if rng.random() < 0.8 else "",
        "phone": places.landline(rng) if rng.random() < 0.6 else "", **address,
        "timezone": rng.choice(_ZONES) if rng.random() < 0.05 else "",
        "do_not_contact": deceased or rng.random() < 0.04, "deceased": deceased, "deceased_on": None,
        "opted_out_channels": opted_out, "preferred_channels": preferred,
        "window_days": rng.choice([60, 90]) if rng.random() < 0.02 else None,
        "max_in_window": rng.choice([1, 2]) if rng.random() < 0.02 else None,
        "min_gap_days": rng.choice([14, 30]) if rng.random() < 0.02 else None,
        "cadence_days": rng.choice([60, 90, 365]) if rng.random() < 0.03 else None,
        "segment_override": None,
        "relationship_manager_id": rng.choice(managers) if managers and profile == "major" else None,
        "marketing_consent": consent, "marketing_consent_source": rng.choice(_CONSENT_SOURCES) if consent else "",
        "marketing_consent_on": None, "gift_aid_declared_on": None, "household_id": household_id, "notes": "",
        "first_gift_on": None, "last_gift_on": None, "gift_count": 0, "lifetime_total": Decimal("0.00"),
        "largest_gift": Decimal("0.00"), **stamp,
    }


def _gift_dates(rng: Any, profile: str, today: date) -> list[date]:
    def days_ago(lo: int, hi: int) -> date:
        return today - timedelta(days=rng.randint(lo, hi))

    if profile == "none":
        return []
    if profile == "new":
        return sorted(days_ago(1, 330) for _ in range(rng.choice([1, 1, 2, 3])))
    if profile == "lapsed":
        return sorted(days_ago(600, 2400) for _ in range(rng.randint(1, 7)))
    if profile == "major":
        return sorted(days_ago(1, 2200) for _ in range(rng.randint(4, 12)))
    return sorted([days_ago(400, 2200) for _ in range(rng.randint(1, 6))]
                  + [days_ago(1, 500) for _ in range(rng.randint(1, 3))])


def _gifts(ctx: DemoContext, profiles: dict[int, str], partner: dict[int, int],
           stamp: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    rng, today = ctx.rng, ctx.today
    gifts: list[dict[str, Any]] = []
    credits: list[dict[str, Any]] = []
    schedules: list[dict[str, Any]] = []
    voided_at = datetime.combine(today, datetime.min.time(), tzinfo=UTC)

    def add(donor_id: int, amount: Decimal, day: date, method: str, *, schedule_id: int | None = None,
            appeal: str | None = None) -> dict[str, Any]:
        gift_id = len(gifts) + 1
        in_kind = method == "in_kind"
        gala = appeal is None and rng.random() < 0.03
        recent = (today - day).days < 12
        row = {
            "id": gift_id, "donor_id": donor_id, "amount": amount, "currency": ctx.currency, "gift_date": day,
            "fund": rng.choice(_FUNDS), "appeal_code": (f"GALA{day.year % 100:02d}" if gala else
                                                         appeal if appeal is not None else
                                                         _appeal(day) if rng.random() < 0.7 else ""),
            "method": method, "in_kind_description": "Laptops for the homework club" if in_kind else "",
            "advantage_description": "Gala dinner ticket" if gala else "",
            "advantage_value": Decimal("60.00") if gala and amount > Decimal("60.00") else Decimal("0.00"),
            "reference": "", "note": "",
            "thanked_on": None if recent and rng.random() < 0.6 else min(day + timedelta(days=rng.randint(1, 21)),
                                                                             today),
            "schedule_id": schedule_id, "replaces_gift_id": None, "batch_label": "",
            "voided_at": None, "voided_by_id": None, "void_reason": "", **stamp,
        }
        if row["advantage_description"] == "Gala dinner ticket" and row["advantage_value"] == 0:
            row["advantage_description"] = ""
        if rng.random() < 0.008:
            row.update(voided_at=voided_at, voided_by_id=stamp["updated_by_id"],
                       void_reason=rng.choice(_VOID_REASONS))
        gifts.append(row)
        return row

    for donor_id, profile in profiles.items():
        for day in _gift_dates(rng, profile, today):
            major = profile == "major" and rng.random() < 0.5
            amount = Decimal(rng.choice(_MAJOR_AMOUNTS if major else _AMOUNTS))
            method = "in_kind" if rng.random() < 0.006 else rng.choice(_METHODS)
            gift = add(donor_id, amount, day, method)
            if donor_id in partner and rng.random() < 0.3:
                credits.append({"id": len(credits) + 1, "gift_id": gift["id"], "donor_id": partner[donor_id],
                                "amount": amount, "note": "Joint gift", **stamp})
        if profile == "regular" and rng.random() < 0.08:
            start = today - timedelta(days=rng.randint(40, 700))
            amount = Decimal(rng.choice(["10.00", "15.00", "20.00", "25.00"]))
            schedule_id = len(schedules) + 1
            schedules.append(_schedule(schedule_id, donor_id, "recurring", amount, None, Frequency.MONTHLY, start,
                                       stamp, ctx.currency))
            paid = occurrences(Frequency.MONTHLY, start, today)
            # The latest instalment or two are often still in the post.
            for day in paid[: len(paid) - rng.choice([0, 0, 1, 2])]:
                add(donor_id, amount, day, "direct_debit", schedule_id=schedule_id, appeal="")
        if profile == "major" and rng.random() < 0.3:
            start = today - timedelta(days=rng.randint(30, 500))
            schedule_id = len(schedules) + 1
            schedules.append(_schedule(schedule_id, donor_id, "pledge", Decimal("1250.00"), Decimal("5000.00"),
                                       Frequency.QUARTERLY, start, stamp, ctx.currency))
            due = occurrences(Frequency.QUARTERLY, start, today)[:4]
            for day in due[: max(0, len(due) - rng.choice([0, 1]))]:
                add(donor_id, Decimal("1250.00"), day, "bank_transfer", schedule_id=schedule_id, appeal="CAPITAL")
    return gifts, credits, schedules


def _schedule(schedule_id: int, donor_id: int, kind: str, amount: Decimal, total: Decimal | None, rule: str,
              start: date, stamp: dict[str, Any], currency: str) -> dict[str, Any]:
    return {"id": schedule_id, "donor_id": donor_id, "kind": kind, "amount": amount, "currency": currency,
            "pledged_total": total, "rrule": rule, "starts_on": start, "ends_on": None, "fund": "General",
            "appeal_code": "CAPITAL" if kind == "pledge" else "", "method": "direct_debit" if kind == "recurring"
            else "bank_transfer", "status": "active", "cancelled_reason": "", **stamp}


def _receipts(ctx: DemoContext, donors: list[dict[str, Any]], gifts: list[dict[str, Any]],
              stamp: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Annual receipts for last year's gifts (most donors), and single-gift receipts for this
    year's larger gifts; one demo receipt was voided and reissued."""
    rng, today = ctx.rng, ctx.today
    last_year = today.year - 1
    by_donor: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for gift in gifts:
        if gift["voided_at"] is None:
            by_donor[gift["donor_id"]].append(gift)
    donor_rows = {d["id"]: d for d in donors}
    receipts: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []

    def issue(donor_id: int, covered: list[dict[str, Any]], kind: str, issued_on: date,
              replaces: int | None = None) -> dict[str, Any]:
        donor = donor_rows[donor_id]
        number = len(receipts) + 1
        eligible = [g["amount"] - g["advantage_value"] for g in covered]
        row = {"id": number, "number": number, "donor_id": donor_id, "kind": kind,
               "tax_year": last_year if kind == "year" else None, "style": ctx.receipt_style, "issued_on": issued_on,
               "issued_by_id": stamp["updated_by_id"], "currency": ctx.currency,
               "total": sum((g["amount"] for g in covered), Decimal("0.00")),
               "eligible_total": sum(eligible, Decimal("0.00")),
               "donor_name": donor["organisation_name"] or f"{donor['first_name']} {donor['last_name']}",
               "donor_address": "\n".join(address_lines(*(donor[k] for k in _ADDRESS))),
               "replaces_receipt_id": replaces, "voided_at": None, "voided_by_id": None, "void_reason": "",
               **stamp}
        receipts.append(row)
        links.extend({"id": len(links) + 1, "receipt_id": number, "gift_id": g["id"], "eligible_amount": e}
                     for g, e in zip(covered, eligible, strict=True))
        return row

    january = date(today.year, 1, rng.randint(10, 25))
    year_of: Callable[[date], int] = lambda day: day.year  # noqa: E731
    if ctx.receipt_style == "UK":
        # A UK charity's annual acknowledgement covers the last tax year (6 April to 5 April).
        last_year = tax_year_of(today) - 1
        january = min(date(last_year + 1, 4, rng.randint(10, 25)), today)
        year_of = tax_year_of
    for donor_id, given in by_donor.items():
        previous = [g for g in given if year_of(g["gift_date"]) == last_year
                    and g["amount"] > g["advantage_value"]]
        if previous and rng.random() < 0.85:
            issue(donor_id, previous, "year", january)
        for gift in given:
            if (gift["gift_date"].year == today.year and gift["amount"] >= Decimal("250.00")
                    and gift["amount"] > gift["advantage_value"] and rng.random() < 0.7):
                issue(donor_id, [gift], "gift", min(gift["gift_date"] + timedelta(days=7), today))
    if receipts:
        # The wrong address was printed on the first receipt: voided and reissued.
        first = receipts[0]
        first.update(voided_at=datetime.combine(january, datetime.min.time(), tzinfo=UTC),
                     voided_by_id=stamp["updated_by_id"], void_reason="Wrong address printed")
        covered_ids = {link["gift_id"] for link in links if link["receipt_id"] == first["id"]}
        issue(first["donor_id"], [g for g in gifts if g["id"] in covered_ids], first["kind"],
              january + timedelta(days=3), replaces=first["id"])
    return receipts, links


def _summarise(donors: list[dict[str, Any]], gifts: list[dict[str, Any]]) -> None:
    rows = {d["id"]: d for d in donors}
    for gift in gifts:
        if gift["voided_at"] is not None:
            continue
        donor = rows[gift["donor_id"]]
        day, amount = gift["gift_date"], gift["amount"]
        if donor["first_gift_on"] is None or day < donor["first_gift_on"]:
            donor["first_gift_on"] = day
        if donor["last_gift_on"] is None or day > donor["last_gift_on"]:
            donor["last_gift_on"] = day
        donor["gift_count"] += 1
        donor["lifetime_total"] += amount
        donor["largest_gift"] = max(donor["largest_gift"], amount)
