"""Demo funders, grant applications at every stage, and meetings: series and one-offs.

Applications have checklists, key dates relative to "today", quarterly report rules, budgets and
spending (some of it linked to paid aid disbursements). Meetings include a weekly team meeting, a
fortnightly supervision, trustees on the 2nd Tuesday, a month-end review on the last day of the
month, stewardship visits with donors and casework meetings with clients; past occurrences have
minutes, decisions and action items that show in their owners' My work.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from caseworker.db.base import utcnow
from caseworker.db.models import (
    ActionItem,
    AgendaItem,
    DecisionVote,
    Disbursement,
    Funder,
    FunderContact,
    FunderProgramme,
    GrantApplication,
    GrantBudgetLine,
    GrantDocument,
    GrantOutcome,
    GrantSpending,
    GrantTarget,
    Meeting,
    MeetingAttendee,
    MeetingDecision,
    MeetingException,
    MeetingQuorum,
    OrgSetting,
    Touchpoint,
)
from caseworker.domain.channels import Channel, as_touchpoint
from caseworker.domain.grants import Stage
from caseworker.domain.recurrence import Frequency, MonthlyBy, SeriesRule, last_start, occurrences, to_utc
from caseworker.services.demo import DemoContext
from caseworker.services.demo.people import STAFF
from caseworker.services.demo.places import places_of

_FUNDERS = [
    ("Northern Community Trust", ["Community Fund", "Small Grants"]),
    ("The Hartley Foundation", ["Poverty Relief", "Advice Services"]),
    ("City Council", ["Voluntary Sector Grants", "Hardship Fund"]),
    ("National Lottery Community Fund", ["Awards for All", "Reaching Communities"]),
    ("Greenway Charitable Trust", ["Housing Support"]),
    ("Riverside Rotary Club", ["Local Causes"]),
    ("The Morgan Family Foundation", ["Families in Crisis", "Youth"]),
    ("Health Partnership Board", ["Wellbeing Grants"]),
]
_PURPOSES = ["Advice line staffing", "Emergency hardship payments", "Housing caseworker post",
             "Debt advice outreach", "Food bank partnership", "Interpreting costs", "Volunteer training",
             "Winter fuel support", "Digital inclusion laptops", "Benefits appeals project"]
_DOCUMENTS = ["Budget", "Annual accounts", "Safeguarding policy", "Project plan", "Letters of support",
              "Equal opportunities policy"]
_BUDGET = [("Staff", Decimal("0.55")), ("Rent and overheads", Decimal("0.15")), ("Client aid", Decimal("0.20")),
           ("Training", Decimal("0.05"))]
_CONTACTS = ["Helen Marsh", "Raj Patel", "Tom O'Neill", "Grace Obi", "Lisa Chen", "Mark Evans"]
_AGENDA = ["Apologies and minutes of the last meeting", "Open cases needing a decision", "Safeguarding",
           "Funding update", "Any other business"]
_DECISIONS = ["Adopt the revised intake form from next month.", "Ask the council for a meeting about arrears.",
              "Move the drop-in to Thursday mornings.", "Recruit two more volunteers for the advice line."]
_ACTIONS = ["Circulate the minutes", "Update the referral list", "Chase the funder for the decision",
            "Book the interpreter", "Draft the quarterly report", "Call the landlord", "Check the budget lines",
            "Send the safeguarding policy to the trustees"]
# (stage, how many of each 12 applications)
_STAGE_MIX = [(Stage.PROSPECT, 2), (Stage.DRAFTING, 2), (Stage.SUBMITTED, 2), (Stage.AWARDED, 1),
              (Stage.REPORTING, 2), (Stage.DECLINED, 1), (Stage.WITHDRAWN, 1), (Stage.CLOSED, 1)]


_OUTCOMES = [("Households kept in their homes", 0.3), ("Debts written off or made manageable", 0.2),
             ("People back in work or training", 0.1), ("Benefit claims won on appeal", 0.15),
             ("People who feel more confident managing money", 0.4)]
_PROGRESS = [
    "Demand rose through the winter; we added an evening advice session and cut the wait for a first "
    "appointment to five working days.",
    "Referrals from the housing team doubled. Two volunteers completed their advice training and now run the "
    "Tuesday drop-in.",
    "We met most of our targets for the period. Fewer people came to us through the employment services than "
    "planned, so we now hold a weekly session there.",
]


def populate(ctx: DemoContext) -> None:
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "version": 1, "updated_by_id": ctx.users.get("demo")}
    zone_name = _org_zone(ctx)
    funder_ids, programme_ids = _funders(ctx, stamp)
    _grants(ctx, stamp, funder_ids, programme_ids)
    _meetings(ctx, stamp, zone_name)


def _org_zone(ctx: DemoContext) -> str:
    raw = ctx.conn.execute(select(OrgSetting.value).where(OrgSetting.key == "timezone")).scalar_one_or_none()
    return json.loads(raw) if raw else "UTC"


def _funders(ctx: DemoContext, stamp: dict[str, Any]) -> tuple[list[int], dict[int, list[int]]]:
    funders: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    programmes: list[dict[str, Any]] = []
    places = places_of(ctx.country)
    programme_ids: dict[int, list[int]] = {}
    for i, (name, progs) in enumerate(_FUNDERS, start=1):
        slug = name.lower().replace(" ", "").replace("'", "")[:20]
        funders.append({"id": i, "name": name, "website": f"https://{slug}.example.org", "email": f"grants@{slug}.example.org",
                        "phone": places.office_phone(40 + i), "notes": "", "active": True, **stamp})
        contacts.append({"id": i, "funder_id": i, "name": _CONTACTS[i % len(_CONTACTS)], "role": "Grants officer",
                         "email": f"officer@{slug}.example.org", "phone": "", "active": True, **stamp})
        for name_p in progs:
            pid = len(programmes) + 1
            programmes.append({"id": pid, "funder_id": i, "name": name_p, "description": "", "active": True, **stamp})
            programme_ids.setdefault(i, []).append(pid)
    ctx.bulk_insert(Funder.__table__, funders)
    ctx.bulk_insert(FunderContact.__table__, contacts)
    ctx.bulk_insert(FunderProgramme.__table__, programmes)
    return [f["id"] for f in funders], programme_ids


def _grants(ctx: DemoContext, stamp: dict[str, Any], funder_ids: list[int], programme_ids: dict[int, list[int]]) -> None:
    rng, today = ctx.rng, ctx.today
    owners = ctx.staff.get("fundraiser", []) + ctx.staff.get("manager", [])
    client_ids: list[int] = ctx.extra.get("client_ids", [])
    paid = list(ctx.conn.execute(select(Disbursement.id, Disbursement.amount, Disbursement.disbursed_on)
                                 .where(Disbursement.status == "paid", Disbursement.currency == ctx.currency)
                                 .order_by(Disbursement.id).limit(40)))
    stages = [stage for stage, n in _STAGE_MIX for _ in range(n)]
    grants: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    spending: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    for gid in range(1, ctx.count(24, 240) + 1):
        stage = stages[(gid - 1) % len(stages)]
        funder = rng.choice(funder_ids)
        requested = Decimal(rng.randrange(20, 400) * 250).quantize(Decimal("0.01"))
        funded = stage in (Stage.AWARDED, Stage.REPORTING, Stage.CLOSED)
        awarded = (requested * Decimal(rng.choice(["1", "0.9", "0.75"]))).quantize(Decimal("0.01")) if funded else None
        # Applications not yet sent have their deadline ahead; the rest were sent before it.
        deadline = today + timedelta(days=rng.randrange(3, 75) if stage in (Stage.PROSPECT, Stage.DRAFTING)
                                     else -rng.randrange(10, 200))
        period_start = deadline + timedelta(days=90) if funded else None
        if funded and stage is not Stage.CLOSED:
            period_start = today - timedelta(days=rng.randrange(30, 300))
            # Applied for before the grant began, and decided before it did.
            deadline = period_start - timedelta(days=rng.randrange(75, 150))
        period_end = period_start + timedelta(days=364) if period_start else None
        # The first report covers at least two months of work.
        quarter_end = _quarter_end(period_start + timedelta(days=60)) if period_start else None
        decision = deadline + timedelta(days=rng.randrange(30, 60 if funded else 90))
        if funded and stage is not Stage.CLOSED:
            changed = datetime.combine(min(decision, today), time(12), UTC) - timedelta(days=rng.randrange(0, 10))
        else:
            changed = datetime.combine(today, time(12), UTC) - timedelta(days=rng.randrange(1, 40))
        grants.append({
            "id": gid, "funder_id": funder, "programme_id": rng.choice(programme_ids[funder]),
            "client_id": rng.choice(client_ids) if client_ids and gid % 9 == 0 else None,
            "owner_id": rng.choice(owners) if owners else None,
            "title": f"{rng.choice(_PURPOSES)} {2026 + gid % 2}", "purpose": "To fund the work described in the plan.",
            "currency": ctx.currency, "requested": requested, "awarded": awarded, "stage": stage.value,
            "stage_changed_at": changed,
            "submission_deadline": deadline,
            "submitted_on": deadline - timedelta(days=2) if stage not in (Stage.PROSPECT, Stage.DRAFTING) else None,
            "decision_expected": decision,
            "period_start": period_start, "period_end": period_end,
            "report_first_due": quarter_end, "report_rule": "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;COUNT=4" if funded else "",
            "notes": "", **stamp,
        })
        submitted = stage not in (Stage.PROSPECT, Stage.DRAFTING)
        for pos, name in enumerate(rng.sample(_DOCUMENTS, 4)):
            documents.append({"id": len(documents) + 1, "grant_id": gid, "position": pos, "name": name,
                              "required": pos < 3, "done": submitted or rng.random() < 0.4, **stamp})
        if awarded is not None:
            # What the application promised: a funder's report sets what was reached against it.
            people = int(awarded // 250) or 1
            targets.append({"id": len(targets) + 1, "grant_id": gid, "people_served": people,
                            "new_people": people // 2, "cases_resolved": int(people * 0.8),
                            "aid_payments": None if gid % 2 else people // 3,
                            "demographics": rng.choice(["age,language", "age,area", "age,language,area"]),
                            "narrative": rng.choice(_PROGRESS), **stamp})
            for pos, (name, share) in enumerate(rng.sample(_OUTCOMES, 2)):
                aim = max(1, int(people * share))
                outcomes.append({"id": len(outcomes) + 1, "grant_id": gid, "position": pos, "name": name,
                                 "target": aim, "achieved": rng.randrange(0, aim + 1) if funded else None, **stamp})
            for pos, (category, part) in enumerate(_BUDGET):
                line_id = len(lines) + 1
                budget = (awarded * part).quantize(Decimal("0.01"))
                lines.append({"id": line_id, "grant_id": gid, "position": pos, "category": category,
                              "amount": budget, **stamp})
                spent = Decimal("0.00")
                if category == "Client aid":
                    while paid and spent + paid[-1][1] <= budget and rng.random() < 0.8:
                        did, amount, on = paid.pop()
                        spending.append(_spend(len(spending) + 1, gid, line_id, on, amount, "Hardship payment",
                                               did, stamp))
                        spent += amount
                    continue
                for month in range(rng.randrange(1, 6)):
                    amount = (budget * Decimal(rng.choice(["0.08", "0.1", "0.12"]))).quantize(Decimal("0.01"))
                    if spent + amount > budget:
                        break
                    on = (period_start or today) + timedelta(days=30 * month + 5)
                    spending.append(_spend(len(spending) + 1, gid, line_id, min(on, today), amount,
                                           f"{category} — month {month + 1}", None, stamp))
                    spent += amount
    ctx.bulk_insert(GrantApplication.__table__, grants)
    ctx.bulk_insert(GrantDocument.__table__, documents)
    ctx.bulk_insert(GrantBudgetLine.__table__, lines)
    ctx.bulk_insert(GrantSpending.__table__, spending)
    ctx.bulk_insert(GrantTarget.__table__, targets)
    ctx.bulk_insert(GrantOutcome.__table__, outcomes)


def _spend(sid: int, gid: int, line_id: int, on: date, amount: Decimal, text: str, did: int | None,
           stamp: dict[str, Any]) -> dict[str, Any]:
    return {"id": sid, "grant_id": gid, "budget_line_id": line_id, "spent_on": on, "amount": amount,
            "description": text, "disbursement_id": did, "voided": False, "void_reason": "", **stamp}


def _quarter_end(day: date) -> date:
    month = ((day.month - 1) // 3 + 1) * 3
    following = date(day.year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


class _Meetings:
    """Accumulates rows for every meeting table, ids assigned in order."""

    def __init__(self, stamp: dict[str, Any]) -> None:
        self.stamp = stamp
        self.rows: dict[str, list[dict[str, Any]]] = {k: [] for k in
                                                      ("meetings", "exceptions", "attendees", "agenda", "decisions", "actions",
                                                       "touchpoints", "votes", "quorums")}

    def add(self, **values: Any) -> int:
        mid = len(self.rows["meetings"]) + 1
        row = {"id": mid, "location": "", "organiser_id": None, "rule": "", "series_ends_at": None, "series_id": None,
               "recurrence_id": None, "description": "", "minutes": "", "donor_purpose": "update", "cancelled": False,
               "cancel_reason": "", "channel": "in_person", **self.stamp}
        row.update(values)
        self.rows["meetings"].append(row)
        return mid

    def attendee(self, mid: int, kind: str, attendance: str = "invited", **ref: Any) -> None:
        row = {"id": len(self.rows["attendees"]) + 1, "meeting_id": mid, "kind": kind, "user_id": None,
               "client_id": None, "donor_id": None, "name": "", "organisation": "", "attendance": attendance, **self.stamp}
        row.update(ref)
        self.rows["attendees"].append(row)

    def agenda(self, mid: int, titles: list[str]) -> None:
        for pos, title in enumerate(titles):
            self.rows["agenda"].append({"id": len(self.rows["agenda"]) + 1, "meeting_id": mid, "position": pos,
                                        "title": title, "presenter": "", "notes": "", **self.stamp})

    def decision(self, mid: int, text: str, pos: int) -> None:
        self.rows["decisions"].append({"id": len(self.rows["decisions"]) + 1, "meeting_id": mid, "position": pos,
                                       "text": text, **self.stamp})

    def action(self, mid: int, text: str, owner: int, due: date, done: bool) -> None:
        self.rows["actions"].append({"id": len(self.rows["actions"]) + 1, "meeting_id": mid, "text": text,
                                     "owner_id": owner, "due_on": due, "done": done,
                                     "done_at": datetime.combine(due, time(12), UTC) if done else None, **self.stamp})

    def touch(self, mid: int, donor_id: int, when: datetime, channel: str, staff: int, held: bool) -> None:
        """A meeting with a donor is a touchpoint: done once held, planned before."""
        self.rows["touchpoints"].append({
            "donor_id": donor_id, "when": when, "channel": channel, "purpose": "update",
            "status": "done" if held else "planned", "staff_id": staff, "notes": "", "campaign": "",
            "meeting_id": mid, "override_by_id": None, "override_reason": "", "cancelled_reason": "", **self.stamp})

    def exception(self, mid: int, key: datetime) -> None:
        self.rows["exceptions"].append({"id": len(self.rows["exceptions"]) + 1, "meeting_id": mid,
                                        "original_start": key, "created_by_id": self.stamp["updated_by_id"]})


def _meetings(ctx: DemoContext, stamp: dict[str, Any], zone_name: str) -> None:
    rng, today = ctx.rng, ctx.today
    zone = ZoneInfo(zone_name)
    out = _Meetings(stamp)
    staff = sorted(set(ctx.users.values()))
    caseworkers = ctx.staff.get("caseworker", staff)
    managers = ctx.staff.get("manager", staff)
    fundraisers = ctx.staff.get("fundraiser", staff)
    demo = ctx.users.get("demo", staff[0])
    monday = today - timedelta(days=today.weekday())
    series_start = monday - timedelta(weeks=26)

    def local(day: date, hour: int, minute: int = 0) -> datetime:
        return to_utc(datetime.combine(day, time(hour, minute)), zone)

    names = {uid: name for username, name, *_rest in STAFF if (uid := ctx.users.get(username)) is not None}

    def series(title: str, rule: SeriesRule, first: datetime, minutes: int, people: list[int], location: str,
               channel: str = "in_person", board: bool = False) -> None:
        # The administrator is also a manager: name each person once however the lists overlap.
        people = list(dict.fromkeys(people))
        end = first + timedelta(minutes=minutes)
        last = last_start(rule, first, zone)
        mid = out.add(title=title, starts_at=first, ends_at=end, timezone=zone_name, channel=channel,
                      location=location, organiser_id=people[0], rule=rule.to_rrule(),
                      series_ends_at=None if last is None else last + timedelta(minutes=minutes))
        for uid in people:
            out.attendee(mid, "staff", user_id=uid)
        out.agenda(mid, _AGENDA[:4])
        past = occurrences(rule, first, end - first, zone, first, datetime.combine(today, time(), UTC))
        if len(past) > 3:
            out.exception(mid, past[len(past) // 2].key)
        # The last few past occurrences were held: each is its own record with minutes and actions.
        for occ in past[-3:]:
            held = out.add(title=title, starts_at=occ.start, ends_at=occ.end, timezone=zone_name, channel=channel,
                           location=location, organiser_id=people[0], series_id=mid, recurrence_id=occ.key,
                           minutes="Discussed the items on the agenda; see decisions and actions.")
            present = []
            for uid in people:
                attendance = rng.choices(["attended", "apologies", "absent"], [85, 10, 5])[0]
                out.attendee(held, "staff", attendance, user_id=uid)
                if attendance == "attended":
                    present.append(uid)
            out.agenda(held, _AGENDA[:4])
            for pos, text in enumerate(rng.sample(_DECISIONS, 2)):
                out.decision(held, text, pos)
                if board and len(present) > 1:
                    # A board's minutes say who proposed and seconded each decision and how those present voted.
                    proposer, seconder = rng.sample(present, 2)
                    against = rng.choice([0, 0, 1]) if len(present) > 2 else 0
                    out.rows["votes"].append({"id": len(out.rows["votes"]) + 1, "meeting_id": held, "decision": text,
                                              "proposer": names.get(proposer, ""), "seconder": names.get(seconder, ""),
                                              "votes_for": len(present) - against, "votes_against": against,
                                              "abstentions": 0, **stamp})
            if board:
                out.rows["quorums"].append({"id": len(out.rows["quorums"]) + 1, "meeting_id": held,
                                            "quorum": max(2, len(people) - 1), **stamp})
            for text in rng.sample(_ACTIONS, 2):
                due = occ.start.date() + timedelta(days=rng.randrange(5, 20))
                out.action(held, text, rng.choice(people), due, due < today - timedelta(days=7))

    everyone = staff
    series("Team meeting", SeriesRule(Frequency.WEEKLY, weekdays=(0,)), local(series_start, 9, 30), 60, everyone,
           "Meeting room 1")
    series("Supervision", SeriesRule(Frequency.WEEKLY, interval=2, weekdays=(2,)),
           local(series_start + timedelta(days=2), 14), 45, [managers[0], *caseworkers[:2]], "Office 2")
    trustees_first = _nth_weekday(series_start.year, series_start.month, 1, 2)
    series("Trustees' meeting", SeriesRule(Frequency.MONTHLY, weekdays=(1,), monthly_by=MonthlyBy.WEEKDAY, week_position=2,
                                           until=today + timedelta(days=365)),
           local(trustees_first, 18), 120, [demo, *managers[:2], *fundraisers[:1], *caseworkers[:1]], "Community hall",
           board=True)
    month_end = date(series_start.year, series_start.month, 1) + timedelta(days=40)
    month_end = month_end.replace(day=1) - timedelta(days=1)
    series("Month-end finance review", SeriesRule(Frequency.MONTHLY, monthly_by=MonthlyBy.LAST_DAY, count=18),
           local(month_end, 16), 60, [demo, fundraisers[0]], "", "video")

    client_ids: list[int] = ctx.extra.get("client_ids", [])
    donor_ids: list[int] = ctx.extra.get("donor_ids", [])
    for n in range(ctx.count(80, 4000)):
        day = today + timedelta(days=rng.randrange(-120, 60))
        if day.weekday() >= 5:
            day -= timedelta(days=2)
        start = local(day, rng.choice([9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 30]))
        minutes = rng.choice([30, 45, 60, 90])
        with_donor = donor_ids and n % 4 == 0
        channel = rng.choice(["in_person", "phone", "video"]) if with_donor else rng.choice(
            ["in_person", "in_person", "phone", "site_visit"])
        worker = rng.choice(fundraisers if with_donor else caseworkers)
        title = "Stewardship visit" if with_donor and channel == "in_person" else (
            "Donor update call" if with_donor else rng.choice(["Case review", "Home visit", "Benefits appointment",
                                                               "Housing options interview", "Follow-up"]))
        held = start < datetime.combine(today, time(), UTC)
        mid = out.add(title=title, starts_at=start, ends_at=start + timedelta(minutes=minutes), timezone=zone_name,
                      channel=channel, location="" if channel in ("phone", "video") else "Advice centre",
                      organiser_id=worker,
                      minutes="Met as planned; next steps agreed." if held and rng.random() < 0.7 else "")
        out.attendee(mid, "staff", "attended" if held else "invited", user_id=worker)
        if with_donor:
            donor_id = rng.choice(donor_ids)
            out.attendee(mid, "donor", "attended" if held else "invited", donor_id=donor_id)
            out.touch(mid, donor_id, start, as_touchpoint(Channel(channel)).value, worker, held)
        elif client_ids:
            out.attendee(mid, "client", rng.choice(["attended", "attended", "absent"]) if held else "invited",
                         client_id=rng.choice(client_ids))
        if n % 7 == 0:
            out.attendee(mid, "external", name=rng.choice(_CONTACTS), organisation="City Council")
        if held and rng.random() < 0.3:
            due = day + timedelta(days=rng.randrange(3, 21))
            out.action(mid, rng.choice(_ACTIONS), worker, due, due < today - timedelta(days=3))

    ctx.bulk_insert(Meeting.__table__, out.rows["meetings"])
    ctx.bulk_insert(MeetingException.__table__, out.rows["exceptions"])
    ctx.bulk_insert(MeetingAttendee.__table__, out.rows["attendees"])
    ctx.bulk_insert(AgendaItem.__table__, out.rows["agenda"])
    ctx.bulk_insert(MeetingDecision.__table__, out.rows["decisions"])
    ctx.bulk_insert(ActionItem.__table__, out.rows["actions"])
    ctx.bulk_insert(DecisionVote.__table__, out.rows["votes"])
    ctx.bulk_insert(MeetingQuorum.__table__, out.rows["quorums"])
    first_id = (ctx.conn.execute(select(func.max(Touchpoint.id))).scalar() or 0) + 1
    ctx.bulk_insert(Touchpoint.__table__, [{"id": first_id + i, **row} for i, row in enumerate(out.rows["touchpoints"])])


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
