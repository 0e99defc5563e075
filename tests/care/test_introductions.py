"""The introduction at handoff in the client's language and by their channel."""

from __future__ import annotations

import pytest

from caseworker.db.models import AuditEntry, Client, OutboxMessage, Task
from caseworker.domain import introductions as words
from caseworker.domain.cases import CaseDraft
from caseworker.domain.introductions import Delivery, delivery_for, language_code, wording_for
from tests.care.conftest import CareOffice


def _client(o: CareOffice, **values: str) -> None:
    with o.db.transaction("test: client details") as s:
        client = s.get(Client, o.client)
        for key, value in values.items():
            setattr(client, key, value)


def _assigned(o: CareOffice):
    """A new case given to Sam: the moment the client is introduced to him."""
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Rent"))
    o.priya.cases.assign(case.id, o.sam.actor.user_id, case.version)
    return case


def _introduction(o: CareOffice, case_id: int):
    return next(e for e in o.sam.cases.case_timeline(case_id) if e.kind == "note" and "worker" in e.headline)


def test_wording_follows_the_clients_language_and_falls_back_saying_so() -> None:
    assert [language_code(x) for x in ("Spanish", "es-MX", "español", "ARABIC", "ar", "English", "French")] == [
        "es", "es", "es", "ar", "ar", "en", "french"]
    spanish = wording_for("Spanish")
    assert (spanish.language, spanish.fallback) == ("es", False)
    assert spanish.say(words.DEAR, name="Ana") == "Estimado/a Ana:"
    assert wording_for("Arabic").say(words.TITLE) == "فريق الدعم الخاص بك"
    french = wording_for("French")
    assert (french.language, french.fallback, french.asked) == ("en", True, "French")
    note, params = words.fallback_note(french)
    assert note.format(**params) == ("There is no introduction text in French: it is written in English, the "
                                     "organisation's language.")
    # No language recorded: the organisation's, without a warning.
    assert (wording_for("").language, wording_for("").fallback) == ("en", False)
    # Every shipped language has every phrase of the English source.
    sources = {v for k, v in vars(words).items() if k.isupper() and isinstance(v, str) and "{" in v or
               k in ("TITLE", "HELLO", "YOUR_TEAM", "NAME", "ROLE", "HOW_TO_REACH", "CLOSING", "KEY_WORKER",
                     "SPECIALIST", "OR")} - {words.CALL_TASK, words.TEXT_TASK} - set(words.DELIVERY_HEADLINES.values())
    for code in ("es", "ar"):
        missing = {s for s in sources if s not in words.CATALOGUE[code]}
        assert not missing, (code, missing)


@pytest.mark.parametrize(("channel", "email", "address", "phone", "expected"), [
    ("email", "a@example.org", "1 High St", "+447700900123", Delivery.EMAIL),
    ("email", "", "1 High St", "+447700900123", Delivery.LETTER),
    ("email", "", "", "+447700900123", Delivery.CALL),
    ("letter", "a@example.org", "1 High St", "", Delivery.LETTER),
    ("letter", "a@example.org", "", "", Delivery.EMAIL),
    ("in_person", "", "", "", Delivery.LETTER),
    ("phone", "a@example.org", "1 High St", "+447700900123", Delivery.CALL),
    ("sms", "", "", "+447700900123", Delivery.TEXT),
    ("sms", "", "1 High St", "", Delivery.LETTER),
    ("", "", "", "", Delivery.NONE),
])
def test_the_delivery_follows_the_channel_the_client_chose(channel: str, email: str, address: str, phone: str,
                                                            expected: Delivery) -> None:
    assert delivery_for(channel, email=email, address=address, phone=phone) is expected


def test_a_spanish_client_who_prefers_email_gets_a_spanish_email_in_the_outbox(care_office: CareOffice) -> None:
    o = care_office
    _client(o, language="Spanish", contact_channel="email", email="amina@example.org", address="1 Calle Mayor")
    case, _ = o.priya.cases.open_case(CaseDraft(o.client, o.housing, "Alquiler"))
    o.priya.cases.assign(case.id, o.sam.actor.user_id, case.version)
    with o.db.read() as s:
        message = s.query(OutboxMessage).one()
        assert (message.channel, message.status, message.audience, message.to_address, message.case_id) == (
            "email", "queued", "clients", "amina@example.org", case.id)
        assert message.subject == f"Su equipo de apoyo para {case.reference}"
        assert message.body_text.startswith("Estimado/a Amina:")
        assert f"Sam es ahora su profesional de referencia para {case.reference} (Alquiler)." in message.body_text
        assert "- Sam: responsable de " in message.body_text
        assert 'lang="es"' in message.body_html
        assert s.query(AuditEntry).filter_by(record_type="message", record_id=message.id).count() == 1
        message_id = message.id
    intro = _introduction(o, case.id)
    assert intro.headline == words.DELIVERY_HEADLINES[Delivery.EMAIL]
    assert intro.headline_params == {"language": "Spanish"}
    assert intro.text.startswith("Estimado/a Amina:")
    # The caseworker's outbox holds it, to go with the next send.
    assert [m.id for m in o.sam.mail.outbox(["queued"])] == [message_id]


