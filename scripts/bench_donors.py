"""Benchmark: opening and filtering the donor list on the large demo database.

    .venv/bin/python scripts/bench_donors.py [--db PATH] [--runs 7] [--window]

Without --db it generates the large demo database first (100,000 donors, about half a million
gifts) in a temporary folder. It then measures, as the list does it (the same service calls,
signed in as demo/demo):

- open: the ordered ids of every donor plus the first page of rows (what the list shows first);
- sort by total given (descending) and by last gift;
- filter by a name prefix (one word, two words, one letter), by segment, by segment and text;
- quick search (Ctrl+K) for a name prefix; the duplicate check on saving a new donor;
- one donor's record, gifts and receipts (what the detail pane loads).

With --window it also opens the Donors section in a real (offscreen) window and times the first
showing and a typed filter, end to end. Medians in milliseconds, with how many ids each returned.
Nothing is asserted: the machines are noisy, so compare ratios rather than absolute figures.
"""

from __future__ import annotations

import argparse
import os
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


def services_list(services: Any, runs: int) -> None:
    from caseworker.domain.donors import DonorDraft
    from caseworker.domain.listing import ListQuery
    from caseworker.services.donors import search_donors

    donors = services.donors

    def open_list(query: ListQuery) -> int:
        ids = donors.list_ids(query)
        donors.list_rows(ids[:PAGE])
        return len(ids)

    sample = donors.get(donors.list_ids(ListQuery(text="anderson").with_filter("segment", "major"))[0])

    def quick_search_donors(text: str) -> int:
        with services.db.read() as s:
            return len(search_donors(s, services.actor, text, 25))

    def detail() -> int:
        donors.get(sample.id)
        gifts = services.gifts.gifts_for_donor(sample.id)
        services.gifts.giving_totals(sample.id)
        services.receipts.list_receipts(sample.id)
        return len(gifts)

    by_name = ListQuery().sorted_by("name")
    cases: list[tuple[str, Callable[[], Any]]] = [
        ("open: all ids + first page (by name)", lambda: open_list(by_name)),
        ("sort by total given, descending", lambda: open_list(ListQuery().sorted_by("lifetime_total", True))),
        ("sort by last gift", lambda: open_list(ListQuery().sorted_by("last_gift_on"))),
        ("filter 'and' (name prefix)", lambda: open_list(by_name.with_text("and"))),
        ("filter 'grace and' (two words)", lambda: open_list(by_name.with_text("grace and"))),
        ("filter 'm' (one letter)", lambda: open_list(by_name.with_text("m"))),
        ("filter segment = major", lambda: open_list(by_name.with_filter("segment", "major"))),
        ("filter segment = lapsed + 'smi'", lambda: open_list(by_name.with_filter("segment", "lapsed").with_text("smi"))),
        ("quick search 'thom' (donors only)", lambda: quick_search_donors("thom")),
        ("quick search 'thom' (every section)", lambda: len(services.search.search("thom"))),
        ("duplicate check on save", lambda: len(donors.possible_duplicates(DonorDraft(
            first_name=sample.first_name, last_name=sample.last_name, email=sample.email)))),
        ("one donor's record, gifts, totals, receipts", detail),
    ]
    print(f"{'case':48} {'median ms':>10} {'ids':>8}")
    for label, fn in cases:
        ms, count = measure(runs, fn)
        print(f"{label:48} {ms:10.1f} {count:>8}")


def window(services: Any, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from caseworker.settings import Settings
    from caseworker.ui.application import build_main_window, make_app
    from caseworker.ui.runner import Runner
    from caseworker.ui.sections.donors import DonorsSection

    app = make_app()
    win = build_main_window(services, Settings(), Runner(synchronous=True))
    win.resize(1400, 880)
    win.show()
    app.processEvents()
    section = win.section_of(DonorsSection)
    started = time.perf_counter()
    win.show_section(section)
    app.processEvents()
    print(f"{'window: first showing of the Donors section':48} {(time.perf_counter() - started) * 1000:10.1f} "
          f"{section.list.model.rowCount():>8}")

    def typed(text: str) -> int:
        section.list.filter_edit.setText(text)
        section.list._apply_filter_now()
        app.processEvents()
        return section.list.model.rowCount()

    for text in ("and", "grace and", ""):
        ms, count = measure(runs, lambda t=text: (typed("x"), typed(t))[1])
        print(f"{'window: filter typed ' + repr(text) + ' (and shown)':48} {ms:10.1f} {count:>8}")
    win.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="an existing large demo database (generated if omitted)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--window", action="store_true", help="also time the list in a real window")
    args = parser.parse_args()

    from caseworker.db.open import open_database
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services

    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "large.db"
        if args.db is None:
            generate(path)
        db = open_database(str(path), credentials=lambda: ("demo", "demo"))
        services = Services(db, AuthService(db).sign_in("demo", "demo"))
        services_list(services, args.runs)
        if args.window:
            window(services, args.runs)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
