"""Bulk planning and the neglect lists: how long an appeal and the lists take.

Usage: ``python scripts/bench_planning.py [DEMO.db]``

1. Builds a scratch database with 10,000 donors and 20 touchpoints each (bulk inserts), then
   previews and applies one appeal to all of them (evaluate every donor, move the blocked ones,
   one bulk insert). Prints wall-clock and CPU seconds, so a busy machine can be told apart.
2. With a demo database (``caseworker demo --scale large``; encrypted demo files are unlocked as
   demo/demo), times each neglect list: overdue, LYBUNT, SYBUNT, late against rhythm, pestered.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from caseworker.db.base import Base
from caseworker.db.database import Database
from caseworker.db.location import DatabaseLocation
from caseworker.db.models import Donor, Touchpoint
from caseworker.domain.guard import Outcome
from caseworker.domain.permissions import Role
from caseworker.services.accounts import AuthService, UserDraft
from caseworker.services.container import Services
from caseworker.services.planning import PlanRequest

DONORS = 10_000
TOUCHES_EACH = 20
CHANNELS = ["email", "letter", "phone", "visit", "event"]
PURPOSES = ["update", "thanks", "ask", "invite", "other"]


def measured(label: str, fn: Callable[[], Any]) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    print(f"{label:<52} {time.perf_counter() - wall:7.2f} s wall {time.process_time() - cpu:7.2f} s CPU")
    return result


def scratch(folder: Path) -> Services:
    db = Database(DatabaseLocation.parse(str(folder / "bench.db")))
    Base.metadata.create_all(db.engine)
    auth = AuthService(db)
    auth.create_first_admin(UserDraft("admin", "Admin", frozenset({Role.ADMIN, Role.FUNDRAISER})), "bench-pass")
    actor = auth.sign_in("admin", "bench-pass")
    rng = random.Random(1)
    now = datetime.now(UTC).replace(microsecond=0)
    donors = [{"id": i, "kind": "individual", "first_name": "Donor", "last_name": f"{i:05d}",
               "sort_name": f"{i:05d}, Donor", "search_name": f" donor {i:05d}", "opted_out_channels": [],
               "preferred_channels": [], "do_not_contact": i % 50 == 0} for i in range(1, DONORS + 1)]
    touches = []
    for donor in range(1, DONORS + 1):
        when = now - timedelta(days=700)
        for _ in range(TOUCHES_EACH):
            when += timedelta(days=rng.randint(20, 40), hours=rng.randint(0, 8))
            touches.append({"donor_id": donor, "when": when, "channel": rng.choice(CHANNELS),
                            "purpose": rng.choice(PURPOSES), "status": "planned" if when > now else "done",
                            "notes": "", "campaign": "", "override_reason": "", "cancelled_reason": "",
                            "created_at": now, "updated_at": now, "version": 1})
    with db.engine.begin() as conn:
        conn.execute(insert(Donor.__table__), donors)
        conn.execute(insert(Touchpoint.__table__), touches)
    return Services(db, actor)


def bench_appeal() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = measured(f"build {DONORS:,} donors x {TOUCHES_EACH} touchpoints", lambda: scratch(Path(folder)))
        request = PlanRequest(tuple(range(1, DONORS + 1)), datetime.now(UTC) + timedelta(days=10),
                              "letter", "ask", campaign="Benchmark appeal")
        preview = measured(f"preview an appeal to {DONORS:,} donors", lambda: services.planning.preview(request))
        print(f"   {preview.count(Outcome.ALLOW):,} allowed, {preview.count(Outcome.WARN):,} warned, "
              f"{preview.count(Outcome.BLOCK):,} blocked, {preview.movable:,} of them movable")
        result, _ = measured("apply it (evaluate again, lock, bulk insert)",
                             lambda: services.planning.apply(request, move_blocked=True))
        print(f"   scheduled {result.scheduled:,}, moved {result.moved:,}, left out {result.left_out:,}")
        services.db.dispose()


def bench_neglect(path: str) -> None:
    from caseworker.db.open import open_database

    db = open_database(path, credentials=lambda: ("demo", "demo"))
    services = Services(db, AuthService(db).sign_in("demo", "demo"))
    neglect = services.neglect
    for label, fn in (("overdue", neglect.overdue), ("LYBUNT", neglect.lybunt), ("SYBUNT", neglect.sybunt),
                      ("late against their giving rhythm", neglect.late_against_rhythm),
                      ("pestered", neglect.pestered)):
        rows = measured(f"neglect list: {label}", fn)
        print(f"   {len(rows):,} donors")
    db.dispose()


def main(argv: list[str]) -> None:
    bench_appeal()
    if argv:
        bench_neglect(argv[0])


if __name__ == "__main__":
    main(sys.argv[1:])
