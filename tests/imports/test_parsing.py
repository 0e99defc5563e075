"""The pure reading rules: encodings, separators, column names, dates, amounts, flags, methods."""

from __future__ import annotations

import codecs
from datetime import date, datetime
from decimal import Decimal

import pytest

from caseworker.domain.errors import ValidationError
from caseworker.domain.imports import (
    ColumnMapping,
    DateOrder,
    ImportKind,
    ImportLocale,
    detect_encoding,
    detect_separator,
    guess_fields,
    header_key,
    neutralise_cell,
    parse_flag,
    parse_import_amount,
    parse_import_date,
    parse_method,
)


@pytest.mark.parametrize("data,expected", [
    (codecs.BOM_UTF8 + "Zoë".encode(), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "Zoë".encode("utf-16-le"), "utf-16"),
    ("Name,Town\nZoë,Köln".encode("utf-16-le"), "utf-16-le"),
    ("Name,Town\nZoë,Köln".encode(), "utf-8"),
    ("Name,Town\nZoë,Köln".encode("cp1252"), "cp1252"),
    (b"plain ascii only", "utf-8"),
])
def test_encodings(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


def test_a_character_cut_at_the_end_of_the_sample_is_still_utf8() -> None:
    assert detect_encoding("abc Zoë".encode()[:-1]) == "utf-8"


@pytest.mark.parametrize("line,expected", [
    ("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ('"Last, First";Town;Postcode', ";"), ("single", ",")])
def test_separators(line: str, expected: str) -> None:
    assert detect_separator(line) == expected


@pytest.mark.parametrize("headers,expected", [
    # Salesforce NPSP contacts
    (["Contact ID", "First Name", "Last Name", "Mailing Street", "Mailing City", "Mailing Zip/Postal Code"],
     ("external_id", "first_name", "last_name", "address_line1", "city", "postcode")),
    # Bloomerang constituents
    (["Account Number", "Primary Email Address", "Primary Phone Number", "Primary State"],
     ("external_id", "email", "phone", "region")),
    # A UK spreadsheet
    (["Title", "Forename", "Surname", "Town", "County", "Post Code", "Gift Aid"],
     ("salutation", "first_name", "last_name", "city", "region", "postcode", "gift_aid")),
    # Columns nobody exports, and a second e-mail column: left for the user
    (["Email", "E-mail", "Shoe size"], ("email", "", "")),
])
def test_donor_columns_recognised(headers, expected) -> None:
    assert guess_fields(ImportKind.DONORS, headers) == expected


def test_gift_columns_of_little_green_light_and_civicrm() -> None:
    assert guess_fields(ImportKind.GIFTS, ["LGL Constituent ID", "Gift Amount", "Gift Date", "Payment Type",
                                           "Appeal"]) == ("donor_external_id", "amount", "gift_date", "method",
                                                          "appeal_code")
    assert guess_fields(ImportKind.GIFTS, ["External Identifier", "Total Amount", "Receive Date",
                                           "Financial Type"]) == ("donor_external_id", "amount", "gift_date", "fund")


def test_the_header_key_ignores_case_and_punctuation_but_not_order() -> None:
    assert header_key(["E-Mail", "First Name"]) == header_key(["email", "first_name"])
    assert header_key(["E-Mail", "First Name"]) != header_key(["First Name", "E-Mail"])


@pytest.mark.parametrize("text,order,expected", [
    ("2025-03-04", DateOrder.AUTO, date(2025, 3, 4)),
    ("2025/03/04 00:00:00", DateOrder.AUTO, date(2025, 3, 4)),
    ("17/03/2025", DateOrder.AUTO, date(2025, 3, 17)),
    ("03/17/2025", DateOrder.AUTO, date(2025, 3, 17)),
    ("04/04/2025", DateOrder.AUTO, date(2025, 4, 4)),
    ("03/04/2025", DateOrder.DMY, date(2025, 4, 3)),
    ("03/04/2025", DateOrder.MDY, date(2025, 3, 4)),
    ("3.4.2025", DateOrder.DMY, date(2025, 4, 3)),
    ("4 March 2025", DateOrder.AUTO, date(2025, 3, 4)),
    ("March 4, 2025", DateOrder.AUTO, date(2025, 3, 4)),
    ("04-Mar-2025", DateOrder.AUTO, date(2025, 3, 4)),
    (datetime(2025, 3, 4, 15, 30), DateOrder.AUTO, date(2025, 3, 4)),
])
def test_dates(text, order, expected) -> None:
    assert parse_import_date(text, "d", order) == expected


@pytest.mark.parametrize("text,fragment", [
    ("03/04/2025", "two ways"), ("03/04/25", "two-digit year"), ("31/02/2025", "not a day"), ("soon", "not a date")])
def test_dates_refused(text, fragment) -> None:
    with pytest.raises(ValidationError, match=fragment):
        parse_import_date(text, "d", DateOrder.AUTO)


@pytest.mark.parametrize("value,comma,expected", [
    ("$1,250.50", False, "1250.50"), ("£ 12", False, "12.00"), ("1.234,50 €", True, "1234.50"),
    ("12,5", True, "12.50"), ("USD 99.99", False, "99.99"), (12.5, False, "12.50"), (7, False, "7.00"),
    ("1 234.00", False, "1234.00"),
])
def test_amounts(value, comma, expected) -> None:
    assert parse_import_amount(value, "a", ImportLocale(decimal_comma=comma)) == Decimal(expected)


@pytest.mark.parametrize("value", ["(12.00)", "-5", "12.345", "abc", "", 0.001])
def test_amounts_refused(value) -> None:
    with pytest.raises(ValidationError):
        parse_import_amount(value, "a", ImportLocale())


def test_flags_and_methods() -> None:
    assert parse_flag("Yes", "f") and parse_flag(True, "f") and not parse_flag("", "f") and not parse_flag("N", "f")
    with pytest.raises(ValidationError):
        parse_flag("maybe", "f")
    assert [parse_method(m, "m") for m in ("Check", "PayPal", "Direct Debit", "BACS", "In-Kind", "")] == \
        ["cheque", "online", "direct_debit", "bank_transfer", "in_kind", "other"]
    with pytest.raises(ValidationError, match="payment method"):
        parse_method("barter", "m")


def test_mapping_files_are_checked_by_name() -> None:
    headers = ["Ref", "Amount", "Date"]
    mapping = ColumnMapping.from_json(ImportKind.GIFTS, {"columns": {"ref": "donor_external_id", "AMOUNT": "amount",
                                                                     "Date": "gift_date"}, "date_format": "dmy"},
                                      headers)
    assert mapping == ColumnMapping(("donor_external_id", "amount", "gift_date"), DateOrder.DMY)
    assert mapping.checked(ImportKind.GIFTS) is mapping
    with pytest.raises(ValidationError, match="no column 'Fund'"):
        ColumnMapping.from_json(ImportKind.GIFTS, {"columns": {"Fund": "fund"}}, headers)
    with pytest.raises(ValidationError, match="More than one column"):
        ColumnMapping(("amount", "amount", "gift_date")).checked(ImportKind.GIFTS)


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-x", "'-x"), ("@SUM", "'@SUM"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), (-3, -3), (None, None)])
def test_formula_looking_cells_are_neutralised(value, expected) -> None:
    assert neutralise_cell(value) == expected
