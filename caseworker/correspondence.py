"""Sending the outbox through the organisation's mail server, and printing letters and labels.

The services decide (templates, the guard, the queue); this module does what a service never does:
it draws PDFs (the receipt a thank-you carries, a letter, a mail merge, address labels) and talks
to the SMTP server. No Qt here: the window runs these functions off its GUI thread, the command
line runs them directly.

Sending is at-least-once on the wire and exactly-once in the records: each message is claimed
(``sending``) in one transaction, handed to the server, and recorded as sent in the next. A refusal
or a vanished server puts it back in the queue with a pause that grows with each try; only a crash
between the server's acceptance and the record can send a message twice, and then with the same
Message-ID, which receiving servers use to drop the copy.
"""

from __future__ import annotations

import io
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TYPE_CHECKING

from caseworker.domain.errors import RuleViolation
from caseworker.domain.i18n import N_
from caseworker.domain.mail import (
    MessageStatus,
    Security,
    SendError,
    SendSummary,
    ServerSettings,
    describe_smtp_error,
    parse_smtp_url,
)
from caseworker.domain.records import Changes
from caseworker.domain.templates import TemplatePurpose
from caseworker.services.mail import LetterText, Outgoing

if TYPE_CHECKING:
    from caseworker.services.container import Services

Progress = Callable[[int, int], bool]
TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: Security
    user: str
    password: str
    settings: ServerSettings


def server_for(services: Services, smtp_url: str | None = None) -> Server:
    """The organisation's server, or the one *smtp_url* names (the command line's ``--smtp``)."""
    settings = services.mail.server_settings()
    if smtp_url:
        host, port, security, user, password = parse_smtp_url(smtp_url)
        if not settings.from_address:
            settings = replace(settings, from_address=f"caseworker@{host}")
        return Server(host, port, security, user, password, settings)
    if not settings.configured:
        raise RuleViolation(N_("No mail server is set up: a manager enters it in Settings."))
    return Server(settings.host, settings.port, settings.security, settings.user,
                  services.mail.server_password() if settings.user else "", settings)


def connect(server: Server) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if server.security is Security.TLS:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT_S, context=context)
    else:
        smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_S)
    try:
        if server.security is Security.STARTTLS:
            smtp.starttls(context=context)
        if server.user:
            smtp.login(server.user, server.password)
    except BaseException:
        smtp.close()  # a refused sign-in or handshake must not leave the connection open
        raise
    return smtp


def build_message(item: Outgoing, server: Server, now: datetime,
                  attachment: tuple[str, bytes] | None = None) -> EmailMessage:
    settings = server.settings
    msg = EmailMessage()
    msg["From"] = formataddr((settings.from_name, settings.from_address))
    msg["To"] = formataddr((item.to_name, item.to_address))
    msg["Subject"] = item.subject
    msg["Date"] = format_datetime(now.astimezone(UTC))
    msg["Message-ID"] = item.message_id
    if settings.reply_to:
        msg["Reply-To"] = settings.reply_to
    if item.purpose == TemplatePurpose.ASK.value:
        address = settings.unsubscribe_address or settings.from_address
        msg["List-Unsubscribe"] = f"<mailto:{address}?subject=unsubscribe>"
    msg.set_content(item.text)
    msg.add_alternative(item.html, subtype="html")
    if attachment is not None:
        name, data = attachment
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg


def _attachment(services: Services, item: Outgoing, now: datetime) -> tuple[str, bytes] | None:
    if item.receipt_id is not None:
        from caseworker.exports import Kind, gather, renderer

        doc = gather(services, Kind.RECEIPT, item.receipt_id)
        buffer = io.BytesIO()
        renderer(Kind.RECEIPT)(doc, buffer, made_by=services.actor.display_name, made_at=now)
        return f"receipt-{doc.number}.pdf", buffer.getvalue()
    if item.letter is not None:
        buffer = io.BytesIO()
        draw_letters(services, [item.letter], buffer)
        return "letter.pdf", buffer.getvalue()
    return None


