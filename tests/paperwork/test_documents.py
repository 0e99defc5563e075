"""Every document, gathered from the database and drawn, read back from the PDF with pypdf."""

from __future__ import annotations

import re
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker import exports
from caseworker.db.models import AuditEntry
from caseworker.domain.aid import AidKind
from caseworker.domain.errors import NotFound, NotPermitted, RuleViolation
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.permissions import PERMISSIONS, Action, Role
from caseworker.services.aid import DisbursementDraft
from tests.paperwork.conftest import LONG_NOTE, NAMES, NOTE, YEAR, Office
from tests.reports.conftest import Pdf

PAGE_OF = re.compile(r"Page (\d+) of (\d+)")


def export(services, kind: exports.Kind, ident: int | None, path: Path, **options) -> Pdf:
    result = exports.export_document(services, kind, ident, path, options=exports.Options(**options))
    pdf = Pdf(path)
    assert result.pages == len(pdf.pages)
    assert result.missing_characters == ()
    return pdf


def numbered(pdf: Pdf) -> list[tuple[int, int]]:
    found = []
    for text in pdf.pages:
        match = PAGE_OF.search(text)
        assert match, "every page carries its number"
        found.append((int(match[1]), int(match[2])))
    return found


def embedded(pdf: Pdf) -> bool:
    """Every font on every page is embedded (a font file in its descriptor)."""
    for page in pdf.reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            fonts = [f.get_object() for f in font.get("/DescendantFonts", [])] or [font]
            for f in fonts:
                descriptor = f.get("/FontDescriptor")
                if descriptor is None:
                    return False
                descriptor = descriptor.get_object()
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    return False
    return True


def reads(office: Office, what: str) -> list[AuditEntry]:
    with office.db.read() as s:
        return [e for e in s.scalars(select(AuditEntry).where(AuditEntry.kind == "read"))
                if e.changes.get("read") == what]


# --- casework -----------------------------------------------------------------------------------


def test_case_summary_holds_the_case_its_history_notes_and_outcome(office: Office, tmp_path: Path) -> None:
    pdf = export(office.caseworker, exports.Kind.CASE_SUMMARY, office.case_id, tmp_path / "case.pdf")
    for phrase in (NAMES["greek"], f"C-{office.case_id:06d}", "Safeguarding: Do not visit alone",
                   "Interpreter needed: Greek", "Housing", "High", "Court date set", "Escalated", NOTE,
                   "Tenancy kept.", "Partly", "4 of 5", "Caseworker with a specialist",
                   "Confidential — contains personal information about a client", "Riverside Community Advice"):
        assert pdf.has(phrase), phrase
    assert embedded(pdf)
    assert len(reads(office, "case summary export")) == 1


def test_a_ten_thousand_character_note_flows_over_numbered_pages(office: Office, tmp_path: Path) -> None:
    assert len(LONG_NOTE) >= 9_990
    pdf = export(office.caseworker, exports.Kind.CASE_SUMMARY, office.case_id, tmp_path / "case.pdf")
    pages = len(pdf.pages)
    assert pages >= 3
    assert numbered(pdf) == [(n, pages) for n in range(1, pages + 1)]
    assert pdf.has("word0 word1") and pdf.has("word1000") and pdf.has("THE-END")