def test_an_arabic_client_who_prefers_post_gets_an_arabic_letter_to_print(care_office: CareOffice,
                                                                          tmp_path) -> None:
    from caseworker import exports
    from tests.reports.conftest import Pdf

    o = care_office
    _client(o, language="Arabic", contact_channel="letter", address="12 Mill Road\nLeeds", postcode="LS1 4AB")
    case = _assigned(o)
    letters = o.sam.mail.letters_to_print()
    assert len(letters) == 1
    assert letters[0].body.startswith("عزيزي/عزيزتي Amina،")
    assert "LS1 4AB" in letters[0].address_lines
    intro = _introduction(o, case.id)
    assert intro.headline == words.DELIVERY_HEADLINES[Delivery.LETTER]
    assert intro.headline_params == {"language": "Arabic"}
    # Printing it notes the letter on the timeline, as every client letter is.
    o.sam.mail.record_printed([letters[0].message_id])
    assert any(e.kind == "letter" for e in o.sam.cases.case_timeline(case.id))
    # The Introduction letter on the case prints in Arabic too.
    out = tmp_path / "intro.pdf"
    exports.export_document(o.sam, exports.Kind.INTRODUCTION, case.id, out)
    pdf = Pdf(out)
    assert pdf.has("فريق الدعم الخاص بك") and not pdf.has("Your support team")


def test_a_client_who_prefers_the_phone_gets_a_call_with_a_script_and_a_fallback_said_plainly(
        care_office: CareOffice) -> None:
    o = care_office
    _client(o, language="French", contact_channel="phone", phone="+447700900123")
    case = _assigned(o)
    tasks = [t for t in o.sam.tasks.list_tasks(mine=True) if t.record_type == "client"]
    assert len(tasks) == 1
    task = tasks[0]
    assert task.title == "Call Yusuf, Amina to introduce their worker and team"
    assert task.channel == "phone" and "Sam is now your worker for" in task.notes
    intro = _introduction(o, case.id)
    assert intro.headline == words.DELIVERY_HEADLINES[Delivery.CALL]
    assert intro.headline_params == {"language": "English"}
    assert intro.text.startswith("There is no introduction text in French: it is written in English, the "
                                 "organisation's language.")
    # Nothing went to the outbox, and a fundraiser never sees the task on the client.
    with o.db.read() as s:
        assert s.query(OutboxMessage).count() == 0
        assert s.query(Task).count() == 1
    assert o.joe.tasks.list_tasks(mine=False) == []


def test_a_visit_needs_no_address_the_letter_is_handed_over(care_office: CareOffice) -> None:
    o = care_office
    _client(o, language="es", contact_channel="in_person")
    case = _assigned(o)
    with o.db.read() as s:
        message = s.query(OutboxMessage).one()
        assert (message.channel, message.to_address) == ("letter", "")
        assert message.body_text.startswith("Estimado/a Amina:")
    assert o.sam.care.introduction(case.id).delivery == "letter"


@pytest.mark.sqlite_only
def test_the_introduction_email_goes_out_with_the_outbox_and_lands_on_the_timeline(care_office: CareOffice) -> None:
    from caseworker.correspondence import send_outbox
    from tests.letters.conftest import SmtpServer

    o = care_office
    _client(o, language="ar", contact_channel="email", email="amina@example.org")
    case = _assigned(o)
    server = SmtpServer()
    server.start()
    try:
        assert send_outbox(o.sam, smtp_url=server.url).sent == 1
    finally:
        server.stop()
    [mail] = server.box.messages
    assert mail["To"].addresses[0].addr_spec == "amina@example.org"
    assert mail["Subject"] == f"فريق الدعم الخاص بملفك {case.reference}"
    assert "عزيزي/عزيزتي Amina،" in mail.get_body(("plain",)).get_content()
    assert 'dir="rtl"' in mail.get_body(("html",)).get_content()
    assert any(e.kind == "letter" and e.text.startswith("E-mail: ") for e in o.sam.cases.case_timeline(case.id))