def send_outbox(services: Services, *, smtp_url: str | None = None, now: datetime | None = None,
                ignore_backoff: bool = False, progress: Progress | None = None,
                limit: int = 10_000) -> SendSummary:
    """Send every e-mail that is due; whatever the server refuses for now waits in the queue."""
    now = now or datetime.now(UTC)
    server = server_for(services, smtp_url)
    # Every claimed message changes (sent, queued again or failed), whatever happens next.
    items, changes = services.mail.claim_due(now, limit, ignore_backoff=ignore_backoff)
    if not items:
        return SendSummary()
    sent = failed = retrying = 0
    smtp: smtplib.SMTP | None = None
    index = 0
    try:
        try:
            smtp = connect(server)
        except (OSError, smtplib.SMTPException) as exc:
            error = describe_smtp_error(exc, server.host, server.port)
            for item in items:
                # The server never saw these: the try does not count against them.
                services.mail.record_failure(item.id, replace(error, permanent=False), now, count_attempt=False)
            return SendSummary(retrying=len(items), changes=changes)
        for index, item in enumerate(items):
            if progress is not None and progress(index, len(items)) is False:
                for rest in items[index:]:
                    services.mail.record_failure(rest.id, SendError(N_("Sending was stopped."), {}, False), now,
                                                 count_attempt=False)
                retrying += len(items) - index
                break
            try:
                message = build_message(item, server, datetime.now(UTC), _attachment(services, item, now))
                smtp.send_message(message, from_addr=server.settings.from_address, to_addrs=[item.to_address])
            except (OSError, smtplib.SMTPException) as exc:
                error = describe_smtp_error(exc, server.host, server.port)
                status, changed = services.mail.record_failure(item.id, error, now)
                changes |= changed
                failed += status is MessageStatus.FAILED
                retrying += status is MessageStatus.QUEUED
                if isinstance(exc, smtplib.SMTPServerDisconnected) or not isinstance(exc, smtplib.SMTPException):
                    # The connection is gone: the others wait for the next run, uncounted.
                    for rest in items[index + 1:]:
                        services.mail.record_failure(rest.id, replace(error, permanent=False), now,
                                                     count_attempt=False)
                    retrying += len(items) - index - 1
                    break
                continue
            changes |= services.mail.record_sent(item.id, datetime.now(UTC))
            sent += 1
        else:
            index = len(items)
        if progress is not None:
            progress(len(items), len(items))
    except BaseException:
        # A bug or an interruption while sending: what was not handed over goes back to the queue.
        for rest in items[index:]:
            services.mail.record_failure(rest.id, SendError(N_("Sending was interrupted."), {}, False), now,
                                         count_attempt=False)
        raise
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()
    return SendSummary(sent=sent, failed=failed, retrying=retrying, changes=changes)


def resume_outbox(services: Services, *, now: datetime | None = None) -> SendSummary | None:
    """Send what is due, if a mail server is set up (the window calls this now and then, so a queue
    left by a closed lid or a server that was down goes out by itself); None when there is none."""
    if not services.mail.server_settings().configured:
        return None
    return send_outbox(services, now=now)


# --- letters and labels ------------------------------------------------------------------------


def draw_letters(services: Services, letters: Sequence[LetterText], out: Path | str | io.BytesIO, *,
                 progress: Progress | None = None, translate: Callable[[str], str] | None = None) -> int:
    from caseworker.reports.documents.letters import Letter, Letters, render_letters
    from caseworker.services.org_settings import load_org_settings
    from caseworker.services.paperwork import organisation

    receipts = {}
    wanted = {x.receipt_id for x in letters if x.receipt_id is not None}
    if wanted:
        from caseworker.exports import Kind, gather

        receipts = {rid: gather(services, Kind.RECEIPT, rid) for rid in wanted}
    doc = Letters(organisation(load_org_settings(services.db)),
                  tuple(Letter(x.to_name, x.address_lines, x.dated, x.subject, x.body,
                               receipts.get(x.receipt_id) if x.receipt_id is not None else None)
                        for x in letters))
    result = render_letters(doc, out, made_by=services.actor.display_name, made_at=datetime.now(UTC),
                            translate=translate, progress=progress)
    return result.pages


@dataclass(frozen=True)
class Printed:
    path: Path
    letters: int
    pages: int
    cancelled: bool = False
    #: The letters recorded as printed and what that settled (gifts thanked, touchpoints done).
    changes: Changes = field(default_factory=Changes)


def print_letters(services: Services, out: Path | str, message_ids: Sequence[int] | None = None, *,
                  progress: Progress | None = None) -> Printed:
    """Print letters waiting in the outbox into one PDF, then record each as sent by post
    (a donor's touchpoint done, a client's case timeline noted). A cancelled print records nothing."""
    from caseworker.reports.documents.letters import LettersCancelled

    letters = services.mail.letters_to_print(message_ids)
    if not letters:
        raise RuleViolation(N_("There are no letters waiting to be printed."))
    try:
        pages = draw_letters(services, letters, out, progress=progress)
    except LettersCancelled:
        return Printed(Path(out), 0, 0, cancelled=True)
    changes = services.mail.record_printed([x.message_id for x in letters])
    return Printed(Path(out), len(letters), pages, changes=changes)


def print_labels(services: Services, out: Path | str, message_ids: Sequence[int] | None = None, *,
                 sheet: str = "L7160") -> int:
    """Address labels for the letters waiting in the outbox (these, or all)."""
    from caseworker.reports.documents.address_labels import Label, render_labels

    letters = services.mail.letters_to_print(message_ids)
    if not letters:
        raise RuleViolation(N_("There are no letters waiting to be printed."))
    return render_labels([Label((x.to_name, *x.address_lines)) for x in letters], out, sheet=sheet).pages
