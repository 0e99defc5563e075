"""How long each Insight view takes to compute on a database (the large demo for the figures).

    python scripts/bench_insight.py --db /tmp/large.db [--user demo] [--runs 3]

Prints, per view, the median wall time and the CPU time of the service call the window makes
through its runner: the service-quality breakdown by each dimension (period and period before),
one category by team, the overview dashboard and its client-care card, a drill-down, aid and grants,
supporters and a grant's outputs. CPU time says
more than wall time on a busy machine: the queries run in this process (SQLite) or on the server.
The password comes from CASEWORKER_PASSWORD (default "demo").
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from caseworker.db.open import open_database  # noqa: E402
from caseworker.services.accounts import AuthService  # noqa: E402
from caseworker.services.container import Services  # noqa: E402


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", default="demo")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    password = os.environ.get("CASEWORKER_PASSWORD", "demo")
    db = open_database(args.db, credentials=lambda: (args.user, password))
    services = Services(db, AuthService(db).sign_in(args.user, password))
    stats = services.statistics
    period = stats.default_period()
    housing = next((c.id for c in services.cases.list_categories() if c.name == "Housing"), None)
    grants = stats.grants_with_outputs()
    views: list[tuple[str, Callable[[], Any]]] = [
        (f"breakdown {d}", lambda d=d: stats.breakdown(period, d)) for d in
        ("total", "team", "category", "worker", "level", "month")]
    views += [
        ("housing cases by team", lambda: stats.breakdown(period, "team", category_id=housing)),
        ("drill-down: a team's missed targets", lambda: stats.drill_down(period, "team", "1", "resolved",
                                                                          "missed_target")),
        ("overview dashboard", lambda: stats.dashboard(period)),
        ("aid and grants", lambda: stats.aid_and_grants(period)),
        ("supporters", lambda: stats.supporters(period)),
        ("client care card", lambda: stats.client_care(period, "category")),
    ]
    if grants:
        views.append(("grant outputs", lambda: stats.grant_outputs(grants[0][0])))
    print(f"period {period.start} to {period.end}, median of {args.runs} runs")
    for name, fn in views:
        fn()  # warm the page cache once, as a second look at the same view would
        wall, cpu = timed(fn, args.runs)
        print(f"{name:40s} {wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms cpu")
    db.dispose()


if __name__ == "__main__":
    main()
