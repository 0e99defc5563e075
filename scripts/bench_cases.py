"""Benchmark: the case list filtered and a client's timeline, on the large demo database.

    .venv/bin/python scripts/bench_cases.py [--db PATH] [--runs 7]

Without --db it generates the large demo database first (100,000 clients, 150,000 cases and their
timelines) in a temporary folder. Signed in as demo/demo it then measures, through the same
service calls the window makes:

- the case list: all open case ids sorted by due date plus the first page of rows; the same
  sorted by client name, by priority; filtered to overdue, to a category, to "mine", to every
  status; by a client-name prefix, a subject word, a case reference;
- quick search (Ctrl+K) for a case reference;
- one case's detail, its timeline, and a client's timeline across all their cases (the busiest
  client and a typical one; each reading writes its audit entry, as in the window);
- My work: my open cases and the handoffs waiting for me.

Medians of several runs in milliseconds, with how many rows each returned. Nothing is asserted:
the machines are noisy, so compare ratios rather than absolute figures.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PAGE = 100


def generate(path: Path) -> None:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "caseworker", "demo", "--db", str(path), "--scale", "large",
                             "--force"], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"demo generation failed:\n{result.stderr}")
    print(f"large demo database generated in {time.perf_counter() - started:.1f} s (whole generator)")


def measure(runs: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="an existing large demo database (generated if omitted)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from caseworker.db.models import Case
    from caseworker.db.open import open_database
    from caseworker.domain.cases import case_reference
    from caseworker.domain.listing import ListQuery
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services

    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "large.db"
        if args.db is None:
            generate(path)
        db = open_database(str(path), credentials=lambda: ("demo", "demo"))
        services = Services(db, AuthService(db).sign_in("demo", "demo"))
        cases = services.cases

        def open_list(query: ListQuery) -> int:
            ids = cases.list_ids(query)
            cases.list_rows(ids[:PAGE])
            return len(ids)

        with db.read() as s:
            busiest, busiest_count = s.execute(
                select(Case.client_id, func.count(Case.id)).group_by(Case.client_id)
                .order_by(func.count(Case.id).desc()).limit(1)).one()
            total = s.scalar(select(func.count(Case.id)))
        typical = cases.list_rows(cases.list_ids(ListQuery())[:1])[0]
        category = cases.list_categories()[0]
        reference = case_reference(typical.id)
        surname = typical.client_name.split(",")[0][:4]
        q = ListQuery()
        checks: list[tuple[str, Callable[[], Any]]] = [
            ("list: open cases by due date + first page", lambda: open_list(q)),
            ("list: open, sorted by client name", lambda: open_list(q.sorted_by("client_name"))),
            ("list: open, sorted by priority", lambda: open_list(q.sorted_by("priority"))),
            ("list: every status, by due date", lambda: open_list(q.with_filter("status", "all"))),
            ("list: overdue only", lambda: open_list(q.with_filter("overdue", True))),
            (f"list: category '{category.name}'", lambda: open_list(q.with_filter("category", category.id))),
            ("list: mine", lambda: open_list(q.with_filter("mine", True))),
            (f"list: client name prefix '{surname}' (all)",
             lambda: open_list(q.with_filter("status", "all").with_text(surname))),
            ("list: subject word 'arrears' (all)",
             lambda: open_list(q.with_filter("status", "all").with_text("arrears"))),
            (f"list: reference {reference}", lambda: open_list(q.with_filter("status", "all").with_text(reference))),
            (f"quick search '{reference}'", lambda: len(services.search.search(reference))),
            ("one case's detail", lambda: cases.get(typical.id).id),
            ("one case's timeline (audited read)", lambda: len(cases.case_timeline(typical.id))),
            (f"client timeline: busiest client ({busiest_count} cases)",
             lambda: len(cases.client_timeline(busiest))),
            ("client timeline: a typical client", lambda: len(cases.client_timeline(typical.client_id))),
            ("client's case list (Cases tab)", lambda: len(cases.client_cases(typical.client_id))),
            ("My work: my open cases", lambda: len(cases.my_open_cases())),
            ("My work: handoffs to me", lambda: len(cases.my_pending_handoffs())),
        ]
        print(f"cases on file: {total:,}; median of {args.runs} runs")
        print(f"{'operation':<50} {'ms':>8} {'result':>9}")
        for label, fn in checks:
            fn()  # warm the page cache once, as a list that is already open would be
            ms, result = measure(args.runs, fn)
            print(f"{label:<50} {ms:8.1f} {result:>9,}")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
