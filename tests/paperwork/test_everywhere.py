"""What every document owes its reader: the organisation's country on the letterhead and the page,
plural words right, right-to-left names apart from their neighbours, embedded fonts only, and
Arabic that copies and searches as the letters typed."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseworker import exports
from caseworker.domain.documents import organisation_from_settings
from caseworker.domain.errors import ValidationErrors
from caseworker.domain.gifts import GiftDraft
from caseworker.domain.org import ReceiptStyle
from caseworker.reports.documents.dashboard import render_dashboard
from caseworker.reports.documents.giving_statements import render_giving_statement
from caseworker.reports.documents.meetings import render_minutes
from tests.paperwork.conftest import YEAR, Office
from tests.reports import samples
from tests.reports.conftest import Pdf

MADE = {"made_by": "Jane Okafor", "made_at": datetime(2026, 11, 25, 14, 30, tzinfo=UTC)}
A4 = (595, 842)
LETTER = (612, 792)


def png(width: int = 40, height: int = 12) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.mark.parametrize(("country", "label", "size", "day"), [
    ("GB", "Registered charity No. 1187654", A4, "10 Mar"),
    ("US", "EIN 1187654", LETTER, "Mar 10,"),
    ("CA", "BN/Registration No. 1187654", LETTER, "10 Mar"),
])
def test_the_country_sets_the_registration_label_paper_and_dates(office: Office, tmp_path: Path, country: str,
                                                                 label: str, size: tuple[int, int], day: str) -> None:
    settings = office.admin.settings.get()
    # The receipt style is left at the US default: the country decides.
    office.admin.settings.update(replace(settings, country=country, registration_number="1187654"))
    path = tmp_path / f"{country}.pdf"
    exports.export_document(office.fundraiser, exports.Kind.STATEMENT, office.donor_ids[0], path,
                            options=exports.Options(year=YEAR))
    pdf = Pdf(path)
    assert pdf.has(label)
    box = pdf.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    assert pdf.has(f"{day} {YEAR}" if day[0].isdigit() else f"{day} {YEAR}")


def test_an_unknown_country_is_refused_and_the_signature_is_a_picture(office: Office) -> None:
    settings = office.admin.settings.get()
    with pytest.raises(ValidationErrors) as refused:
        office.admin.settings.update(replace(settings, country="XX", receipt_signature_png=b"GIF89a"))
    assert set(refused.value.by_field()) == {"country", "receipt_signature_png"}
    saved, _ = office.admin.settings.update(replace(settings, country="CA", receipt_signature_png=png()))
    assert office.admin.settings.get().receipt_signature_png == png()
    assert organisation_from_settings(saved).registration_label == "BN/Registration No."


def test_a_canadian_receipt_carries_the_signature_picture(office: Office, tmp_path: Path) -> None:
    settings = office.admin.settings.get()
    office.admin.settings.update(replace(settings, country="CA", receipt_style=ReceiptStyle.CA,
                                         receipt_signatory="Claire Dubois, Treasurer",
                                         receipt_signature_png=png()))
    gift, _ = office.fundraiser.gifts.record_gift(GiftDraft(office.donor_ids[0], Decimal("80.00"), date(YEAR, 5, 1)))
    receipt, _ = office.fundraiser.receipts.issue_for_gift(gift.id)
    exports.export_document(office.fundraiser, exports.Kind.RECEIPT, receipt.id, tmp_path / "ca.pdf")
    page = PdfReader(tmp_path / "ca.pdf").pages[0]
    images = [o for o in page["/Resources"].get("/XObject", {}).values() if o.get_object()["/Subtype"] == "/Image"]
    assert images, "the signature is drawn"
    assert Pdf(tmp_path / "ca.pdf").has("Authorised signature Claire Dubois, Treasurer")


def test_one_gift_is_one_gift(tmp_path: Path) -> None:
    render_giving_statement(samples.giving_statement(gifts=1), tmp_path / "one.pdf", **MADE)
    pdf = Pdf(tmp_path / "one.pdf")
    assert pdf.has("Total 1 gift") and "1 gifts" not in pdf.flat
    render_giving_statement(samples.giving_statement(gifts=3), tmp_path / "three.pdf", **MADE)
    assert Pdf(tmp_path / "three.pdf").has("Total 3 gifts")


def placed(path: Path, page: int = 0) -> list[tuple[str, float, float]]:
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):  # noqa: ANN001
        if text.strip():
            runs.append((text.strip(), cm[0] * tm[4] + cm[2] * tm[5] + cm[4], cm[1] * tm[4] + cm[3] * tm[5] + cm[5]))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return runs


def test_a_right_to_left_name_lines_up_with_its_column(tmp_path: Path) -> None:
    out = tmp_path / "minutes.pdf"
    render_minutes(samples.meeting(after=True), out, **MADE)
    runs = placed(out)
    row = next(y for t, _x, y in runs if t.startswith("Write to the funder"))
    latin = next(x for t, x, y in runs if t == "Jane Okafor" and abs(y - row) < 2)
    other = next(y for t, _x, y in runs if t.startswith("Update the volunteer rota"))
    hebrew = [x for t, x, y in runs if any("\u0590" <= c <= "\u05ff" for c in t) and abs(y - other) < 2]
    due = min(x for t, x, y in runs if t.endswith("2026") and t[0].isdigit() and abs(y - other) < 2)
    assert hebrew
    # The owner's name starts where the other owners start, well clear of the due date.
    assert all(abs(x - latin) < 3 for x in hebrew), (latin, hebrew)
    assert all(due - x > 40 for x in hebrew)


def test_no_font_is_referenced_without_being_embedded(tmp_path: Path) -> None:
    out = tmp_path / "dashboard.pdf"
    render_dashboard(samples.dashboard(), out, **MADE)
    assert b"/Helvetica" not in out.read_bytes()
    for page in PdfReader(out).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            assert "/FontDescriptor" in ref.get_object() or "/DescendantFonts" in ref.get_object()


def test_arabic_extracts_as_the_letters_typed(tmp_path: Path) -> None:
    out = tmp_path / "dashboard.pdf"
    render_dashboard(samples.dashboard(), out, **MADE)
    text = PdfReader(out).pages[0].extract_text()
    assert not any(0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF for c in text)
    name = "صندوق الطوارئ"
    assert name in text or name[::-1] in text


def test_shaped_glyphs_map_back_to_the_letters_typed() -> None:
    from caseworker.reports.fonts import to_unicode_cmap

    cmap = to_unicode_cmap("X", [0x41, 0xFEE3, 0xFEFB]).splitlines()
    assert "<00> <0041>" in cmap
    assert "<01> <0645>" in cmap  # meem, initial form -> meem
    # Lam-alef: both letters, in the visual order the rest of the drawn run has.
    assert "<02> <06270644>" in cmap
