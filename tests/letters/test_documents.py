"""The letters and label sheets as PDF pages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from caseworker.domain.documents import Organisation, PageSize
from caseworker.reports.documents.address_labels import SHEETS, Label, render_labels
from caseworker.reports.documents.letters import Letter, Letters, LettersCancelled, render_letters
from tests.reports.conftest import Pdf

MADE = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(("sheet", "count", "pages"), [("5160", 35, 2), ("L7163", 29, 3), ("L7160", 21, 1)])
def test_labels_fill_their_sheets_in_reading_order(tmp_path, sheet, count, pages):
    out = tmp_path / "labels.pdf"
    labels = [Label((f"Person {i:02d}", f"{i} Long Road", "York YO1 7HP")) for i in range(count)]
    result = render_labels(labels, out, sheet=sheet)
    pdf = Pdf(out)
    assert result.pages == len(pdf.pages) == pages
    assert pdf.pages[0].index("Person 00") < pdf.pages[0].index("Person 01")
    assert pdf.has(f"Person {count - 1:02d}")
    width, height = (float(v) for v in pdf.reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == tuple(round(v) for v in SHEETS[sheet].page)


def test_a_long_address_stays_on_its_label(tmp_path):
    out = tmp_path / "labels.pdf"
    lines = tuple(f"Line {c}" for c in "ABCDEFGHIJ")
    render_labels([Label(lines), Label(("Next Person", "1 Road"))], out, sheet="5160")
    text = Pdf(out).text
    # Shrunk to fit as many lines as a one-inch label holds; the rest is cut, not drawn on the next label.
    assert "Line A" in text and "Line G" in text
    assert "Line J" not in text
    assert "Next Person" in text


def test_a_mail_merge_is_one_pdf_of_letters_with_the_letterhead(tmp_path):
    out = tmp_path / "letters.pdf"
    org = Organisation(name="Good Cause", address_lines=("1 High Street", "York"), page_size=PageSize.LETTER)
    letters = tuple(Letter(f"Ana {i}", ("12 Harbour Road", "Porto"), date(2026, 12, 1), "Our news",
                           f"Dear Ana {i},\n\nThe shelter opened.\n\nJoe") for i in range(3))
    result = render_letters(Letters(org, letters), out, made_by="Joe", made_at=MADE)
    pdf = Pdf(out)
    assert result.pages == 3
    for i, page in enumerate(pdf.pages):
        assert "Good Cause" in page and f"Dear Ana {i}," in page and "Our news" in page


def test_a_cancelled_merge_writes_nothing(tmp_path):
    out = tmp_path / "letters.pdf"
    org = Organisation(name="Good Cause")
    letters = tuple(Letter("Ana", (), date(2026, 12, 1), "", "Hello") for _ in range(5))
    with pytest.raises(LettersCancelled):
        render_letters(Letters(org, letters), out, made_by="Joe", made_at=MADE, progress=lambda done, _t: done < 2)
    assert not out.exists()
