"""``caseworker pdf`` for every kind and batch, acting as --user with that user's permissions."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseworker import exports
from caseworker.cli import main as cli_main
from caseworker.cli.main import main
from caseworker.cli.pdf_cmd import KINDS
from tests.paperwork.conftest import NAMES, YEAR, Office
from tests.reports.conftest import Pdf

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def cli(office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """``cli("pdf", ...)`` -> (exit code, stdout, stderr), on the office's database."""
    # Import every command module first: one that did "from main import open_db" while the
    # stand-in was in place would keep it after this test.
    cli_main.build_parser()
    monkeypatch.setattr(cli_main, "open_db", lambda args: office.db)
    monkeypatch.setenv("CASEWORKER_PASSWORD", "correct horse")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_help_lists_every_kind() -> None:
    assert KINDS == tuple(k.value for k in exports.Kind)


def test_every_kind_prints_as_its_user(office: Office, cli, tmp_path: Path) -> None:
    today = date.today()
    period = ["--from", (today - timedelta(days=60)).isoformat(), "--to", today.isoformat()]
    cases = [
        ("carla", ["case-summary", str(office.case_id)], NAMES["greek"]),
        ("carla", ["aid-statement", str(office.client_id), *period], "£200.00"),
        ("admin", ["grant-application", str(office.grant_id)], "£30,000.00"),
        ("admin", ["grant-report", str(office.grant_id), *period], "£1,234.56"),
        ("fred", ["agenda", str(office.meeting_id)], "Safeguarding"),
        ("fred", ["minutes", str(office.meeting_id)], "Adopt the budget"),
        ("fred", ["statement", str(office.donor_ids[0]), "--year", str(YEAR)], NAMES["latin"]),
        ("fred", ["unsendable", "--year", str(YEAR)], "Nomad Smith"),
        ("admin", ["dashboard", *period], "Casework"),
        ("carla", ["introduction", str(office.case_id)], "Your support team"),
        ("carla", ["feedback-form", str(office.case_id)], "How did we do?"),
    ]
    for user, args, phrase in cases:
        out = tmp_path / f"{args[0]}.pdf"
        code, stdout, stderr = cli("pdf", *args, "--user", user, "--out", str(out))
        assert code == 0, (args, stderr)
        assert stdout.startswith(f"wrote {out} (") and stderr == ""
        assert Pdf(out).has(phrase), (args, phrase)


def test_a_receipt_and_the_receipts_of_a_year(office: Office, cli, tmp_path: Path) -> None:
    gifts = office.fundraiser.gifts.gifts_for_donor(office.donor_ids[1])
    receipt = [office.fundraiser.receipts.issue_for_gift(g.id)[0] for g in gifts]
    code, _out, err = cli("pdf", "receipt", str(receipt[0].id), "--user", "fred", "--out", str(tmp_path / "r.pdf"))
    assert code == 0, err
    assert Pdf(tmp_path / "r.pdf").has(f"Receipt No. {receipt[0].number}")
    year = str(date.today().year)
    code, out, err = cli("pdf", "receipts", "--year", year, "--user", "fred", "--out", str(tmp_path))
    assert code == 0, err
    assert out.startswith(f"wrote {tmp_path / f'receipts-{year}.pdf'} (2 documents")
    code, out, err = cli("pdf", "receipts", "--year", year, "--zip", "--user", "fred", "--out", str(tmp_path))
    assert code == 0, err
    with zipfile.ZipFile(tmp_path / f"receipts-{year}.zip") as z:
        assert sorted(z.namelist()) == sorted(f"receipt-{r.number}.pdf" for r in receipt)


def test_statements_of_a_year_with_the_unsendable_list_beside_them(office: Office, cli, tmp_path: Path) -> None:
    code, out, err = cli("pdf", "statements", "--year", str(YEAR), "--user", "fred", "--out", str(tmp_path))
    assert code == 0, err
    assert f"statements-{YEAR}.pdf (3 documents" in out
    assert f"unsendable-{YEAR}.pdf (1 donors" in out
    assert Pdf(tmp_path / f"unsendable-{YEAR}.pdf").has("Nomad Smith")


