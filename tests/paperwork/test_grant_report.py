"""A grant report a funder accepts: its own reporting period, reconciled budget, honest deadlines,
certification, and no client named; read back from the PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from caseworker import exports
from caseworker.domain.clients import ClientDraft
from caseworker.domain.grants import Stage
from caseworker.domain.org import ReceiptStyle
from caseworker.services.grants import FunderDraft, GrantDraft, SpendingDraft
from caseworker.services.paperwork import PaperworkService
from tests.paperwork.conftest import Office
from tests.reports.conftest import Pdf

EMAIL = "grants.officer.northern-region@greenway-community-foundation.org.uk"


@pytest.fixture(autouse=True)
def british(office: Office) -> None:
    """A UK organisation: dates written day first."""
    office.admin.settings.update(replace(office.admin.settings.get(), receipt_style=ReceiptStyle.UK))


def grant(office: Office, *, awarded: str, lines: dict[str, str], client: bool = False, rule: str = "",
          first_due: date = date(2025, 3, 31), start: date = date(2025, 1, 1), end: date = date(2025, 12, 31)) -> int:
    boss = office.admin
    funder, _ = boss.grants.save_funder(FunderDraft("Greenway Community Foundation"))
    boss.grants.add_contact(funder.id, "Priya Shah", email=EMAIL)
    client_id = None
    if client:
        person, _ = office.caseworker.clients.create(ClientDraft("Olena", "Kovalenko"))
        client_id = person.id
    g, _ = boss.grants.save_grant(GrantDraft(funder.id, "Tenancy rescue", Decimal("72000.00"), currency="GBP",
                                             client_id=client_id, period_start=start, period_end=end,
                                             report_first_due=first_due, report_rule=rule,
                                             notes="We helped 40 households keep their homes."))
    for stage in (Stage.DRAFTING, Stage.SUBMITTED):
        g, _ = boss.grants.move_stage(g.id, stage, g.version)
    g, _ = boss.grants.move_stage(g.id, Stage.AWARDED, g.version, awarded=Decimal(awarded))
    for category, amount in lines.items():
        g, _ = boss.grants.add_budget_line(g.id, category, Decimal(amount))
    return g.id


def report(office: Office, grant_id: int, path: Path, as_of: date, **period) -> Pdf:
    doc = PaperworkService(office.db, office.admin.actor).grant_report(grant_id, as_of=as_of, **period)
    exports.render(exports.Kind.GRANT_REPORT, doc, path, made_by="Admin")
    return Pdf(path)


def between(pdf: Pdf, first: str, last: str) -> str:
    text = pdf.flat
    return text[text.index(first) + len(first):text.index(last, text.index(first))]


def test_the_report_covers_the_grants_own_reporting_period(office: Office, tmp_path: Path) -> None:
    gid = grant(office, awarded="72000.00", lines={"Staff": "72000.00"}, rule="FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1")
    office.admin.grants.record_spending(gid, SpendingDraft(
        office.admin.grants.get(gid).balance.lines[0].line_id, Decimal("500.00"), date(2025, 3, 15)))
    office.admin.grants.record_spending(gid, SpendingDraft(
        office.admin.grants.get(gid).balance.lines[0].line_id, Decimal("700.00"), date(2025, 5, 2)))
    pdf = report(office, gid, tmp_path / "r.pdf", as_of=date(2025, 7, 10))
    assert pdf.has("Reporting period 1 Apr 2025 to 30 Jun 2025")
    assert pdf.has("This report is due on 30 Jun 2025.")
    # This period's spending is May's alone; to date adds March's.
    assert pdf.has("Staff £72,000.00 £700.00 £1,200.00 £70,800.00")


def test_overdue_reports_are_not_coming_and_a_closed_grant_owes_none(office: Office, tmp_path: Path) -> None:
    today = date.today()
    gid = grant(office, awarded="10000.00", lines={"Staff": "10000.00"}, rule="FREQ=MONTHLY",
                first_due=today - timedelta(days=45), start=today - timedelta(days=100),
                end=today + timedelta(days=300))
    pdf = report(office, gid, tmp_path / "open.pdf", as_of=today)
    overdue = between(pdf, "Overdue", "Deadlines coming")
    assert overdue.count("Report due") == 2
    coming = between(pdf, "Deadlines coming", "Narrative")
    assert "Overdue" not in coming and "Report due" in coming
    detail = office.admin.grants.get(gid)
    office.admin.grants.move_stage(gid, Stage.CLOSED, detail.version)
    closed = report(office, gid, tmp_path / "closed.pdf", as_of=today)
    assert "Report due" not in between(closed, "Deadlines coming", "Narrative")


def test_the_budget_reconciles_to_the_award_or_says_by_how_much_it_does_not(office: Office, tmp_path: Path) -> None:
    short = grant(office, awarded="72000.00", lines={"Staff": "60000.00", "Rent": "8400.00"})
    pdf = report(office, short, tmp_path / "short.pdf", as_of=date(2025, 4, 10))
    assert pdf.has("Total £68,400.00")
    assert pdf.has("The budget lines add up to £68,400.00; the award is £72,000.00: £3,600.00 of the award is not "
                   "yet allocated to a budget line.")
    whole = grant(office, awarded="68400.00", lines={"Staff": "60000.00", "Rent": "8400.00"})
    pdf = report(office, whole, tmp_path / "whole.pdf", as_of=date(2025, 4, 10))
    assert pdf.has("The budget lines add up to the award of £68,400.00.")


def test_a_funders_report_names_the_organisation_never_a_client(office: Office, tmp_path: Path) -> None:
    ours = grant(office, awarded="1000.00", lines={"Staff": "1000.00"})
    pdf = report(office, ours, tmp_path / "ours.pdf", as_of=date(2025, 4, 10))
    assert pdf.has("Applicant Riverside Community Advice") and "The organisation" not in pdf.flat
    assert pdf.has("Certification I certify that this report is correct and that the grant was spent on the "
                   "purposes for which Greenway Community Foundation awarded it to Riverside Community Advice.")
    assert pdf.has("Name Position Signature Date")
    assert pdf.has("We helped 40 households keep their homes.")
    theirs = grant(office, awarded="1000.00", lines={"Staff": "1000.00"}, client=True)
    pdf = report(office, theirs, tmp_path / "theirs.pdf", as_of=date(2025, 4, 10))
    assert "Kovalenko" not in pdf.flat and "Olena" not in pdf.flat
    assert pdf.has("A client (name withheld for confidentiality)")


def test_the_funders_e_mail_address_is_printed_whole(office: Office, tmp_path: Path) -> None:
    gid = grant(office, awarded="1000.00", lines={"Staff": "1000.00"})
    pdf = report(office, gid, tmp_path / "e.pdf", as_of=date(2025, 4, 10))
    lines = [line for page in pdf.pages for line in page.splitlines()]
    assert any(EMAIL in line for line in lines), "the address sits whole on one line"


def test_outputs_count_the_people_helped_with_aid_from_the_grant(office: Office, tmp_path: Path) -> None:
    from caseworker.domain.aid import AidKind
    from caseworker.services.aid import DisbursementDraft

    gid = grant(office, awarded="5000.00", lines={"Hardship payments": "5000.00"})
    line = office.admin.grants.get(gid).balance.lines[0].line_id
    other, _ = office.caseworker.clients.create(ClientDraft("Amir", "Haddad"))
    for client, day in ((office.client_id, date(2025, 2, 3)), (office.client_id, date(2025, 3, 3)),
                        (other.id, date(2025, 3, 9)), (other.id, date(2025, 6, 1))):
        paid, _ = office.caseworker.aid.record_disbursement(DisbursementDraft(
            client, office.fund_id, AidKind.CASH, Decimal("50.00"), day))
        office.admin.grants.record_spending(gid, SpendingDraft(line, Decimal("50.00"), day, disbursement_id=paid.id))
    pdf = report(office, gid, tmp_path / "o.pdf", as_of=date(2025, 4, 10),
                 start=date(2025, 1, 1), end=date(2025, 3, 31))
    assert pdf.has("People helped with aid paid from this grant 2")
    assert pdf.has("Aid payments made from this grant 3")
    assert "Haddad" not in pdf.flat and "Amir" not in pdf.flat


def test_an_application_summary_naming_a_client_is_marked_confidential(office: Office, tmp_path: Path) -> None:
    theirs = grant(office, awarded="1000.00", lines={"Staff": "1000.00"}, client=True)
    exports.export_document(office.admin, exports.Kind.GRANT_APPLICATION, theirs, tmp_path / "a.pdf")
    pdf = Pdf(tmp_path / "a.pdf")
    assert pdf.has("Olena Kovalenko") and pdf.has("Confidential")
    ours = grant(office, awarded="1000.00", lines={"Staff": "1000.00"})
    exports.export_document(office.admin, exports.Kind.GRANT_APPLICATION, ours, tmp_path / "b.pdf")
    assert "Confidential" not in Pdf(tmp_path / "b.pdf").flat


def test_reports_marked_submitted_are_deadlines_met(office: Office, tmp_path: Path) -> None:
    gid = grant(office, awarded="72000.00", lines={"Staff": "72000.00"}, rule="FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1")
    office.admin.grant_reports.mark_submitted(gid, date(2025, 3, 31), date(2025, 3, 28))
    office.admin.grant_reports.mark_submitted(gid, date(2025, 6, 30), date(2025, 7, 3))
    pdf = report(office, gid, tmp_path / "r.pdf", as_of=date(2025, 10, 10))
    met = between(pdf, "Deadlines met", "Overdue")
    assert "Met 28 Mar 2025" in met and "Met 3 Jul 2025 (late)" in met
    assert between(pdf, "Overdue", "Deadlines coming").count("Report due") == 1  # 30 September
