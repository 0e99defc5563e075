"""Every document holds the right names and figures, flows over pages and says what it must."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseworker.domain.documents import (
    Gift,
    GiftAidDeclaration,
    GivingStatementData,
    Person,
    ReceiptStyle,
    UnsendableListData,
)
from caseworker.reports.base import DocumentInfo, Part, Section, render_parts
from caseworker.reports.documents.aid_statement import render_aid_statement
from caseworker.reports.documents.case_summary import render_case_summary
from caseworker.reports.documents.dashboard import render_dashboard
from caseworker.reports.documents.giving_statements import render_giving_statement, render_unsendable_list
from caseworker.reports.documents.grants import render_grant_application, render_grant_report
from caseworker.reports.documents.meetings import render_agenda, render_minutes
from caseworker.reports.documents.receipts import render_receipt
from tests.reports import samples
from tests.reports.samples import MADE_AT, MADE_BY, NAMES

MADE = {"made_by": MADE_BY, "made_at": MADE_AT}
PAGE_OF = re.compile(r"Page (\d+) of (\d+)")


def page_numbers(pdf) -> list[tuple[int, int]]:
    found = []
    for text in pdf.pages:
        match = PAGE_OF.search(text)
        assert match, "every page carries its number"
        found.append((int(match[1]), int(match[2])))
    return found


def test_case_summary_shows_client_flags_history_and_outcome(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "case.pdf"
    result = render_case_summary(samples.case_summary(), out, **MADE)
    pdf = read_pdf(out)
    assert result.pages == len(pdf.pages)
    for phrase in (NAMES["greek"], "C-2026-0142", "Safeguarding: Do not visit alone", "Interpreter needed: Greek",
                   "Housing — eviction", "Escalated", "Court date set", "Returned because: Not needed",
                   "Possession hearing within 14 days", "Tenancy kept.", "Caseworker with a specialist",
                   "Partly", "4 of 5", "1 Mar 2026 10:00 GMT", "Made 25 Nov 2026 14:30 GMT by Jane Okafor",
                   "Confidential — contains personal information about a client"):
        assert pdf.has(phrase), phrase
    assert pdf.reader.metadata.title == "Case summary C-2026-0142"
    assert pdf.reader.metadata.author == samples.UK_ORG.name
    assert pdf.reader.metadata.subject == NAMES["greek"]


def test_case_summary_says_when_notes_were_withheld(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "case.pdf"
    render_case_summary(samples.case_summary(notes_withheld=True), out, **MADE)
    pdf = read_pdf(out)
    assert pdf.has("Case notes are not included for your role.")
    assert not pdf.has("Home visit with a colleague")


def test_a_ten_thousand_character_note_flows_over_pages(tmp_path: Path, read_pdf) -> None:
    words = " ".join(f"word{i}" for i in range(1400))
    note = words[:9995] + " THE-END"
    assert len(note) >= 10_000
    out = tmp_path / "long.pdf"
    result = render_case_summary(samples.case_summary(note_text=note), out, **MADE)
    pdf = read_pdf(out)
    assert result.pages >= 3
    assert page_numbers(pdf) == [(n, result.pages) for n in range(1, result.pages + 1)]
    assert "word0 " in pdf.pages[0]
    assert pdf.has("THE-END")
    assert pdf.has("word1000")


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_every_script_print_with_an_embedded_face(tmp_path: Path, read_pdf, script: str) -> None:
    out = tmp_path / f"{script}.pdf"
    result = render_case_summary(samples.case_summary(client_name=NAMES[script]), out, **MADE)
    pdf = read_pdf(out)
    assert result.missing_characters == ()
    assert pdf.has(NAMES[script])
    expected = {"arabic": "NotoSansArabic-Regular", "hebrew": "NotoSansHebrew-Regular"}.get(script, "NotoSans-Regular")
    assert expected in pdf.fonts()
    assert pdf.fonts() <= {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansHebrew-Regular"}


def test_an_unprintable_character_shows_a_placeholder_and_is_reported(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "cjk.pdf"
    result = render_case_summary(samples.case_summary(client_name="Li 李"), out, **MADE)
    assert result.missing_characters == ("李",)
    pdf = read_pdf(out)
    assert pdf.has("Li \u25a1")
    assert "DejaVuSans" in pdf.fonts()


def test_aid_statement_lists_each_disbursement_and_totals_per_fund(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "aid.pdf"
    render_aid_statement(samples.aid_statement(6), out, **MADE)
    pdf = read_pdf(out)
    for phrase in (NAMES["cyrillic"], "Leeds Housing Ltd", "Hardship Fund", "Voucher", "Requested", "Void",
                   "£25.00", "£87.50", "1 Jan 2026 to 31 Dec 2026"):
        assert pdf.has(phrase), phrase
    # Counted: lines 0 (paid £25.00), 1 (approved £37.50), 2 (paid £50.00), 5 (paid £87.50).
    assert pdf.has("Hardship Fund £25.00")
    assert pdf.has("Winter Fuel £37.50")
    assert pdf.has("School Uniform £137.50")
    assert pdf.has("All funds £200.00")


def test_a_500_row_table_repeats_its_header_and_numbers_its_pages(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "aid.pdf"
    result = render_aid_statement(samples.aid_statement(500), out, **MADE)
    pdf = read_pdf(out)
    assert result.pages == len(pdf.pages) >= 10
    assert page_numbers(pdf) == [(n, result.pages) for n in range(1, result.pages + 1)]
    assert "Hardship Fund" in pdf.pages[0], "the table starts on the first page"
    table_pages = [text for text in pdf.pages if "D-" in text or "£" in text]
    for text in pdf.pages[:-1]:
        assert re.search(r"Date\s+Fund\s+Kind\s+Payee\s+Status\s+Amount", text), "header repeated"
    assert len(table_pages) == len(pdf.pages)


def test_grant_application_and_report(tmp_path: Path, read_pdf) -> None:
    app, report = tmp_path / "app.pdf", tmp_path / "report.pdf"
    render_grant_application(samples.grant_application(), app, **MADE)
    render_grant_report(samples.grant_report(), report, **MADE)
    first, second = read_pdf(app), read_pdf(report)
    for pdf in (first, second):
        for phrase in ("Northern Communities Foundation", "Housing Stability 2026", "£48,000.00", "£42,500.00",
                       "Prevent evictions"):
            assert pdf.has(phrase), phrase
    assert first.has("Two references Not yet")
    assert first.has("Total £42,500.00 £21,470.50 £21,029.50")
    assert second.has("Total £42,500.00 £9,570.25 £21,470.50 £21,029.50")
    assert second.has("Q2 report 15 Jul 2026 Met 20 Jul 2026 (late)")
    assert second.has("Q3 report 15 Oct 2026 Overdue")
    assert second.has("Final report 15 Jan 2027 Coming")
    assert second.has("1 Jul 2026 to 30 Sep 2026")


def test_agenda_and_minutes(tmp_path: Path, read_pdf) -> None:
    agenda, minutes = tmp_path / "agenda.pdf", tmp_path / "minutes.pdf"
    render_agenda(samples.meeting(after=False), agenda, **MADE)
    render_minutes(samples.meeting(after=True), minutes, **MADE)
    before, after = read_pdf(agenda), read_pdf(minutes)
    assert before.has("9 Jun 2026, 18:00–19:30 BST (Europe/London)")
    assert before.has("Q2 figures Cases, arrears fund, waiting times Jane Okafor 20")
    assert before.has("Invited")
    assert after.has("Present Amira Haddad (Chair), Jane Okafor")
    assert after.has("Apologies Priya Raman (Northern Communities Foundation)")
    assert after.has("Absent Tom Becker (Board)")
    assert after.has("Move £500 from Training to the Arrears fund")
    assert after.has("Write to the funder about the budget move Jane Okafor 16 Jun 2026 Open")
    assert after.has(NAMES["hebrew"])


def test_us_receipt_wording(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "us.pdf"
    render_receipt(samples.receipt(ReceiptStyle.US), out, **MADE)
    pdf = read_pdf(out)
    assert pdf.has("Harbor Street Food Pantry")
    assert pdf.has("$250.00")
    assert pdf.has("No goods or services were provided in exchange for this contribution.")
    assert pdf.has("Receipt 2026-0001 — page 1 of 1")


def test_us_receipt_for_goods_in_kind_and_an_advantage(tmp_path: Path, read_pdf) -> None:
    gifts = (
        Gift(date(2026, 5, 1), Decimal("0"), in_kind_description="Two boxes of tinned food",
             in_kind_value=Decimal("80.00")),
        Gift(date(2026, 5, 2), Decimal("150.00"), "Gala", advantage_description="Dinner for one",
             advantage_value=Decimal("45.00")),
    )
    out = tmp_path / "us.pdf"
    render_receipt(samples.receipt(ReceiptStyle.US, gifts=gifts), out, **MADE)
    pdf = read_pdf(out)
    assert pdf.has("Gift in kind: Two boxes of tinned food")
    assert not pdf.has("$80.00"), "a US receipt describes goods without valuing them"
    assert pdf.has("Dinner for one")
    assert pdf.has("good-faith estimate of the value of these goods or services is $45.00")
    assert not pdf.has("No goods or services were provided")


def test_canadian_receipt_wording(tmp_path: Path, read_pdf) -> None:
    gifts = (Gift(date(2026, 5, 14), Decimal("300.00"), "General fund", advantage_value=Decimal("50.00"),
                  advantage_description="Concert ticket"),)
    out = tmp_path / "ca.pdf"
    render_receipt(samples.receipt(ReceiptStyle.CA, gifts=gifts), out, **MADE)
    pdf = read_pdf(out)
    for phrase in ("Official receipt for income tax purposes", "123456789 RR 0001", "Serial No. 2026-0001",
                   "Place of issue Montréal, QC", "Date issued 20 May 2026", "Date gift received 14 May 2026",
                   "Margaret A. Whitfield 27 Elm Road", "$300.00 $50.00 $250.00",
                   "Eligible amount of gift for tax purposes: $250.00", "Authorised signature",
                   "Canada Revenue Agency: canada.ca/charities-giving"):
        assert pdf.has(phrase), phrase


def test_canadian_year_receipt_names_the_year(tmp_path: Path, read_pdf) -> None:
    gifts = tuple(Gift(date(2026, m, 1), Decimal("20.00"), "Monthly") for m in range(1, 13))
    out = tmp_path / "ca.pdf"
    render_receipt(samples.receipt(ReceiptStyle.CA, gifts=gifts, tax_year=2026), out, **MADE)
    pdf = read_pdf(out)
    assert pdf.has("Gifts received in 2026")
    assert pdf.has("Eligible amount of gift for tax purposes: $240.00")


def test_uk_acknowledgement_quotes_a_declaration_only_where_one_is_held(tmp_path: Path, read_pdf) -> None:
    """HMRC: Gift Aid only on gifts a declaration covers; the model wording for past and future gifts."""
    declared = samples.receipt(ReceiptStyle.UK, declarations=(GiftAidDeclaration(
        date(2026, 5, 14), "past_and_future", "oral", confirmation_sent_on=date(2026, 5, 15)),),
        gifts=(Gift(date(2026, 5, 14), Decimal("250.00"), "General fund", "Cheque", gift_aid=Decimal("62.50")),))
    render_receipt(declared, tmp_path / "declared.pdf", **MADE)
    pdf = read_pdf(tmp_path / "declared.pdf")
    assert pdf.has(
        "I want to Gift Aid any donations I make in the future or have made in the past 4 years to Riverside "
        "Community Advice. I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains "
        "Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to "
        "pay any difference.")
    assert pdf.has("Given orally on 14 May 2026; we confirmed it to you by letter on 15 May 2026.")
    assert pdf.has("Thank you for your gift to Riverside Community Advice.")
    assert pdf.has("can claim £62.50 from HMRC")
    assert pdf.has("Donor's full name and home address Margaret A. Whitfield 27 Elm Road")
    assert "Gift Aid declaration record" not in pdf.text

    undeclared = samples.receipt(ReceiptStyle.UK, gifts=(
        Gift(date(2026, 5, 14), Decimal("250.00"), "General fund", "Cheque",
             gift_aid_refused="No Gift Aid declaration covers this gift"),))
    render_receipt(undeclared, tmp_path / "undeclared.pdf", **MADE)
    pdf = read_pdf(tmp_path / "undeclared.pdf")
    assert "I want to Gift Aid" not in pdf.flat
    assert "UK taxpayer and understand" not in pdf.flat
    assert pdf.has("We hold no Gift Aid declaration covering these gifts")
    assert pdf.has("* No Gift Aid declaration covers this gift")


def test_replacement_names_the_old_receipt_and_a_void_one_is_watermarked(tmp_path: Path, read_pdf) -> None:
    new, void = tmp_path / "new.pdf", tmp_path / "void.pdf"
    render_receipt(samples.receipt(ReceiptStyle.CA, number="2026-0107", replaces="2026-0093"), new, **MADE)
    render_receipt(samples.receipt(ReceiptStyle.US, void=True), void, **MADE)
    assert read_pdf(new).has("This receipt replaces receipt No. 2026-0093, which is void.")
    assert not read_pdf(new).has("VOID")
    voided = read_pdf(void)
    assert voided.has("VOID")
    assert voided.has("This receipt was voided on Jun 1, 2026: Donor's name misspelled")


def test_giving_statement_totals_and_eligible_amounts(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "statement.pdf"
    render_giving_statement(samples.giving_statement(5), out, **MADE)
    pdf = read_pdf(out)
    assert pdf.has("Mar 3, 2026 General fund Card 2026-0003 $42.00 $15.00 $27.00")
    assert pdf.has("Total 5 gifts $210.00 $15.00 $195.00")


def test_an_empty_year_statement_says_so_plainly(tmp_path: Path, read_pdf) -> None:
    doc = GivingStatementData(samples.US_ORG, Person("Ann Lee", ("1 Main St",)), date(2026, 1, 1),
                              date(2026, 12, 31), "2026")
    out = tmp_path / "empty.pdf"
    render_giving_statement(doc, out, **MADE)
    pdf = read_pdf(out)
    assert pdf.has("We have no gifts from you recorded between Jan 1, 2026 and Dec 31, 2026.")
    assert not pdf.has("Total")


def test_donors_without_an_address_are_listed(tmp_path: Path, read_pdf) -> None:
    out, empty = tmp_path / "list.pdf", tmp_path / "none.pdf"
    render_unsendable_list(samples.unsendable(), out, **MADE)
    render_unsendable_list(UnsendableListData(samples.US_ORG, "2026"), empty, **MADE)
    pdf = read_pdf(out)
    assert pdf.has("Robert Klein D-0107 No postal address 3 $150.00")
    assert pdf.has(NAMES["arabic"])
    assert pdf.has("2 donors 4 $225.00")
    assert read_pdf(empty).has("Every donor with gifts in this period has a valid address.")


def test_dashboard_draws_its_charts_and_figures(tmp_path: Path, read_pdf) -> None:
    out = tmp_path / "dashboard.pdf"
    result = render_dashboard(samples.dashboard(), out, **MADE)
    pdf = read_pdf(out)
    assert result.missing_characters == ()
    for phrase in ("Cases per month", "Median business days to resolve", "Hardship Fund", "£12,840.50 (57%)",
                   "Total: £22,391.25", "Success rate (of decided) 57%", "£118,500.00", "2026 360 205 58%",
                   "Total 302 264 18"):
        assert pdf.has(phrase), phrase


def test_rendering_to_a_stream_gives_the_same_document(read_pdf, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    result = render_receipt(samples.receipt(ReceiptStyle.UK), buffer, **MADE)
    assert buffer.getvalue().startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(buffer.getvalue())).pages) == result.pages == 1


def test_a_failed_render_leaves_no_half_file(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"previous version")

    def broken(ctx):
        raise RuntimeError("gathering went wrong")

    with pytest.raises(RuntimeError):
        render_parts(out, organisation=samples.UK_ORG, made_by=MADE_BY, made_at=MADE_AT, translate=None,
                     info=DocumentInfo("x", "y"), make_parts=broken)
    assert out.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_translator_is_applied_to_the_documents_wording(tmp_path: Path, read_pdf) -> None:
    words = {"Giving statement": "Relevé des dons", "Page {page} of {pages}": "Page {page} sur {pages}",
             "{label} — page {page} of {pages}": "{label} — page {page} sur {pages}"}
    out = tmp_path / "fr.pdf"
    render_giving_statement(samples.giving_statement(1), out, translate=lambda s: words.get(s, s), **MADE)
    pdf = read_pdf(out)
    assert pdf.has("Relevé des dons")
    assert pdf.has("page 1 sur 1")


def test_naive_made_at_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_receipt(samples.receipt(ReceiptStyle.US), tmp_path / "x.pdf", made_by="A",
                       made_at=MADE_AT.replace(tzinfo=None))
    assert not list(tmp_path.iterdir())


def test_sections_are_numbered_on_their_own(tmp_path: Path, read_pdf) -> None:
    from reportlab.platypus import PageBreak

    def parts(ctx):
        return [Part(Section("A", page_label="Alpha"), [ctx.para("a"), PageBreak(), ctx.para("a2")]),
                Part(Section("B", page_label="Beta"), [ctx.para("b")])]

    out = tmp_path / "two.pdf"
    result = render_parts(out, organisation=replace(samples.UK_ORG), made_by=MADE_BY, made_at=MADE_AT,
                          translate=None, info=DocumentInfo("t", "s"), make_parts=parts)
    pdf = read_pdf(out)
    assert result.pages == 3
    assert pdf.has("Alpha — page 1 of 2") and pdf.has("Alpha — page 2 of 2") and pdf.has("Beta — page 1 of 1")


def test_the_letterhead_carries_the_logo_and_survives_a_missing_one(tmp_path: Path, read_pdf) -> None:
    from PIL import Image as PILImage

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (400, 120), (36, 80, 122)).save(logo)
    with_logo, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    org = replace(samples.UK_ORG, logo_path=logo)
    render_receipt(replace(samples.receipt(ReceiptStyle.UK), organisation=org), with_logo, **MADE)
    missing = replace(samples.UK_ORG, logo_path=tmp_path / "gone.png")
    render_receipt(replace(samples.receipt(ReceiptStyle.UK), organisation=missing), without, **MADE)
    page = read_pdf(with_logo).reader.pages[0]
    assert any(str(x.get_object().get("/Subtype")) == "/Image" for x in page["/Resources"]["/XObject"].values())
    assert read_pdf(without).has("Riverside Community Advice")


def test_the_letterhead_follows_the_organisation_settings(tmp_path: Path, read_pdf) -> None:
    from PIL import Image as PILImage

    from caseworker.domain.documents import DateStyle, PageSize, organisation_from_settings
    from caseworker.domain.org import OrgSettings

    png = io.BytesIO()
    PILImage.new("RGB", (300, 90), (200, 60, 40)).save(png, format="PNG")
    settings = OrgSettings(name="Harbor Street Food Pantry", address=("410 Harbor Street",),
                           registration_number="12-3456789", logo_png=png.getvalue(),
                           timezone="America/New_York", currency="USD", receipt_style=ReceiptStyle.US)
    org = organisation_from_settings(settings)
    assert (org.page_size, org.date_style, org.registration_label) == (PageSize.LETTER, DateStyle.MONTH_DAY_YEAR, "EIN")
    out = tmp_path / "us.pdf"
    render_receipt(replace(samples.receipt(ReceiptStyle.US), organisation=org), out, **MADE)
    pdf = read_pdf(out)
    page = pdf.reader.pages[0]
    assert any(str(x.get_object().get("/Subtype")) == "/Image" for x in page["/Resources"]["/XObject"].values())
    assert pdf.has("EIN 12-3456789")
    assert [round(float(v)) for v in page.mediabox[2:]] == [612, 792]
