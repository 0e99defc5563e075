"""Per-run font choice, right-to-left shaping, placeholders, and money/date formats."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from caseworker.domain.documents import DateStyle, MoneyFormat
from caseworker.reports import fonts as cw_fonts
from caseworker.reports.fonts import PLACEHOLDER, SYMBOLS, collecting_missing, markup, runs
from caseworker.reports.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_percent,
)
from tests.reports.samples import NAMES


@pytest.mark.parametrize(
    ("script", "face"),
    [("latin", "CW-Sans"), ("greek", "CW-Sans"), ("cyrillic", "CW-Sans"),
     ("arabic", "CW-Arabic"), ("hebrew", "CW-Hebrew")],
)
def test_each_script_gets_a_face_that_has_its_glyphs(script: str, face: str) -> None:
    result = runs(NAMES[script])
    assert {name for name, _ in result} == {face}
    fontset = cw_fonts.fonts()
    assert all(fontset.covers(face, ch) for _, chunk in result for ch in chunk if ch != " ")


def test_bold_runs_use_the_bold_faces() -> None:
    assert {name for name, _ in runs(NAMES["arabic"] + " " + NAMES["greek"], bold=True)} == {
        "CW-Arabic-Bold", "CW-Sans-Bold"}


def test_arabic_is_shaped_and_put_in_visual_order() -> None:
    (_, shaped), = runs("محمد")
    # Joined presentation forms (U+FE70..U+FEFF), last letter drawn first.
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)
    assert shaped[0] == "\ufeaa"  # dal, final form


def test_hebrew_is_reversed_for_drawing_and_mixed_text_splits_into_runs() -> None:
    result = runs("Client שרה כהן (new)")
    assert result[0] == ("CW-Sans", "Client ")
    assert result[1] == ("CW-Hebrew", "ןהכ הרש ")
    assert result[2] == ("CW-Sans", "(new)")


def _drawn_lines(paragraph) -> list[str]:
    return ["".join(frag.text for frag in line.words) for line in paragraph.blPara.lines]


def test_a_long_right_to_left_paragraph_wraps_in_reading_order() -> None:
    from reportlab.lib.enums import TA_RIGHT

    from caseworker.reports.bidi import BidiParagraph
    from caseworker.reports.styles import styles

    # Words of one repeated letter read the same either way round, so only their order shows.
    words = [letter * 4 for letter in "אבגדהוזחטיכלמנסעפצקרשת"]
    paragraph = BidiParagraph(" ".join(words), styles().body, fonts=cw_fonts.fonts())
    paragraph.wrap(150, 1000)
    lines = _drawn_lines(paragraph)
    assert len(lines) > 2
    # The top line holds the first words, drawn right to left; the last words end the paragraph.
    assert lines[0].split()[::-1] == words[:len(lines[0].split())]
    assert lines[-1].split()[0] == words[-1]
    assert paragraph.style.alignment == TA_RIGHT
    # Cut at a page end, the first part still holds the beginning.
    first, rest = paragraph.split(150, 30)
    first.wrap(150, 30)
    assert _drawn_lines(first)[0] == lines[0]
    # Asked again at another width (a table trying its columns), it breaks the lines anew.
    paragraph.wrap(400, 1000)
    assert len(_drawn_lines(paragraph)) < len(lines)


def test_a_line_of_a_right_to_left_paragraph_that_starts_with_a_latin_word_keeps_its_direction() -> None:
    from caseworker.reports.bidi import BidiParagraph, break_lines
    from caseworker.reports.styles import styles

    style = styles().body
    text = " ".join(["שלום"] * 30 + ["Caseworker"] + ["שנה"] * 30)
    broken = break_lines(text, 150 * 0.98, cw_fonts.fonts(), False, style.fontSize)
    row = next(i for i, line in enumerate(broken) if "Caseworker" in line)
    if not broken[row].startswith("Caseworker"):  # make the Latin word begin its line
        text = " ".join(["שלום"] * (30 - len(broken[row].split("Caseworker")[0].split())) + ["Caseworker"]
                        + ["שנה"] * 30)
    paragraph = BidiParagraph(text, style, fonts=cw_fonts.fonts())
    paragraph.wrap(150, 1000)
    line = next(line for line in _drawn_lines(paragraph) if "Caseworker" in line)
    # In reading order it comes first, so in a right-to-left line it is drawn at the right end.
    assert line.split()[-1] == "Caseworker", line


def test_a_character_no_font_has_becomes_a_visible_counted_placeholder() -> None:
    with collecting_missing() as missing:
        result = runs("Ana 中文 𓀀")
    assert "".join(chunk for _, chunk in result) == f"Ana {PLACEHOLDER}{PLACEHOLDER} {PLACEHOLDER}"
    assert (SYMBOLS, PLACEHOLDER * 2 + " " + PLACEHOLDER) in result
    assert missing == {"中": 1, "文": 1, "𓀀": 1}
    assert cw_fonts.fonts().missing["中"] >= 1


def test_markup_is_escaped_and_keeps_line_breaks() -> None:
    text = markup("Tom & <Jerry>\nline two")
    assert text == '<font name="CW-Sans">Tom &amp; &lt;Jerry&gt;<br/>line two</font>'


def test_invisible_direction_marks_are_not_counted_as_missing() -> None:
    with collecting_missing() as missing:
        runs("\u200fשלום\u200e ok")
    assert not missing


def test_money_is_formatted_from_decimal_only() -> None:
    assert format_money(Decimal("1234.5"), "USD") == "$1,234.50"
    assert format_money(Decimal("-0.005"), "GBP") == "-£0.01"
    assert format_money(Decimal("1234567"), "JPY") == "¥1,234,567"
    assert format_money(Decimal("0.1") + Decimal("0.2"), "CAD") == "$0.30"
    euro = MoneyFormat(decimal_separator=",", group_separator="\u202f", symbol_first=False)
    assert format_money(Decimal("1234.5"), "EUR", euro) == "1\u202f234,50 €"
    assert format_money(Decimal("12"), "CHF") == "CHF 12.00"
    with pytest.raises(TypeError):
        format_money(12.5, "USD")  # type: ignore[arg-type]


def test_percent_and_dates() -> None:
    assert format_percent(Decimal("0.625")) == "63%"
    assert format_percent(None) == "–"
    day = date(2026, 3, 9)
    assert format_date(day, DateStyle.ISO) == "2026-03-09"
    assert format_date(day, DateStyle.DAY_MONTH_YEAR) == "9 Mar 2026"
    assert format_date(day, DateStyle.MONTH_DAY_YEAR) == "Mar 9, 2026"
    instant = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert format_datetime(instant, "Europe/London", DateStyle.DAY_MONTH_YEAR) == "1 Jul 2026 13:00 BST"
    with pytest.raises(ValueError):
        format_datetime(datetime(2026, 7, 1, 12, 0), "UTC", DateStyle.ISO)


def test_reports_stay_out_of_the_database_and_the_gui() -> None:
    code = (
        "import sys\n"
        "import caseworker.domain.documents\n"
        "assert 'reportlab' not in sys.modules, 'data must not load ReportLab'\n"
        "import caseworker.reports.documents.batch, caseworker.reports.documents.case_summary\n"
        "import caseworker.reports.documents.aid_statement, caseworker.reports.documents.grants\n"
        "import caseworker.reports.documents.meetings, caseworker.reports.documents.dashboard\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')\n"
        "       or m.startswith(('caseworker.db', 'caseworker.services', 'caseworker.ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
