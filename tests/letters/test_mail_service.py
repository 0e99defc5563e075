"""Thank-yous and the outbox against a real SMTP server on loopback, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from caseworker.correspondence import print_letters, send_outbox
from caseworker.db.models import Gift, Touchpoint
from caseworker.domain.errors import NotPermitted, ValidationErrors
from caseworker.domain.mail import MessageStatus
from caseworker.domain.permissions import Role
from caseworker.domain.records import ChangeKind
from caseworker.domain.templates import TemplateDraft
from tests.letters.conftest import opt_out_of_email


class _Tp:
    def __init__(self, tp: Touchpoint) -> None:
        self.channel, self.purpose, self.status = tp.channel, tp.purpose, tp.status


def _touchpoints(db, donor_id):
    with db.read() as s:
        return [_Tp(t) for t in s.scalars(select(Touchpoint).where(Touchpoint.donor_id == donor_id))]


def test_a_thank_you_arrives_with_headers_parts_and_receipt(db, fundraiser, add_donor, give, thanks_template,
                                                            smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port, reply_to="thanks@goodcause.example")
    donor = add_donor()
    gift = give(donor, "125.00")
    thanks_template(attach="receipt")
    assert [r.gift_id for r in fundraiser.mail.thank_you_queue()] == [gift]

    result = fundraiser.mail.thank([gift])
    assert len(result.queued) == 1 and not result.blocked
    summary = send_outbox(fundraiser)
    assert summary.line() == "sent 1, blocked 0, failed 0, skipped 0"

    [msg] = smtp_server.box.messages
    assert msg["To"] == "Ana Duarte <ana@example.org>"
    assert msg["From"] == "Good Cause <office@goodcause.example>"
    assert msg["Subject"] == "Thank you, Ana"
    assert msg["Reply-To"] == "thanks@goodcause.example"
    assert msg["Message-ID"].endswith("@goodcause.example>")
    assert msg["Date"]
    assert msg["List-Unsubscribe"] is None  # a thank-you is not an appeal
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "Welcome! Your first gift of $125.00" in text
    assert "<p>Dear Ana,</p>" in html
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename().startswith("receipt-")
    assert attachment.get_content().startswith(b"%PDF")

    # Sent: the gift is thanked, the touchpoint done, and the queue is empty.
    assert fundraiser.mail.thank_you_queue() == []
    [tp] = _touchpoints(db, donor)
    assert (tp.channel, tp.purpose, tp.status) == ("email", "thanks", "done")
    with db.read() as s:
        assert s.get(Gift, gift).thanked_on is not None
    [row] = fundraiser.mail.outbox()
    assert row.status is MessageStatus.SENT


def test_no_gift_is_thanked_twice(db, fundraiser, add_donor, give, thanks_template, smtp_server,
                                  mail_server_settings):
    mail_server_settings(smtp_server.port)
    gift = give(add_donor())
    thanks_template()
    first = fundraiser.mail.thank([gift])
    again = fundraiser.mail.thank([gift])
    assert len(first.queued) == 1
    assert again.queued == () and len(again.skipped) == 1
    send_outbox(fundraiser)
    assert len(fundraiser.mail.thank([gift]).skipped) == 1
    send_outbox(fundraiser)
    assert len(smtp_server.box.messages) == 1


def test_an_appeal_carries_list_unsubscribe(db, fundraiser, add_donor, smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port, unsubscribe_address="leave@goodcause.example")
    donor = add_donor()
    template, _ = fundraiser.mail.save_template(TemplateDraft(
        name="Winter appeal", kind="email", purpose="ask", audience="donors",
        subject="Winter is coming", body="{{ donor.salutation }}, please give."))
    result = fundraiser.mail.compose(template.id, donor_ids=[donor])
    assert len(result.queued) == 1
    send_outbox(fundraiser)
    [msg] = smtp_server.box.messages
    assert msg["List-Unsubscribe"] == "<mailto:leave@goodcause.example?subject=unsubscribe>"
    [tp] = _touchpoints(db, donor)
    assert (tp.purpose, tp.status) == ("ask", "done")


def test_a_blocked_donor_receives_nothing(db, fundraiser, add_donor, smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port)
    donor = add_donor()
    template, _ = fundraiser.mail.save_template(TemplateDraft(
        name="Appeal", kind="email", purpose="ask", audience="donors", subject="Please", body="Please give."))
    assert len(fundraiser.mail.compose(template.id, donor_ids=[donor]).queued) == 1
    second = fundraiser.mail.compose(template.id, donor_ids=[donor])  # inside the gap and the ask cap
    assert second.queued == ()
    [blocked] = second.blocked
    assert "ask" in blocked.text().lower() or "days" in blocked.text().lower()
    assert blocked.next_allowed is not None and blocked.next_allowed > datetime.now(UTC)
    send_outbox(fundraiser)
    assert len(smtp_server.box.messages) == 1
    statuses = sorted(r.status.value for r in fundraiser.mail.outbox())
    assert statuses == ["blocked", "sent"]
    [row] = fundraiser.mail.outbox([MessageStatus.BLOCKED])
    assert row.last_error and row.next_allowed is not None


def test_a_do_not_contact_donor_is_blocked_with_no_next_time(db, fundraiser, add_donor, give, thanks_template,
                                                             smtp_server, mail_server_settings):
    from caseworker.domain.donors import PreferencesDraft

    mail_server_settings(smtp_server.port)
    donor = add_donor()
    gift = give(donor)
    fundraiser.donors.set_preferences(donor, PreferencesDraft(do_not_contact=True), None)
    thanks_template()
    result = fundraiser.mail.thank([gift])
    [blocked] = result.blocked
    assert blocked.next_allowed is None
    send_outbox(fundraiser)
    assert smtp_server.box.messages == []
    assert _touchpoints(db, donor) == []
    # The gift still waits to be thanked some other way.
    assert [r.gift_id for r in fundraiser.mail.thank_you_queue()] == [gift]


def test_a_donor_who_takes_no_email_gets_a_letter(db, fundraiser, add_donor, give, thanks_template, tmp_path,
                                                  smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port)
    donor = add_donor()
    opt_out_of_email(fundraiser, donor)
    gift = give(donor)
    thanks_template(fallback="letter")
    result = fundraiser.mail.thank([gift])
    assert result.queued == () and len(result.letters) == 1
    send_outbox(fundraiser)
    assert smtp_server.box.messages == []
    printed = print_letters(fundraiser, tmp_path / "letters.pdf")
    assert printed.letters == 1 and (tmp_path / "letters.pdf").read_bytes().startswith(b"%PDF")
    # What printing settled is named, so the window refreshes the queue and the donor.
    assert printed.changes.ids(ChangeKind.MESSAGE) == {result.letters[0]}
    assert printed.changes.ids(ChangeKind.GIFT) == {gift} and printed.changes.ids(ChangeKind.DONOR) == {donor}
    [tp] = _touchpoints(db, donor)
    assert (tp.channel, tp.status) == ("letter", "done")
    assert fundraiser.mail.thank_you_queue() == []


def test_the_template_can_send_nothing_instead(db, fundraiser, add_donor, give, thanks_template):
    donor = add_donor()
    opt_out_of_email(fundraiser, donor)
    gift = give(donor)
    thanks_template(fallback="none")
    result = fundraiser.mail.thank([gift])
    assert result.queued == () and result.letters == () and len(result.skipped) == 1


def test_a_refusing_server_leaves_the_message_queued_and_the_next_run_sends_it_once(
        db, fundraiser, add_donor, give, thanks_template, smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port)
    gift = give(add_donor())
    thanks_template()
    fundraiser.mail.thank([gift])
    smtp_server.box.refuse = "451 4.3.0 Mail server busy, try later"
    summary = send_outbox(fundraiser)
    assert (summary.sent, summary.retrying) == (0, 1)
    [row] = fundraiser.mail.outbox()
    assert summary.changes.ids(ChangeKind.MESSAGE) == {row.id} and not summary.changes.touches(ChangeKind.GIFT)
    assert row.status is MessageStatus.QUEUED
    assert "451" in row.last_error and "busy" in row.last_error
    assert row.next_attempt_at > datetime.now(UTC)
    # Not due yet: nothing is tried.
    smtp_server.box.refuse = None
    assert send_outbox(fundraiser).sent == 0
    later = datetime.now(UTC) + timedelta(minutes=2)
    sent = send_outbox(fundraiser, now=later)
    assert sent.sent == 1 and sent.changes.ids(ChangeKind.GIFT) == {gift}
    assert send_outbox(fundraiser, now=later + timedelta(hours=1)).changes.records == {}
    assert len(smtp_server.box.messages) == 1
    assert fundraiser.mail.outbox()[0].status is MessageStatus.SENT


def test_a_vanished_server_leaves_the_message_queued(db, fundraiser, add_donor, give, thanks_template,
                                                     smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port)
    gift = give(add_donor())
    thanks_template()
    fundraiser.mail.thank([gift])
    smtp_server.stop()
    summary = send_outbox(fundraiser)
    assert (summary.sent, summary.retrying) == (0, 1)
    [row] = fundraiser.mail.outbox()
    assert row.status is MessageStatus.QUEUED
    assert "Nothing answers at 127.0.0.1" in row.last_error
    assert fundraiser.mail.thank_you_queue() == []  # on its way, not waiting
    smtp_server.start()
    assert send_outbox(fundraiser, ignore_backoff=True).sent == 1
    assert send_outbox(fundraiser, ignore_backoff=True).sent == 0
    assert len(smtp_server.box.messages) == 1


def test_an_address_the_server_refuses_for_good_fails_and_the_gift_waits_again(
        db, fundraiser, add_donor, give, thanks_template, smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port)
    donor = add_donor()
    gift = give(donor)
    thanks_template()
    fundraiser.mail.thank([gift])
    smtp_server.box.refuse = "550 5.1.1 No such mailbox"
    summary = send_outbox(fundraiser)
    assert summary.failed == 1
    [row] = fundraiser.mail.outbox()
    # The gift waits again and its touchpoint is cancelled: both named for the window to refresh.
    assert summary.changes.ids(ChangeKind.MESSAGE) == {row.id} and summary.changes.ids(ChangeKind.GIFT) == {gift}
    assert summary.changes.touches(ChangeKind.TOUCHPOINT)
    assert row.status is MessageStatus.FAILED and "No such mailbox" in row.last_error
    assert [r.gift_id for r in fundraiser.mail.thank_you_queue()] == [gift]
    [tp] = _touchpoints(db, donor)
    assert tp.status == "cancelled"
    smtp_server.box.refuse = None
    fundraiser.mail.retry(row.id)
    assert send_outbox(fundraiser).sent == 1


def test_a_template_with_a_missing_field_is_refused_before_anything_is_sent(fundraiser):
    with pytest.raises(ValidationErrors) as caught:
        fundraiser.mail.save_template(TemplateDraft(
            name="Broken", kind="email", purpose="thanks", audience="donors", subject="Hi",
            body="Dear {{ donor.nickname }}, thanks for {{ gift.amount }}."))
    assert "donor.nickname" in caught.value.by_field()["body"]
    assert fundraiser.mail.list_templates() == []


def test_a_gift_field_in_an_appeal_is_refused_by_name(db, fundraiser, add_donor, smtp_server, mail_server_settings):
    mail_server_settings(smtp_server.port)
    donor = add_donor()
    template, _ = fundraiser.mail.save_template(TemplateDraft(
        name="Appeal", kind="email", purpose="ask", audience="donors", subject="Hi",
        body="You gave {{ gift.amount }} last time."))
    result = fundraiser.mail.compose(template.id, donor_ids=[donor])
    assert result.queued == ()
    [skip] = result.skipped
    assert "gift" in skip.text()
    send_outbox(fundraiser)
    assert smtp_server.box.messages == []


def test_caseworkers_never_reach_donor_templates_and_fundraisers_never_reach_clients(
        services_for, fundraiser, thanks_template):
    thanks_template()
    caseworker = services_for(Role.CASEWORKER)
    assert caseworker.mail.list_templates() == []
    with pytest.raises(NotPermitted):
        caseworker.mail.list_templates("donors")
    with pytest.raises(NotPermitted):
        caseworker.mail.save_template(TemplateDraft(name="x", kind="letter", purpose="thanks", audience="donors",
                                                    subject="", body="Hello"))
    with pytest.raises(NotPermitted):
        fundraiser.mail.save_template(TemplateDraft(name="x", kind="letter", purpose="update",
                                                    audience="clients", subject="", body="Hello"))
    with pytest.raises(NotPermitted):
        caseworker.mail.thank_you_queue()


def test_templates_are_versioned_and_audited(fundraiser, admin, db, thanks_template):
    from caseworker.services.container import Services

    template_id = thanks_template()
    record = fundraiser.mail.template(template_id)
    draft = TemplateDraft(name=record.name, kind="email", purpose="thanks", audience="donors",
                          subject="Thanks!", body="{{ donor.salutation }}, thank you.")
    saved, _ = fundraiser.mail.save_template(draft, template_id, expected_version=record.version)
    assert saved.version == record.version + 1
    versions = fundraiser.mail.template_versions(template_id)
    assert [v[0] for v in versions] == [saved.version, record.version]
    assert versions[1][3].startswith("{{ donor.salutation }},")
    trail = Services(db, admin).audit.for_record("template", template_id)
    assert sorted(e.kind for e in trail) == ["create", "update"]


def test_the_smtp_password_is_stored_sealed(db, manager):
    from caseworker.db.models import OrgSetting
    from caseworker.domain.mail import ServerSettings

    manager.mail.save_server_settings(ServerSettings(host="mail.example", port=587, user="office",
                                                     from_address="office@example.org"), password="s3cret-Pa55")
    with db.read() as s:
        stored = " ".join(r.value for r in s.scalars(select(OrgSetting)))
    assert "s3cret-Pa55" not in stored
    assert manager.mail.server_password() == "s3cret-Pa55"
    manager.mail.save_server_settings(manager.mail.server_settings(), password=None)
    assert manager.mail.server_password() == "s3cret-Pa55"


def test_only_managers_set_the_mail_server(fundraiser):
    from caseworker.domain.mail import ServerSettings

    with pytest.raises(NotPermitted):
        fundraiser.mail.save_server_settings(ServerSettings(host="x", from_address="a@b.c"))


def test_dry_run_writes_nothing(db, fundraiser, add_donor, give, thanks_template):
    gift = give(add_donor())
    thanks_template()
    result = fundraiser.mail.thank([gift], dry_run=True)
    assert len(result.queued) == 1
    assert fundraiser.mail.outbox() == []
    assert [r.gift_id for r in fundraiser.mail.thank_you_queue()] == [gift]


def test_two_colleagues_thanking_the_same_gift_at_once_thank_it_once(db, services_for, add_donor, give,
                                                                      thanks_template):
    import threading

    from caseworker.domain.errors import CaseworkerError

    gift = give(add_donor())
    thanks_template()
    people = [services_for(Role.FUNDRAISER), services_for(Role.FUNDRAISER)]
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def thank(services) -> None:
        barrier.wait()
        try:
            outcomes.append(services.mail.thank([gift]))
        except CaseworkerError as exc:  # the database stayed busy for the slower one
            outcomes.append(exc)

    threads = [threading.Thread(target=thank, args=(p,)) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    queued = sum(len(o.queued) for o in outcomes if not isinstance(o, Exception))
    assert queued == 1
    assert len(people[0].mail.outbox()) == 1


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_the_sealed_password_signs_in_to_the_server(db, fundraiser, manager, add_donor, give, thanks_template):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    from caseworker.domain.mail import ServerSettings
    from tests.letters.conftest import Mailbox, free_port

    def check(server, session, envelope, mechanism, data):
        def text(value):
            return value.decode() if isinstance(value, bytes) else value

        ok = isinstance(data, LoginPassword) and (text(data.login), text(data.password)) == ("office", "s3cret-Pa55")
        return AuthResult(success=ok, handled=False)

    box, port = Mailbox(), free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, auth_required=True, auth_require_tls=False,
                            authenticator=check)
    controller.start()
    try:
        settings = ServerSettings(host="127.0.0.1", port=port, security="none", user="office",
                                  from_address="office@goodcause.example")
        manager.mail.save_server_settings(settings, password="wrong")
        thanks_template()
        fundraiser.mail.thank([give(add_donor())])
        assert send_outbox(fundraiser).retrying == 1
        [row] = fundraiser.mail.outbox()
        assert row.status is MessageStatus.QUEUED and "user name and password" in row.last_error
        manager.mail.save_server_settings(settings, password="s3cret-Pa55")
        assert send_outbox(fundraiser, ignore_backoff=True).sent == 1
        assert len(box.messages) == 1
    finally:
        controller.stop()


def test_a_send_interrupted_after_its_claim_is_picked_up_again_with_its_message_id(
        db, fundraiser, add_donor, give, thanks_template, smtp_server, mail_server_settings):
    from caseworker.domain.mail import STALE_SENDING

    mail_server_settings(smtp_server.port)
    thanks_template()
    fundraiser.mail.thank([give(add_donor())])
    now = datetime.now(UTC)
    [claimed], _ = fundraiser.mail.claim_due(now)  # ... and the laptop's lid closes here
    assert fundraiser.mail.outbox()[0].status is MessageStatus.SENDING
    assert send_outbox(fundraiser, now=now + timedelta(minutes=1)).sent == 0  # maybe still on its way
    later = now + STALE_SENDING + timedelta(minutes=1)
    assert send_outbox(fundraiser, now=later).sent == 1
    [msg] = smtp_server.box.messages
    assert msg["Message-ID"] == claimed.message_id
    assert fundraiser.mail.outbox()[0].status is MessageStatus.SENT


def test_a_server_without_starttls_is_told_apart_and_nothing_goes_out_in_the_clear(
        db, fundraiser, manager, add_donor, give, thanks_template, smtp_server):
    from caseworker.domain.mail import ServerSettings

    manager.mail.save_server_settings(ServerSettings(host="127.0.0.1", port=smtp_server.port, security="starttls",
                                                     from_address="office@goodcause.example"))
    thanks_template()
    fundraiser.mail.thank([give(add_donor())])
    assert send_outbox(fundraiser).retrying == 1
    [row] = fundraiser.mail.outbox()
    assert row.status is MessageStatus.QUEUED
    assert "does not offer what the settings ask for" in row.last_error and "STARTTLS" in row.last_error
    assert smtp_server.box.messages == []
