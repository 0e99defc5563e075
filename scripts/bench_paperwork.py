"""Time a year's receipts through the real path: gathered from the demo database, drawn as one PDF
and as a ZIP, exactly as ``caseworker pdf receipts`` and the Donors section do it.

    python scripts/bench_paperwork.py                 # a fresh plain demo database in a temp folder
    python scripts/bench_paperwork.py --db demo.db --user demo --receipts 1000

The demo database holds fewer receipts than asked for, so the benchmark first issues receipts for
gifts that have none (through the receipt service, one action each) until the year has enough.
Figures: wall and CPU seconds of each phase, pages, file size, and the peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from caseworker import exports
from caseworker.db.models import Gift, Receipt, ReceiptGift
from caseworker.db.open import open_database
from caseworker.services.accounts import AuthService
from caseworker.services.container import Services
from caseworker.services.paperwork import PaperworkService


def timed(label: str, fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<34} {wall:7.2f} s wall  {cpu:7.2f} s CPU")
    return result, wall


def top_up(services: Services, year: int, wanted: int) -> None:
    """Issue receipts for unreceipted gifts until *year* has *wanted* standing receipts."""
    have = len(services.paperwork.receipts_of_year(year))
    if have >= wanted:
        return
    with services.db.read() as s:
        on_receipt = select(ReceiptGift.gift_id).join(Receipt, Receipt.id == ReceiptGift.receipt_id).where(
            Receipt.voided_at.is_(None))
        gifts = list(s.scalars(select(Gift.id).where(Gift.voided_at.is_(None), Gift.id.not_in(on_receipt),
                                                     Gift.amount > Decimal("0.00")).order_by(Gift.id).limit(wanted - have)))
    for gift_id in gifts:
        services.receipts.issue_for_gift(gift_id)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a demo database (default: a fresh plain one in a temp folder)")
    parser.add_argument("--user", default="demo")
    parser.add_argument("--password", default=os.environ.get("CASEWORKER_PASSWORD", "demo"))
    parser.add_argument("--receipts", type=int, default=1000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-paperwork-"))
    db_path = args.db
    if db_path is None:
        db_path = str(folder / "demo.db")
        subprocess.run([sys.executable, "-m", "caseworker", "demo", "--db", db_path, "--plain"], check=True,
                       stdout=subprocess.DEVNULL)
    db = open_database(db_path, credentials=lambda: (args.user, args.password))
    services = Services(db, AuthService(db).sign_in(args.user, args.password))
    year = date.today().year
    timed(f"issue receipts up to {args.receipts}", lambda: top_up(services, year, args.receipts))
    paper = PaperworkService(db, services.actor)
    ids = paper.receipts_of_year(year)[:args.receipts]
    print(f"receipts of {year}: {len(ids)}")

    docs, gather_wall = timed("gather (one read each)", lambda: [paper.receipt(i) for i in ids])
    from caseworker.reports.documents.batch import render_batch, write_zip

    out_pdf, out_zip = folder / "receipts.pdf", folder / "receipts.zip"
    made = {"made_by": services.actor.display_name, "made_at": exports.now()}
    result, draw_wall = timed("draw one PDF", lambda: render_batch(docs, out_pdf, **made))
    print(f"  {result.documents} receipts, {result.pages} pages, {out_pdf.stat().st_size / 1e6:.1f} MB")
    timed("draw a ZIP of one PDF each", lambda: write_zip(docs, out_zip, **made))
    print(f"  {out_zip.stat().st_size / 1e6:.1f} MB")
    print(f"gather + draw one PDF: {gather_wall + draw_wall:.2f} s "
          f"({1000 * (gather_wall + draw_wall) / max(len(ids), 1):.1f} ms a receipt)")

    steps: list[int] = []
    every = exports.export_receipts(services, year, folder / "all.pdf",
                                    progress=lambda done, total: steps.append(done) is None)
    print(f"export_receipts end to end: {every.documents} receipts, {len(steps)} progress reports")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