def test_a_fundraiser_cannot_export_a_case_summary_at_all(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "case.pdf"
    with pytest.raises(NotPermitted):
        exports.export_document(office.fundraiser, exports.Kind.CASE_SUMMARY, office.case_id, out)
    assert not out.exists()
    assert reads(office, "case summary export") == []


def test_a_role_that_reads_cases_but_not_notes_gets_them_withheld(office: Office, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(PERMISSIONS, Action.READ_CASE_NOTES, frozenset({Role.ADMIN, Role.MANAGER}))
    doc = exports.gather(office.caseworker, exports.Kind.CASE_SUMMARY, office.case_id)
    assert doc.notes == () and doc.notes_withheld
    pdf = export(office.caseworker, exports.Kind.CASE_SUMMARY, office.case_id, tmp_path / "case.pdf")
    assert pdf.has("Case notes are not included for your role.")
    assert not pdf.has(NOTE) and not pdf.has("THE-END")
    assert pdf.has("Court date set")  # the workflow is not a note
    assert len(reads(office, "case summary export (without notes)")) == 2


def test_unknown_records_are_not_found(office: Office, tmp_path: Path) -> None:
    for kind in (exports.Kind.CASE_SUMMARY, exports.Kind.AID_STATEMENT, exports.Kind.GRANT_REPORT,
                 exports.Kind.MINUTES, exports.Kind.STATEMENT):
        with pytest.raises(NotFound):
            exports.export_document(office.admin, kind, 987654, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# --- aid ----------------------------------------------------------------------------------------


def test_aid_statement_lists_each_disbursement_and_totals(office: Office, tmp_path: Path) -> None:
    today = date.today()
    pdf = export(office.caseworker, exports.Kind.AID_STATEMENT, office.client_id, tmp_path / "aid.pdf",
                 start=today - timedelta(days=60), end=today)
    for phrase in (NAMES["greek"], "Hardship fund", "£120.50", "£79.50", "£200.00", "4 Quay Street"):
        assert pdf.has(phrase), phrase
    assert len(reads(office, "aid statement export")) == 1
    narrow = export(office.caseworker, exports.Kind.AID_STATEMENT, office.client_id, tmp_path / "narrow.pdf",
                    start=today - timedelta(days=20), end=today)
    assert narrow.has("£79.50") and not narrow.has("£120.50")


def test_a_long_aid_statement_repeats_its_table_header_on_every_page(office: Office, tmp_path: Path) -> None:
    today = date.today()
    for n in range(90):
        office.caseworker.aid.record_disbursement(DisbursementDraft(
            office.client_id, office.fund_id, AidKind.VOUCHER, Decimal("1.00"), today - timedelta(days=n % 50)))
    pdf = export(office.caseworker, exports.Kind.AID_STATEMENT, office.client_id, tmp_path / "aid.pdf",
                 start=today - timedelta(days=60), end=today)
    pages = len(pdf.pages)
    assert pages >= 2
    assert numbered(pdf) == [(n, pages) for n in range(1, pages + 1)]
    table_pages = [text for text in pdf.pages if "Voucher" in text]
    assert len(table_pages) >= 2
    assert all("Fund" in text and "Amount" in text for text in table_pages)
    assert pdf.has("£290.00")


# --- grants -------------------------------------------------------------------------------------


def test_grant_application_summary_shows_amounts_budget_and_balance(office: Office, tmp_path: Path) -> None:
    pdf = export(office.fundraiser, exports.Kind.GRANT_APPLICATION, office.grant_id, tmp_path / "g.pdf")
    for phrase in ("Greenway Trust", "Housing support", "Advice for tenants facing eviction.",
                   "£30,000.00", "£25,000.00", "Staff", "Training", "£20,000.00", "£2,234.56", "£17,765.44",
                   "Awarded", "Applicant Riverside Community Advice", "Report due"):
        assert pdf.has(phrase), phrase


def test_grant_report_counts_the_period_and_the_spending_to_date(office: Office, tmp_path: Path) -> None:
    today = date.today()
    pdf = export(office.admin, exports.Kind.GRANT_REPORT, office.grant_id, tmp_path / "r.pdf",
                 start=today - timedelta(days=30), end=today)
    for phrase in ("Grant report", "£1,234.56", "£2,234.56", "£17,765.44", "£22,765.44", "Deadlines met",
                   "Deadlines coming", "Report due", "Grant period ends"):
        assert pdf.has(phrase), phrase


# --- meetings -----------------------------------------------------------------------------------


def test_agenda_and_minutes(office: Office, tmp_path: Path) -> None:
    agenda = export(office.fundraiser, exports.Kind.AGENDA, office.meeting_id, tmp_path / "a.pdf")
    for phrase in ("Agenda", "Board meeting", "Budget", "Safeguarding", NAMES["cyrillic"], "Room 1"):
        assert agenda.has(phrase), phrase
    # The meeting's own action is not an open action "from earlier meetings".
    assert "Send the report" not in agenda.flat
    minutes = export(office.fundraiser, exports.Kind.MINUTES, office.meeting_id, tmp_path / "m.pdf")
    for phrase in ("Minutes", "We agreed the budget.", "Adopt the budget", "Send the report", "Carla",
                   NAMES["cyrillic"], "General notes"):
        assert minutes.has(phrase), phrase
    assert embedded(minutes)


def test_the_meetings_of_a_month_print_as_one_pdf_or_a_zip(office: Office, tmp_path: Path) -> None:
    doc = exports.gather(office.admin, exports.Kind.MINUTES, office.meeting_id)
    month = doc.starts_at.astimezone(exports.now().tzinfo)
    one = exports.export_meetings(office.admin, month.year, month.month, tmp_path / "m.pdf")
    assert one.documents == 1 and Pdf(tmp_path / "m.pdf").has("We agreed the budget.")
    archive = exports.export_meetings(office.admin, month.year, month.month, tmp_path / "m.zip", as_zip=True)
    assert archive.documents == 1
    with zipfile.ZipFile(tmp_path / "m.zip") as z:
        assert [n.endswith("-minutes-1.pdf") for n in z.namelist()] == [True]
    with pytest.raises(RuleViolation):
        exports.export_meetings(office.admin, 1990, 1, tmp_path / "none.pdf")


# --- stewardship --------------------------------------------------------------------------------


def test_giving_statements_for_a_year_and_those_who_cannot_be_sent_one(office: Office, tmp_path: Path) -> None:
    result = exports.export_statements(office.fundraiser, YEAR, tmp_path / "s.pdf")
    assert result.documents == 3  # the donor without an address is left out
    pdf = Pdf(tmp_path / "s.pdf")
    for key in ("latin", "arabic", "hebrew"):
        assert pdf.has(NAMES[key]), key
    assert pdf.has("£50.00") and pdf.has("£150.00")
    assert not pdf.has("Nomad")
    assert embedded(pdf)
    unsendable = export(office.fundraiser, exports.Kind.UNSENDABLE, None, tmp_path / "u.pdf", year=YEAR)
    assert unsendable.has("Nomad Smith") and unsendable.has("No postal address") and unsendable.has("£200.00")
    statement = export(office.fundraiser, exports.Kind.STATEMENT, office.donor_ids[1], tmp_path / "one.pdf",
                       year=YEAR)
    assert statement.has(NAMES["arabic"]) and statement.has("£100.00")


def test_an_empty_year_is_refused_with_a_reason_and_writes_nothing(office: Office, tmp_path: Path) -> None:
    for run in (lambda out: exports.export_statements(office.fundraiser, 1990, out),
                lambda out: exports.export_receipts(office.fundraiser, 1990, out)):
        with pytest.raises(RuleViolation):
            run(tmp_path / "empty.pdf")
        assert not (tmp_path / "empty.pdf").exists()
    empty = export(office.fundraiser, exports.Kind.STATEMENT, office.donor_ids[0], tmp_path / "s.pdf", year=1990)
    assert empty.has("We have no gifts from you recorded")


def _receipts(office: Office) -> list[str]:
    """Receipt every gift, then correct one: the correction voids it and names it."""
    receipts = office.fundraiser.receipts
    issued = []
    for donor_id in office.donor_ids[:3]:
        for gift in office.fundraiser.gifts.gifts_for_donor(donor_id):
            record, _ = receipts.issue_for_gift(gift.id)
            issued.append(record)
    replacement, _ = receipts.void_and_reissue(issued[1].id, "Wrong amount")
    return [r.number for r in issued] + [replacement.number]


def test_a_year_of_receipts_is_numbered_without_gaps(office: Office, tmp_path: Path) -> None:
    numbers = _receipts(office)
    assert [int(n) for n in numbers] == list(range(1, len(numbers) + 1))
    result = exports.export_receipts(office.fundraiser, date.today().year, tmp_path / "r.pdf")
    pdf = Pdf(tmp_path / "r.pdf")
    printed = sorted({int(n) for n in re.findall(r"Receipt No\. (\d+)", pdf.text)})
    assert printed == sorted(int(n) for n in numbers if n != numbers[1])  # the voided one is not sent
    assert result.documents == len(numbers) - 1
    assert pdf.has(f"replaces receipt No. {numbers[1]}")


def test_a_cancelled_batch_leaves_no_file(office: Office, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    folder = tmp_path / "out"
    folder.mkdir()
    for as_zip, name in ((False, "s.pdf"), (True, "s.zip")):
        seen.clear()
        result = exports.export_statements(office.fundraiser, YEAR, folder / name, as_zip=as_zip,
                                           progress=progress)
        assert result.cancelled and result.documents == 0
        # One step per document, gathered as it is drawn.
        assert seen[-1][0] == 2 and all(total == 3 for _done, total in seen)
    assert list(folder.iterdir()) == []  # not even a half-written temporary file


def test_statements_as_a_zip_of_one_pdf_per_donor(office: Office, tmp_path: Path) -> None:
    seen: list[int] = []
    result = exports.export_statements(office.fundraiser, YEAR, tmp_path / "s.zip", as_zip=True,
                                       progress=lambda done, total: seen.append(done) is None)
    assert result.documents == 3 and seen[-1] == 3
    with zipfile.ZipFile(tmp_path / "s.zip") as z:
        names = z.namelist()
    assert len(names) == 3 and all(n.startswith(f"statement-{YEAR}-D") for n in names)


def test_more_gifts_change_the_totals(office: Office, tmp_path: Path) -> None:
    office.fundraiser.gifts.record_gift(GiftDraft(office.donor_ids[0], Decimal("1000.01"), date(YEAR, 12, 31)))
    statement = export(office.fundraiser, exports.Kind.STATEMENT, office.donor_ids[0], tmp_path / "s.pdf", year=YEAR)
    assert statement.has("£1,050.01")


# --- insight ------------------------------------------------------------------------------------


def test_dashboard_figures_only_for_managers(office: Office, tmp_path: Path) -> None:
    today = date.today()
    aid = office.admin.aid
    row, _ = aid.record_disbursement(DisbursementDraft(office.client_id, office.fund_id, AidKind.CASH,
                                                       Decimal("640.00"), today - timedelta(days=3)))
    aid.mark_paid(row.id, row.version)
    pdf = export(office.admin, exports.Kind.DASHBOARD, None, tmp_path / "d.pdf",
                 start=today - timedelta(days=300), end=today)
    assert pdf.has("Dashboard") and pdf.has("Casework") and pdf.has("Hardship fund")
    assert not pdf.has(NAMES["greek"])
    with pytest.raises(NotPermitted):
        exports.export_document(office.caseworker, exports.Kind.DASHBOARD, None, tmp_path / "x.pdf")


def test_kinds_and_file_names() -> None:
    with pytest.raises(Exception, match="not a kind of document"):
        exports.parse_kind("invoice")
    assert exports.default_file_name(exports.Kind.STATEMENT, 12, exports.Options(year=2025, fiscal=True)) \
        == "statement-12-fy2025.pdf"
