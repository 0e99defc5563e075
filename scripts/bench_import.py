"""Benchmark: importing 100,000 donors and 300,000 gifts from CSV, and exporting 100,000 donors to XLSX.

    .venv/bin/python scripts/bench_import.py [--donors 100000] [--gifts-per-donor 3] [--keep DIR]

Writes two CSV files shaped like a CRM export (Windows line ends, quoted fields, a multi-line
street, thousands separators, d/m/y dates named in the mapping), makes a fresh plain SQLite
database with one fundraiser, then runs each stage in a child process of its own so its peak
memory (the child's maximum resident set) is its alone:

- donors: inspect + import of every donor row (one transaction, the duplicate check on each row);
- gifts: import of every gift, each finding its donor by external id, then the giving summaries;
- export: the whole donor list to XLSX.

Prints wall-clock seconds, CPU seconds and peak MB per stage. With ``--donors 20000`` as well, compare the peaks: they should
stay flat as the file grows (the import streams; it never holds the file). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The checkout's own package, not whichever copy is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FIRST = ["Ana", "Luis", "Maria", "Tom", "Sue", "Kofi", "Zoë", "Priya", "Jean", "Olu", "Mei", "Sam", "Eva", "Noah"]
LAST = ["Duarte", "Pereira", "Silva", "Baker", "Okafor", "Mensah", "Müller", "Shah", "Martin", "Lee", "Smith"]
TOWNS = ["Leeds", "York", "Bristol", "Porto", "Lyon", "Cork"]


def write_files(folder: Path, donors: int, per_donor: int) -> tuple[Path, Path]:
    rng = random.Random(7)
    donor_path, gift_path = folder / "donors.csv", folder / "gifts.csv"
    with donor_path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Constituent ID", "Title", "First Name", "Last Name", "Email", "Mailing Street", "City",
                    "Postal Code", "Country", "Notes"])
        for i in range(donors):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            w.writerow([f"C{i:07d}", rng.choice(["Ms", "Mr", "Dr", ""]), first, f"{last}{i}",
                        f"person{i}@example.org", f"{i} High Street\nFlat {i % 9}", rng.choice(TOWNS),
                        f"LS{i % 99} {i % 9}AB", "United Kingdom", "Met at the \"summer\" fair" if i % 10 == 0 else ""])
    with gift_path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Constituent ID", "Gift Amount", "Gift Date", "Fund", "Appeal", "Payment Type", "Gift ID"])
        for i in range(donors):
            for k in range(per_donor):
                w.writerow([f"C{i:07d}", f"{rng.randint(5, 2500):,}.{rng.randint(0, 99):02d}",
                            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}",
                            "General", f"APP{k}", rng.choice(["Cheque", "Card", "Direct debit", "PayPal"]),
                            f"G{i}-{k}"])
    return donor_path, gift_path


def make_database(path: Path) -> None:
    from sqlalchemy import text

    import caseworker.db.models  # noqa: F401
    from caseworker.db.base import Base
    from caseworker.db.database import Database
    from caseworker.db.location import DatabaseLocation
    from caseworker.db.migrate import SCHEMA_HEAD
    from caseworker.domain.permissions import Role
    from caseworker.services.accounts import AuthService, UserDraft

    db = Database(DatabaseLocation.parse(str(path)))
    Base.metadata.create_all(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": SCHEMA_HEAD})
    AuthService(db).create_first_admin(UserDraft("bench", "Bench Admin", frozenset({Role.ADMIN, Role.MANAGER,
                                                                                   Role.FUNDRAISER})), "bench-password")
    db.dispose()


def stage(name: str, db_path: Path, file: Path) -> dict:
    from caseworker.db.database import Database
    from caseworker.db.location import DatabaseLocation
    from caseworker.domain.imports import ColumnMapping, DateOrder
    from caseworker.domain.listing import ListQuery
    from caseworker.services.accounts import AuthService
    from caseworker.services.container import Services
    from caseworker.services.imports import ImportOptions

    db = Database(DatabaseLocation.parse(str(db_path)))
    services = Services(db, AuthService(db).sign_in("bench", "bench-password"))
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    result: dict = {}
    if name in ("donors", "gifts"):
        found = services.imports.inspect(name, file)
        mapping = ColumnMapping(found.mapping.fields, DateOrder.DMY)
        report = services.imports.run(name, file, ImportOptions(mapping))
        result = {"rows": report.rows, "created": report.created, "failed": len(report.failed),
                  "batch": report.batch}
    else:
        out = services.list_export.export("donors", ListQuery(), file, "xlsx")
        result = {"rows": out.rows, "bytes": out.path.stat().st_size}
    result["seconds"] = round(time.perf_counter() - started, 1)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # CPU time of this stage's process: on a shared, busy machine a fairer figure than the wall clock.
    result["cpu_seconds"] = round(usage.ru_utime + usage.ru_stime - cpu_before, 1)
    result["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    db.dispose()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--donors", type=int, default=100_000)
    parser.add_argument("--gifts-per-donor", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="a folder to keep the files and database in")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(stage(args.stage, args.db, args.file)))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    donors, gifts = write_files(folder, args.donors, args.gifts_per_donor)
    print(f"files written in {time.perf_counter() - started:.1f} s: donors.csv {donors.stat().st_size / 1e6:.1f} MB, "
          f"gifts.csv {gifts.stat().st_size / 1e6:.1f} MB")
    db = folder / "bench.db"
    db.unlink(missing_ok=True)
    make_database(db)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    for name, file in (("donors", donors), ("gifts", gifts), ("export", folder / "donors.xlsx")):
        done = subprocess.run([sys.executable, __file__, "--stage", name, "--db", str(db), "--file", str(file)],
                              capture_output=True, text=True, env=env)
        if done.returncode != 0:
            sys.exit(f"{name} failed:\n{done.stderr[-3000:]}")
        print(f"{name:7s} {json.loads(done.stdout.strip().splitlines()[-1])}")


if __name__ == "__main__":
    main()
