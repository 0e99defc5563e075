"""``caseworker demo``: a deterministic demo database, encrypted like any other by default."""

from __future__ import annotations

import argparse
import sys
import time

from caseworker.cli.main import ExitCode, UsageError, add_db_argument


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="create a demo database (administrator: demo / demo)")
    add_db_argument(demo, required=True)
    demo.add_argument("--scale", choices=["small", "large"], default="small",
                      help="small to explore; large is the benchmark scale (100,000 clients and donors)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    demo.add_argument("--force", action="store_true", help="replace an existing database file")
    demo.add_argument("--country", choices=["GB", "CA", "US"], default="GB",
                      help="an organisation of that country: its letterhead, addresses, phone numbers, currency, "
                           "time zone, paper size and receipts (default GB: a UK charity in pounds, some of whose "
                           "donors have made Gift Aid declarations)")
    demo.add_argument("--plain", action="store_true",
                      help="leave the file unencrypted (for benchmarks comparing the two)")
    demo.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from caseworker.db.location import DatabaseLocation
    from caseworker.db.migrate import schema_state
    from caseworker.db.open import open_database
    from caseworker.services.demo import DEMO_ADMIN, DEMO_PASSWORD, Scale, generate
    from caseworker.services.demo_database import wrap_demo_staff

    location = DatabaseLocation.parse(args.db)
    if location.path is not None and location.path.exists():
        if not args.force:
            raise UsageError(f"{location.path} already exists (use --force to replace it)")
        for suffix in ("", "-wal", "-shm", ".keys", ".keys.lock", ".open"):
            location.path.with_name(location.path.name + suffix).unlink(missing_ok=True)
    db = open_database(location, migrate=False, encrypt_new=not args.plain)
    try:
        if not schema_state(db).is_empty:
            raise UsageError("the database is not empty; demo data goes into a new database")
        from caseworker.db.migrate import ensure_schema

        ensure_schema(db)
        started = time.perf_counter()
        generate(db, scale=Scale(args.scale), seed=args.seed, country=args.country,
                 progress=lambda step: print(f"  {step}…", file=sys.stderr))
        if db.keyring is not None:
            wrap_demo_staff(db, DEMO_PASSWORD)
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    protection = "encrypted" if db.encrypted else "not encrypted"
    print(f"demo database ready at {location.display()} ({args.scale}, seed {args.seed}, "
          f"{protection}, {elapsed:.1f} s)")
    print(f"sign in as '{DEMO_ADMIN}' with the password '{DEMO_PASSWORD}'")
    return ExitCode.OK

