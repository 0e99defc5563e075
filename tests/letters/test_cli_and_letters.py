"""``caseworker mail`` and ``caseworker letters`` against a real SMTP server, and the letters' PDFs."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker.cli import main as cli_main
from caseworker.cli.main import main
from caseworker.db.models import CaseEvent, Touchpoint
from caseworker.domain.cases import CaseDraft, CategoryDraft
from caseworker.domain.clients import ClientDraft
from caseworker.domain.permissions import Role
from caseworker.domain.templates import TemplateDraft
from caseworker.services.container import Services
from tests.conftest import make_user
from tests.letters.conftest import opt_out_of_email
from tests.reports.conftest import Pdf

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def cli(db, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    cli_main.build_parser()
    monkeypatch.setattr(cli_main, "open_db", lambda args: db)
    monkeypatch.setattr(db, "dispose", lambda: None)
    monkeypatch.setenv("CASEWORKER_PASSWORD", "correct horse")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_thank_yous_send_through_the_guard_and_end_with_the_summary(
        db, cli, fundraiser, add_donor, give, thanks_template, smtp_server, tmp_path):
    user = fundraiser.actor.username
    thanks_template(attach="receipt")
    ana = add_donor()
    give(ana, "40.00", days_ago=5)
    ben = add_donor("Ben", "Okafor", email="ben@example.org")
    give(ben, "60.00", days_ago=2)
    carla = add_donor("Carla", "Reyes", email="carla@example.org")
    opt_out_of_email(fundraiser, carla)
    give(carla, "25.00", days_ago=1)
    dora = add_donor("Dora", "Blocked", email="dora@example.org")
    from caseworker.domain.donors import PreferencesDraft

    fundraiser.donors.set_preferences(dora, PreferencesDraft(do_not_contact=True), None)
    give(dora, "10.00", days_ago=4)

    code, out, err = cli("mail", "thank-yous", "--user", user, "--dry-run", "--smtp", smtp_server.url)
    assert code == 0, err
    assert "would send 2 e-mails and print 1 letters" in out
    assert out.strip().splitlines()[-1] == "sent 0, blocked 1, failed 0, skipped 0"
    assert smtp_server.box.messages == []

    letters = tmp_path / "thanks.pdf"
    code, out, err = cli("mail", "thank-yous", "--user", user, "--smtp", smtp_server.url, "--letters", str(letters))
    assert code == 0, err
    assert "blocked: Dora Blocked:" in out and "never (waiting will not help)" in out
    assert out.strip().splitlines()[-1] == "sent 3, blocked 1, failed 0, skipped 0"
    assert sorted(m["To"] for m in smtp_server.box.messages) == ["Ana Duarte <ana@example.org>",
                                                                 "Ben Okafor <ben@example.org>"]
    for msg in smtp_server.box.messages:
        [pdf] = list(msg.iter_attachments())
        assert pdf.get_filename().startswith("receipt-")
    assert Pdf(letters).has("Dear Carla")

    # Run again: nothing is thanked twice.
    code, out, err = cli("mail", "thank-yous", "--user", user, "--smtp", smtp_server.url)
    assert out.strip().splitlines()[-1] == "sent 0, blocked 1, failed 0, skipped 0"
    assert len(smtp_server.box.messages) == 2

    code, out, err = cli("mail", "outbox", "--user", user)
    assert code == 0
    assert out.splitlines()[-1] == "blocked 1, printed 1, sent 2"
    assert "This supporter has asked not to be contacted at all." in out


def test_a_server_that_is_down_keeps_the_thank_you_for_the_next_run(
        db, cli, fundraiser, add_donor, give, thanks_template, smtp_server):
    user = fundraiser.actor.username
    thanks_template()
    give(add_donor())
    smtp_server.stop()
    code, out, err = cli("mail", "thank-yous", "--user", user, "--smtp", smtp_server.url)
    assert code == 0, err
    assert "1 e-mails wait in the outbox" in out
    assert out.strip().splitlines()[-1] == "sent 0, blocked 0, failed 0, skipped 0"
    code, out, _ = cli("mail", "outbox", "--user", user, "--status", "queued")
    assert "Nothing answers at 127.0.0.1" in out
    smtp_server.start()
    code, out, err = cli("mail", "send", "--user", user, "--smtp", smtp_server.url, "--retry-now")
    assert out.strip().splitlines()[-1] == "sent 1, blocked 0, failed 0, skipped 0"
    code, out, err = cli("mail", "send", "--user", user, "--smtp", smtp_server.url, "--retry-now")
    assert out.strip().splitlines()[-1] == "sent 0, blocked 0, failed 0, skipped 0"
    assert len(smtp_server.box.messages) == 1


def test_a_mail_merge_to_donors_prints_one_pdf_with_labels_and_logs_letters(
        db, cli, fundraiser, add_donor, tmp_path):
    user = fundraiser.actor.username
    fundraiser.mail.save_template(TemplateDraft(
        name="Spring update", kind="letter", purpose="update", audience="donors", subject="Our spring news",
        body="{{ donor.salutation }},\n\nThe new shelter opened.\n\n{{ worker.signature }}"))
    ids = [add_donor(f"Donor{i}", "Smith", email="") for i in range(25)]
    out, labels = tmp_path / "merge.pdf", tmp_path / "labels.pdf"
    code, stdout, err = cli("letters", "Spring update", "--to", "donors", "--user", user, "--out", str(out),
                            "--labels", str(labels), "--sheet", "5160")
    assert code == 0, err
    assert stdout.strip().splitlines()[-1] == "sent 25, blocked 0, failed 0, skipped 0"
    pdf = Pdf(out)
    assert len(pdf.pages) == 25
    assert pdf.has("Dear Donor0") and pdf.has("The new shelter opened") and pdf.has("Our organisation")
    label_pdf = Pdf(labels)
    assert len(label_pdf.pages) == 1 and label_pdf.has("Donor24 Smith") and label_pdf.has("4000-123")
    with db.read() as s:
        kinds = {(t.channel, t.purpose, t.status) for t in s.scalars(select(Touchpoint))}
    assert kinds == {("letter", "update", "done")}
    # A second merge the same day runs into the guard's gap: blocked and listed, nothing printed.
    code, stdout, err = cli("letters", "Spring update", "--to", "donors", "--user", user,
                            "--ids", f"{ids[0]},{ids[1]}", "--out", str(tmp_path / "again.pdf"))
    assert stdout.strip().splitlines()[-1] == "sent 0, blocked 2, failed 0, skipped 0"
    assert "Next allowed: 20" in stdout
    assert not (tmp_path / "again.pdf").exists()


def test_client_letters_land_on_the_case_timeline_and_fundraisers_cannot_send_them(
        db, cli, admin, fundraiser, tmp_path):
    worker = Services(db, make_user(db, "carla", Role.CASEWORKER))
    boss = Services(db, admin)
    client, _ = worker.clients.create(ClientDraft("Sam", "Okafor", address="4 Mill Lane\nLeeds", postcode="LS2 7AB",
                                                  language="Spanish"))
    category, _ = boss.cases.add_category(CategoryDraft("Housing", 20))
    case, _ = worker.cases.open_case(CaseDraft(client.id, category.id, "Repairs", "normal",
                                               assignee_id=worker.actor.user_id))
    worker.mail.save_template(TemplateDraft(
        name="Appointment", kind="letter", purpose="update", audience="clients", subject="Your appointment",
        body="{{ client.salutation }},\n\nAbout your case {{ case.reference }} ({{ case.title }}).\n\n"
             "{{ worker.signature }}"))
    worker.mail.save_template(TemplateDraft(
        name="Appointment", kind="letter", purpose="update", audience="clients", subject="Su cita",
        language="Spanish", body="Estimado/a {{ client.first_name }}: su caso {{ case.reference }}."))
    english, _ = worker.clients.create(ClientDraft("Ann", "Lee", address="1 High Street\nLeeds", postcode="LS1 1AA",
                                                   language="English"))
    case2, _ = worker.cases.open_case(CaseDraft(english.id, category.id, "Benefits", "normal",
                                                assignee_id=worker.actor.user_id))
    out = tmp_path / "clients.pdf"
    code, stdout, err = cli("letters", "Appointment", "--to", "clients", "--user", "carla", "--out", str(out))
    assert code == 0, err
    # Each client in their own language where a version of the template exists in it.
    assert Pdf(out).has("Estimado/a Sam") and Pdf(out).has(f"C-{case.id:05d}")
    assert Pdf(out).has("Dear Ann") and Pdf(out).has(f"C-{case2.id:05d}")
    with db.read() as s:
        events = [(e.kind, e.case_id) for e in s.scalars(select(CaseEvent).where(CaseEvent.kind == "letter"))]
    assert sorted(events) == [("letter", case.id), ("letter", case2.id)]
    timeline_kinds = [e.kind for e in worker.cases.timeline(case.id)] if hasattr(worker.cases, "timeline") else []
    if timeline_kinds:
        assert "letter" in timeline_kinds
    code, stdout, err = cli("letters", "Appointment", "--to", "clients", "--user", fundraiser.actor.username,
                            "--out", str(tmp_path / "no.pdf"))
    assert code == 2 and "not permitted" in err


def test_bad_arguments_give_one_line(cli, fundraiser, tmp_path):
    code, _, err = cli("letters", "Nope", "--to", "donors", "--user", fundraiser.actor.username,
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and "no template called 'Nope'" in err
    code, _, err = cli("letters", "Nope", "--to", "donors", "--user", fundraiser.actor.username,
                       "--out", str(tmp_path / "x.txt"))
    assert code == 2 and ".pdf" in err
    code, _, err = cli("mail", "send", "--user", fundraiser.actor.username, "--smtp", "http://x")
    assert code == 2 and "smtp://HOST:PORT" in err


def test_the_demo_has_templates_for_each_purpose_and_an_outbox_to_look_at(tmp_path):
    from caseworker.db.database import Database
    from caseworker.db.location import DatabaseLocation
    from caseworker.db.migrate import ensure_schema
    from caseworker.services.accounts import AuthService
    from caseworker.services.demo import generate

    db = Database(DatabaseLocation.parse(str(tmp_path / "demo.db")))
    try:
        ensure_schema(db)
        generate(db)
        joe = Services(db, AuthService(db).sign_in("joe", "demo"))
        purposes = {t.purpose.value for t in joe.mail.list_templates()}
        assert {"thanks", "ask", "update", "invite", "receipt"} <= purposes
        statuses = {r.status.value for r in joe.mail.outbox()}
        assert {"sent", "failed", "queued"} <= statuses
        queue = joe.mail.thank_you_queue()
        assert len(queue) >= 5
        result = joe.mail.thank([r.gift_id for r in queue], dry_run=True)
        assert result.blocked and result.queued and result.letters
        sam = Services(db, AuthService(db).sign_in("sam", "demo"))
        assert sorted((t.name, t.language) for t in sam.mail.list_templates()) == [
            ("Appointment letter", ""), ("Appointment letter", "es"), ("Case closure letter", "")]
    finally:
        db.dispose()


def test_without_a_mail_server_the_thank_yous_wait_in_the_outbox(cli, fundraiser, add_donor, give, thanks_template):
    thanks_template()
    give(add_donor())
    code, out, err = cli("mail", "thank-yous", "--user", fundraiser.actor.username)
    assert code == 1 and "No mail server is set up" in err
    assert "1 e-mails wait in the outbox" in out
    assert out.strip().splitlines()[-1] == "sent 0, blocked 0, failed 0, skipped 0"
    assert [r.status.value for r in fundraiser.mail.outbox()] == ["queued"]
