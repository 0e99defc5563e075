"""The outbox's rules: states, retry with back-off, the mail server's settings and its errors in words.

A message is ``queued`` until the server accepts it (``sent``) or it can never be delivered
(``failed``); a message the contact guard refused is kept as ``blocked`` with the reason and the
next allowed time, and is never sent. ``sending`` marks a message handed to the server and not yet
recorded as accepted: a run that finds one left over from a crash sends it again with the same
Message-ID (a receiving server drops the second copy), rather than losing it.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final
from urllib.parse import unquote, urlsplit

from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.i18n import N_
from caseworker.domain.records import Changes

# The label sheets address labels are laid out for (their geometry is the labels document's), by
# the code printed on the packet, with the words a shop uses for them.
LABEL_SHEETS: Final = {
    "L7160": N_("A4, 21 labels 63.5 × 38.1 mm (Avery L7160)"),
    "L7163": N_("A4, 14 labels 99.1 × 38.1 mm (Avery L7163)"),
    "5160": N_("US Letter, 30 labels 2⅝ × 1 in (Avery 5160)"),
    "5163": N_("US Letter, 10 labels 4 × 2 in (Avery 5163)"),
}


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    BLOCKED = "blocked"
    PRINTED = "printed"


STATUS_LABELS: Final = {
    MessageStatus.QUEUED: N_("Queued"),
    MessageStatus.SENDING: N_("Sending"),
    MessageStatus.SENT: N_("Sent"),
    MessageStatus.FAILED: N_("Failed"),
    MessageStatus.BLOCKED: N_("Blocked by the guard"),
    MessageStatus.PRINTED: N_("Printed"),
}

#: Minutes to wait after each failed attempt; after the last one the message has failed.
BACKOFF_MINUTES: Final = (1, 5, 15, 60, 240, 720)
MAX_ATTEMPTS: Final = len(BACKOFF_MINUTES) + 1
#: A message left ``sending`` this long was interrupted (the app closed, the laptop slept).
STALE_SENDING: Final = timedelta(minutes=10)


def retry_at(attempts: int, now: datetime) -> datetime | None:
    """When to try again after *attempts* failed tries, or None when it is time to give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    # A try the server never saw (it could not be reached) waits as long as a first refusal.
    step = min(max(attempts, 1), len(BACKOFF_MINUTES)) - 1
    return now + timedelta(minutes=BACKOFF_MINUTES[step])


class Security(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


@dataclass(frozen=True)
class ServerSettings:
    """The organisation's own mail server; the password is held apart (encrypted) and never here."""

    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    from_address: str = ""
    from_name: str = ""
    reply_to: str = ""
    #: Where an appeal's ``List-Unsubscribe`` mail goes (the sender's address when empty).
    unsubscribe_address: str = ""
    #: How soon a gift should be thanked.
    thank_target_hours: int = 48

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)


def validate_server(settings: ServerSettings) -> ServerSettings:
    from caseworker.domain.inputs import clean_text

    errors: list[ValidationError] = []
    host = settings.host.strip()
    if host and (any(c.isspace() for c in host) or "/" in host):
        errors.append(ValidationError("host", N_("'{host}' is not a server name."), host=host))
    if not 1 <= int(settings.port) <= 65535:
        errors.append(ValidationError("port", N_("The port is a number from 1 to 65535.")))
    for name in ("from_address", "reply_to", "unsubscribe_address"):
        value = getattr(settings, name).strip()
        if value and ("@" not in value or any(c.isspace() for c in value)):
            errors.append(ValidationError(name, N_("'{address}' is not an e-mail address."), address=value))
    if host and not settings.from_address.strip():
        errors.append(ValidationError("from_address", N_("Enter the address messages are sent from.")))
    if not 1 <= int(settings.thank_target_hours) <= 24 * 60:
        errors.append(ValidationError("thank_target_hours", N_("The target is between 1 hour and 60 days.")))
    try:
        from_name = clean_text(settings.from_name, "from_name", max_chars=120)
        user = clean_text(settings.user, "user", max_chars=254)
    except ValidationError as exc:
        errors.append(exc)
        from_name, user = "", ""
    if errors:
        raise ValidationErrors(errors)
    return ServerSettings(host, int(settings.port), Security(settings.security), user,
                          settings.from_address.strip(), from_name, settings.reply_to.strip(),
                          settings.unsubscribe_address.strip(), int(settings.thank_target_hours))


