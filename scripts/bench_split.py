"""Figures for one encrypted file per trust domain, on the large demo, against one file with one key.

    python scripts/bench_split.py [--folder DIR] [--runs 5]

Makes the large demo twice (or reuses them in ``--folder``): once the way earlier versions did (one
file, one key) and once in the three files. Then times, on each, what a user waits for: opening
and signing in, the first page of the clients list, the open tasks (a table kept in every file),
the newest page of the audit log (the largest such table), a search, saving a client, and adding
a task about them. On copies it times the split of the single file
(``caseworker encrypt``) and the rotations: all three files, and the files a leaving caseworker
could read. Medians in milliseconds (seconds for the conversions); nothing is asserted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from caseworker.db.keystore import new_key  # noqa: E402
from caseworker.db.layout import part_paths  # noqa: E402
from caseworker.db.location import DatabaseLocation  # noqa: E402
from caseworker.db.open import open_database  # noqa: E402
from caseworker.db.trust_domains import TrustDomain  # noqa: E402

PASSWORD = "demo"


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def make_single(path: Path) -> None:
    from caseworker.db.migrate import ensure_schema
    from caseworker.services.demo import Scale, generate
    from caseworker.services.demo_database import DEMO_PASSWORD, wrap_demo_staff

    db = open_database(str(path), key=new_key(), migrate=False)  # one key, as before the split
    ensure_schema(db)
    generate(db, scale=Scale.LARGE, seed=1)
    wrap_demo_staff(db, DEMO_PASSWORD)
    db.dispose()


def make_split(path: Path) -> None:
    from caseworker.services.demo import Scale
    from caseworker.services.demo_database import create_demo_database

    create_demo_database(path, scale=Scale.LARGE, seed=1)


def copy_database(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", ".keys"):
        shutil.copyfile(source.with_name(source.name + suffix), target.with_name(target.name + suffix))
    for domain, part in part_paths(source).items():
        if part.exists():
            shutil.copyfile(part, part_paths(target)[domain])


def timings(path: Path, runs: int) -> dict[str, float]:
    from caseworker.domain.care import TaskDraft
    from caseworker.domain.clients import ClientDraft
    from caseworker.domain.listing import ListQuery
    from caseworker.services.accounts import AuthService
    from caseworker.services.audit import AuditFilter
    from caseworker.services.container import Services

    found: dict[str, float] = {}

    def sign_in() -> None:
        db = open_database(str(path), credentials=lambda: ("demo", PASSWORD))
        AuthService(db).sign_in("demo", PASSWORD)
        db.dispose()

    found["open and sign in"] = median_ms(sign_in, runs)
    db = open_database(str(path), credentials=lambda: ("demo", PASSWORD))
    try:
        services = Services(db, AuthService(db).sign_in("demo", PASSWORD))

        def clients_page() -> None:
            ids = services.clients.list_ids(ListQuery(sort="name"))
            services.clients.list_rows(ids[:100])

        found["clients list, first page"] = median_ms(clients_page, runs)
        found["open tasks (every file)"] = median_ms(lambda: services.tasks.list_tasks(), runs)
        found["audit log, newest page"] = median_ms(lambda: services.audit.page(AuditFilter()), runs)
        found["audit log, a client's entries"] = median_ms(lambda: services.audit.for_record("client", 17), runs)
        found["search 'smith'"] = median_ms(lambda: services.search.search("smith"), runs)
        made: list[int] = []

        def save_client() -> None:
            record, _ = services.clients.create(ClientDraft("Bench", f"Client {len(made)}"), confirmed=True)
            made.append(record.id)

        found["save a client"] = median_ms(save_client, runs)
        found["add a task about them"] = median_ms(
            lambda: services.tasks.add_task(TaskDraft("Ring them", record_type="client", record_id=made[0])), runs)
    finally:
        db.dispose()
    return found


def rotations(single: Path, split: Path, work: Path) -> dict[str, float]:
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services
    from caseworker.services.protection import split_single_key_database

    found: dict[str, float] = {}
    target = work / "converted" / "large.db"
    copy_database(single, target)
    started = time.perf_counter()
    split_single_key_database(DatabaseLocation(file=target), "demo", PASSWORD)
    found["split a single-key file (s)"] = time.perf_counter() - started
    for label, domains in (("rotate all three files (s)", None),
                           ("rotate the shared and casework files (s)", {TrustDomain.CASEWORK})):
        copy = work / "rotated" / "large.db"
        copy_database(split, copy)
        db = open_database(str(copy), credentials=lambda: ("demo", PASSWORD))
        try:
            services = Services(db, AuthService(db).sign_in("demo", PASSWORD))
            started = time.perf_counter()
            services.protection.rotate_keys(domains=domains)
            found[label] = time.perf_counter() - started
        finally:
            db.dispose()
        shutil.rmtree(copy.parent)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folder", type=Path, help="keep (and reuse) the two demos here")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-split-") as tmp:
        folder = args.folder or Path(tmp)
        single, split = folder / "single" / "large.db", folder / "split" / "large.db"
        for path, make in ((single, make_single), (split, make_split)):
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                started = time.perf_counter()
                make(path)
                print(f"made {path} in {time.perf_counter() - started:.0f} s", flush=True)
        one, three = timings(single, args.runs), timings(split, args.runs)
        print(f"{'':42} {'one file':>10} {'three files':>12}")
        for name in one:
            print(f"{name:42} {one[name]:10.1f} {three[name]:12.1f}")
        for name, seconds in rotations(single, split, Path(tmp)).items():
            print(f"{name:42} {seconds:10.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
