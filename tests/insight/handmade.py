"""A small database with known answers for the service-quality figures.

March 2026 is the period; February (the month before) is the previous period.

| case | category | worker        | opened | due   | resolved          | notes                          |
|------|----------|---------------|--------|-------|-------------------|--------------------------------|
| c1   | Housing  | Ann (North)   | 03-02  | 03-16 | 03-10 (8 days)    | alone, yes, 5; first note 03-05|
| c2   | Housing  | Bob (South, left) | 03-01 | 03-13 | 03-20 (19 days) | specialist, no, 2; level 1; a handoff accepted and one returned; first call 03-01 |
| c3   | Debt     | Ann (North)   | 02-10  | 03-05 | 03-05 (23 days)   | alone, partly, no score; level 2; crosses the period boundary; first visit 02-12 |
| c4   | Housing  | Cy (North)    | 02-01  | 03-01 | 03-25 (52 days)   | resolved 02-20, reopened 02-25, resolved again; alone, yes, 4; first note 02-02 |
| c5   | Debt     | Bob (South, left) | 03-15 | 03-25 | open          | no entry yet                   |
| c6   | Housing  | nobody        | 03-30  | 04-10 | open              | first note 03-31               |
| c7   | Housing  | Ann (North)   | 01-10  | 02-20 | 02-15 (36 days)   | alone, yes, 3; first note 01-12|
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from caseworker.db.database import Database
from caseworker.db.models import Case, CaseCategory, CaseEvent, Client, Handoff, Team, User
from caseworker.domain.statistics import Period

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
FEBRUARY = Period(date(2026, 2, 1), date(2026, 2, 28))


@dataclass(frozen=True)
class Made:
    north: int
    south: int
    ann: int
    bob: int
    cy: int
    housing: int
    debt: int
    cases: dict[str, int]


def at(day: str, hour: int = 10) -> datetime:
    return datetime.combine(date.fromisoformat(f"2026-{day}"), time(hour), UTC)


def d(day: str) -> date:
    return date.fromisoformat(f"2026-{day}")


def build(db: Database) -> Made:
    with db.transaction("Test data") as s:
        north, south = Team(name="North"), Team(name="South")
        s.add_all([north, south])
        s.flush()
        ann = User(username="ann", display_name="Ann", password_hash="x", team_id=north.id)
        bob = User(username="bob", display_name="Bob", password_hash="x", team_id=south.id, active=False)
        cy = User(username="cy", display_name="Cy", password_hash="x", team_id=north.id)
        housing, debt = CaseCategory(name="Housing", target_days=10), CaseCategory(name="Debt", target_days=15)
        client = Client(first_name="Alma", last_name="Quist")
        s.add_all([ann, bob, cy, housing, debt, client])
        s.flush()

        def case(name: str, category: CaseCategory, worker: User | None, opened: str, due: str,
                 resolved: str | None, *, alone: bool | None = None, acceptable: str | None = None,
                 satisfaction: int | None = None, level: int = 0) -> Case:
            c = Case(client_id=client.id, category_id=category.id, title=name,
                     status="resolved" if resolved else "in_progress",
                     assignee_id=worker.id if worker else None, opened_on=d(opened), target_days=10,
                     due_on=d(due), resolved_on=d(resolved) if resolved else None, resolved_alone=alone,
                     acceptable=acceptable, satisfaction=satisfaction, escalation_level=level,
                     outcome="Done" if resolved else "")
            s.add(c)
            s.flush()
            return c

        c1 = case("c1", housing, ann, "03-02", "03-16", "03-10", alone=True, acceptable="yes", satisfaction=5)
        c2 = case("c2", housing, bob, "03-01", "03-13", "03-20", alone=False, acceptable="no", satisfaction=2,
                  level=1)
        c3 = case("c3", debt, ann, "02-10", "03-05", "03-05", alone=True, acceptable="partly", level=2)
        c4 = case("c4", housing, cy, "02-01", "03-01", "03-25", alone=True, acceptable="yes", satisfaction=4)
        c5 = case("c5", debt, bob, "03-15", "03-25", None)
        c6 = case("c6", housing, None, "03-30", "04-10", None)
        c7 = case("c7", housing, ann, "01-10", "02-20", "02-15", alone=True, acceptable="yes", satisfaction=3)

        def event(c: Case, kind: str, when: datetime, data: dict | None = None) -> None:
            s.add(CaseEvent(case_id=c.id, client_id=client.id, kind=kind, at=when, text="", data=data or {}))

        for c, opened in ((c1, "03-02"), (c2, "03-01"), (c3, "02-10"), (c4, "02-01"), (c5, "03-15"),
                          (c6, "03-30"), (c7, "01-10")):
            event(c, "status", at(opened, 9), {"to": "assigned", "opened": True})
        event(c1, "note", at("03-05"))
        event(c2, "call", at("03-01", 23))
        event(c2, "escalation", at("03-04"), {"to": "escalated", "level": 1})
        event(c3, "visit", at("02-12"))
        event(c3, "escalation", at("02-20"), {"to": "escalated", "level": 1})
        event(c3, "escalation", at("02-25"), {"to": "escalated", "level": 2})
        event(c4, "note", at("02-02"))
        event(c4, "status", at("02-20"), {"from": "in_progress", "to": "resolved", "acceptable": "no"})
        event(c4, "status", at("02-25"), {"from": "resolved", "to": "in_progress", "reopened": True})
        event(c4, "status", at("03-25"), {"from": "in_progress", "to": "resolved", "acceptable": "yes"})
        event(c6, "note", at("03-31", 16))
        event(c7, "note", at("01-12"))
        s.add(Handoff(case_id=c2.id, from_user_id=ann.id, to_user_id=bob.id, state="accepted",
                      offered_at=at("03-03"), decided_at=at("03-03", 12)))
        s.add(Handoff(case_id=c2.id, from_user_id=bob.id, to_user_id=cy.id, state="returned",
                      offered_at=at("03-06"), decided_at=at("03-06", 12)))
        return Made(north.id, south.id, ann.id, bob.id, cy.id, housing.id, debt.id,
                    {c.title: c.id for c in (c1, c2, c3, c4, c5, c6, c7)})
