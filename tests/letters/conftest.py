from __future__ import annotations

import socket
from dataclasses import dataclass, field
from datetime import date, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope

from caseworker.domain.donors import DonorDraft, PreferencesDraft
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.mail import ServerSettings
from caseworker.domain.permissions import Role
from caseworker.domain.templates import TemplateDraft
from caseworker.services.container import Services

THANKS_BODY = """{{ donor.salutation }},

{% if gift.first_gift %}Welcome! Your first gift of {{ gift.amount }} means a great deal.{% else %}Thank you again: your gift of {{ gift.amount }} on {{ gift.date }} keeps our work going.{% endif %}

With gratitude,
{{ worker.signature }}
"""


@dataclass
class Mailbox:
    """A real SMTP server on loopback (aiosmtpd) that keeps what it is sent."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[Envelope] = field(default_factory=list)
    refuse: str | None = None  # an SMTP reply to give to DATA instead of accepting

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.refuse:
            return self.refuse
        self.envelopes.append(envelope)
        self.messages.append(message_from_bytes(envelope.original_content or envelope.content,
                                                policy=policy.default))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.box = Mailbox()
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.controller = Controller(self.box, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server():
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fundraiser(services_for) -> Services:
    return services_for(Role.FUNDRAISER)


@pytest.fixture
def manager(services_for) -> Services:
    return services_for(Role.MANAGER)


@pytest.fixture
def add_donor(fundraiser: Services):
    def make(first: str = "Ana", last: str = "Duarte", email: str = "ana@example.org", **extra: object) -> int:
        record, _ = fundraiser.donors.add_donor(DonorDraft(
            first_name=first, last_name=last, email=email, address_line1="12 Harbour Road", city="Porto",
            postcode="4000-123", **extra))
        return record.id

    return make


@pytest.fixture
def give(fundraiser: Services):
    def make(donor_id: int, amount: str = "50.00", days_ago: int = 3, **extra: object) -> int:
        day = date.today() - timedelta(days=days_ago)
        record, _ = fundraiser.gifts.record_gift(GiftDraft(donor_id, amount, day, **extra))
        return record.id

    return make


@pytest.fixture
def thanks_template(fundraiser: Services):
    def make(name: str = "Thank you", kind: str = "email", attach: str = "", **extra: object) -> int:
        record, _ = fundraiser.mail.save_template(TemplateDraft(
            name=name, kind=kind, purpose=extra.pop("purpose", "thanks"), audience="donors",
            subject="Thank you, {{ donor.first_name }}", body=extra.pop("body", THANKS_BODY), attach=attach,
            **extra))
        return record.id

    return make


@pytest.fixture
def mail_server_settings(manager: Services):
    def set_up(port: int, **extra: object) -> None:
        manager.mail.save_server_settings(ServerSettings(
            host="127.0.0.1", port=port, security="none", from_address="office@goodcause.example",
            from_name="Good Cause", **extra))

    return set_up


def opt_out_of_email(services: Services, donor_id: int) -> None:
    services.donors.set_preferences(donor_id, PreferencesDraft(opted_out_channels=("email",)), None)
