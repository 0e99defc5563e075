"""Benchmark: opening and filtering the client list on the large demo database.

    .venv/bin/python scripts/bench_clients.py [--db PATH] [--runs 7]

Without --db it generates the large demo database first (100,000 clients) in a temporary folder.
It then measures, as the list does it (the same service calls, signed in as demo/demo):

- open: the ordered ids of every client plus the first page of rows (what the list shows first);
- sort: the same by date of birth, descending;
- filter by a name prefix (one word, two words, a one-letter prefix), by a flag, by a phone fragment;
- quick search (Ctrl+K) for a name prefix;
- the duplicate check on saving a new client;
- the detail of one client.

Medians of several runs are printed in milliseconds, with how many ids each returned. Nothing
is asserted: the machines are noisy, so compare ratios rather than absolute figures.
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

    from caseworker.db.open import open_database
    from caseworker.domain.listing import ListQuery
    from caseworker.services.accounts import AuthService
    from caseworker.services.clients import search_clients
    from caseworker.services.container import Services

    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "large.db"
        if args.db is None:
            generate(path)
        db = open_database(str(path), credentials=lambda: ("demo", "demo"))
        services = Services(db, AuthService(db).sign_in("demo", "demo"))
        clients = services.clients

        def open_list(query: ListQuery) -> int:
            ids = clients.list_ids(query)
            clients.list_rows(ids[:PAGE])
            return len(ids)

        def quick(text: str) -> int:
            with db.read() as session:
                return len(search_clients(session, services.actor, text, 25))

        sample = clients.get(clients.list_ids(ListQuery(text="anderson"))[0])
        cases: list[tuple[str, Callable[[], Any]]] = [
            ("open: all ids + first page (by name)", lambda: open_list(ListQuery())),
            ("sort by date of birth, descending", lambda: open_list(ListQuery().sorted_by("date_of_birth", True))),
            ("filter 'and' (name prefix)", lambda: open_list(ListQuery(text="and"))),
            ("filter 'm' (one letter)", lambda: open_list(ListQuery(text="m"))),
            ("filter 'maria smi' (two words)", lambda: open_list(ListQuery(text="maria smi"))),
            ("filter 'παπα' (Greek, any case)", lambda: open_list(ListQuery(text="ΠΑΠΑ"))),
            ("filter '%_' (wildcards, no match)", lambda: open_list(ListQuery(text="%_"))),
            ("filter safeguarding flag", lambda: open_list(ListQuery().with_filter("flag", "safeguarding"))),
            ("filter phone fragment '7911 12'", lambda: open_list(ListQuery(text="7911 12"))),
            ("quick search 'gar': clients only", lambda: quick("gar")),
            ("quick search 'gar': every section", lambda: len(services.search.search("gar"))),
            ("filter 'My clients' (a key worker)",
             lambda: open_list(ListQuery().with_filter("key_worker_id", services.actor.user_id + 2))),
            ("duplicate check on save", lambda: len(clients.possible_duplicates(sample.draft()))),
            ("one client's file", lambda: clients.get(sample.id).id),
        ]
        total = len(clients.list_ids(ListQuery()))
        print(f"clients on file: {total:,}; median of {args.runs} runs")
        print(f"{'operation':<42} {'ms':>8} {'result':>9}")
        for label, fn in cases:
            fn()  # warm the page cache once, as a list that is already open would be
            ms, result = measure(args.runs, fn)
            print(f"{label:<42} {ms:8.1f} {result:>9,}")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