def test_meetings_of_a_month(office: Office, cli, tmp_path: Path) -> None:
    start = office.admin.meetings.get(office.meeting_id).start
    month = f"{start.year}-{start.month:02d}"
    code, out, err = cli("pdf", "meetings", "--month", month, "--user", "admin", "--out", str(tmp_path / "m.zip"),
                         "--zip")
    assert code == 0, err
    assert "(1 documents" in out


@pytest.mark.parametrize(("args", "message"), [
    (["invoice", "1"], "'invoice' is not a kind of document"),
    (["case-summary", "98765"], "Case 98765 was not found."),
    (["case-summary", "abc"], "'abc' is not a case ID"),
    (["case-summary"], "give the case's ID"),
    (["dashboard", "3"], "dashboard takes no ID"),
    (["statements"], "give --year YYYY"),
    (["statements", "--year", "1990"], "No donor who gave in 1990 can be sent a statement."),
    (["receipts", "--year", "1990"], "There are no receipts for 1990."),
    (["aid-statement", "1", "--from", "2026-05-01", "--to", "2026-04-01"], "--to is before --from"),
])
def test_bad_kinds_ids_and_years_exit_2_with_one_line(cli, tmp_path: Path, args: list[str], message: str) -> None:
    code, out, err = cli("pdf", *args, "--user", "admin", "--out", str(tmp_path / "x.pdf"))
    assert code == 2
    assert err.count("\n") == 1 and message in err, err
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_fundraiser_cannot_print_a_case_summary(office: Office, cli, tmp_path: Path) -> None:
    code, _out, err = cli("pdf", "case-summary", str(office.case_id), "--user", "fred", "--out",
                          str(tmp_path / "x.pdf"))
    assert code == 2 and "not permitted" in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_gift_aid_schedule_is_refused_outside_the_uk(office: Office, cli, tmp_path: Path) -> None:
    from dataclasses import replace

    office.admin.settings.update(replace(office.admin.settings.get(), country="US"))
    out = tmp_path / "schedule.pdf"
    code, _out, err = cli("pdf", "gift-aid-schedule", "--year", str(YEAR), "--user", "fred", "--out", str(out))
    assert code == 2 and "applies only to an organisation in the United Kingdom" in err
    assert len(err.strip().splitlines()) == 1 and not out.exists()
    office.admin.settings.update(replace(office.admin.settings.get(), country="GB"))
    code, _out, err = cli("pdf", "gift-aid-schedule", "--year", str(YEAR), "--user", "fred", "--out", str(out))
    assert code == 0 and Pdf(out).has("Gift Aid")


def test_a_grants_targets_from_the_command_line(office: Office, cli) -> None:
    code, out, err = cli("targets", str(office.grant_id), "--user", "admin", "--people-served", "40",
                         "--outcome", "Households kept in their homes=30/12", "--demographics", "age,language",
                         "--narrative", "A good quarter.")
    assert code == 0, err
    assert "People served\t40" in out and "Households kept in their homes\t30\treached 12" in out
    held = office.admin.grant_targets.targets(office.grant_id)
    assert held.outputs and [o.name for o in held.outcomes] == ["Households kept in their homes"]
    # What is not given keeps its value; a wrong count is refused in one line, naming it, and changes nothing.
    code, out, err = cli("targets", str(office.grant_id), "--user", "admin", "--cases-resolved", "lots")
    assert code == 2 and "lots" in err and len(err.strip().splitlines()) == 1
    code, out, err = cli("targets", str(office.grant_id), "--user", "admin", "--cases-resolved", "10")
    assert code == 0 and "People served\t40" in out and "Cases resolved (services delivered)\t10" in out
    assert "narrative\tA good quarter." in out
