"""The template engine: merge fields, conditional blocks, and a sandbox no template can leave."""

from __future__ import annotations

import pytest

from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.templates import Audience, TemplateDraft, check_template, render, validate_template

VALUES = {
    "donor": {"name": "Ana Duarte", "first_name": "Ana", "salutation": "Dear Ana", "address": ["1 Road", "Town"]},
    "gift": {"amount": "$50.00", "first_gift": True, "date": "1 December 2026"},
    "org": {"name": "Good Cause"}, "worker": {"name": "Joe", "signature": "Joe\nGood Cause"}, "today": "today",
}


def test_merge_fields_and_conditional_blocks():
    body = ("{{ donor.salutation }},\n\n{% if gift.first_gift %}Welcome!{% else %}Again, thanks.{% endif %}"
            " {{ gift.amount }}\n\n{% for line in donor.address %}{{ line }}\n{% endfor %}")
    out = render("For {{ donor.first_name }}", body, VALUES, Audience.DONORS)
    assert out.subject == "For Ana"
    assert out.text.startswith("Dear Ana,\n\nWelcome! $50.00")
    assert "1 Road\nTown" in out.text
    repeat = render("", body, {**VALUES, "gift": {**VALUES["gift"], "first_gift": False}}, Audience.DONORS)
    assert "Again, thanks." in repeat.text and "Welcome" not in repeat.text


def test_the_html_part_escapes_what_the_record_holds():
    values = {**VALUES, "donor": {**VALUES["donor"], "salutation": "Dear <b>Ana</b> & co"}}
    out = render("", "{{ donor.salutation }}\n\nLine one\nline two", values, Audience.DONORS)
    assert "<p>Dear &lt;b&gt;Ana&lt;/b&gt; &amp; co</p>" in out.html
    assert "<p>Line one<br>line two</p>" in out.html


def test_an_unknown_field_is_named():
    with pytest.raises(ValidationErrors) as caught:
        check_template("Hi {{ donor.nmae }}", "Body", Audience.DONORS)
    assert "donor.nmae" in caught.value.by_field()["subject"]


def test_a_field_the_record_lacks_is_named():
    values = {k: v for k, v in VALUES.items() if k != "gift"}
    with pytest.raises(ValidationError) as caught:
        render("", "Thanks for {{ gift.amount }}", values, Audience.DONORS)
    assert caught.value.params["field"] == "gift"


def test_client_fields_are_not_donor_fields():
    with pytest.raises(ValidationErrors) as caught:
        check_template("", "{{ client.name }}", Audience.DONORS)
    assert "client.name" in caught.value.by_field()["body"]
    check_template("", "{{ client.name }} {{ case.reference }}", Audience.CLIENTS)


def test_a_syntax_error_gives_its_line():
    with pytest.raises(ValidationErrors) as caught:
        check_template("", "Hello\n{% if donor.name %}never closed", Audience.DONORS)
    assert "line" in caught.value.by_field()["body"]


@pytest.mark.parametrize("attack", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ donor.__class__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ self.__init__.__globals__ }}",
    "{{ (1).__class__.__base__.__subclasses__() }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}",
    "{{ range(10**9)|list }}",
])
def test_sandbox_escapes_are_refused(attack):
    with pytest.raises((ValidationError, ValidationErrors)):
        render("", attack, VALUES, Audience.DONORS)


def test_str_format_cannot_reach_internals():
    # format() on a string is sandboxed too: attributes of the arguments stay out of reach.
    with pytest.raises((ValidationError, ValidationErrors)):
        render("", "{{ '{0.__class__}'.format(donor) }}", VALUES, Audience.DONORS)


def test_a_template_draft_is_checked_field_by_field():
    with pytest.raises(ValidationErrors) as caught:
        validate_template(TemplateDraft(name="", kind="fax", purpose="thanks", audience="donors", subject="",
                                        body=""))
    fields = caught.value.by_field()
    assert {"name", "kind", "body"} <= set(fields)


def test_an_email_needs_a_subject_and_clients_get_no_receipts():
    with pytest.raises(ValidationErrors) as caught:
        validate_template(TemplateDraft(name="x", kind="email", purpose="update", audience="clients", subject="",
                                        body="Hi", attach="receipt"))
    assert {"subject", "attach"} <= set(caught.value.by_field())


def test_the_pause_after_a_refusal_grows_then_the_message_fails():
    from datetime import UTC, datetime, timedelta

    from caseworker.domain.mail import MAX_ATTEMPTS, retry_at

    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    assert retry_at(0, now) == now + timedelta(minutes=1)
    assert retry_at(1, now) == now + timedelta(minutes=1)
    assert retry_at(2, now) == now + timedelta(minutes=5)
    assert retry_at(MAX_ATTEMPTS - 1, now) == now + timedelta(hours=12)
    assert retry_at(MAX_ATTEMPTS, now) is None


def test_smtp_errors_in_plain_words():
    import smtplib

    from caseworker.domain.mail import describe_smtp_error

    refused = describe_smtp_error(ConnectionRefusedError(111, "Connection refused"), "mail.example", 587)
    assert refused.text() == "Nothing answers at mail.example:587: the mail server is down or the port is wrong."
    assert not refused.permanent
    mailbox = describe_smtp_error(smtplib.SMTPRecipientsRefused({"a@b.c": (550, b"5.1.1 No such user")}), "m", 25)
    assert mailbox.permanent and "a@b.c" in mailbox.text() and "No such user" in mailbox.text()
    busy = describe_smtp_error(smtplib.SMTPDataError(451, b"try later"), "m", 25)
    assert not busy.permanent and "451" in busy.text()
    auth = describe_smtp_error(smtplib.SMTPAuthenticationError(535, b"bad"), "m", 25)
    assert "user name and password" in auth.text()


def test_smtp_urls():
    from caseworker.domain.mail import Security, parse_smtp_url

    assert parse_smtp_url("smtp://127.0.0.1:2525") == ("127.0.0.1", 2525, Security.NONE, "", "")
    assert parse_smtp_url("smtps://u%40x:p@mail.example") == ("mail.example", 465, Security.TLS, "u@x", "p")
    assert parse_smtp_url("smtp+starttls://mail.example")[1:3] == (587, Security.STARTTLS)
    with pytest.raises(ValidationError):
        parse_smtp_url("http://mail.example")
