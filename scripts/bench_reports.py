"""Time and peak memory of the heavy report jobs.

    python scripts/bench_reports.py            # both benchmarks, each in a fresh process
    python scripts/bench_reports.py --only batch

* ``batch``: 1,000 receipts (US, Canadian and UK styles in turn) in one PDF.
* ``case``: a case summary of about 300 pages (long history, many long notes).

Wall time depends on what else the machine is doing; CPU time (``cpu_seconds``) less so.
Each benchmark runs in its own process so that the peak resident memory (``ru_maxrss``) belongs
to it alone; tracemalloc's peak of Python allocations is measured on top (it slows the run, so the
time is taken in a separate, untraced run in the same process).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from caseworker.domain.documents import (
    CaseClient,
    CaseNote,
    CaseStatus,
    CaseSummaryData,
    ClientFlags,
    Gift,
    GiftAidDeclaration,
    Organisation,
    Person,
    ReceiptData,
    ReceiptStyle,
    Signatory,
    StatusChange,
)

MADE_AT = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ORG = Organisation("Riverside Community Advice", ("12 Mill Lane", "Leeds LS1 4AB"), "1187654",
                   currency="GBP", time_zone="Europe/London")
PARAGRAPH = (
    "Called the client back about the letter from the housing office. She has gathered the rent "
    "statements for the last six months and will bring them to the drop-in on Thursday. Agreed to "
    "ask the landlord for a payment plan before the hearing; the interpreter is booked. "
)


def receipts(n: int) -> list[ReceiptData]:
    styles = list(ReceiptStyle)
    return [
        ReceiptData(ORG, styles[i % 3], f"2026-{i + 1:05d}",
                    Person(f"Donor {i}", (f"{i} Elm Road", "Springfield")),
                    (Gift(date(2026, 1 + i % 12, 1 + i % 28), Decimal(10 + i % 90) + Decimal("0.50"), "General fund"),),
                    date(2026, 11, 25), place_of_issue="Leeds", signatory=Signatory("Claire Dubois", "Treasurer"),
                    declarations=(GiftAidDeclaration(date(2026, 1, 5), "past_and_future", "written"),)
                    if styles[i % 3] is ReceiptStyle.UK else ())
        for i in range(n)
    ]


def long_case(notes: int = 490) -> CaseSummaryData:
    start = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    return CaseSummaryData(
        ORG, "C-2024-0001", CaseClient("Ελένη Παπαδοπούλου", "CL-1", ClientFlags(interpreter_language="Greek")),
        "Housing", "High", CaseStatus.IN_PROGRESS, "Jane Okafor", date(2024, 1, 1), date(2024, 2, 1), 2,
        status_history=tuple(StatusChange(start + timedelta(days=i), CaseStatus.WAITING if i % 2 else CaseStatus.IN_PROGRESS,
                                          "Jane Okafor", "Waiting on documents" if i % 2 else "") for i in range(200)),
        notes=tuple(CaseNote(start + timedelta(hours=6 * i), "Jane Okafor", "Call", (PARAGRAPH * 6 + "\n\n") * 2)
                    for i in range(notes)),
    )


def bench_batch(out: Path) -> dict[str, object]:
    from caseworker.reports.documents.batch import render_batch

    items = receipts(1000)
    result = render_batch(items, out, made_by="Bench", made_at=MADE_AT)
    return {"documents": result.documents, "pages": result.pages}


def bench_case(out: Path) -> dict[str, object]:
    from caseworker.reports.documents.case_summary import render_case_summary

    result = render_case_summary(long_case(), out, made_by="Bench", made_at=MADE_AT)
    return {"pages": result.pages}


BENCHMARKS: dict[str, tuple[str, Callable[[Path], dict[str, object]]]] = {
    "batch": ("1,000 receipts in one batch PDF", bench_batch),
    "case": ("case summary of about 300 pages", bench_case),
}


def run_one(name: str) -> dict[str, object]:
    _, job = BENCHMARKS[name]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{name}.pdf"
        begin, cpu_begin = time.perf_counter(), time.process_time()
        figures = job(out)
        seconds, cpu_seconds = time.perf_counter() - begin, time.process_time() - cpu_begin
        size = out.stat().st_size
        rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        job(out)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {**figures, "seconds": round(seconds, 2), "cpu_seconds": round(cpu_seconds, 2), "file_kib": size // 1024,
            "peak_rss_mib": round(rss_kib / 1024, 1), "peak_python_mib": round(traced_peak / 2**20, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=sorted(BENCHMARKS))
    parser.add_argument("--child", choices=sorted(BENCHMARKS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child)))
        return 0
    for name in [args.only] if args.only else list(BENCHMARKS):
        completed = subprocess.run([sys.executable, __file__, "--child", name], capture_output=True, text=True,
                                   check=True)
        figures = json.loads(completed.stdout.strip().splitlines()[-1])
        print(f"{BENCHMARKS[name][0]}:")
        for key, value in figures.items():
            print(f"  {key:>16}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