def parse_smtp_url(url: str) -> tuple[str, int, Security, str, str]:
    """``smtp://HOST:PORT`` (plain), ``smtp+starttls://…`` or ``smtps://…`` (TLS), with an optional
    ``user:password@``; returns host, port, security, user and password."""
    parts = urlsplit(url)
    schemes = {"smtp": Security.NONE, "smtp+starttls": Security.STARTTLS, "smtps": Security.TLS}
    if parts.scheme not in schemes or not parts.hostname:
        raise ValidationError("smtp", N_("'{url}' is not a mail server address like smtp://HOST:PORT."), url=url)
    security = schemes[parts.scheme]
    try:
        port = parts.port or (465 if security is Security.TLS else 587 if security is Security.STARTTLS else 25)
    except ValueError:
        raise ValidationError("smtp", N_("'{url}' has a port that is not a number."), url=url) from None
    return (parts.hostname, port, security, unquote(parts.username or ""), unquote(parts.password or ""))


@dataclass(frozen=True)
class SendError:
    """What went wrong, in words, and whether trying again later can help."""

    message: str
    params: dict[str, object]
    permanent: bool

    def text(self) -> str:
        return self.message.format(**self.params)


def describe_smtp_error(exc: BaseException, host: str, port: int) -> SendError:
    """The server's (or the network's) refusal in plain words."""
    where = {"host": host, "port": port}
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        address, (code, reply) = next(iter(exc.recipients.items()))
        return SendError(N_("The mail server refused the address {address}: {code} {reply}"),
                         {"address": address, "code": code, "reply": _reply(reply)}, permanent=code >= 500)
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return SendError(N_("The mail server refused the sender address {address}: {code} {reply}"),
                         {"address": exc.sender, "code": exc.smtp_code, "reply": _reply(exc.smtp_error)},
                         permanent=exc.smtp_code >= 500)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendError(N_("The mail server did not accept the user name and password ({code})."),
                         {"code": exc.smtp_code}, permanent=False)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendError(N_("The mail server does not offer what the settings ask for: {reply}"),
                         {"reply": str(exc)}, permanent=False)
    if isinstance(exc, smtplib.SMTPResponseException):
        return SendError(N_("The mail server answered {code}: {reply}"),
                         {"code": exc.smtp_code, "reply": _reply(exc.smtp_error)},
                         permanent=500 <= exc.smtp_code < 600 and exc.smtp_code not in (530, 535))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SendError(N_("The mail server {host}:{port} closed the connection."), where, permanent=False)
    if isinstance(exc, ConnectionRefusedError):
        return SendError(N_("Nothing answers at {host}:{port}: the mail server is down or the port is wrong."),
                         where, permanent=False)
    if isinstance(exc, socket.gaierror):
        return SendError(N_("The mail server's name {host} could not be found (no network, or a typing "
                            "mistake)."), where, permanent=False)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return SendError(N_("The mail server {host}:{port} did not answer in time."), where, permanent=False)
    if isinstance(exc, ssl.SSLError):
        return SendError(N_("A secure connection to {host}:{port} could not be made: {reason}"),
                         {**where, "reason": exc.reason or str(exc)}, permanent=False)
    if isinstance(exc, OSError):
        return SendError(N_("The mail server {host}:{port} could not be reached: {reason}"),
                         {**where, "reason": exc.strerror or str(exc)}, permanent=False)
    return SendError(N_("Sending failed: {reason}"), {"reason": str(exc)}, permanent=False)


def _reply(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


@dataclass(frozen=True)
class SendSummary:
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    skipped: int = 0
    #: Messages left queued for a later try (the server refused for now, or was away).
    retrying: int = 0
    #: What the run changed (the messages it claimed, the gifts and touchpoints a sent one settled),
    #: for the window to refresh; not part of what a summary says.
    changes: Changes = field(default_factory=Changes, compare=False)

    def __add__(self, other: SendSummary) -> SendSummary:
        return SendSummary(self.sent + other.sent, self.blocked + other.blocked, self.failed + other.failed,
                           self.skipped + other.skipped, self.retrying + other.retrying,
                           self.changes | other.changes)

    def line(self) -> str:
        return f"sent {self.sent}, blocked {self.blocked}, failed {self.failed}, skipped {self.skipped}"

