"""Demo client care: the organigram's profiles, contact rhythms, tasks and reminders for every role,
and client feedback on some resolved cases.

Each caseworker (and the demo administrator) is key worker for clients with a rhythm, some of them
due or overdue a check-in; each has tasks on their cases and clients (a few overdue, some
repeating, some with a reminder, one reminder already shown), and the fundraisers have tasks on
donors. Housing categories belong to the Housing team, the rest to Advice.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select, update

from caseworker.db.models import (
    Case,
    CaseCategory,
    CaseEvent,
    Client,
    ClientFeedback,
    ContactRhythm,
    Reminder,
    StaffProfile,
    Task,
    Team,
    TeamProfile,
)
from caseworker.services.demo import DemoContext
from caseworker.services.demo.people import STAFF
from caseworker.services.demo.places import places_of

_JOB_TITLES = {"manager": "Service manager", "caseworker": "Advice worker", "fundraiser": "Fundraiser"}
_DAYS = ["mon,tue,wed,thu,fri", "mon,wed,fri", "tue,thu", "mon,tue,wed,thu", ""]
_TIMES = [("10:00", "12:00"), ("09:30", "16:00"), ("14:00", "17:00"), ("", ""), ("11:00", "13:00")]
_CHANNELS = ["phone", "phone", "phone", "sms", "email", "in_person"]
_CASE_TASKS = ["Chase the council for a reply", "Send the benefits form", "Book an interpreter for the visit",
               "Check the tenancy agreement", "Ring the GP surgery", "Copy the ID for the file"]
_CLIENT_TASKS = ["Check in about the payment plan", "Ask how the new flat is going", "Confirm the food bank voucher"]
_DONOR_TASKS = ["Thank for the anniversary gift", "Send the impact report", "Invite to the open day",
                "Confirm the Gift Aid declaration"]
_OWN_TASKS = ["Update the leaflet rack", "Prepare the team meeting", "Renew the office insurance quote"]
_COMMENTS = ["Thank you, you really listened.", "It took too long but it was sorted in the end.",
             "I did not understand the letter you sent.", "Very kind and patient.", ""]


def populate(ctx: DemoContext) -> None:
    conn, rng, users = ctx.conn, ctx.rng, ctx.users
    now = datetime.combine(ctx.today, time(8), UTC)
    stamp = {"created_at": now, "updated_at": now, "version": 1, "updated_by_id": users.get("demo")}
    teams = dict(conn.execute(select(Team.name, Team.id)).all())
    if not teams or not users:
        return
    roles_of = {username: roles for username, _n, roles, _t, _s in STAFF}

    # The organigram: each person's title, phone and hours, and each team's contacts.
    places = places_of(ctx.country)
    profiles = []
    for i, (username, _name, roles, _team, _sp) in enumerate(STAFF, start=1):
        if username not in users:
            continue
        title = next((_JOB_TITLES[r] for r in ("manager", "caseworker", "fundraiser") if r in roles), "")
        part_time = username in ("tom", "lena")
        profiles.append({"id": i, "user_id": users[username], "job_title": title, "phone": places.office_phone(10 + i),
                         "work_days": "mon,tue,wed" if part_time else "mon,tue,wed,thu,fri",
                         "work_from": "09:00", "work_to": "15:00" if part_time else "17:00",
                         "backup_id": users.get({"priya": "tom", "tom": "priya", "sam": "lena", "lena": "sam",
                                                 "joe": "ana", "ana": "joe"}.get(username, "maria")), **stamp})
    ctx.bulk_insert(StaffProfile.__table__, profiles)
    contacts = {"Advice": ("maria", "sam", places.office_phone(1), "advice@example.org"),
                "Housing": ("priya", "tom", places.office_phone(2), "housing@example.org"),
                "Fundraising": ("joe", "ana", places.office_phone(3), "supporters@example.org")}
    ctx.bulk_insert(TeamProfile.__table__, [
        {"id": i, "team_id": teams[name], "point_of_contact_id": users.get(poc), "backup_id": users.get(backup),
         "phone": phone, "email": email, **stamp}
        for i, (name, (poc, backup, phone, email)) in enumerate(contacts.items(), start=1) if name in teams])
    conn.execute(update(CaseCategory).values(team_id=teams.get("Advice")))
    conn.execute(update(CaseCategory).where(CaseCategory.specialty == "housing").values(team_id=teams.get("Housing")))

    # Rhythms for clients with open cases; each case's worker becomes the key worker of a few.
    open_cases = conn.execute(select(Case.id, Case.client_id, Case.assignee_id, Case.category_id)
                              .where(Case.status.not_in(["resolved", "closed", "new"]), Case.assignee_id.is_not(None))
                              .order_by(Case.id)).all()
    rhythms: list[dict[str, Any]] = []
    seen: set[int] = set()
    per_worker: dict[int | None, int] = {}
    limit = ctx.count(12, 400)
    for _case_id, client_id, assignee, _cat in open_cases:
        if client_id in seen or per_worker.get(assignee, 0) >= limit:
            continue
        seen.add(client_id)
        per_worker[assignee] = per_worker.get(assignee, 0) + 1
        best_from, best_to = rng.choice(_TIMES)
        rhythms.append({"id": len(rhythms) + 1, "client_id": client_id, "every_days": rng.choice((7, 14, 14, 28)),
                        "while_case_open": True, "channel": rng.choice(_CHANNELS), "days": rng.choice(_DAYS),
                        "best_from": best_from, "best_to": best_to,
                        "started_on": ctx.today - timedelta(days=rng.randint(20, 90)), "active": True, **stamp})
        conn.execute(update(Client).where(Client.id == client_id).values(key_worker_id=assignee))
    ctx.bulk_insert(ContactRhythm.__table__, rhythms)
    # Most of those clients were in touch lately, by their channel: some check-ins are on rhythm,
    # some due this week, a few overdue.
    case_of = {client: (case_id, assignee) for case_id, client, assignee, _cat in reversed(open_cases)}
    next_id = (conn.execute(select(func.max(CaseEvent.id))).scalar() or 0) + 1
    kinds = {"phone": "call", "in_person": "visit", "sms": "message", "email": "message", "letter": "message"}
    events: list[dict[str, Any]] = []
    for r in rhythms:
        if rng.random() < 0.25:
            continue
        case_id, assignee = case_of[r["client_id"]]
        ago = rng.randint(1, r["every_days"] + 5)
        at = datetime.combine(ctx.today - timedelta(days=ago), time(10 + ago % 6), UTC)
        events.append({"id": next_id + len(events), "case_id": case_id, "client_id": r["client_id"],
                       "kind": kinds[r["channel"]], "at": at, "author_id": assignee,
                       "text": "Checked in: all going to plan.", "data": {"channel": r["channel"]}, "edited": False,
                       "created_at": at, "updated_at": at, "version": 1, "updated_by_id": assignee})
    ctx.bulk_insert(CaseEvent.__table__, events)

    # Tasks for every role, with reminders written as the app writes them.
    tasks: list[dict[str, Any]] = []
    reminders: list[dict[str, Any]] = []

    def task(title: str, assignee: int | None, hours: float, record_type: str = "", record_id: int | None = None,
             *, team_id: int | None = None, priority: str = "normal", rrule: str = "", remind: int | None = None,
             channel: str = "", shown: bool = False) -> None:
        due = now + timedelta(hours=hours)
        tid = len(tasks) + 1
        tasks.append({"id": tid, "title": title, "notes": "", "record_type": record_type, "record_id": record_id,
                      "assignee_id": assignee, "team_id": team_id, "due_at": due, "priority": priority,
                      "status": "open", "rrule": rrule, "series_start": due if rrule else None,
                      "remind_minutes": remind, "channel": channel, "created_by_id": assignee or users.get("maria"),
                      "finished_at": None, **stamp})
        if remind is not None and assignee is not None:
            fire = due - timedelta(minutes=remind)
            reminders.append({"id": len(reminders) + 1, "user_id": assignee, "source_type": "task", "source_id": tid,
                              "key": f"due:{due.isoformat()}", "fire_at": fire, "title": title, "created_at": now,
                              "shown_at": fire if shown else None})

    by_worker: dict[int | None, list[tuple[int, int]]] = {}
    for case_id, client_id, assignee, _cat in open_cases:
        by_worker.setdefault(assignee, []).append((case_id, client_id))
    for username in [u for u, roles in roles_of.items() if "caseworker" in roles or u == "demo"]:
        uid = users.get(username)
        mine = by_worker.get(uid, [])[: ctx.count(6, 40)]
        for k, (case_id, client_id) in enumerate(mine):
            task(rng.choice(_CASE_TASKS), uid, (-30 if k == 0 else -2 if k == 1 else 20 * k), "case", case_id,
                 priority="high" if k == 0 else "normal", remind=60 if k < 3 else None, shown=k == 1)
            if k < 2:
                task(rng.choice(_CLIENT_TASKS), uid, 26 + 24 * k, "client", client_id, channel="phone", remind=30)
        if not mine and open_cases:  # no cases of their own yet: a client of a colleague's to ring
            task(rng.choice(_CLIENT_TASKS), uid, 5, "client", rng.choice(open_cases)[1], channel="phone",
                 remind=30)
        task(rng.choice(_OWN_TASKS), uid, 72)
    for username in [u for u, roles in roles_of.items() if "fundraiser" in roles]:
        uid = users.get(username)
        donor_ids = ctx.extra.get("donor_ids", [])[: 400]
        for k in range(4):
            if donor_ids:
                # Gift Aid is British: elsewhere the fourth task is about the tax receipt.
                what = _DONOR_TASKS[k] if k < 3 or ctx.country == "GB" else "Check the tax receipt details"
                task(what, uid, -5 if k == 0 else 30 * k, "donor", rng.choice(donor_ids),
                     remind=120 if k == 1 else None)
    task("Weekly team huddle notes", users.get("maria"), 24 * ((7 - ctx.today.weekday()) % 7 or 7) + 1,
         rrule="FREQ=WEEKLY", remind=60)
    if "Housing" in teams:
        task("Housing rota for next month", None, 96, team_id=teams["Housing"])
    ctx.bulk_insert(Task.__table__, tasks)
    ctx.bulk_insert(Reminder.__table__, reminders)

    # The client's own words on about half the resolved cases.
    resolved = conn.execute(select(Case.id, Case.client_id, Case.assignee_id, Case.resolved_on)
                            .where(Case.status.in_(["resolved", "closed"]), Case.resolved_on.is_not(None))
                            .order_by(Case.id)).all()
    feedback: list[dict[str, Any]] = []
    for case_id, client_id, assignee, resolved_on in resolved:
        if rng.random() < 0.5:
            continue
        assert resolved_on is not None  # the query keeps resolved cases
        score = rng.choice((5, 5, 4, 4, 4, 3, 2, 1))
        at = datetime.combine(resolved_on + timedelta(days=rng.randint(1, 10)), time(11), UTC)
        feedback.append({"id": len(feedback) + 1, "case_id": case_id, "client_id": client_id,
                         "solved": "yes" if score >= 4 else rng.choice(("partly", "no")),
                         "acceptable": "yes" if score >= 3 else rng.choice(("partly", "no")), "treated": score,
                         "comment": rng.choice(_COMMENTS), "method": rng.choice(("phone", "phone", "visit", "paper")),
                         "recorded_by_id": assignee, "recorded_at": min(at, now), **stamp})
    ctx.bulk_insert(ClientFeedback.__table__, feedback)
    ctx.extra["task_ids"] = [t["id"] for t in tasks]
