"""``caseworker pdf``: paperwork as PDF files, acting as ``--user`` with that user's permissions.

    caseworker pdf KIND ID --out FILE          one document (KIND: see ``caseworker.exports.Kind``)
    caseworker pdf receipts --year 2026 --out DIR [--zip]
    caseworker pdf statements --year 2026 --out DIR [--zip] [--fiscal]
    caseworker pdf meetings --month 2026-11 --out DIR [--zip]
    caseworker pdf gift-aid-schedule (--year 2025 | --from DATE --to DATE) --out FILE.pdf|FILE.xlsx
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from caseworker.cli.main import (
    FIRST_DAY,
    LAST_DAY,
    ExitCode,
    UsageError,
    add_db_argument,
    add_user_argument,
    cli_date,
    cli_year,
    database_files,
    parse_record_id,
    signed_in,
)

BATCHES = ("receipts", "statements", "meetings")
# Spelled out rather than imported: building the parser must not load the services (a test keeps
# this list equal to caseworker.exports.Kind).
KINDS = ("case-summary", "aid-statement", "grant-application", "grant-report", "agenda", "minutes", "receipt",
         "statement", "unsendable", "dashboard", "grant-outputs", "introduction",
         "feedback-form", "gift-aid-schedule")


def register(sub: argparse._SubParsersAction) -> None:
    kinds = ", ".join(KINDS)
    pdf = sub.add_parser(
        "pdf", help="print a document or a batch of documents as PDF",
        description=f"Print one document (KIND ID: {kinds}) or a batch (receipts or statements of a "
                    "year, meetings of a month) as PDF, with the permissions of --user.")
    pdf.add_argument("kind", metavar="KIND", help=f"{kinds}; or a batch: {', '.join(BATCHES)}")
    pdf.add_argument("ident", metavar="ID", nargs="?", help="the record's number (not for unsendable, dashboard "
                     "or batches)")
    add_db_argument(pdf)
    add_user_argument(pdf)
    pdf.add_argument("--out", required=True, metavar="FILE",
                     help="the PDF to write; for a batch, a folder or a .pdf/.zip file name")
    pdf.add_argument("--from", dest="start", metavar="DATE", type=cli_date, help="first day of the period, YYYY-MM-DD")
    pdf.add_argument("--to", dest="end", metavar="DATE", type=cli_date, help="last day of the period (inclusive)")
    pdf.add_argument("--year", type=cli_year, metavar="YYYY", help="the year of a statement, receipts or statements; "
                     "for gift-aid-schedule the UK tax year starting 6 April YYYY")
    pdf.add_argument("--fiscal", action="store_true", help="the fiscal year starting in --year")
    pdf.add_argument("--month", type=_month, metavar="YYYY-MM", help="the month of a meetings batch")
    pdf.add_argument("--zip", action="store_true", help="a batch as a ZIP of one PDF per document")
    pdf.add_argument("--aggregate-small", action="store_true",
                     help="gift-aid-schedule: gifts of £20 or less on aggregated rows (at most £1,000 a row)")
    pdf.set_defaults(handler=run_pdf)


def _month(text: str) -> tuple[int, int]:
    try:
        day = date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month like 2026-11") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"'{text}' is outside the dates the app works with "
                                         f"({FIRST_DAY:%Y-%m} to {LAST_DAY:%Y-%m})")
    return day.year, day.month


def run_pdf(args: argparse.Namespace) -> int:
    if args.kind in BATCHES:
        return _run_batch(args)
    from caseworker.exports import CATALOGUE, Kind, Options, export_document, export_gift_aid_sheet, parse_kind

    kind = parse_kind(args.kind)
    info = CATALOGUE[kind]
    ident = _ident(args.ident, info.record)
    if info.record is None and args.ident is not None:
        raise UsageError(f"{kind.value} takes no ID")
    if args.start and args.end and args.end < args.start:
        raise UsageError("--to is before --from")
    sheet = kind is Kind.GIFT_AID_SCHEDULE and args.out.lower().endswith(".xlsx")
    out = _file(args.out, ".xlsx" if sheet else ".pdf", args)
    if kind is Kind.GIFT_AID_SCHEDULE and bool(args.start) != bool(args.end):
        raise UsageError("give both --from and --to, or --year")
    options = Options(start=args.start, end=args.end, year=args.year, fiscal=args.fiscal,
                      aggregate_small=args.aggregate_small)
    services = signed_in(args)
    try:
        if sheet:
            rows = export_gift_aid_sheet(services, out, options=options)
            print(f"wrote {out} ({rows} donation row" + ("" if rows == 1 else "s") + ")")
            return ExitCode.OK
        result = export_document(services, kind, ident, out, options=options)
    finally:
        services.db.dispose()
    print(f"wrote {out} ({_pages(result.pages)})")
    _warn_missing(result.missing_characters)
    return ExitCode.OK


def _ident(text: str | None, record: str | None) -> int | None:
    if record is None:
        return None
    if text is None:
        raise UsageError(f"give the {record}'s ID")
    return parse_record_id(text, record)


def _run_batch(args: argparse.Namespace) -> int:
    from caseworker import exports

    if args.ident is not None:
        raise UsageError(f"{args.kind} takes no ID")
    if args.kind == "meetings":
        if args.month is None:
            raise UsageError("give --month YYYY-MM")
        year, month = args.month
        stem = f"meetings-{year}-{month:02d}"
    else:
        if args.year is None:
            raise UsageError("give --year YYYY")
        stem = f"{args.kind}-{'fy' if args.fiscal else ''}{args.year}"
    out = _batch_path(Path(args.out).expanduser(), stem, args.zip, args)
    progress = _Progress(args.kind)
    services = signed_in(args)
    try:
        if args.kind == "receipts":
            result = exports.export_receipts(services, args.year, out, as_zip=args.zip, progress=progress)
        elif args.kind == "statements":
            result = exports.export_statements(services, args.year, out, fiscal=args.fiscal, as_zip=args.zip,
                                               progress=progress)
            _unsendable(services, args, out.parent / f"unsendable-{'fy' if args.fiscal else ''}{args.year}.pdf")
        else:
            result = exports.export_meetings(services, year, month, out, as_zip=args.zip, progress=progress)
    finally:
        progress.close()
        services.db.dispose()
    print(f"wrote {out} ({result.documents} documents, {_pages(result.pages)})")
    _warn_missing(result.missing_characters)
    return ExitCode.OK


def _unsendable(services, args: argparse.Namespace, path: Path) -> None:
    """Beside the statements, the donors who could not be sent one (when there are any)."""
    from caseworker.exports import Kind, Options, gather, render

    doc = gather(services, Kind.UNSENDABLE, None, Options(year=args.year, fiscal=args.fiscal))
    if doc.donors:
        render(Kind.UNSENDABLE, doc, path, made_by=services.actor.display_name)
        print(f"wrote {path} ({len(doc.donors)} donors without a postal address)")


def _file(text: str, suffix: str, args: argparse.Namespace) -> Path:
    from caseworker.outputs import check_output

    path = Path(text).expanduser()
    if path.is_dir():
        raise UsageError(f"{path} is a folder; name the {suffix} file to write")
    check_output(path, databases=database_files(args))
    return path


def _batch_path(path: Path, stem: str, as_zip: bool, args: argparse.Namespace) -> Path:
    suffix = ".zip" if as_zip else ".pdf"
    if path.is_dir():
        return _file(str(path / f"{stem}{suffix}"), suffix, args)
    if path.suffix.lower() in (".pdf", ".zip"):
        if path.suffix.lower() != suffix:
            raise UsageError(f"{path.name} does not end in {suffix}" + (" (drop --zip for one PDF)" if as_zip
                                                                        else " (add --zip for a ZIP)"))
        return _file(str(path), suffix, args)
    raise UsageError(f"the folder {path} does not exist")


def _pages(n: int) -> str:
    return f"{n} page" + ("" if n == 1 else "s")


def _warn_missing(characters: tuple[str, ...]) -> None:
    if characters:
        print("note: no bundled font has " + " ".join(characters) + " (printed as a box)", file=sys.stderr)


class _Progress:
    """Progress on standard error when it is a terminal; never cancels."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> bool:
        if self.shown and total:
            print(f"\r{self.label}: {100 * done // total:3d} %", end="", file=sys.stderr, flush=True)
        return True

    def close(self) -> None:
        if self.shown:
            print(file=sys.stderr)
