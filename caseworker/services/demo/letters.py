"""Demo letters and e-mail: templates for every purpose, a mail server on this computer, and an
outbox with a few messages sent, failed, blocked and waiting, beside the gifts still to be thanked.

The mail server is ``localhost:8025`` without encryption, so ``python -m aiosmtpd -n -l
localhost:8025`` in another terminal receives what the demo sends. Sent thank-yous have their
gift marked thanked, their ``gift_thanks`` row and a done touchpoint, as the service would leave them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from caseworker.db.models import (
    Donor,
    Gift,
    GiftThanks,
    MessageTemplate,
    MessageTemplateVersion,
    OrgSetting,
    OutboxMessage,
    Touchpoint,
)
from caseworker.domain.donors import display_name
from caseworker.domain.templates import Audience, render, text_to_html
from caseworker.services.demo import DemoContext
from caseworker.services.mail import human_date

SIGN_OFF = "\n\nWith warm thanks,\n\n{{ worker.signature }}"

#: name, kind, purpose, audience, subject, body, attach, fallback, min_amount, appeal
TEMPLATES: list[tuple[Any, ...]] = [
    ("Thank you", "email", "thanks", "donors", "Thank you, {{ donor.first_name or donor.name }}",
     "{{ donor.salutation }},\n\n"
     "{% if gift.first_gift %}Welcome, and thank you for your first gift of {{ gift.amount }}. "
     "You have joined a community of neighbours who keep advice free for everyone in York."
     "{% else %}Thank you for your gift of {{ gift.amount }} on {{ gift.date }}. Your support over "
     "{{ donor.gift_count }} gifts keeps our advice free for everyone who needs it.{% endif %}\n\n"
     "{% if gift.fund %}Your gift goes to our {{ gift.fund }} work.{% endif %}"
     "{% if gift.receipt_number %} Your receipt {{ gift.receipt_number }} is attached.{% endif %}" + SIGN_OFF,
     "receipt", "letter", None, ""),
    ("Thank you — major gift", "letter", "thanks", "donors", "Thank you for your generosity",
     "{{ donor.household_greeting }},\n\n"
     "Your gift of {{ gift.amount }} is among the most generous we have received this year. I wanted to "
     "thank you personally and tell you what it makes possible: a full year of evening advice sessions.\n\n"
     "I would love to show you the project. I will telephone in the coming weeks to find a time." + SIGN_OFF,
     "", "letter", Decimal("1000.00"), ""),
    ("Receipt cover e-mail", "email", "receipt", "donors", "Your receipt from {{ org.name }}",
     "{{ donor.salutation }},\n\nPlease find attached your receipt for your gift of {{ gift.amount }} "
     "on {{ gift.date }}. Keep it for your tax records.\n\n{{ org.name }}\n"
     "Registered charity {{ org.registration_number }}",
     "receipt", "letter", None, ""),
    ("Winter appeal", "email", "ask", "donors", "Winter is the hardest season for the families we help",
     "{{ donor.salutation }},\n\nEvery winter, the number of people asking for help with heating and rent "
     "doubles. A gift today keeps our doors open through January.\n\nThank you for standing with us."
     + SIGN_OFF, "", "none", None, ""),
    ("Spring update", "letter", "update", "donors", "What your support did this spring",
     "{{ donor.salutation }},\n\nThis spring we answered 1,240 questions about housing, benefits and debt, "
     "and helped 86 families keep their homes. None of it happens without you." + SIGN_OFF,
     "", "letter", None, ""),
    ("Open day invitation", "email", "invite", "donors", "You are invited: our open day",
     "{{ donor.salutation }},\n\nWe would love to welcome you at our open day on Saturday 14 March, "
     "10:00–14:00, at {{ org.letterhead }}.\n\nMeet the advisers and see where your gifts go." + SIGN_OFF,
     "", "none", None, ""),
    ("Appointment letter", "letter", "update", "clients", "Your appointment",
     "{{ client.salutation }},\n\n"
     "{% if case.appointment %}Your next appointment about {{ case.title }} is on {{ case.appointment }}."
     "{% else %}Please call us to book your next appointment about {{ case.title }}.{% endif %} "
     "Your reference is {{ case.reference }}; please bring any letters you have received.\n\n"
     "Yours sincerely,\n\n{{ worker.signature }}", "", "letter", None, ""),
    ("Case closure letter", "letter", "other", "clients", "Your case {{ case.reference }} is closed",
     "{{ client.salutation }},\n\nWe have closed your case about {{ case.title }}."
     "{% if case.outcome %} The outcome: {{ case.outcome }}.{% endif %}\n\n"
     "If anything changes, get in touch and we will open it again.\n\nYours sincerely,\n\n{{ worker.signature }}",
     "", "letter", None, ""),
    ("Appointment letter", "letter", "update", "clients", "Su cita",
     "Estimado/a {{ client.first_name }}:\n\n"
     "{% if case.appointment %}Su próxima cita sobre «{{ case.title }}» es el {{ case.appointment }}."
     "{% else %}Llámenos para concertar su próxima cita sobre «{{ case.title }}».{% endif %} "
     "Su referencia es {{ case.reference }}.\n\nAtentamente,\n\n{{ worker.signature }}", "", "letter", None, ""),
]

SERVER = {"host": "localhost", "port": 8025, "security": "none", "user": "",
          "from_address": "office@riverside-advice.example", "from_name": "Riverside Community Advice",
          "reply_to": "", "unsubscribe_address": "unsubscribe@riverside-advice.example", "thank_target_hours": 48}

_FAILURES = [
    "The mail server refused the address {address}: 550 5.1.1 No such mailbox",
    "The mail server refused the address {address}: 552 5.2.2 Mailbox full",
]


def populate(ctx: DemoContext) -> None:
    conn = ctx.conn
    now = datetime.combine(ctx.today, time(12), tzinfo=UTC)
    fundraisers = ctx.staff.get("fundraiser")
    fundraiser = fundraisers[0] if fundraisers else ctx.users.get("demo")
    stamp = {"created_at": now - timedelta(days=30), "updated_at": now - timedelta(days=30), "version": 1,
             "updated_by_id": fundraiser}
    templates = []
    versions = []
    for number, (name, kind, purpose, audience, subject, body, attach, fallback, min_amount, appeal) in \
            enumerate(TEMPLATES, start=1):
        templates.append({"id": number, "name": name, "kind": kind, "purpose": purpose, "audience": audience,
                          "language": "es" if subject == "Su cita" else "", "subject": subject, "body": body,
                          "attach": attach, "fallback": fallback, "min_amount": min_amount, "appeal_code": appeal,
                          "active": True, **stamp})
        versions.append({"template_id": number, "number": 1, "subject": subject, "body": body,
                         "saved_at": stamp["created_at"], "saved_by_id": fundraiser})
    ctx.bulk_insert(MessageTemplate.__table__, templates)
    ctx.bulk_insert(MessageTemplateVersion.__table__, versions)
    conn.execute(OrgSetting.__table__.insert().values(key="mail_server", value=json.dumps(SERVER, sort_keys=True),
                                                      created_at=now, updated_at=now, version=1))
    _outbox(ctx, now, fundraiser, templates[0])


def _outbox(ctx: DemoContext, now: datetime, fundraiser: int | None, thanks: dict[str, Any]) -> None:
    """Past thank-yous: most sent, two failed (their gifts wait again), one blocked, one retrying."""
    conn = ctx.conn
    rng = ctx.rng
    rows = conn.execute(
        select(Gift.id, Gift.donor_id, Gift.amount, Gift.gift_date, Gift.thanked_on, Gift.fund, Donor.kind,
               Donor.first_name, Donor.last_name, Donor.organisation_name, Donor.email, Donor.salutation,
               Donor.do_not_contact, Donor.deceased)
        .join(Donor, Donor.id == Gift.donor_id)
        .where(Gift.voided_at.is_(None), Gift.gift_date >= ctx.today - timedelta(days=40), Donor.email != "")
        .order_by(Gift.gift_date, Gift.id)).all()
    thanked = [r for r in rows if r.thanked_on is not None and not r.do_not_contact and not r.deceased]
    waiting = [r for r in rows if r.thanked_on is None and not r.do_not_contact and not r.deceased]
    blocked = [r for r in rows if r.thanked_on is None and (r.do_not_contact or r.deceased)]
    messages: list[dict[str, Any]] = []
    touchpoints: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    next_id = 1

    def message(r: Any, status: str, when: datetime, **extra: Any) -> dict[str, Any]:
        nonlocal next_id
        name = display_name(r.kind, r.first_name, r.last_name, r.organisation_name)
        values = {"donor": {"first_name": r.first_name, "name": name,
                            "salutation": r.salutation or (f"Dear {r.first_name}" if r.first_name else "Dear friends"),
                            "gift_count": 2},
                  "gift": {"amount": f"${r.amount:,.2f}", "date": human_date(r.gift_date),
                           "first_gift": False, "fund": r.fund, "receipt_number": ""},
                  "worker": {"signature": "Joe Fundraiser\nRiverside Community Advice"}}
        rendered = render(thanks["subject"], thanks["body"], values, Audience.DONORS)
        row = {"id": next_id, "channel": "email", "status": status, "purpose": "thanks", "audience": "donors",
               "donor_id": r.donor_id, "client_id": None, "case_id": None, "gift_id": r.id, "receipt_id": None,
               "template_id": thanks["id"], "template_version": 1, "touchpoint_id": None, "staff_id": fundraiser,
               "to_name": name, "to_address": r.email, "subject": rendered.subject, "body_text": rendered.text,
               "body_html": text_to_html(rendered.text), "attach": "",
               "message_id": f"<demo.{next_id}@riverside-advice.example>", "attempts": 1,
               "next_attempt_at": None, "claimed_at": None, "sent_at": None, "last_error": "", "next_allowed": None,
               "created_at": when, "updated_at": when, "version": 1, "updated_by_id": fundraiser}
        row.update(extra)
        next_id += 1
        messages.append(row)
        return row

    for r in thanked[-ctx.count(12, 40):]:
        sent = datetime.combine(r.thanked_on, time(10, rng.randint(0, 59)), tzinfo=UTC)
        row = message(r, "sent", sent, sent_at=sent)
        touchpoints.append({"donor_id": r.donor_id, "when": sent, "channel": "email", "purpose": "thanks",
                            "status": "done", "staff_id": fundraiser,
                            "notes": f"E-mail: {row['subject']} (message {row['id']})", "campaign": "Thank you",
                            "meeting_id": None, "override_by_id": None, "override_reason": "",
                            "cancelled_reason": "", "created_at": sent, "updated_at": sent, "version": 1,
                            "updated_by_id": fundraiser})
        links.append({"gift_id": r.id, "message_id": row["id"], "thanked_at": sent})
    for index, r in enumerate(waiting[:2]):
        message(r, "failed", now - timedelta(days=2), attempts=1,
                last_error=_FAILURES[index].format(address=r.email))
    if len(waiting) > 3:
        r = waiting[2]
        row = message(r, "queued", now - timedelta(hours=3), attempts=2, next_attempt_at=now + timedelta(minutes=15),
                      last_error="The mail server localhost:8025 did not answer in time.")
        links.append({"gift_id": r.id, "message_id": row["id"], "thanked_at": row["created_at"]})
    for r in blocked[:2]:
        message(r, "blocked", now - timedelta(days=1), attempts=0,
                last_error="This supporter has asked not to be contacted at all.")
    if len(waiting) > 4:
        # A donor whose thank-you the guard will hold back: a pause they asked for, ending soon.
        from caseworker.db.models import DonorQuietPeriod

        conn.execute(DonorQuietPeriod.__table__.insert().values(
            donor_id=waiting[-1].donor_id, starts_on=ctx.today - timedelta(days=3),
            ends_on=ctx.today + timedelta(days=10), reason="Bereavement: asked for a pause", created_at=now,
            updated_at=now, version=1, updated_by_id=fundraiser))
    ctx.bulk_insert(OutboxMessage.__table__, messages)
    if touchpoints:
        ctx.bulk_insert(Touchpoint.__table__, touchpoints)
        # Each sent message names its touchpoint, as the service would have left it.
        for tp_id, gift_id in conn.execute(
                select(Touchpoint.id, OutboxMessage.id).join(
                    OutboxMessage, (OutboxMessage.donor_id == Touchpoint.donor_id)
                    & (OutboxMessage.sent_at == Touchpoint.when) & (OutboxMessage.status == "sent"))
                .where(Touchpoint.campaign == "Thank you")):
            conn.execute(update(OutboxMessage).where(OutboxMessage.id == gift_id).values(touchpoint_id=tp_id))
    ctx.bulk_insert(GiftThanks.__table__, links)
    ctx.extra["outbox_count"] = len(messages)
