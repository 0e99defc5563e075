"""The shared input checks: each bad value gets a message for its own field."""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker.domain.errors import ValidationError, ValidationErrors
from caseworker.domain.inputs import (
    MAX_AMOUNT,
    FieldErrors,
    clean_text,
    name_key,
    parse_date,
    parse_money,
    parse_optional_date,
    parse_optional_money,
)

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-02-29", date(2024, 2, 29)),
    (" 2023-01-05 ", date(2023, 1, 5)),
    ("0001-01-01", date(1, 1, 1)),
    ("9999-12-31", date(9999, 12, 31)),
])
def test_valid_dates(text: str, expected: date) -> None:
    assert parse_date(text, "born_on") == expected


@pytest.mark.parametrize(("text", "fragment"), [
    ("2023-02-29", "not a day on the calendar"),
    ("2023-13-01", "not a day on the calendar"),
    ("0000-01-01", "no year 0"),
    ("0-01-01", "no year 0"),
    ("10000-01-01", "after the year 9999"),
    ("01/02/2023", "YYYY-MM-DD"),
    ("", "Enter a date"),
    ("2023-02-29'; DROP TABLE users; --", "YYYY-MM-DD"),
])
def test_impossible_dates_are_refused_for_their_field(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "born_on")
    assert caught.value.field == "born_on"
    assert fragment in caught.value.text()


def test_future_birth_date_is_refused_only_when_asked() -> None:
    with pytest.raises(ValidationError, match="in the future") as caught:
        parse_date("2026-11-26", "born_on", not_future=True, today=TODAY)
    assert caught.value.field == "born_on"
    assert parse_date("2026-11-25", "born_on", not_future=True, today=TODAY) == TODAY
    assert parse_date("2026-11-26", "due_on", today=TODAY) == date(2026, 11, 26)
    assert parse_date(date(2020, 1, 1), "born_on", not_future=True) == date(2020, 1, 1)


def test_optional_date() -> None:
    assert parse_optional_date("  ", "closed_on") is None
    assert parse_optional_date(None, "closed_on") is None
    assert parse_optional_date("2020-01-02", "closed_on") == date(2020, 1, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("12.34", Decimal("12.34")),
    ("12", Decimal("12.00")),
    ("1,234.5", Decimal("1234.50")),
    (".5", Decimal("0.50")),
    ("12.340", Decimal("12.34")),
    (Decimal("7.1"), Decimal("7.10")),
    (3, Decimal("3.00")),
    ("999999999999.99", MAX_AMOUNT),
])
def test_valid_amounts(text: str | Decimal | int, expected: Decimal) -> None:
    value = parse_money(text, "amount")
    assert value == expected
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize(("text", "fragment"), [
    ("NaN", "not an amount"),
    ("nan", "not an amount"),
    ("Infinity", "not an amount"),
    ("-inf", "not an amount"),
    ("1e400", "not an amount"),
    ("-5", "cannot be negative"),
    ("12.345", "at most 2 decimal places"),
    ("0", "greater than zero"),
    ("-0.00", "greater than zero"),
    ("1000000000000", "too large"),
    ("99999999999999999999999999", "too large"),
    ("12,34", "not an amount"),
    ("", "Enter an amount"),
    (Decimal("NaN"), "as a number"),
    (Decimal("Infinity"), "as a number"),
    (Decimal("1e400"), "too large"),
    (Decimal("12.345"), "decimal places"),
    (Decimal("-1"), "cannot be negative"),
])
def test_bad_amounts_are_refused_for_their_field(text: str | Decimal, fragment: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text, "amount")
    assert caught.value.field == "amount"
    assert fragment in caught.value.text()


def test_negative_and_zero_when_allowed() -> None:
    assert parse_money("-5.10", "adjustment", allow_negative=True) == Decimal("-5.10")
    assert parse_money("0", "adjustment", allow_zero=True) == Decimal("0.00")
    assert parse_optional_money("", "amount") is None


def test_floats_are_a_programming_error() -> None:
    with pytest.raises(TypeError):
        parse_money(1.5, "amount")  # type: ignore[arg-type]


def test_text_refuses_nul_and_over_long_text() -> None:
    with pytest.raises(ValidationError, match="NUL") as caught:
        clean_text("Ann\x00e", "first_name", max_chars=80)
    assert caught.value.field == "first_name"
    note = "x" * (10 * 1024 * 1024)
    with pytest.raises(ValidationError, match="at most 20000") as caught:
        clean_text(note, "note", max_chars=20_000, multiline=True)
    assert caught.value.field == "note"


def test_single_line_text_refuses_line_breaks_and_controls() -> None:
    with pytest.raises(ValidationError, match="single line"):
        clean_text("Ann\nMarie", "first_name", max_chars=80)
    with pytest.raises(ValidationError, match="U\\+0007"):
        clean_text("Ann\x07", "first_name", max_chars=80)
    assert clean_text("  line one\r\nline two\t \n", "note", max_chars=80, multiline=True) \
        == "  line one\nline two"


def test_required_text() -> None:
    with pytest.raises(ValidationError, match="required"):
        clean_text("   ", "last_name", max_chars=80, required=True)
    assert clean_text(None, "middle_name", max_chars=80) == ""


@pytest.mark.parametrize("name", [
    "مريم الحسيني",           # right-to-left
    "שרה כהן",
    "Zoë 👩🏽‍🚒 Lee",           # emoji with skin tone and zero-width joiner
    "Ngọc Ánh",
    "Robert'); DROP TABLE clients;--",
    "100% _real_",
])
def test_names_are_kept_as_typed(name: str) -> None:
    assert clean_text(name, "first_name", max_chars=120) == unicodedata.normalize("NFC", name)


def test_combining_characters_are_stored_composed_and_compare_equal() -> None:
    decomposed = "Zoe\u0308"
    assert clean_text(decomposed, "first_name", max_chars=80) == "Zoë"
    assert name_key(decomposed) == name_key("ZOË") == name_key("zoe") == "zoe"
    assert name_key("Straße  Müller") == name_key("STRASSE MULLER")
    assert name_key("ﬁona") == name_key("Fiona")  # compatibility ligature


def test_field_errors_collects_all() -> None:
    errors = FieldErrors()
    assert errors.check(parse_money, "abc", "amount") is None
    assert errors.check(parse_date, "2023-02-29", "given_on") is None
    assert errors.check(clean_text, "ok", "note", max_chars=10) == "ok"
    with pytest.raises(ValidationErrors) as caught:
        errors.raise_if_any()
    assert set(caught.value.by_field()) == {"amount", "given_on"}


_NAME_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=60,
).filter(lambda s: s.strip())


@given(_NAME_TEXT)
def test_any_name_is_stable_under_cleaning(name: str) -> None:
    cleaned = clean_text(name, "first_name", max_chars=200)
    assert clean_text(cleaned, "first_name", max_chars=200) == cleaned
    assert name_key(name_key(cleaned)) == name_key(cleaned)


@given(st.decimals(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT, places=2, allow_nan=False,
                   allow_infinity=False))
def test_any_valid_amount_parses_exactly_from_its_text(amount: Decimal) -> None:
    parsed = parse_money(str(amount), "amount", allow_negative=True, allow_zero=True)
    assert parsed == amount
    assert parse_money(amount, "amount", allow_negative=True, allow_zero=True) == amount
