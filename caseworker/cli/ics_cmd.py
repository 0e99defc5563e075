"""``caseworker ics``: export meetings as an iCalendar file (RFC 5545) for other calendars."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from caseworker.cli.main import (
    ExitCode,
    UsageError,
    add_db_argument,
    add_user_argument,
    cli_date,
    database_files,
    record_id,
    signed_in,
)


def register(sub: argparse._SubParsersAction) -> None:
    ics = sub.add_parser("ics", help="export meetings to an iCalendar (.ics) file",
                         description="Export the meetings from one date to another (in the organisation's "
                         "time zone), or one meeting or series, as an iCalendar file that Outlook, "
                         "Google Calendar and Thunderbird import.")
    add_db_argument(ics)
    add_user_argument(ics)
    ics.add_argument("--from", dest="first", metavar="DATE", type=cli_date, help="first day, YYYY-MM-DD")
    ics.add_argument("--to", dest="last", metavar="DATE", type=cli_date, help="last day, YYYY-MM-DD (inclusive)")
    ics.add_argument("--meeting", type=record_id("meeting"), metavar="ID",
                     help="export this meeting (a whole series for a series)")
    ics.add_argument("--out", required=True, metavar="FILE", help="the .ics file to write ('-' for standard output)")
    ics.set_defaults(handler=run_ics)


def run_ics(args: argparse.Namespace) -> int:
    if args.meeting is None and (args.first is None or args.last is None):
        raise UsageError("give --from and --to, or --meeting ID")
    if args.first is not None and args.last is not None and args.last < args.first:
        raise UsageError("--to is before --from")
    if args.out != "-":
        from caseworker.outputs import check_output

        check_output(args.out, databases=database_files(args))
    services = signed_in(args)
    try:
        if args.meeting is not None:
            data = services.ics.meeting_ics(args.meeting)
        else:
            data = services.ics.range_ics(args.first, args.last, services.settings.get().zone)
    finally:
        services.db.dispose()
    if args.out == "-":
        os.write(1, data)
        return ExitCode.OK
    write_atomically(Path(args.out), data)
    print(f"wrote {args.out} ({data.count(b'BEGIN:VEVENT')} events)")
    return ExitCode.OK


def write_atomically(path: Path, data: bytes) -> None:
    """Write *data* to *path* so that a reader never sees half a file (see ``caseworker.outputs``)."""
    from caseworker.outputs import write_bytes

    write_bytes(path, data)
