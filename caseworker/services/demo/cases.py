"""Demo cases: categories routed to the demo staff, open and finished cases with their timeline.

Cases are opened over the last eighteen months. Old ones are mostly resolved and closed (with an
outcome, the client's verdict and often a satisfaction score, which the statistics read); recent
ones are spread over the open statuses, some waiting on the client with the clock paused, some
escalated, some with a specialist from another team and some handed over. The signed-in demo
user gets a handful of open cases and two handoffs to accept, so My work has something in it.

Every row is built in Python first and written with one bulk insert per table; the business-day
calendar is expanded once, so due dates cost a binary search each.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from caseworker.db.models import Case, CaseCategory, CaseEvent, CaseSpecialist, Handoff
from caseworker.domain.business_days import HOLIDAY_YEARS, BusinessCalendar, public_holidays
from caseworker.services.demo import DemoContext
from caseworker.services.demo.people import STAFF

# name, specialty, target business days, point of contact (username), weight
CATEGORIES = [
    ("Housing", "housing", 15, "priya", 30),
    ("Benefits", "benefits", 10, "sam", 28),
    ("Debt", "debt", 20, "sam", 14),
    ("Health and care", "health", 10, "lena", 12),
    ("Immigration", "immigration", 30, "lena", 6),
    ("General advice", "", 5, "maria", 10),
]
TITLES = {
    "housing": ["Eviction notice", "Rent arrears", "Mould and damp repairs", "Homeless application",
                "Deposit dispute", "Overcrowding", "Housing register application"],
    "benefits": ["Universal Credit claim", "PIP assessment appeal", "Sanction challenge",
                 "Council tax reduction", "Carer's allowance", "Benefit overpayment"],
    "debt": ["Energy arrears", "Payday loan debts", "Bailiff visit", "Debt relief order",
             "Council tax arrears", "Water bill arrears"],
    "health": ["Care assessment request", "GP registration", "Mental health support referral",
               "Hospital discharge support", "Prescription costs"],
    "immigration": ["Visa renewal", "Settled status application", "Right to work check",
                    "Family reunion application"],
    "": ["Form filling", "Letter from the council", "Phone and broadband", "Travel pass application"],
}
NOTES = [
    "Client came in with the letters; copies taken.", "Explained the options and next steps.",
    "Client is anxious about the deadline; agreed to call on Friday.",
    "Gathered income and outgoings for the budget sheet.", "Client brought the tenancy agreement.",
    "Discussed support from the food bank in the meantime.", "Client asked for a female worker.",
    "Wrote to the landlord asking for a repair schedule.", "Filled in the application form together.",
]
CALLS = ["Called the council housing team; they will reply within 10 days.",
         "Called the client to confirm the appointment.", "Left a voicemail for the landlord.",
         "Called the DWP helpline; mandatory reconsideration lodged.",
         "Client called: the bailiffs have written again."]
VISITS = ["Home visit: damp in two rooms, photos taken.", "Visited with an interpreter.",
          "Home visit: client well, paperwork sorted."]
OUTCOMES = ["Claim awarded and backdated.", "Repairs completed by the landlord.",
            "Debt relief order approved.", "Rehoused in a two-bedroom flat.", "Appeal won at tribunal.",
            "Payment plan agreed with creditors.", "Referred on to a specialist agency.",
            "Client withdrew; no further action.", "Application submitted and confirmed."]
ESCALATION_REASONS = ["Deadline within a week and no reply from the council.",
                      "Needs a senior adviser: tribunal hearing.", "Safeguarding concern raised."]
RETURN_REASONS = ["On leave next week.", "Caseload full this month."]
OPEN_STATUSES = ["new", "assigned", "in_progress", "in_progress", "in_progress", "waiting", "waiting",
                 "escalated"]


@dataclass(frozen=True)
class Weighted:
    """A weighted choice with its cumulative weights computed once (``rng.choices`` redoes them)."""

    values: tuple[Any, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, values: list[Any], weights: list[float]) -> Weighted:
        return cls(tuple(values), tuple(accumulate(weights)))

    def pick(self, rng: Any) -> Any:
        return self.values[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


PRIORITY = Weighted.of(["low", "normal", "high", "urgent"], [15, 60, 20, 5])
ENTRY_KIND = Weighted.of(["note", "call", "visit"], [5, 3, 1])
ACCEPTABLE = Weighted.of(["yes", "partly", "no"], [70, 20, 10])
SATISFACTION = Weighted.of([1, 2, 3, 4, 5], [3, 7, 20, 40, 30])
CATEGORY = Weighted.of(list(range(len(CATEGORIES))), [c[4] for c in CATEGORIES])


def populate(ctx: DemoContext) -> None:
    client_ids: list[int] = ctx.extra.get("client_ids", [])
    if not client_ids:
        return
    rng = ctx.rng
    users = ctx.users
    specialists: dict[str, list[int]] = {}
    for username, _name, roles, _team, specialties in STAFF:
        if "caseworker" in roles and username in users:
            for sp in specialties:
                specialists.setdefault(sp, []).append(users[username])
    workers = ctx.staff.get("caseworker", []) or ctx.staff.get("manager", [])
    demo_user = users.get("demo")
    now = datetime.combine(ctx.today, time(17), UTC)

    categories = []
    for cid, (name, specialty, target, poc, _w) in enumerate(CATEGORIES, start=1):
        categories.append({"id": cid, "name": name, "description": "", "target_days": target,
                           "specialty": specialty, "point_of_contact_id": users.get(poc), "team_id": None,
                           "active": True, "created_at": now, "updated_at": now, "version": 1,
                           "updated_by_id": demo_user})
    ctx.bulk_insert(CaseCategory.__table__, categories)

    # The same public holidays the cases' clock counts for the demo organisation's country.
    calendar = BusinessCalendar.covering(
        public_holidays(ctx.country or "", ctx.today.year - HOLIDAY_YEARS, ctx.today.year + HOLIDAY_YEARS),
        ctx.today - timedelta(days=600), ctx.today)
    count = ctx.count(400, 150_000)
    cases: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    handoffs: list[dict[str, Any]] = []
    specialists_rows: list[dict[str, Any]] = []
    event_id = 0
    demo_cases = 0

    def event(case_id: int, client_id: int, kind: str, day: date, author: int | None, text: str = "",
              data: dict[str, Any] | None = None) -> None:
        nonlocal event_id
        event_id += 1
        at = datetime.combine(day, time(9 + event_id % 8, (event_id * 7) % 60), UTC)
        events.append({"id": event_id, "case_id": case_id, "client_id": client_id, "kind": kind, "at": at,
                       "author_id": author, "text": text, "data": data or {}, "edited": False,
                       "created_at": at, "updated_at": at, "version": 1, "updated_by_id": author})

    for case_id in range(1, count + 1):
        client_id = client_ids[(case_id * 7919) % len(client_ids)] if case_id > len(client_ids) \
            else client_ids[case_id - 1]
        cat_index = CATEGORY.pick(rng)
        _name, specialty, target, poc, _w = CATEGORIES[cat_index]
        # A steady flow of new cases on top of eighteen months of history.
        age = rng.randint(0, 45) if rng.random() < 0.3 else int(rng.triangular(0, 540, 30))
        opened = ctx.today - timedelta(days=age)
        pool = specialists.get(specialty) or ([users[poc]] if poc in users else workers)
        assignee: int | None = rng.choice(pool)
        status = _status_for(rng, age / (target * 1.4))
        if status == "new":
            assignee = None
        elif demo_user and demo_cases < ctx.count(8, 12) and age < 40 and status not in ("closed", "resolved") \
                and rng.random() < 0.35:
            assignee = demo_user
            demo_cases += 1
        # The Housing team is short-handed: one housing case in five overflows to Sam in Advice, who
        # is no housing specialist and resolves them more slowly (Insight's team breakdown of
        # housing cases shows it). Chosen by number, so the random sequence is not disturbed.
        overflow = (specialty == "housing" and assignee is not None and assignee != demo_user
                    and case_id % 5 == 0 and "sam" in users)
        if overflow:
            assignee = users["sam"]
        opener = assignee or rng.choice(workers)
        row: dict[str, Any] = {
            "id": case_id, "client_id": client_id, "category_id": cat_index + 1,
            "title": rng.choice(TITLES[specialty]),
            "priority": PRIORITY.pick(rng),
            "status": status, "assignee_id": assignee, "opened_by_id": opener, "opened_on": opened,
            "target_days": target, "paused_days": 0, "waiting_on": "", "waiting_since": None,
            "escalation_level": 0, "outcome": "", "resolved_alone": None, "acceptable": None,
            "satisfaction": None, "resolved_on": None, "closed_on": None,
            "created_at": datetime.combine(opened, time(9), UTC), "updated_at": now, "version": 1,
            "updated_by_id": opener,
        }
        event(case_id, client_id, "status", opened, opener, "",
              {"to": "assigned" if assignee else "new", "opened": True, "assignee_id": assignee})
        day = opened
        finished = status in ("resolved", "closed")
        # Old finished cases carry a shorter timeline: they are most of the rows and rarely read.
        for _ in range(rng.choice((1, 1, 2) if finished else (1, 2, 3))):
            day = min(ctx.today, day + timedelta(days=rng.randint(0, 6)))
            kind = ENTRY_KIND.pick(rng)
            text = rng.choice({"note": NOTES, "call": CALLS, "visit": VISITS}[kind])
            event(case_id, client_id, kind, day, assignee or opener, text)
        if status not in ("new", "assigned") and not finished:
            event(case_id, client_id, "status", day, assignee, "", {"from": "assigned", "to": "in_progress"})
        if rng.random() < 0.05 and assignee:
            expert = rng.choice([w for w in workers if w != assignee] or workers)
            specialists_rows.append({"id": len(specialists_rows) + 1, "case_id": case_id, "user_id": expert,
                                     "note": "Second opinion", "involved_at": datetime.combine(day, time(11), UTC),
                                     "created_at": now, "updated_at": now, "version": 1, "updated_by_id": assignee})
            event(case_id, client_id, "specialist", day, assignee, "Second opinion", {"user_id": expert})
        if (status == "escalated" or rng.random() < 0.06) and status != "new":
            row["escalation_level"] = 1 if rng.random() < 0.8 else 2
            for level in range(1, row["escalation_level"] + 1):
                event(case_id, client_id, "escalation", day, assignee, rng.choice(ESCALATION_REASONS),
                      {"from": "in_progress", "to": "escalated", "level": level})
        if rng.random() < 0.06 and assignee and status != "new":
            _handoff(ctx, handoffs, event, row, day, workers, now)
        if status == "waiting":
            on = "client" if rng.random() < 0.6 else "third_party"
            since = max(opened, ctx.today - timedelta(days=rng.randint(0, 12)))
            row.update(waiting_on=on, waiting_since=since)
            event(case_id, client_id, "status", since, assignee, "", {"from": "in_progress", "to": "waiting",
                                                                     "waiting_on": on})
        paused = 0
        if rng.random() < 0.15 and status != "new":
            paused = rng.randint(1, 8)  # an earlier wait on the client, since finished
        row["paused_days"] = paused
        if status in ("resolved", "closed"):
            _resolve(rng, row, event, calendar, ctx.today, assignee, slow=1.5 if overflow else 1.0)
        extra = paused
        if row["waiting_on"] == "client":
            extra += calendar.between(row["waiting_since"], ctx.today)
        row["due_on"] = calendar.add(opened, target + extra)
        cases.append(row)

    if demo_user:
        _handoffs_to(ctx, cases, handoffs, event, demo_user, now)
    ctx.bulk_insert(Case.__table__, cases)
    ctx.bulk_insert(Handoff.__table__, handoffs)
    ctx.bulk_insert(CaseSpecialist.__table__, specialists_rows)
    ctx.bulk_insert(CaseEvent.__table__, events)
    ctx.extra["case_ids"] = [c["id"] for c in cases]


def _status_for(rng: random.Random, elapsed: float) -> str:
    """A plausible status for a case *elapsed* times its target time old: most cases finish
    around their target, a few linger well past it."""
    open_share = 0.88 if elapsed < 0.8 else 0.4 if elapsed < 1.6 else 0.08 if elapsed < 4 else 0.015
    if rng.random() < open_share:
        return rng.choice(OPEN_STATUSES if elapsed < 0.8 else OPEN_STATUSES[1:])
    return "closed" if elapsed > 0.5 and rng.random() < 0.85 else "resolved"


def _resolve(rng: Any, row: dict[str, Any], event: Any, calendar: BusinessCalendar, today: date,
             assignee: int | None, *, slow: float = 1.0) -> None:
    opened: date = row["opened_on"]
    # Most cases are resolved around their target, some late.
    took = max(1, int(rng.gauss(row["target_days"] * 0.9 * slow, row["target_days"] * 0.4)))
    resolved = min(calendar.add(opened, took), today)
    row.update(outcome=rng.choice(OUTCOMES), resolved_alone=rng.random() < 0.78,
               acceptable=ACCEPTABLE.pick(rng),
               satisfaction=None if rng.random() < 0.3 else SATISFACTION.pick(rng),
               resolved_on=resolved)
    event(row["id"], row["client_id"], "status", resolved, assignee, row["outcome"],
          {"from": "in_progress", "to": "resolved", "resolved_alone": row["resolved_alone"],
           "acceptable": row["acceptable"], "satisfaction": row["satisfaction"]})
    if row["status"] == "closed":
        row["closed_on"] = min(today, resolved + timedelta(days=rng.randint(0, 14)))
        event(row["id"], row["client_id"], "status", row["closed_on"], assignee, "",
              {"from": "resolved", "to": "closed"})


def _handoff(ctx: DemoContext, handoffs: list[dict[str, Any]], event: Any, row: dict[str, Any], day: date,
             workers: list[int], now: datetime) -> None:
    """An earlier worker handed the case to its present one (accepted), or one was returned."""
    rng = ctx.rng
    giver = rng.choice([w for w in workers if w != row["assignee_id"]] or workers)
    returned = rng.random() < 0.15
    at = datetime.combine(day, time(10), UTC)
    state = "returned" if returned else "accepted"
    handoffs.append({"id": len(handoffs) + 1, "case_id": row["id"],
                     "from_user_id": row["assignee_id"] if returned else giver,
                     "to_user_id": giver if returned else row["assignee_id"],
                     "note": "Handing over: client prefers morning calls.", "state": state,
                     "reason": rng.choice(RETURN_REASONS) if returned else "", "offered_at": at,
                     "decided_at": at + timedelta(hours=3), "created_at": at, "updated_at": at,
                     "version": 2, "updated_by_id": row["assignee_id"]})
    h = handoffs[-1]
    data = {"handoff_id": h["id"], "from_user_id": h["from_user_id"], "to_user_id": h["to_user_id"]}
    event(row["id"], row["client_id"], "handoff", day, h["from_user_id"], h["note"], data | {"state": "offered"})
    event(row["id"], row["client_id"], "handoff", day, h["to_user_id"], h["reason"], data | {"state": state})


def _handoffs_to(ctx: DemoContext, cases: list[dict[str, Any]], handoffs: list[dict[str, Any]], event: Any,
                 demo_user: int, now: datetime) -> None:
    """Two recent open cases offered to the demo user, waiting in their My work."""
    offered = 0
    for row in reversed(cases):
        if offered == 2:
            break
        if row["status"] in ("assigned", "in_progress") and row["assignee_id"] not in (None, demo_user):
            at = now - timedelta(hours=3 + offered)
            handoffs.append({"id": len(handoffs) + 1, "case_id": row["id"], "from_user_id": row["assignee_id"],
                             "to_user_id": demo_user, "note": "Could you take this one? The client asked for you.",
                             "state": "pending", "reason": "", "offered_at": at, "decided_at": None,
                             "created_at": at, "updated_at": at, "version": 1, "updated_by_id": row["assignee_id"]})
            event(row["id"], row["client_id"], "handoff", ctx.today, row["assignee_id"], handoffs[-1]["note"],
                  {"handoff_id": handoffs[-1]["id"], "from_user_id": row["assignee_id"], "to_user_id": demo_user,
                   "state": "offered"})
            offered += 1
