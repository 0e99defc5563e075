"""``caseworker mail`` and ``caseworker letters``: thank-yous, the outbox and mail merges, as ``--user``.

    caseworker mail thank-yous [--template NAME] [--dry-run] [--smtp smtp://HOST:PORT] [--letters FILE.pdf]
    caseworker mail send [--smtp URL] [--retry-now]
    caseworker mail outbox [--status queued|sent|failed|blocked|printed]
    caseworker letters TEMPLATE --to donors|clients [--ids 1,2] [--segment major] --out FILE.pdf [--labels FILE.pdf]

Every message to a donor goes through the contact guard; the summary's last line is
``sent N, blocked N, failed N, skipped N``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from caseworker.cli.main import ExitCode, UsageError, add_db_argument, add_user_argument, database_files, signed_in
from caseworker.domain.errors import RuleViolation
from caseworker.domain.mail import LABEL_SHEETS

SHEETS = tuple(LABEL_SHEETS)
STATUSES = ("queued", "sending", "sent", "failed", "blocked", "printed")


def register(sub: argparse._SubParsersAction) -> None:
    mail = sub.add_parser("mail", help="thank-yous and the e-mail outbox",
                          description="Thank gifts and send the outbox through the organisation's mail "
                                      "server; every message to a donor passes the contact guard.")
    mail_sub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)

    thanks = mail_sub.add_parser("thank-yous", help="thank every gift waiting for a thank-you",
                                 description="Thank the gifts waiting for a thank-you (oldest first), each "
                                             "with the template its rule chooses or --template; e-mails are "
                                             "sent, letters printed with --letters.")
    _common(thanks)
    thanks.add_argument("--template", metavar="NAME", help="use this template for every gift")
    thanks.add_argument("--dry-run", action="store_true", help="list what would be sent; change nothing")
    thanks.add_argument("--smtp", metavar="URL", help="send through this server instead of the settings' "
                        "(smtp://HOST:PORT, smtp+starttls://…, smtps://…)")
    thanks.add_argument("--letters", metavar="FILE.pdf", help="print the thank-you letters into this PDF")
    thanks.add_argument("--limit", type=int, default=100_000, help=argparse.SUPPRESS)
    thanks.set_defaults(handler=run_thank_yous)

    send = mail_sub.add_parser("send", help="send the e-mails waiting in the outbox")
    _common(send)
    send.add_argument("--smtp", metavar="URL", help="send through this server instead of the settings'")
    send.add_argument("--retry-now", action="store_true", help="do not wait out the pause after a refusal")
    send.set_defaults(handler=run_send)

    outbox = mail_sub.add_parser("outbox", help="list the outbox")
    _common(outbox)
    outbox.add_argument("--status", choices=STATUSES, action="append", help="only messages in this state")
    outbox.add_argument("--limit", type=int, default=500)
    outbox.set_defaults(handler=run_outbox)

    letters = sub.add_parser("letters", help="a letter or a mail merge as one PDF",
                             description="Write one template to donors or clients as one PDF with the "
                                         "letterhead; each letter is logged (a touchpoint for a donor, the "
                                         "case timeline for a client). Donors go through the contact guard.")
    letters.add_argument("template", metavar="TEMPLATE", help="the template's name or number")
    _common(letters)
    letters.add_argument("--to", choices=("donors", "clients"), required=True)
    letters.add_argument("--ids", metavar="1,2,3", help="donor numbers (--to donors) or case numbers "
                         "(--to clients); default: every contactable donor / every open case")
    letters.add_argument("--segment", choices=("major", "regular", "new", "lapsed"), help="donors of a segment")
    letters.add_argument("--gave-since", metavar="DATE", type=_date, help="donors who gave on or after DATE")
    letters.add_argument("--limit", type=int, help="at most this many letters")
    letters.add_argument("--out", required=True, metavar="FILE.pdf")
    letters.add_argument("--labels", metavar="FILE.pdf", help="also print address labels for them")
    letters.add_argument("--sheet", choices=SHEETS, default="L7160",
                         help="label sheet: L7160/L7163 (A4) or 5160/5163 (US Letter)")
    letters.add_argument("--dry-run", action="store_true", help="list who would get a letter; change nothing")
    letters.set_defaults(handler=run_letters)


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    add_user_argument(parser)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-30") from None


def _ids(text: str | None) -> list[int] | None:
    if text is None:
        return None
    out = []
    for part in text.split(","):
        part = part.strip().lstrip("#")
        if not part.isdigit():
            raise UsageError(f"--ids: '{part}' is not a number")
        out.append(int(part))
    return out


def _pdf(text: str, option: str) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise UsageError(f"{option}: give a file name ending in .pdf")
    return path


def _when(value, zone: ZoneInfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if value else "never (waiting will not help)"


def _report(result, zone: ZoneInfo) -> None:
    for item in result.blocked:
        who = item.name or f"#{item.record_id}"
        print(f"blocked: {who}: {item.text()} Next allowed: {_when(item.next_allowed, zone)}")
    for item in result.skipped:
        print(f"skipped: {item.text()}")


def run_thank_yous(args: argparse.Namespace) -> int:
    from caseworker.correspondence import print_letters, send_outbox
    from caseworker.domain.mail import SendSummary
    from caseworker.services.org_settings import load_org_settings

    letters_out = _pdf(args.letters, "--letters") if args.letters else None
    services = signed_in(args)
    try:
        zone = load_org_settings(services.db).zone
        due = services.mail.thank_you_queue(args.limit)
        if not due:
            print("no gifts are waiting for a thank-you")
            print(SendSummary().line())
            return ExitCode.OK
        result = services.mail.thank([g.gift_id for g in due], template=args.template, dry_run=args.dry_run)
        _report(result, zone)
        if args.dry_run:
            for row in due:
                print(f"due: gift {row.gift_id} of {row.amount} {row.currency} from {row.donor_name}, "
                      f"{row.days_waiting} days ago")
            print(f"would send {len(result.queued)} e-mails and print {len(result.letters)} letters")
            print(SendSummary(blocked=len(result.blocked), skipped=len(result.skipped)).line())
            return ExitCode.OK
        summary = SendSummary(blocked=len(result.blocked), skipped=len(result.skipped))
        status = ExitCode.OK
        if result.queued:
            try:
                summary = summary + send_outbox(services, smtp_url=args.smtp)
            except RuleViolation as exc:
                # Queued all the same: they go out once a server is set up (caseworker mail send).
                print(f"caseworker: {exc.text()}", file=sys.stderr)
                summary = summary + SendSummary(retrying=len(result.queued))
                status = ExitCode.PROBLEM
        printed = 0
        if result.letters:
            if letters_out is not None:
                printed = print_letters(services, letters_out, list(result.letters)).letters
                print(f"wrote {letters_out} ({printed} letters)")
            else:
                print(f"{len(result.letters)} letters wait in the outbox to be printed (give --letters FILE.pdf)")
        if summary.retrying:
            print(f"{summary.retrying} e-mails wait in the outbox to be tried again (see caseworker mail outbox)")
        print(f"sent {summary.sent + printed}, blocked {summary.blocked}, failed {summary.failed}, "
              f"skipped {summary.skipped}")
        return status
    finally:
        services.db.dispose()


def run_send(args: argparse.Namespace) -> int:
    from caseworker.correspondence import send_outbox

    services = signed_in(args)
    try:
        summary = send_outbox(services, smtp_url=args.smtp, ignore_backoff=args.retry_now)
    finally:
        services.db.dispose()
    if summary.retrying:
        print(f"{summary.retrying} e-mails wait in the outbox to be tried again")
    print(summary.line())
    return ExitCode.OK


def run_outbox(args: argparse.Namespace) -> int:
    from caseworker.services.org_settings import load_org_settings

    services = signed_in(args)
    try:
        zone = load_org_settings(services.db).zone
        rows = services.mail.outbox(args.status or (), args.limit)
    finally:
        services.db.dispose()
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status.value] = counts.get(row.status.value, 0) + 1
        when = row.sent_at or row.created_at
        line = (f"{row.id:>6}  {row.status.value:<8} {row.channel:<6} {when.astimezone(zone):%Y-%m-%d %H:%M}  "
                f"{row.to_name} <{row.to_address}>  {row.subject}" if row.to_address else
                f"{row.id:>6}  {row.status.value:<8} {row.channel:<6} {when.astimezone(zone):%Y-%m-%d %H:%M}  "
                f"{row.to_name}  {row.subject}")
        print(line)
        if row.last_error:
            extra = f" Next allowed: {_when(row.next_allowed, zone)}" if row.status.value == "blocked" else ""
            retry = (f" Next try: {row.next_attempt_at.astimezone(zone):%Y-%m-%d %H:%M}"
                     if row.status.value == "queued" and row.next_attempt_at else "")
            print(f"        {row.last_error}{extra}{retry}")
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "the outbox is empty")
    return ExitCode.OK


def run_letters(args: argparse.Namespace) -> int:
    from caseworker.correspondence import print_labels, print_letters
    from caseworker.domain.mail import SendSummary
    from caseworker.outputs import check_output
    from caseworker.services.org_settings import load_org_settings

    out = check_output(_pdf(args.out, "--out"), databases=database_files(args))
    labels = check_output(_pdf(args.labels, "--labels"), databases=database_files(args)) if args.labels else None
    ids = _ids(args.ids)
    if args.to == "clients" and (args.segment or args.gave_since):
        raise UsageError("--segment and --gave-since choose donors, not clients")
    services = signed_in(args)
    try:
        zone = load_org_settings(services.db).zone
        template = services.mail.template_named(args.template) if not args.template.isdigit() \
            else services.mail.template(int(args.template))
        if template.audience.value != args.to:
            raise UsageError(f"'{template.name}' is a template for {template.audience.value}, not {args.to}")
        if args.to == "donors":
            targets = ids if ids is not None else services.mail.donor_ids(
                segment=args.segment, gave_since=args.gave_since, limit=args.limit)
            result = services.mail.compose(template.id, donor_ids=targets[:args.limit] if args.limit else targets,
                                           dry_run=args.dry_run, letter=True)
        else:
            targets = ids if ids is not None else services.mail.case_ids(limit=args.limit)
            result = services.mail.compose(template.id, case_ids=targets[:args.limit] if args.limit else targets,
                                           dry_run=args.dry_run, letter=True)
        _report(result, zone)
        printed = 0
        if args.dry_run:
            print(f"would print {len(result.letters)} letters")
        elif result.letters:
            if labels is not None:
                pages = print_labels(services, labels, list(result.letters), sheet=args.sheet)
                print(f"wrote {labels} ({len(result.letters)} labels, {pages} sheets)")
            done = print_letters(services, out, list(result.letters), progress=_progress(len(result.letters)))
            printed = done.letters
            print(f"wrote {out} ({printed} letters, {done.pages} pages)")
        else:
            print("no letters to print")
        print(SendSummary(sent=printed, blocked=len(result.blocked), skipped=len(result.skipped)).line())
        return ExitCode.OK
    finally:
        services.db.dispose()


def _progress(total: int):
    step = max(1, total // 10)

    def report(done: int, of: int) -> bool:
        if total >= 200 and done % step == 0 and done and sys.stderr.isatty():
            print(f"  {done} of {of} letters", file=sys.stderr)
        return True

    return report
