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
    from caseworker.services.demo import DEMO_ADMIN, DEMO_PASSWORD, Scale
    from caseworker.services.demo_database import create_demo_database, remove_database_files
    from caseworker.services.opening import DatabaseLocation

    location = DatabaseLocation.parse(args.db)
    if location.path is not None and location.path.exists():
        if not args.force:
            raise UsageError(f"{location.path} already exists (use --force to replace it)")
        remove_database_files(location.path)
    started = time.perf_counter()
    db = create_demo_database(location, scale=Scale(args.scale), seed=args.seed, encrypt=not args.plain,
                              country=args.country, progress=lambda step: print(f"  {step}…", file=sys.stderr))
    elapsed = time.perf_counter() - started
    protection = "encrypted" if db.encrypted else "not encrypted"
    print(f"demo database ready at {location.display()} ({args.scale}, seed {args.seed}, "
          f"{protection}, {elapsed:.1f} s)")
    print(f"sign in as '{DEMO_ADMIN}' with the password '{DEMO_PASSWORD}'")
    return ExitCode.OK

