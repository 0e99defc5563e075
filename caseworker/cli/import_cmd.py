"""``caseworker import`` and ``caseworker export``: data in and out, acting as ``--user``.

    caseworker import donors|gifts|clients FILE [--mapping FILE] [--dry-run]
                      [--duplicates skip|merge|create] [--report FILE] [--encoding E] [--separator S]
    caseworker import undo BATCH
    caseworker export KIND --format csv|xlsx --out FILE [--search TEXT] [--filter KEY=VALUE ...]

An import prints every failing row (line as a spreadsheet shows it, column, reason) and every
possible duplicate with what was done with it; ``--report`` writes the same as JSON. Exit status:
0 when it committed (or a dry run found no failing row), 1 when rows failed (nothing is committed
then), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys

from caseworker.cli.main import (
    ExitCode,
    UsageError,
    add_db_argument,
    add_user_argument,
    database_files,
    existing_file,
    signed_in,
)
from caseworker.services.progress import Progress

KINDS = ("donors", "gifts", "clients")
LISTS = ("clients", "cases", "aid", "donors", "gifts", "touchpoints", "grants")
SEPARATORS = {"comma": ",", ",": ",", "semicolon": ";", ";": ";", "tab": "\t", "\\t": "\t"}


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser(
        "import", help="import donors, gifts or clients from CSV or XLSX, or undo an import",
        description="Import donors, gifts or clients from a CSV or XLSX file as one batch (all rows or none), "
                    "or undo a batch: 'caseworker import undo BATCH'.")
    imp.add_argument("what", metavar="KIND", choices=(*KINDS, "undo"), help="donors, gifts, clients, or undo")
    imp.add_argument("target", metavar="FILE|BATCH", help="the file to import, or the batch number to undo")
    add_db_argument(imp)
    add_user_argument(imp)
    imp.add_argument("--mapping", metavar="FILE",
                     help='a JSON mapping: {"columns": {"Column name": "field", ...}, "date_format": "DMY|MDY|YMD"}')
    imp.add_argument("--dry-run", action="store_true", help="check every row and report, write nothing")
    imp.add_argument("--duplicates", choices=("skip", "merge", "create"), default="skip",
                     help="what to do with a possible duplicate (default: skip)")
    imp.add_argument("--report", metavar="FILE", help="also write the report as JSON")
    imp.add_argument("--encoding", choices=("utf-8", "utf-8-sig", "utf-16", "cp1252"),
                     help="the CSV file's encoding (default: detected)")
    imp.add_argument("--separator", choices=sorted(SEPARATORS), help="the CSV separator (default: detected)")
    imp.set_defaults(handler=run_import)

    exp = sub.add_parser("export", help="export a list as CSV or XLSX",
                         description=f"Export a list ({', '.join(LISTS)}) as the user may see it, filtered "
                                     "like the window's list.")
    exp.add_argument("kind", metavar="KIND", choices=LISTS, help=", ".join(LISTS))
    add_db_argument(exp)
    add_user_argument(exp)
    exp.add_argument("--format", choices=("csv", "xlsx"), default="csv", help="csv (default) or xlsx")
    exp.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    exp.add_argument("--search", default="", metavar="TEXT", help="the list's search text")
    exp.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                     help="a filter of the list, e.g. segment=lapsed (repeatable)")
    exp.set_defaults(handler=run_export)


class _Progress(Progress):
    """A percentage on standard error while a long import runs (only on a terminal)."""

    def report(self, done: int, total: int | None, stage: str) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{min(100, done * 100 // total)}%", end="", file=sys.stderr, flush=True)


def run_import(args: argparse.Namespace) -> int:
    if args.what == "undo":
        return _undo(args)
    from caseworker.domain.imports import ColumnMapping, DuplicateChoice, ImportKind
    from caseworker.outputs import check_output, write_bytes
    from caseworker.services.imports import ImportOptions
    from caseworker.services.spreadsheets import SourceFormat

    path = existing_file(args.target)
    if args.report:
        # Refused before anything is imported: never the database, a folder or a device.
        check_output(args.report, databases=database_files(args))
    mapping_data = None
    if args.mapping:
        try:
            mapping_data = json.loads(existing_file(args.mapping).read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"{args.mapping} is not a JSON mapping: {exc}") from None
    source = SourceFormat(args.encoding or "", SEPARATORS.get(args.separator or "", ""))
    services = signed_in(args)
    try:
        kind = ImportKind(args.what)
        found = services.imports.inspect(kind, path, source)
        mapping = found.mapping
        if mapping_data is not None:
            mapping = ColumnMapping.from_json(kind, mapping_data, found.info.headers)
        options = ImportOptions(mapping=mapping, source=source, duplicates=DuplicateChoice(args.duplicates))
        report = services.imports.run(kind, path, options, dry_run=args.dry_run, progress=_Progress())
    finally:
        services.db.dispose()
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    _print_report(report)
    if args.report:
        text = json.dumps(report.as_json(), indent=2, ensure_ascii=False) + "\n"
        write_bytes(args.report, text.encode("utf-8"), databases=database_files(args))
    return ExitCode.PROBLEM if report.failed else ExitCode.OK


def _print_report(report) -> None:
    for problem in report.failed:
        print(f"line {problem.line}, {problem.column}: {problem.reason}")
    for dup in report.duplicates:
        where = f"earlier line {dup.earlier_line}" if dup.earlier_line else \
            f"{report.kind.value[:-1]} {dup.existing_id}" + (f" ({dup.existing_name})" if dup.existing_name else "")
        print(f"line {dup.line}: possible duplicate of {where}: {dup.choice.value}")
    if report.failed:
        verdict = f"{len({p.line for p in report.failed})} rows failed: nothing was imported"
    elif report.dry_run:
        verdict = "dry run: nothing was written"
    else:
        verdict = f"import batch {report.batch}"
    print(f"{report.rows} rows: {report.created} created, {report.updated} updated, {report.skipped} skipped; "
          f"{verdict}")


def _undo(args: argparse.Namespace) -> int:
    digits = args.target.strip().lstrip("#")
    if not digits.isdigit():
        raise UsageError(f"'{args.target}' is not an import batch number")
    services = signed_in(args)
    try:
        services.imports.undo(int(digits))
    finally:
        services.db.dispose()
    print(f"import batch {digits} undone")
    return ExitCode.OK


def run_export(args: argparse.Namespace) -> int:
    from caseworker.domain.listing import ListQuery
    from caseworker.outputs import check_output

    # Never the database, its key file, a folder or a device (checked before asking for a password).
    out = check_output(args.out, databases=database_files(args))
    filters = []
    for item in args.filter:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"'{item}' is not a filter: write KEY=VALUE")
        filters.append((key.strip(), _value(value.strip())))
    query = ListQuery(text=args.search, filters=tuple(filters))
    services = signed_in(args)
    try:
        result = services.list_export.export(args.kind, query, out, args.format)
    finally:
        services.db.dispose()
    print(f"wrote {result.path} ({result.rows} rows)")
    return ExitCode.OK


def _value(text: str):
    if text.lower() in ("true", "yes"):
        return True
    if text.lower() in ("false", "no"):
        return False
    if text.isdigit():
        return int(text)
    return text
